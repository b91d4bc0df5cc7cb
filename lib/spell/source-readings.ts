// How Korean transliteration hears an English (or romanised foreign) spelling: the readings of one
// Latin word that lib/spell/transliteration.ts compares Hangul words with (외래어 표기법).
// Each reading is a rewrite of the lower-case spelling, applied to the whole word or not at all.
const READINGS: ((s: string) => string)[] = [
  // A final -er is [ə], written 어 (외래어 표기법: tier → 티어, center → 센터), and u before two consonants
  // or a doubled one is [ʌ], written 어 (summer → 서머, bunker → 벙커).
  (s) => s.replace(/er$/, 'eo'),
  (s) => s.replace(/u(?=[^aeiouy]{2})/g, 'eo'),
  (s) => s.replace(/r(?=[^aeiouy]|$)/g, ''),
  (s) => s.replace(/l(?=[^aeiouy]|$)/g, ''),
  (s) => s.replace(/ch/g, 'k'),
  (s) => s.replace(/ch/g, 'sh'),
  (s) => s.replace(/d?g(?=[eiy])/g, 'j'),
  (s) => s.replace(/^j/, 'y'),
  (s) => s.replace(/th/g, 's'),
  (s) => s.replace(/t[sz]/g, 's'),
  (s) => s.replace(/([^s])s$/, '$1'),
  // English ew before a consonant or at the end is /ju/, written 유 (new → 뉴, news → 뉴스, few → 퓨).
  (s) => s.replace(/ew(?=[^aeiouy]|$)/g, 'yu'),
  // A final ds is one sound [dz], written 즈 (외래어 표기법 표 1: Leeds → 리즈, odds → 오즈).
  (s) => s.replace(/ds$/, 'z'),
];
// Names read with the sounds of Italian and Romanian before e/i: c is ch (Cincu → 친쿠, Cesena →
// 체세나), where English reads s. Only a name's first letter: read anywhere, in any capitalised word
// (Service, Province), it let more misspellings pass as names in the benchmark.
const ROMANCE_C = (latin: string) => latin.toLowerCase().replace(/^c(?=[ei])/, 'ch');

// Names read with the sounds of German, Dutch or Polish: a first W is v (외래어 표기법, 독일어 w → ㅂ:
// Wagner → 바그너, Weber → 베버, Wendt → 벤트). Only a capitalised word's first letter, as for c above.
const GERMAN_W = (latin: string) => latin.toLowerCase().replace(/^w(?=[aeiouy])/, 'v');
// Vietnamese names: a first Tr is the affricate the norm writes ㅉ (외래어 표기법, 베트남어 표기 세칙: tr → ㅉ;
// Trần → 쩐, Trịnh → 찐, Trương → 쯔엉), beside the English [tr] (Trump → 트럼프). Only a capitalised
// word's first letters, as for w above.
const VIETNAMESE_TR = (latin: string) => latin.toLowerCase().replace(/^tr(?=[aeiouy])/, 'ch');
// -ism is written 즘 and heard with z (외래어 표기법: realism → 리얼리즘); an -ist or -istic word of the
// English names the same -ism in Korean copy (populist → 포퓰리즘).
const ISM = (latin: string) => latin.toLowerCase().replace(/is(?:m|ms|t|ts|tic)$/, 'izm');

// A Japanese name in Hepburn romanisation (every syllable a kana's: fu-ji, fu-ku-o-ka, to-ky-o) reads fu
// as ふ, which Korean writes 후 (외래어 표기법, 일본어의 가나 표기: Fuji → 후지, Fukuoka → 후쿠오카), not
// as English f (ㅍ). Only a capitalised word wholly of kana syllables: English words have other
// letters or consonant runs (Fuller, Fund).
const KANA_WORD = /^(?:(?:sh|ch|ts|[kgsztdnhbpmrj]y?|[wy]|f(?=u))?[aeiou]|n)+$/;
const KANA_FU = (latin: string) =>
  /^[A-Z]/.test(latin) && KANA_WORD.test(latin.toLowerCase()) ? latin.toLowerCase().replace(/fu/g, 'hu') : null;

// wh in a name is often plain w (Māori and English names: Kowhai → 코와이, Whanganui → 왕가누이),
// beside the [hw] the norm writes 화, 휘 (Whitney → 휘트니). Only a capitalised word: a common word's
// spelling keeps its h (white → 화이트), so a misspelling without it is not excused by it.
const NAME_WH = (latin: string) => (/^[A-Z]/.test(latin) && /wh/i.test(latin) ? latin.toLowerCase().replace(/wh/g, 'w') : null);

export function readings(latin: string): string[] {
  let out = [
    latin
      .toLowerCase()
      .replace(/sch/g, 'sh')
      .replace(/c(?=[eiy])/g, 's'),
  ];
  if (/^C[ei]/.test(latin)) out.push(ROMANCE_C(latin));
  if (/^W[aeiouy]/.test(latin)) out.push(GERMAN_W(latin));
  if (/[a-z]{3}is(?:m|ms|t|ts|tic)$/.test(latin)) out.push(ISM(latin));
  for (const r of [KANA_FU(latin), NAME_WH(latin)]) if (r !== null) out.push(r);
  for (const r of READINGS) {
    const more = out.map(r).filter((s) => !out.includes(s));
    out = [...out, ...more];
  }
  // After the English rewrites, so that ch is not read k or sh again (Tran is 쩐, not 칸).
  if (/^Tr[aeiouy]/.test(latin)) out.push(VIETNAMESE_TR(latin));
  return out;
}
