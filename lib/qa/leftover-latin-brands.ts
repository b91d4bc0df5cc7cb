// Korean companies, apps and services whose Latin name the source gives (KakaoTalk, Naver, Coupang)
// but which Korean news writes in Hangul (카카오톡, 네이버, 쿠팡): copied into the Korean as a word
// (KakaoTalk 단체 대화방, Naver에서), the name was left untranslated. The Latin-name pattern of
// leftover-latin.ts does not read them (CamelCase, or no romanised shape). Groups whose Latin logo
// Korean news does print (LG, SK, KT, CJ, GS) are all-capital acronyms and are not listed. A gloss in
// parentheses is masked before (카카오톡(KakaoTalk)).
const BRANDS: Record<string, string> = {
  KakaoTalk: '카카오톡',
  KakaoBank: '카카오뱅크',
  KakaoPay: '카카오페이',
  KakaoMap: '카카오맵',
  Kakao: '카카오',
  Naver: '네이버',
  Coupang: '쿠팡',
  Baemin: '배민',
  Toss: '토스',
  Danggeun: '당근',
  Karrot: '당근',
  Yanolja: '야놀자',
  Musinsa: '무신사',
  Krafton: '크래프톤',
  Nexon: '넥슨',
  Netmarble: '넷마블',
  NCSoft: '엔씨소프트',
  Samsung: '삼성',
  Hyundai: '현대',
  Kia: '기아',
  Lotte: '롯데',
  Hanwha: '한화',
  Doosan: '두산',
  Posco: '포스코',
  POSCO: '포스코',
  Shinsegae: '신세계',
  Hanjin: '한진',
  Shinhan: '신한',
  Celltrion: '셀트리온',
};
const BRAND_RE = new RegExp(`(?<![A-Za-z0-9])(${Object.keys(BRANDS).join('|')})(?![A-Za-z0-9])`, 'g');

/** Korean brands left in Latin as a word of the Korean (a particle or Korean right after), the source naming them. */
export function latinKoreanBrands(masked: string, source: string): { word: string; start: number; hangul: string }[] {
  const out: { word: string; start: number; hangul: string }[] = [];
  for (const m of masked.matchAll(BRAND_RE)) {
    const word = m[1]!;
    if (!source.includes(word)) continue;
    if (!/^\s?[가-힣]/.test(masked.slice(m.index! + word.length, m.index! + word.length + 2))) continue;
    out.push({ word, start: m.index!, hangul: BRANDS[word]! });
  }
  return out;
}
