// Chinese and Japanese names the English gives in pinyin or Hepburn (Li Wei, Zhou Jianping, in
// Qingdao, in Osaka, between Yokohama and Shenzhen) must appear in the Korean in their standard
// Hangul form (east-asian-names.ts: 리웨이, 칭다오, 오사카, 선전). Part of the missing-name check:
// - a name whose Hangul form is absent and no Korean word sounds like it: "may be missing";
// - a Korean word with the same consonants but another spelling (셴젠 for Shenzhen 선전): "the
//   standard spelling is …", only for words no Korean romanisation could spell (Shenzhen, Fukuoka;
//   not Dalian or Tianjin, which a Korean reading might explain).
// Only in a document whose English speaks of China or Japan, only for a person after a common
// Chinese surname or two Hepburn words, and for a place after a preposition; capitals that stand
// for governments (Beijing, Tokyo) and names English translates (China, Taiwan, Hong Kong) are
// never required.
import { hangulSkeleton } from '../align/names';
import { hepburnToHangul, pinyinToHangul } from './east-asian-names';
import { isHepburn, isPinyin, isRomanisedKorean } from './romanised-shapes';
import type { Span } from './types';
import { WORLD_COUNTRIES } from './world-places.data';

const NOT_REQUIRED = new Set(
  (
    'China Chinese Japan Japanese Korea Korean Taiwan Taiwanese Beijing Tokyo Seoul Pyongyang Taipei Washington Moscow Hong ' +
    'Kong Macau Macao Asia Asian Tibet Mongolia Manchuria Yuan Yen Renminbi Mount Lake Sea River Island Islands'
  ).split(' '),
);
const CHINESE_SURNAMES = new Set(
  (
    'Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang Song Zheng Xie Han Tang Feng Yu ' +
    'Dong Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu Su Jiang Cai Jia Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan ' +
    'Fang Shi Yao Tan Liao Zou Xiong Jin Hao Kong Bai Cui Kang Mao Qiu Qin Gu Hou Shao Meng Long Duan Lei Qian Yin Wen Qi Xi'
  ).split(' '),
);
// A country English names in English (Russia, Oman, Laos) is no pinyin or Hepburn word, however its
// letters fall (Russia: ss as in Hepburn): Korean writes its exonym (러시아), which lib/names and
// place-exonyms.ts judge, not a reading of its syllables (룻시아).
const COUNTRIES = new Set(WORLD_COUNTRIES.split('|'));
const PLACE_BEFORE = /\b(?:in|to|from|near|between|and|via|at|outside|of)\s+$/;
const CAPITALISED_RUN = /(?<![A-Za-z'’\-])[A-Z][a-z]+(?: [A-Z][a-z]+)*(?![A-Za-z'’\-])/g;

export interface ForeignName extends Span {
  source: string;
  /** Standard Hangul forms, spaces removed (리웨이; 겐지, 다케다 for a Japanese name, either token). */
  forms: string[];
  /** The English spelling could not be a Korean romanisation (a near spelling is then a misspelling). */
  strict: boolean;
}

// Spellings only pinyin or Hepburn make (English words rarely): q, x, zh, ao, ian, ong … (Qingdao,
// Shenzhen, Dalian); tsu, shi, fu, ky, a doubled consonant … (Fukuoka, Hokkaido). A Hepburn word of
// three morae or more ending in a vowel (Osaka, Takeda) also counts; Zulu, Sudan, Kenya do not.
const STRONG_PINYIN = /q|x|zh|ao|ou|ia|ie|iu|ua|uo|ui|ong|eng|ai|ei/;
const STRONG_HEPBURN = /tsu|shi|chi|fu|[kgnhbpmr]y|kk|tt|ss|pp/;
const strongPinyin = (w: string) => STRONG_PINYIN.test(w.toLowerCase());
const strongHepburn = (w: string) => {
  const l = w.toLowerCase();
  return STRONG_HEPBURN.test(l) || ((l.match(/[aiueo]/g)?.length ?? 0) >= 3 && /[aiueo]$/.test(l));
};

/**
 * The word's standard forms in the systems the document allows that spell it distinctly: Arizona
 * parses as pinyin too (a-ri-zo-na), but nothing in it is pinyin's own, so 아르쪼나 is never offered.
 */
function formsOf(word: string, zh: boolean, ja: boolean): string[] {
  const py = zh && strongPinyin(word) && isPinyin(word) ? pinyinToHangul(word) : null;
  const hb = ja && strongHepburn(word) && isHepburn(word) ? hepburnToHangul(word) : null;
  return [py, hb].filter((f): f is string => !!f);
}
const strict = (w: string) => (strongPinyin(w) || strongHepburn(w)) && !isRomanisedKorean(w);
// A place's near spelling is called a misspelling only when the place is spelt in a way English
// words are not (zh, q, tsu, shi, kk). Three vowels and a final vowel (Osaka, but also Arizona,
// Nevada, Alabama) make one word likely Japanese, not its Hepburn form the standard: 애리조나 is
// Arizona's. (Two Hepburn words of a person are Japanese enough: strict above.)
const strictPlace = (w: string) => (strongPinyin(w) || STRONG_HEPBURN.test(w.toLowerCase())) && !isRomanisedKorean(w);

