// What the spelling check lets pass before it asks the dictionary: the project's own words
// (glossary forms, the word list, Korean glosses of names in the source), with any particles
// after them, and a person's name before a title (조영탁 한양대 교수는, 이순자 씨). These depend
// on the project and the sentence, so they run per check; the dictionary verdict (compound.ts)
// depends on the word alone and is cached.
import { SURNAME_SHARE } from '../names/syllables';
import { isCounterAfterNumber } from './counters';
import type { SpellToken } from './tokenise';
import { isParticleTail } from './particles';
import { isTransliteration, type SourceForms } from './transliteration';

export { isParticleTail } from './particles';

/** Anything that answers whether it holds a word (a Set, or several looked up together). */
export interface WordSet {
  has(word: string): boolean;
}

const HANGUL_WORD = /[\uac00-\ud7a3]+/g;

/**
 * The project's own Korean words, from glossary forms ("유엔 | 국제연합", multi-word terms give
 * each word), the word list and Hangul found in the source (Kwon Jong-gun(권정근)).
 */
export function knownWords(forms: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const f of forms) for (const m of f.matchAll(HANGUL_WORD)) if (m[0].length >= 1) out.add(m[0]);
  return out;
}

/** A word that is a known word followed by particles (권정근은, 한전에서도, 하노이였다). */
export function isKnownWithTail(word: string, known: WordSet): boolean {
  if (known.has(word)) return true;
  for (let cut = word.length - 1; cut >= 1; cut--) {
    if (known.has(word.slice(0, cut)) && isParticleTail(word.slice(cut))) return true;
  }
  return false;
}

// Titles and forms of address Korean news puts after a name, within a few words (조영탁 한양대 교수는).
const TITLES = [
  '씨',
  '군',
  '양',
  '옹',
  '여사',
  '장관',
  '차관',
  '대통령',
  '총리',
  '의원',
  '위원장',
  '부위원장',
  '위원',
  '연구위원',
  '연구원',
  '교수',
  '대표',
  '회장',
  '부회장',
  '사장',
  '국장',
  '기자',
  '대변인',
  '원장',
  '청장',
  '시장',
  '지사',
  '장군',
  '대사',
  '부장',
  '실장',
  '처장',
  '총장',
  '감독',
  '선수',
  '박사',
  '변호사',
  '특파원',
  '소장',
  '의장',
  '비서관',
  '수석',
  '주석',
  '국무위원장',
  '총비서',
  '비서',
  '단장',
  '팀장',
  '센터장',
  '이사장',
  '이사',
  '조합장',
  '작가',
  '감독관',
  '판사',
  '검사',
  '목사',
  '신부',
  '스님',
  '당선인',
  '후보',
  '전무',
  '상무',
  '과장',
  '대리',
  '주임',
  '교사',
  '학생',
  '회원',
  '대표이사',
  '부총리',
  '외무상',
  '국방상',
  '통역관',
  '관계자',
];
const TITLE_RE = new RegExp(`^(?:${[...TITLES].sort((a, b) => b.length - a.length).join('|')})`);
const SURNAMES = new Set(Object.keys(SURNAME_SHARE));

/**
 * A Korean personal name before a title: three syllables (surname + given name) with a title
 * within the next three words (조영탁 한양대 교수는, 김지혜 연구위원은), two or four with the title as
 * the very next word, or any of these glued to 씨/님 with particles (박민지씨가).
 */
export function isNameBeforeTitle(text: string, token: SpellToken): boolean {
  const w = token.word;
  if (!SURNAMES.has(w[0]!)) return false;
  const glued = /^([\uac00-\ud7a3]{2,4})(?:씨|님)(.*)$/.exec(w);
  if (glued) return SURNAMES.has(w[0]!) && isParticleTail(glued[2]!);
  if (w.length === 1) return surnameAlone(text, token);
  if (w.length < 2 || w.length > 4 || !SURNAMES.has(w[0]!)) return false;
  if (text[token.end] !== ' ' && text[token.end] !== '\u00a0') return false;
  const next = text
    .slice(token.end, token.end + 40)
    .trimStart()
    .split(/\s+/)
    .slice(0, w.length === 3 ? 3 : 1);
  return next.some((x) => TITLE_RE.test(x));
}

