// Chinese (Hanyu Pinyin) and Japanese (Hepburn) names in Hangul by the Korean loanword
// orthography (외래어 표기법: 중국어·일본어 표기): Qingdao → 칭다오, Shenzhen → 선전, Zhou Jianping →
// 저우젠핑, Fukuoka → 후쿠오카, Hokkaido → 홋카이도, Kenji Takeda → 겐지 다케다 (word by word).
// Null when the word does not parse as the romanisation. Tones, macrons and apostrophes are not read.

// Jamo indices of the Unicode Hangul syllable block.
const ONSET: Record<string, number> = {
  ㄱ: 0,
  ㄴ: 2,
  ㄷ: 3,
  ㄹ: 5,
  ㅁ: 6,
  ㅂ: 7,
  ㅅ: 9,
  ㅆ: 10,
  ㅇ: 11,
  ㅈ: 12,
  ㅉ: 13,
  ㅊ: 14,
  ㅋ: 15,
  ㅌ: 16,
  ㅍ: 17,
  ㅎ: 18,
};
const VOWEL = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
const CODA: Record<string, number> = { '': 0, ㄴ: 4, ㄹ: 8, ㅅ: 19, ㅇ: 21 };
const syl = (o: string, v: string, c = ''): string => String.fromCharCode(0xac00 + (ONSET[o]! * 21 + VOWEL.indexOf(v)) * 28 + CODA[c]!);
// After ㅈ ㅉ ㅊ a y-diphthong is written plain (져 → 저, 쥬 → 주).
const PLAIN: Record<string, string> = { ㅑ: 'ㅏ', ㅕ: 'ㅓ', ㅖ: 'ㅔ', ㅛ: 'ㅗ', ㅠ: 'ㅜ', ㅒ: 'ㅐ' };
const plain = (o: string, v: string) => ('ㅈㅉㅊ'.includes(o) ? (PLAIN[v] ?? v) : v);

// Pinyin finals as [vowel, coda, following syllable]; zero-initial forms where they differ.
const PY_FINALS: Record<string, [string, string, string?]> = {
  a: ['ㅏ', ''],
  o: ['ㅗ', ''],
  e: ['ㅓ', ''],
  ai: ['ㅏ', '', '이'],
  ei: ['ㅔ', '', '이'],
  ao: ['ㅏ', '', '오'],
  ou: ['ㅓ', '', '우'],
  an: ['ㅏ', 'ㄴ'],
  en: ['ㅓ', 'ㄴ'],
  ang: ['ㅏ', 'ㅇ'],
  eng: ['ㅓ', 'ㅇ'],
  er: ['ㅓ', 'ㄹ'],
  i: ['ㅣ', ''],
  ia: ['ㅑ', ''],
  ie: ['ㅖ', ''],
  iao: ['ㅑ', '', '오'],
  iu: ['ㅠ', ''],
  ian: ['ㅖ', 'ㄴ'],
  in: ['ㅣ', 'ㄴ'],
  iang: ['ㅑ', 'ㅇ'],
  ing: ['ㅣ', 'ㅇ'],
  iong: ['ㅠ', 'ㅇ'],
  u: ['ㅜ', ''],
  ua: ['ㅘ', ''],
  uo: ['ㅝ', ''],
  uai: ['ㅘ', '', '이'],
  ui: ['ㅜ', '', '이'],
  uan: ['ㅘ', 'ㄴ'],
  un: ['ㅜ', 'ㄴ'],
  uang: ['ㅘ', 'ㅇ'],
  ong: ['ㅜ', 'ㅇ'],
  ueng: ['ㅝ', 'ㅇ'],
  ue: ['ㅞ', ''],
  v: ['ㅟ', ''],
  ve: ['ㅞ', ''],
  van: ['ㅟ', '', '안'],
  vn: ['ㅟ', 'ㄴ'],
};
const PY_ZERO: Record<string, [string, string, string?]> = { ui: ['ㅞ', '', '이'], un: ['ㅝ', 'ㄴ'] };
const PY_INITIAL: Record<string, string> = {
  b: 'ㅂ',
  p: 'ㅍ',
  m: 'ㅁ',
  f: 'ㅍ',
  d: 'ㄷ',
  t: 'ㅌ',
  n: 'ㄴ',
  l: 'ㄹ',
  g: 'ㄱ',
  k: 'ㅋ',
  h: 'ㅎ',
  j: 'ㅈ',
  q: 'ㅊ',
  x: 'ㅅ',
  zh: 'ㅈ',
  ch: 'ㅊ',
  sh: 'ㅅ',
  r: 'ㄹ',
  z: 'ㅉ',
  c: 'ㅊ',
  s: 'ㅆ',
  '': 'ㅇ',
};
// y- and w- spellings of zero-initial finals.
const PY_YW: Record<string, string> = {
  yi: 'i',
  ya: 'ia',
  yo: 'io',
  ye: 'ie',
  yao: 'iao',
  you: 'iu',
  yan: 'ian',
  yin: 'in',
  yang: 'iang',
  ying: 'ing',
  yong: 'iong',
  yu: 'v',
  yue: 've',
  yuan: 'van',
  yun: 'vn',
  wu: 'u',
  wa: 'ua',
  wo: 'uo',
  wai: 'uai',
  wei: 'ui',
  wan: 'uan',
  wen: 'un',
  wang: 'uang',
  weng: 'ueng',
};
const PY_SYLLABLE = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcs]?)([a-z]+)$/;

