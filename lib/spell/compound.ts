// The dictionary verdict on one word, which depends on the word alone (so it is cached per word):
// Hunspell's own answer, else a split into nouns. Korean writes compounds of nouns without spaces
// (연합군사훈련이, 남북공동연락사무소의, 경제협력을), which the dictionary lists only in part. A split
// is accepted when it has two parts or more, every part is a noun of two or more syllables (the
// dictionary accepts it with 을/를) or one of a few one-syllable Sino-Korean prefixes and suffixes
// (초고압, 온열질환자, 쪽방촌), and what follows the last part is what may follow a noun (particles,
// 하다/되다 endings: the dictionary accepts 공부 + it; or the particles of filters.ts). So 몇일 (몇 + 일), 꼼꼼이 (one part + 이)
// and 하마트면 (트면 is no noun) stay misspellings.
import { isParticleTail } from './particles';

const PREFIXES = new Set([
  '초',
  '반',
  '비',
  '재',
  '신',
  '구',
  '총',
  '탈',
  '친',
  '무',
  '미',
  '불',
  '저',
  '최',
  '범',
  '각',
  '본',
  '현',
  '전',
  '주',
  '대',
  '소',
  '고',
  '준',
  '부',
  '역',
  '공',
  // News: nuclear, extreme (핵무력, 핵보유국, 극초음속).
  '핵',
  '극',
]);
const SUFFIXES = new Set([
  '적',
  '화',
  '성',
  '측',
  '권',
  '국',
  '론',
  '제',
  '법',
  '안',
  '책',
  '상',
  '하',
  '간',
  '내',
  '외',
  '별',
  '용',
  '형',
  '급',
  '시',
  '군',
  '도',
  '사',
  '원',
  '장',
  '청',
  '부',
  '처',
  '실',
  '소',
  '단',
  '대',
  '당',
  '비',
  '세',
  '료',
  '율',
  '률',
  '량',
  '액',
  '가',
  '자',
  '계',
  '촌',
  '층',
  '력',
  '감',
  '선',
  '관',
  '망',
  '난',
  '기',
  '식',
  '품',
  '물',
  '금',
  '점',
  '지',
  '회',
  '분',
  '생',
  '인',
  '직',
  '과',
  '학',
  '쪽',
  '발',
  '차',
  '산',
  '판',
  '업',
  '체',
  '팀',
  '반',
  '들',
  '째',
  '짜리',
  '별',
]);

/** Particles after a noun, not a verb ending in disguise (끼여 + 들다, 으시 + 대다). */
const nounTail = (tail: string) => !tail.endsWith('다') && isParticleTail(tail);

/** Longest word the compound search looks into (longer runs are pasted junk, not words). */
const MAX_SPLIT = 16;
/** Nouns the dictionary inflects fully (공부를, 공부했다; 운동은, 운동하는): probe what may follow a noun, by its final. */
const PROBES = ['공부', '운동'] as const;
const hasFinal = (c: string) => (c.charCodeAt(0) - 0xac00) % 28 !== 0;
const probeFor = (before: string) => (hasFinal(before) ? PROBES[1] : PROBES[0]);

function objectForms(s: string): string[] {
  return [`${s}을`, `${s}를`];
}

// Verb and adjective forms the dictionary does not conjugate (머물, 조급해진, 쉬워질, 기항한,
// 베팅했다): a known ending is taken off and the dictionary form (stem + 다) is asked for. The stem
// may carry the ending's ㄴ/ㄹ (조급해진 → 조급해지다) or a contracted past (했 → 하, 됐 → 되).
const ENDINGS = [
  '',
  '는',
  '며',
  '고',
  '면',
  '지',
  '게',
  '던',
  '든',
  '듯',
  '지에',
  '지도',
  '다',
  '다며',
  '다고',
  '는지',
  '느냐',
  '으며',
  '도록',
  '려고',
  '면서',
  '지만',
  '기',
  '기에',
  '어',
  '아',
  '서',
  '던지',
];
const PAST: Record<string, string> = {
  했: '하',
  됐: '되',
  졌: '지',
  웠: '우',
  왔: '오',
  갔: '가',
  였: '이',
  섰: '서',
  켰: '키',
  쳤: '치',
  렸: '리',
};
const finalOf = (c: string) => (c.charCodeAt(0) - 0xac00) % 28;
const RIEUL = 8;
const NIEUN = 4;

