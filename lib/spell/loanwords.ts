// Loanwords by the 외래어 표기법 (문화체육관광부 고시) against a list of standard forms (loanwords.data.ts):
// - a listed form with particles after it is a word (팔로워가, 인플루언서의, 카페라테를), whether or not
//   the Hunspell dictionary has it;
// - a word the dictionary refuses that differs from a listed form only in the ways loanwords are
//   commonly misspelt, one letter a syllable in one or two syllables, is that form misspelt:
//   · [f] as ㅎ with a w-glide (휘트니스 → 피트니스, 화일 → 파일: [f] is ㅍ);
//   · a tense initial (제1장 제4항: 파열음 표기에는 된소리를 쓰지 않는다: 카페라떼 → 카페라테, 모짜렐라 → 모차렐라);
//   · a vowel heard the English or French way rather than written by the table: [ə] as ㅏ (토탈 → 토털,
//     스탠다드 → 스탠더드), [ɒ] as ㅏ (데스크탑 → 데스크톱), [æ] as ㅏ or ㅓ (클락션 → 클랙슨, 어플리케이션 → 애플리케이션), French oi as
//     오아/오와 (크로아상 → 크루아상), -che/-sh as 쉬 (브리오쉬 → 브리오슈), -tion as 션 (→ 슨), ㅑ for ㅕ (로얄 → 로열);
//   · a doubled nasal (러닝 for running, not 런닝: the 표기법 writes no geminate ㄴㄴ or ㅁㅁ);
//   · [l] before a vowel written with one ㄹ (제3장 제1절 제8항: 어중의 [l]은 'ㄹㄹ'로 적는다: 크린 → 클린,
//     키로그램 → 킬로그램, 스라이드 → 슬라이드);
// - a compound of listed forms is judged by its parts (드라이 + 룸, 클린 + 룸: 드라이룸, 클린룸을), and
//   misspelt as one of them is (크린룸 → 클린룸).
import { jamoDistance } from './gate';
import { F_VOWELS } from './loan-forms';
import { STANDARD_LOANWORDS } from './loanwords.data';
import { isNameTail, isParticleTail } from './particles';
import {
  isSyl,
  parts,
  L_HIEUH,
  L_PIEUP_ASP,
  T_NIEUN,
  T_RIEUL,
  T_PIEUP,
  T_SIOT,
  L_SIOT,
  T_MIEUM,
  L_NIEUN,
  L_MIEUM,
  L_RIEUL,
} from './syllables';

const byLength = new Map<number, string[]>();
for (const w of STANDARD_LOANWORDS) {
  const list = byLength.get(w.length);
  if (list) list.push(w);
  else byLength.set(w.length, [w]);
}

/** The stem and its tail for every cut where the tail is a chain of particles (the whole word first). */
function cuts(word: string): [string, string][] {
  const out: [string, string][] = [];
  for (let i = word.length; i >= 2; i--) if (isParticleTail(word.slice(i))) out.push([word.slice(0, i), word.slice(i)]);
  return out;
}

/** Listed forms written solid, three syllables or more in all (드라이 + 룸, 배터리 + 팩 + 셀). */
function isListedCompound(stem: string): boolean {
  if (stem.length < 3) return false;
  const split = (s: string): boolean => {
    for (let i = 1; i < s.length; i++)
      if (STANDARD_LOANWORDS.has(s.slice(0, i)) && (STANDARD_LOANWORDS.has(s.slice(i)) || split(s.slice(i)))) return true;
    return false;
  };
  return split(stem);
}

/**
 * A listed form, or a compound of them that is not a listed form one letter off (플랜 + 카드 is 플래카드
 * misspelt, not a compound).
 */
const listed = (stem: string) =>
  STANDARD_LOANWORDS.has(stem) || (isListedCompound(stem) && !(byLength.get(stem.length) ?? []).some((w) => jamoDistance(w, stem) <= 1));

/** A listed standard loanword or a compound of them, alone or (two syllables or more) with particles after it. */
export function isStandardLoanword(word: string): boolean {
  if (listed(word)) return true;
  return cuts(word).some(([stem, tail]) => tail !== '' && stem.length >= 2 && listed(stem));
}

// Initials: ㄲ ㄸ ㅃ ㅆ ㅉ (1 4 8 10 13) for the plain or aspirated ones.
const INITIAL: Record<number, number[]> = { 1: [0, 15], 4: [3, 16], 8: [7, 17], 10: [9], 13: [12, 14] };
// Vowels (indices: ㅏ0 ㅐ1 ㅑ2 ㅓ4 ㅔ5 ㅕ6 ㅗ8 ㅘ9 ㅚ11 ㅛ12 ㅜ13 ㅝ14 ㅞ15 ㅟ16 ㅠ17 ㅡ18 ㅣ20): the written
// vowel and the table's.
const VOWEL: Record<number, number[]> = {
  0: [4, 8, 1],
  4: [0, 8, 1],
  8: [4, 13, 14],
  13: [8, 18],
  1: [5],
  5: [1, 20],
  9: [0],
  16: [17, 20],
  6: [18, 4],
  2: [6],
  17: [13],
  12: [8],
  18: [13],
  11: [5],
  15: [5],
};