// What follows a surname written alone (최 씨는, 최 할머니가, 박 교수는): the titles above and the
// kin words a story calls an older person by.
const AFTER_SURNAME = new Set([...TITLES, '할머니', '할아버지', '선생', '선생님', '노인', '부부', '형제', '자매', '일가', '사장님']);

/**
 * A surname standing alone before a title or a kin word (최 씨는, 최 할머니가, 최 모 씨), as Korean
 * news and stories name a person once introduced: the next word is that title with particles only,
 * not a longer word that starts like it (이 씨앗, 최 선수촌).
 */
function surnameAlone(text: string, token: SpellToken): boolean {
  if (text[token.end] !== ' ' && text[token.end] !== '\u00a0') return false;
  const next = text
    .slice(token.end, token.end + 40)
    .trimStart()
    .split(/\s+/);
  const titled = (x: string | undefined) => {
    const bare = (x ?? '').replace(/[^\uac00-\ud7a3]+$/u, '');
    for (let cut = bare.length; cut >= 1; cut--) if (AFTER_SURNAME.has(bare.slice(0, cut)) && isParticleTail(bare.slice(cut))) return true;
    return false;
  };
  return titled(next[0]) || (next[0] === '모' && titled(next[1]));
}

// One-syllable names of countries Korean news strings together (한중일, 북미, 한미일 정상회의, 미중).
const COUNTRIES = new Set(['한', '미', '중', '일', '북', '남', '러', '영', '독', '불', '호', '인', '베', '태', '몽', '대', '캐', '유']);

/** Two to four different one-syllable country names with particles after them (한중일은, 북미 간). */
export function isCountryRun(word: string): boolean {
  for (let n = Math.min(4, word.length); n >= 2; n--) {
    const run = word.slice(0, n);
    if (!isParticleTail(word.slice(n))) continue;
    if ([...run].every((c) => COUNTRIES.has(c)) && new Set(run).size === n) return true;
  }
  return false;
}

// One-syllable names of sectors Korean news strings together (민관, 민관군, 노사정, 산학연, 당정청,
// 여야정), as the pairs they are written in: citizens and state (민 관 군), labour, management and
// government (노 사 정), industry, academia and research (산 학 연), party and government (당 정 청),
// ruling and opposition (여 야 정).
const SECTOR_PAIRS = new Set([
  '민관',
  '관민',
  '민군',
  '관군',
  '노사',
  '노정',
  '사정',
  '산학',
  '학연',
  '산연',
  '당정',
  '정청',
  '당청',
  '여야',
  '야정',
  '여정',
]);

/** Two or three one-syllable sector names, each next to one it is paired with, with particles (민관의, 노사정은). */
export function isSectorRun(word: string): boolean {
  // Every word of the text comes here: most leave at the first pair.
  if (word.length < 2 || !SECTOR_PAIRS.has(word.slice(0, 2))) return false;
  for (let n = Math.min(3, word.length); n >= 2; n--) {
    const run = word.slice(0, n);
    if (!isParticleTail(word.slice(n)) || new Set(run).size !== n) continue;
    let ok = true;
    for (let i = 1; i < n && ok; i++) ok = SECTOR_PAIRS.has(run.slice(i - 1, i + 1));
    if (ok) return true;
  }
  return false;
}

/** Everything that lets a word pass without the dictionary, given its sentence and the project's words. */
export function passesWithoutDictionary(text: string, token: SpellToken, known: WordSet, source?: SourceForms): boolean {
  return (
    token.glossed ||
    isKnownWithTail(token.word, known) ||
    isNameBeforeTitle(text, token) ||
    isCountryRun(token.word) ||
    isSectorRun(token.word) ||
    isCounterAfterNumber(text, token) ||
    (source !== undefined && isTransliteration(token.word, source))
  );
}