/** Dictionary forms (…다) a verb or adjective form may come from. */
export function stemQueries(word: string): string[] {
  const out = new Set<string>();
  for (const e of ENDINGS) {
    if (!word.endsWith(e) || word.length - e.length < 2) continue;
    const base = word.slice(0, word.length - e.length);
    const last = base.at(-1)!;
    out.add(`${base}다`);
    const f = finalOf(last);
    // Not the copula (몇일 → 몇이다): nouns with 이다 are the dictionary's own business.
    const bare = String.fromCharCode(last.charCodeAt(0) - f);
    if ((f === NIEUN || f === RIEUL) && bare !== '이') out.add(`${base.slice(0, -1)}${bare}다`);
    if (PAST[last]) out.add(`${base.slice(0, -1)}${PAST[last]}다`);
  }
  out.delete(word);
  return [...out];
}

/** The strings whose dictionary answers judgeWord needs beyond the word itself. */
export function compoundQueries(word: string): string[] {
  if (word.length > MAX_SPLIT || word.length < 2) return [];
  const out: string[] = stemQueries(word);
  if (word.length < 3) return out;
  for (let i = 2; i < word.length; i++) out.push(word.slice(0, i));
  for (let i = 0; i < word.length; i++) {
    for (let j = i + 2; j <= word.length; j++) if (j - i < word.length) out.push(...objectForms(word.slice(i, j)));
    if (i >= 2) out.push(probeFor(word[i - 1]!) + word.slice(i));
  }
  return out;
}

/**
 * Whether the word is spelt right: the dictionary accepts it, or it splits into nouns as above.
 * `spell` answers for the word and for every string of compoundQueries(word).
 */
export function judgeWord(word: string, spell: (s: string) => boolean): boolean {
  if (spell(word)) return true;
  const n = word.length;
  if (n > MAX_SPLIT || n < 2) return false;
  if (stemQueries(word).some(spell)) return true;
  if (n < 3) return false;
  const noun = (s: string) => objectForms(s).some(spell);
  // parts[i]: most parts a split of word[0, i) can have with at least one real noun (0: none; -1: unreachable).
  const parts: number[] = new Array(n + 1).fill(-1);
  const real: boolean[] = new Array(n + 1).fill(false);
  parts[0] = 0;
  for (let i = 0; i < n; i++) {
    if (parts[i]! < 0) continue;
    const step = (j: number, isReal: boolean) => {
      const p = parts[i]! + 1;
      if (p > parts[j]! || (p === parts[j] && isReal)) {
        parts[j] = p;
        real[j] = real[i]! || isReal;
      }
    };
    const one = word[i]!;
    if ((i === 0 && PREFIXES.has(one)) || (real[i] && SUFFIXES.has(one))) step(i + 1, false);
    for (let j = i + 2; j <= n; j++) if (j - i < n && noun(word.slice(i, j))) step(j, true);
  }
  for (let i = 2; i <= n; i++) {
    if (parts[i]! < 1 || !real[i]) continue;
    const tail = word.slice(i);
    // One noun alone needs a tail, and not 이/히 (꼼꼼이, 솔직이 are adverbs misspelt).
    if (parts[i] === 1 && (tail === '' || tail === '이' || tail === '히')) continue;
    if (tail === '' || nounTail(tail) || spell(probeFor(word[i - 1]!) + tail)) return true;
  }
  // A word of the dictionary (not inflected there as a noun) with particles: 누군가는, 교수님이.
  for (let i = 2; i < n; i++) {
    const tail = word.slice(i);
    if (tail !== '이' && tail !== '히' && nounTail(tail) && spell(word.slice(0, i))) return true;
    // A question clause the dictionary accepts, with the copula or a particle (유지하느냐입니다,
    // 있느냐다, 갈지가): the clause is a noun phrase, so its tail may end in 다 as a copula.
    if (isQuestionClause(word.slice(0, i)) && (COPULA.has(tail) || nounTail(tail)) && spell(word.slice(0, i))) return true;
  }
  return false;
}

// The copula after a clause (있느냐다, 하느냐였다).
const COPULA = new Set(['다', '이다', '입니다', '였다', '이었다', '이라는', '라는', '이라고', '라고']);

/** Whether the form ends in a question ending that makes a clause a noun phrase: -냐, -는지/-은지/-을지/-ㄹ지/-ㄴ지. */
export function isQuestionClause(form: string): boolean {
  const n = form.length;
  if (n < 2) return false;
  const last = form[n - 1]!;
  if (last === '냐') return true;
  if (last !== '지') return false;
  const prev = form[n - 2]!;
  const code = prev.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11171) return false;
  const t = code % 28;
  return prev === '는' || t === 4 /* ㄴ */ || t === 8; /* ㄹ */
}