export interface EastAsianContext {
  zh: boolean;
  ja: boolean;
}

/** Whether a document's English speaks of China or Japan (its names are then read as such). */
export function eastAsianContext(sources: readonly string[]): EastAsianContext {
  let zh = false;
  let ja = false;
  for (const s of sources) {
    zh ||= /\b(?:China|Chinese|Beijing)\b/.test(s);
    ja ||= /\b(?:Japan|Japanese|Tokyo)\b/.test(s);
    if (zh && ja) break;
  }
  return { zh, ja };
}

// Per source text, one table per context (the same paragraph is checked after every save).
const memo = [new Map<string, ForeignName[]>(), new Map<string, ForeignName[]>(), new Map<string, ForeignName[]>()];
const MAYBE_NAME = /[a-z,;:’'"“]\s+[A-Z][a-z]|^[A-Z][a-z]+ [A-Z][a-z]/;

/** Chinese and Japanese names in one English text, given what the document's English is about. */
export function findForeignNames(src: string, { zh, ja }: EastAsianContext): ForeignName[] {
  if (!zh && !ja) return [];
  const table = memo[(zh ? 1 : 0) + (ja ? 2 : 0) - 1]!;
  let v = table.get(src);
  if (v === undefined) {
    v = MAYBE_NAME.test(src) ? detect(src, zh, ja) : [];
    if (table.size > 5000) table.clear();
    table.set(src, v);
  }
  return v;
}

function detect(src: string, zh: boolean, ja: boolean): ForeignName[] {
  const out: ForeignName[] = [];
  for (const m of src.matchAll(CAPITALISED_RUN)) {
    const words = m[0].split(/\s+/);
    if (COUNTRIES.has(m[0])) continue;
    if (words.length >= 2) {
      // A person: the run's last two words, after any title (Finance Minister Katsunobu Kato).
      const [a, b] = words.slice(-2) as [string, string];
      const whole = src.slice(m.index!).match(new RegExp(`${a}\\s+${b}`))![0];
      const start = m.index! + m[0].lastIndexOf(whole);
      const end = start + whole.length;
      if (NOT_REQUIRED.has(a) || NOT_REQUIRED.has(b)) continue;
      // Li Wei, Zhou Jianping (surname first); Katsunobu Kato (two Hepburn words).
      if (zh && CHINESE_SURNAMES.has(a) && isPinyin(b)) {
        const form = (pinyinToHangul(a) ?? '') + (pinyinToHangul(b) ?? '');
        if (form) out.push({ source: whole, start, end, forms: [form], strict: strict(whole) });
      } else if (ja && isHepburn(a) && isHepburn(b) && !isPinyin(a + b) && (strongHepburn(a) || strongHepburn(b))) {
        out.push({ source: whole, start, end, forms: [hepburnToHangul(a)!, hepburnToHangul(b)!], strict: strict(whole) });
      }
      continue;
    }
    // A place: one word after a preposition (in Qingdao, between Yokohama and Shenzhen).
    const a = words[0]!;
    const start = m.index!;
    if (NOT_REQUIRED.has(a) || COUNTRIES.has(a) || !PLACE_BEFORE.test(src.slice(Math.max(0, start - 10), start))) continue;
    const forms = formsOf(a, zh, ja);
    if (forms.length) out.push({ source: a, start, end: start + a.length, forms, strict: strictPlace(a) });
  }
  return out;
}

export type ForeignVerdict = { kind: 'present' } | { kind: 'missing' } | { kind: 'misspelt'; found: Span };

/** Whether the Korean holds the name: its standard form, a word with its consonants, or its Latin. */
export function foreignNameIn(name: ForeignName, tgt: string): ForeignVerdict {
  const flat = tgt.replace(/\s+/g, '');
  if (name.forms.some((f) => flat.includes(f)) || tgt.includes(name.source.split(' ')[0]!)) return { kind: 'present' };
  const keys = new Set(name.forms.map(hangulSkeleton).filter((k) => k.length >= 2));
  for (const w of tgt.matchAll(/[가-힣]+/g)) {
    for (let n = 1; n <= w[0].length; n++) {
      if (!keys.has(hangulSkeleton(w[0].slice(0, n)))) continue;
      const found = { start: w.index!, end: w.index! + n };
      return name.strict ? { kind: 'misspelt', found } : { kind: 'present' };
    }
  }
  return { kind: 'missing' };
}
