// Nouns Korean writes solid after a foreign name (로이터통신, 토픽스지수, 아틀라스산맥): read by
// transliteration.ts, which takes the name before such a head as the transliteration to compare.
const HEADS = [
  '통신',
  '지수',
  '증권',
  '은행',
  '그룹',
  '전자',
  '자동차',
  '항공',
  '대학교',
  '대학',
  '재단',
  '연구소',
  '신문',
  '방송',
  // Institutions named after a person or a place (세브란스병원 ← Severance, 카네기재단, 루브르박물관).
  '병원',
  '의료원',
  '센터',
  '위원회',
  '협회',
  '박물관',
  '미술관',
  '호텔',
  '산맥',
  '공항',
  // Places: a beach, a strip or district, a peninsula, a strait, a lake, a park, a square, a village
  // (경포해수욕장 ← Gyeongpo Beach, 가자지구 ← Gaza, 하회마을 ← Hahoe Village).
  '해수욕장',
  '해변',
  '지구',
  '반도',
  '해협',
  '호수',
  '공원',
  '광장',
  '사',
  '주',
  '시',
  '섬',
  '강',
  '산',
  '어',
  '족',
  '호',
  '만',
  '마을',
];
// Longest first: 호수는 is 호수 + 는, not 호 + 수는.
/** A head noun at the start of what follows a transliterated name, longest first. */
export const HEAD_TAIL = new RegExp(`^(?:${[...HEADS].sort((a, b) => b.length - a.length).join('|')})`);