function pinyinSyllable(s: string): string | null {
  if (s in PY_YW) s = PY_YW[s]!;
  else if (/^y|^w/.test(s)) return null;
  const m = PY_SYLLABLE.exec(s);
  if (!m) return null;
  const init = m[1]!;
  let fin = m[2]!;
  if ('jqx'.includes(init) && init !== '' && fin.startsWith('u')) fin = 'v' + fin.slice(1);
  // f and b/p/m take only some finals (no fin, fing, bong): English words (Finance) do not parse.
  if (init === 'f' && !/^(?:a|o|u|ei|en|eng|an|ang|ou)$/.test(fin)) return null;
  if (/^[bpm]$/.test(init) && /^(?:ong|u[aoi]|uan|uang|un|v)/.test(fin)) return null;
  const o = PY_INITIAL[init]!;
  // zhi, chi, shi, ri, zi, ci, si: the vowel is ㅡ.
  if (fin === 'i' && /^(zh|ch|sh|r|z|c|s)$/.test(init)) return syl(o, 'ㅡ');
  if (fin === 'io') return syl(o, 'ㅛ');
  const f = (init === '' ? PY_ZERO[fin] : undefined) ?? PY_FINALS[fin];
  if (!f) return null;
  return syl(o, plain(o, f[0]), f[1]) + (f[2] ?? '');
}

const PY_PARTS = Object.keys(PY_INITIAL).flatMap((i) => [...Object.keys(PY_FINALS), 'io'].map((f) => i + f));
const PY_ALL = [...new Set([...PY_PARTS, ...Object.keys(PY_YW)])].sort((a, b) => b.length - a.length);

function splitSyllables(word: string, all: readonly string[]): string[] | null {
  if (word === '') return [];
  for (const s of all) {
    if (!word.startsWith(s)) continue;
    const rest = splitSyllables(word.slice(s.length), all);
    if (rest) return [s, ...rest];
  }
  return null;
}

/** One pinyin word in Hangul (Jianping → 젠핑), or null. */
export function pinyinToHangul(word: string): string | null {
  const w = word.toLowerCase().replace(/ü/g, 'v');
  if (!/^[a-z]+$/.test(w) || w.length > 24) return null;
  const parts = splitSyllables(w, PY_ALL);
  if (!parts) return null;
  let out = '';
  for (const p of parts) {
    const h = pinyinSyllable(p);
    if (!h) return null;
    out += h;
  }
  return out;
}