type Off = 'no' | 'weak' | 'strong';

/**
 * How syllable a (written) stands for b (the table's), b followed by `next`: one letter off in a way
 * loanwords are misspelt, strongly (a tense initial; -tal as 탈, -top as 탑, -tion as 션, -sh as 쉬,
 * French oi as 와, ㅑ for ㅕ, a doubled nasal: these hardly occur in a Korean word one letter from a
 * loanword) or weakly (another vowel of the table), or not.
 */
function letterOff(a: string, b: string, next: string | undefined): Off {
  const x = parts(a);
  const y = parts(b);
  const dl = x.l !== y.l;
  const dv = x.v !== y.v;
  const dt = x.t !== y.t;
  // [f] written ㅎ with a w-glide (휘트니스 for 피트니스, 화일 for 파일: 제3장 제1절 제5항 … 표 1 writes ㅍ).
  if (x.l === L_HIEUH && y.l === L_PIEUP_ASP && !dt && (F_VOWELS[x.v] ?? []).includes(y.v)) return 'strong';
  if (Number(dl) + Number(dv) + Number(dt) !== 1) return 'no';
  if (dl) return (INITIAL[x.l] ?? []).includes(y.l) ? 'strong' : 'no';
  if (dv) {
    if (!(VOWEL[x.v] ?? []).includes(y.v)) return 'no';
    const strong =
      (x.v === 0 && y.v === 4 && x.t === T_RIEUL) ||
      (x.v === 0 && y.v === 8 && x.t === T_PIEUP) ||
      (x.v === 6 && y.v === 18 && x.l === L_SIOT && x.t === T_NIEUN) ||
      x.v === 16 ||
      x.v === 9 ||
      x.v === 2;
    return strong ? 'strong' : 'weak';
  }
  if (next === undefined || !isSyl(next)) return 'no';
  const n = parts(next).l;
  // [l] before a vowel with one ㄹ: 크린 for 클린, 키로 for 킬로.
  if (x.t === 0 && y.t === T_RIEUL && n === L_RIEUL) return 'strong';
  // A doubled nasal: 런닝 for 러닝, 햄머 for 해머.
  if (y.t !== 0) return 'no';
  return (x.t === T_NIEUN && n === L_NIEUN) || (x.t === T_MIEUM && n === L_MIEUM) ? 'strong' : 'no';
}

/**
 * The listed form the stem misspells, or null: same length; two syllables one strong letter off; three
 * or more one letter off, or two with one of them strong.
 */
function rivalOf(stem: string): string | null {
  if (stem.length < 2 || ![...stem].every(isSyl) || listed(stem)) return null;
  return wholeRivalOf(stem) ?? partRivalOf(stem) ?? addedLetterOf(stem) ?? finalForSyllableOf(stem);
}

// A final written for the consonant and 으 the 표기법 gives a word-final stop or [r] after a long vowel
// or a diphthong (제3장 제1절 제1항: book 북, but network 네트워크, cake 케이크): ㄱ/ㅋ for 크 (팀웍 → 팀워크, 케잌 → 케이크),
// ㄹ for 르 (콩쿨 → 콩쿠르), ㅂ/ㅍ for 프 (테잎 → 테이프), ㅅ/ㅌ for 트 (플룻 → 플루트). Finals by index.
const FINAL_FOR: Record<number, string> = { 1: '크', 24: '크', 8: '르', 17: '프', 26: '프', 19: '트', 25: '트' };

/** The listed form the stem misspells with its last syllable's final for that syllable (팀웍 → 팀워크), or null. */
function finalForSyllableOf(stem: string): string | null {
  if (stem.length < 2) return null;
  const { l, v, t } = parts(stem.at(-1)!);
  const added = FINAL_FOR[t];
  if (added === undefined) return null;
  const cand = stem.slice(0, -1) + String.fromCharCode(0xac00 + (l * 21 + v) * 28) + added;
  return STANDARD_LOANWORDS.has(cand) ? cand : null;
}

// A particle's form after a consonant and after a vowel (팀웍이 → 팀워크가).
const AFTER_VOWEL: [string, string][] = [
  ['으로', '로'],
  ['이', '가'],
  ['을', '를'],
  ['은', '는'],
  ['과', '와'],
];

/** The tail as it follows the rival: a particle's form after a vowel where the stem ended in a consonant. */
function retail(stem: string, rival: string, tail: string): string {
  if (tail === '' || parts(stem.at(-1)!).t === 0 || parts(rival.at(-1)!).t !== 0) return tail;
  for (const [c, vw] of AFTER_VOWEL) if (tail.startsWith(c)) return vw + tail.slice(c.length);
  return tail;
}

