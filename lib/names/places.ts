// A short gazetteer of well-known Korean places (both Koreas) in their usual English spellings,
// written from general knowledge (public administrative names). It lets a lone place name
// (`Kaesong`, `Panmunjom`) be recognised as Korean: a single romanised word is otherwise
// indistinguishable from a foreign one (`Hanoi` reads as 하노이). Places with an administrative
// suffix (`Onchon County`, `Gyeonggi-do`) are recognised without it (romanised.ts). The bench
// (bench/names/) reports its figures with and without this list.

export const KOREAN_PLACES: Readonly<Record<string, string>> = {
  seoul: '서울',
  pyongyang: '평양',
  panmunjom: '판문점',
  panmunjeom: '판문점',
  kaesong: '개성',
  gaeseong: '개성',
  busan: '부산',
  pusan: '부산',
  incheon: '인천',
  inchon: '인천',
  daegu: '대구',
  taegu: '대구',
  gwangju: '광주',
  kwangju: '광주',
  daejeon: '대전',
  taejon: '대전',
  ulsan: '울산',
  sejong: '세종',
  jeju: '제주',
  cheju: '제주',
  suwon: '수원',
  sinuiju: '신의주',
  wonsan: '원산',
  hamhung: '함흥',
  hamheung: '함흥',
  chongjin: '청진',
  cheongjin: '청진',
  nampo: '남포',
  rason: '라선',
  rajin: '라진',
  hyesan: '혜산',
  kangwon: '강원',
  gangwon: '강원',
  hwanghae: '황해',
  yongbyon: '영변',
  yeongbyeon: '영변',
  punggye: '풍계',
  sohae: '서해',
  tongchang: '동창',
  paektu: '백두',
  baekdu: '백두',
  kumgang: '금강',
  geumgang: '금강',
  yeonpyeong: '연평',
  yonpyong: '연평',
  dorasan: '도라산',
  cheorwon: '철원',
  chorwon: '철원',
  paju: '파주',
  goseong: '고성',
  kosong: '고성',
  gyeonggi: '경기',
  kyonggi: '경기',
  haeju: '해주',
  sariwon: '사리원',
  kanggye: '강계',
  musudan: '무수단',
  tonghae: '동해',
  donghae: '동해',
};

/**
 * Capitals that news English uses for their governments ("Seoul’s proposals", "Pyongyang has
 * hinted"): Korean writes 정부, 북한 or the city depending on the sentence, so they are never
 * proposed as fixed names.
 */
export const METONYM_CAPITALS: ReadonlySet<string> = new Set(['seoul', 'pyongyang']);

/** The Hangul of a gazetteer place (case-insensitive), or null. */
export function knownPlace(word: string): string | null {
  const ko = KOREAN_PLACES[word.toLowerCase()];
  return ko ? ko : null;
}