// Hepburn: voiceless k, t, ch are plain at the start of a word (Kyoto 교토, Takeda 다케다) and
// aspirated inside (Tokyo 도쿄); a doubled consonant is a final ㅅ (Hokkaido 홋카이도), a syllabic n
// a final ㄴ (Kenji 겐지); su, tsu, zu take ㅡ; long vowels are not written (Oosaka, Satou).
const JA_ONSET: Record<string, [string, string]> = {
  k: ['ㄱ', 'ㅋ'],
  g: ['ㄱ', 'ㄱ'],
  s: ['ㅅ', 'ㅅ'],
  sh: ['ㅅ', 'ㅅ'],
  z: ['ㅈ', 'ㅈ'],
  j: ['ㅈ', 'ㅈ'],
  t: ['ㄷ', 'ㅌ'],
  ch: ['ㅈ', 'ㅊ'],
  ts: ['ㅆ', 'ㅆ'],
  d: ['ㄷ', 'ㄷ'],
  n: ['ㄴ', 'ㄴ'],
  h: ['ㅎ', 'ㅎ'],
  f: ['ㅎ', 'ㅎ'],
  b: ['ㅂ', 'ㅂ'],
  p: ['ㅍ', 'ㅍ'],
  m: ['ㅁ', 'ㅁ'],
  r: ['ㄹ', 'ㄹ'],
  y: ['ㅇ', 'ㅇ'],
  w: ['ㅇ', 'ㅇ'],
  '': ['ㅇ', 'ㅇ'],
};
const JA_VOWEL: Record<string, string> = { a: 'ㅏ', i: 'ㅣ', u: 'ㅜ', e: 'ㅔ', o: 'ㅗ' };
const JA_Y: Record<string, string> = { a: 'ㅑ', u: 'ㅠ', o: 'ㅛ', e: 'ㅖ' };
const JA_MORA = /^(?:(ky|gy|ny|hy|my|ry|by|py|sh|ch|ts|[kgszjtdnhfbpmryw])?([aiueo])|(n)(?![aiueoy])|(q))/;

/** One Hepburn word in Hangul (Fukuoka → 후쿠오카), or null. */
export function hepburnToHangul(word: string): string | null {
  let w = word.toLowerCase().replace(/[āâ]/g, 'a').replace(/[ōô]/g, 'o').replace(/[ūû]/g, 'u');
  if (!/^[a-z]+$/.test(w) || w.length > 24) return null;
  w = w
    .replace(/tch/g, 'qch')
    .replace(/([kstpgbdmrz])\1/g, 'q$1')
    .replace(/ou|oo/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/ii/g, 'i');
  const out: string[] = [];
  let first = true;
  while (w) {
    const m = JA_MORA.exec(w);
    if (!m) return null;
    w = w.slice(m[0].length);
    if (m[3] || m[4]) {
      const prev = out.pop();
      if (!prev) return null;
      const c = prev.charCodeAt(0) - 0xac00;
      if (c % 28 !== 0) return null;
      out.push(String.fromCharCode(prev.charCodeAt(0) + (m[3] ? 4 : 19)));
      continue;
    }
    const cons = m[1] ?? '';
    const v = m[2]!;
    const palatal = cons.length === 2 && cons.endsWith('y');
    const base = palatal ? cons[0]! : cons;
    const pair = JA_ONSET[base];
    if (!pair) return null;
    const o = first ? pair[0] : pair[1];
    let vowel = palatal || cons === 'y' ? (JA_Y[v] ?? JA_VOWEL[v]!) : JA_VOWEL[v]!;
    if (cons === 'sh' && v !== 'i') vowel = JA_Y[v] ?? vowel;
    if ((cons === 'j' || cons === 'ch') && v !== 'i') vowel = JA_Y[v] ?? vowel;
    if (cons === 'w') vowel = v === 'a' ? 'ㅘ' : JA_VOWEL[v]!;
    if (v === 'u' && (cons === 's' || cons === 'ts' || cons === 'z')) vowel = 'ㅡ';
    out.push(syl(o, plain(o, vowel)));
    first = false;
  }
  return out.join('');
}