// Initials ㅅ ㅈ ㅊ, before which a loanword is misspelt with a final ㅅ (브릿지 for bridge).
const SIOT_BEFORE = new Set([9, 12, 14]);

/**
 * The listed form the stem misspells with a letter added, or null: 우 after 오 ([oʊ] is 오, 외래어 표기법
 * 제3장 제1절 제8항: 스노우 → 스노, 윈도우 → 윈도), or a final ㅅ before ㅅ ㅈ ㅊ (브릿지 → 브리지).
 * Three syllables or more.
 */
function addedLetterOf(stem: string): string | null {
  if (stem.length < 3 || stem.length > 12) return null;
  for (let i = 0; i + 1 < stem.length; i++) {
    const { l, v, t } = parts(stem[i]!);
    let cand: string | null = null;
    if (v === 8 && t === 0 && stem[i + 1] === '우') cand = stem.slice(0, i + 1) + stem.slice(i + 2);
    else if (t === T_SIOT && isSyl(stem[i + 1]) && SIOT_BEFORE.has(parts(stem[i + 1]!).l))
      cand = stem.slice(0, i) + String.fromCharCode(0xac00 + (l * 21 + v) * 28) + stem.slice(i + 1);
    if (cand !== null && cand.length >= 2 && listed(cand)) return cand;
  }
  return null;
}

/**
 * The standard form (with the word's particles) of a word the dictionary accepts that writes a listed
 * loanword with 오우 for 오 (스노우보드 → 스노보드: dictionary-ko lists such forms), or null.
 */
export function ouLoanwordRival(word: string): string | null {
  if (!word.includes('우')) return null;
  for (const [stem, tail] of cuts(word)) {
    if (!isNameTail(tail) || listed(stem) || ![...stem].every(isSyl)) continue;
    const r = addedLetterOf(stem);
    if (r !== null && r.length === stem.length - 1) return r + tail;
  }
  return null;
}

/** A compound one part of which misspells a listed form, the rest listed (크린 + 룸 → 클린룸), or null. */
function partRivalOf(stem: string): string | null {
  if (stem.length < 3) return null;
  for (let i = 1; i < stem.length; i++) {
    const [a, b] = [stem.slice(0, i), stem.slice(i)];
    if (listed(b) && a.length >= 2) {
      const r = wholeRivalOf(a);
      if (r !== null) return r + b;
    }
    if (listed(a) && b.length >= 2) {
      const r = wholeRivalOf(b);
      if (r !== null) return a + r;
    }
  }
  return null;
}

/** The listed form of the same length the stem misspells, or null. */
function wholeRivalOf(stem: string): string | null {
  if (STANDARD_LOANWORDS.has(stem)) return null;
  for (const cand of byLength.get(stem.length) ?? []) {
    let weak = 0;
    let strong = 0;
    let ok = true;
    for (let i = 0; i < stem.length && ok; i++) {
      if (stem[i] === cand[i]) continue;
      const off = letterOff(stem[i]!, cand[i]!, cand[i + 1]);
      if (off === 'no') ok = false;
      else if (off === 'weak') weak++;
      else strong++;
    }
    const n = weak + strong;
    if (!ok || n === 0) continue;
    if (stem.length === 2 ? n === 1 && strong === 1 : n === 1 || (n === 2 && strong >= 1)) return cand;
  }
  return null;
}

/**
 * The standard form (with the word's particles) of a loanword misspelt against the list, or null. For
 * a word the dictionary refuses: the caller asks.
 */
export function loanwordRival(word: string): string | null {
  for (const [stem, tail] of cuts(word)) {
    if (!isNameTail(tail)) continue;
    const r = rivalOf(stem);
    if (r !== null) return r + retail(stem, r, tail);
  }
  return null;
}

// The 하다/되다/시키다 forms a loanword noun takes (베팅했다, 업데이트된, 리모델링하는).
const VERB_START = /^(?:하|했|한|할|해|함|합|되|됐|된|될|돼|됨|시키|시켰|시킨|시킬|시켜)/;

/** The listed noun and its 하다/되다/시키다 form, for every such cut of the word. */
function verbCuts(word: string): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 2; i < word.length; i++) {
    const rest = word.slice(i);
    if (VERB_START.test(rest) && STANDARD_LOANWORDS.has(word.slice(0, i))) out.push([word.slice(0, i), rest]);
  }
  return out;
}

/** A listed loanword noun with a form of 하다, 되다 or 시키다 the dictionary knows (베팅했다, 업데이트된). */
export function isLoanwordVerb(word: string, spell: (s: string) => boolean): boolean {
  return verbCuts(word).some(([, rest]) => spell(rest));
}

/** The words isLoanwordVerb may ask the dictionary about: for a batching caller. */
export function loanwordVerbQueries(word: string): string[] {
  return verbCuts(word).map(([, rest]) => rest);
}
