// The dictionary verdict on one word, which depends on the word alone (so it is cached per word):
// Hunspell's own answer, else a split into nouns. Korean writes compounds of nouns without spaces
// (연합군사훈련이, 남북공동연락사무소의, 경제협력을), which the dictionary lists only in part. A split
// is accepted when it has two parts or more, every part is a noun of two or more syllables (the
// dictionary accepts it with 을/를) or one of a few one-syllable Sino-Korean prefixes and suffixes
// (초고압, 온열질환자, 쪽방촌), and what follows the last part is what may follow a noun (particles,
// 하다/되다 endings: the dictionary accepts 공부 + it; or the particles of filters.ts). So 몇일 (몇 + 일), 꼼꼼이 (one part + 이)
// and 하마트면 (트면 is no noun) stay misspellings.
import { confusionCandidates, strongConfusions } from './confusions';
import { initialSoundQueries, initialSoundRival } from './initial-sound';
import { irregularStemQueries } from './irregular-stems';
import { normWord, normWordQueries, suffixRivalQueries } from './norm-forms';
import { spokenFormQueries } from './spoken-forms';
import { COPULA, isCurrency, isNativeNumeral, isPerCounter, isQuestionClause, JJEOK, NATIVE_PREFIXES, nounTail } from './word-shapes';

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
  // 원-(原) 「접사」 'original, of the first' (표준국어대사전: 원계약, 원저자; 원도심).
  '원',
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
  // -戰, a contest (수주전, 공방전, 선거전, 총력전).
  '전',
  '반',
  '들',
  '째',
  '짜리',
  '별',
  // -극(劇) 「접사」 'drama, play' (표준국어대사전: 가정극, 무용극, 풍자극; 범죄극, 사극).
  '극',
]);

/** Longest word the compound search looks into (longer runs are pasted junk, not words). */
const MAX_SPLIT = 16;
/** Nouns the dictionary inflects fully (공부를, 공부했다; 운동은, 운동하는): probe what may follow a noun, by its final. */
const PROBES = ['공부', '운동'] as const;
const hasFinal = (c: string) => (c.charCodeAt(0) - 0xac00) % 28 !== 0;
const probeFor = (before: string) => (hasFinal(before) ? PROBES[1] : PROBES[0]);

/**
 * Whether the dictionary takes `tail` after a 하다 noun ending in the syllable `before` (했다고 after
 * 운동): asked of a probe noun it inflects fully; compoundQueries holds the probe for every tail.
 */
export function takesNounEnding(before: string, tail: string, spell: (s: string) => boolean): boolean {
  return spell(probeFor(before) + tail);
}

// Initials ㄱ ㄷ ㅂ ㅅ ㅈ, which a sai-siot makes tense.
const PLAIN_INITIALS = new Set([0, 3, 7, 9, 12]);
const initialOf = (c: string) => Math.floor((c.charCodeAt(0) - 0xac00) / 588);

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

/**
 * Dictionary forms (…다) a verb or adjective form may come from. `noun` is set when the form came
 * from taking a final ㄴ/ㄹ off (기항한 → 기항하다): a noun there makes it the copula (폭팔 → 폭파다 is
 * 폭파 + 다), which is no verb form, so the form counts only when `noun` is no noun.
 */
function stemForms(word: string): { form: string; noun?: string }[] {
  const out = new Map<string, string | undefined>();
  for (const e of ENDINGS) {
    if (!word.endsWith(e) || word.length - e.length < 2) continue;
    const base = word.slice(0, word.length - e.length);
    const last = base.at(-1)!;
    out.set(`${base}다`, undefined);
    const f = finalOf(last);
    // Not the copula (몇일 → 몇이다): nouns with 이다 are the dictionary's own business.
    const bare = String.fromCharCode(last.charCodeAt(0) - f);
    const stem = `${base.slice(0, -1)}${bare}`;
    if ((f === NIEUN || f === RIEUL) && bare !== '이' && !out.has(`${stem}다`)) out.set(`${stem}다`, stem);
    // An ㄹ-stem drops its ㄹ before ㄴ (서툴다 → 서툰, 낯설다 → 낯선): 서툰 → 서툴다.
    const withRieul = `${base.slice(0, -1)}${String.fromCharCode(last.charCodeAt(0) - f + RIEUL)}`;
    if (f === NIEUN && e === '' && bare !== '이' && !out.has(`${withRieul}다`)) out.set(`${withRieul}다`, withRieul);
    if (PAST[last]) out.set(`${base.slice(0, -1)}${PAST[last]}다`, undefined);
  }
  out.delete(word);
  return [...out].map(([form, noun]) => (noun === undefined ? { form } : { form, noun }));
}

/** Dictionary forms (…다) a verb or adjective form may come from, and the noun tests they need. */
export function stemQueries(word: string): string[] {
  return stemForms(word).flatMap((s) => (s.noun === undefined ? [s.form] : [s.form, ...objectForms(s.noun)]));
}

const isVerbForm = (word: string, spell: (s: string) => boolean) =>
  stemForms(word).some((s) => spell(s.form) && (s.noun === undefined || !objectForms(s.noun).some(spell)));

// Vowels heard alike, which a word written from its sound confuses (임기웅변 → 임기응변, 비지니스 →
// 비즈니스), as pairs of medial indexes (ㅏ 0 … ㅣ 20): ㅐ/ㅔ/ㅖ/ㅒ, ㅙ/ㅚ/ㅞ, ㅓ/ㅗ/ㅕ/ㅛ, ㅜ/ㅡ/ㅠ,
// ㅡ/ㅣ/ㅢ, ㅏ/ㅘ, ㅓ/ㅝ.
const ALIKE_PAIRS: [number, number][] = [
  [1, 5],
  [1, 7],
  [5, 7],
  [3, 7],
  [10, 11],
  [10, 15],
  [11, 15],
  [4, 8],
  [4, 6],
  [8, 12],
  [13, 18],
  [13, 17],
  [18, 20],
  [20, 19],
  [18, 19],
  [0, 9],
  [4, 14],
];
const ALIKE_VOWELS: Record<number, number[]> = {};
for (const [a, b] of ALIKE_PAIRS) {
  (ALIKE_VOWELS[a] ??= []).push(b);
  (ALIKE_VOWELS[b] ??= []).push(a);
}

// A final written as it is heard before the next initial (표준 발음법 제18–20항 and the place
// assimilation of quick speech), as pairs [written final, next initials, the final it stands for]:
// ㅇ for ㄱ before ㄴ ㅁ ㄹ (토사광란 for 토사곽란, said [광난]), ㅁ for ㅂ before ㄴ ㅁ ㄹ (암력 for
// 압력), ㅁ for ㄴ before ㅂ ㅃ ㅍ ㅁ (중구남방 for 중구난방), ㅇ for ㄴ before ㄱ ㄲ ㅋ (항국 for 한국),
// ㄹ for ㄴ before ㄹ (곤날 for 곤란's [골란]). Finals: ㄱ 1, ㄴ 4, ㄹ 8, ㅁ 16, ㅂ 17, ㅇ 21;
// initials: ㄱ 0, ㄲ 1, ㄴ 2, ㄹ 5, ㅁ 6, ㅂ 7, ㅃ 8, ㅋ 15, ㅍ 17.
const HEARD_FINALS: [number, readonly number[], number][] = [
  [21, [2, 6, 5], 1],
  [16, [2, 6, 5], 17],
  [16, [7, 8, 17, 6], 4],
  [21, [0, 1, 15], 4],
  [8, [5], 4],
];

/**
 * A four-syllable stem with one vowel changed for one heard alike, and the half of it that changed
 * (`heard`: a final changed for the one it is heard as instead, HEARD_FINALS).
 */
function rivalForms(stem: string): { form: string; half: string; heard?: true }[] {
  const out: { form: string; half: string; heard?: true }[] = [];
  for (let i = 0; i < 4; i++) {
    const code = stem.charCodeAt(i) - 0xac00;
    if (code < 0 || code > 11171) return [];
    const v = Math.floor((code % 588) / 28);
    const half = (form: string) => (i < 2 ? form.slice(0, 2) : form.slice(2));
    for (const v2 of ALIKE_VOWELS[v] ?? []) {
      const form = stem.slice(0, i) + String.fromCharCode(0xac00 + code + (v2 - v) * 28) + stem.slice(i + 1);
      out.push({ form, half: half(form) });
    }
    if (i === 3) continue;
    const next = Math.floor((stem.charCodeAt(i + 1) - 0xac00) / 588);
    for (const [t, before, t2] of HEARD_FINALS) {
      if (code % 28 !== t || !before.includes(next)) continue;
      const form = stem.slice(0, i) + String.fromCharCode(0xac00 + code - t + t2) + stem.slice(i + 1);
      out.push({ form, half: half(form), heard: true });
    }
  }
  return out;
}

const rivalStem = (word: string) => (word.length >= 4 && word.length <= 8 && nounTail(word.slice(4)) ? word.slice(0, 4) : null);

/**
 * A four-syllable word (with particles) the dictionary lacks that splits into two two-syllable nouns
 * by chance: one vowel heard alike away from a four-syllable noun the dictionary lists whole, whose
 * changed half is no noun on its own (임기웅변 is 임기 + 웅변, but 임기응변 is listed and 응변 is no
 * noun; 비지니스 → 비즈니스). Hunspell's CHECKCOMPOUNDREP works so: a compound loses to a word of the
 * dictionary one common error away. The rival with the word's particles, or null. A rival whose changed half is a noun is only
 * another compound (대만해협 and 대한해협), and proves nothing, unless the word writes a final of the
 * rival as it is heard before the next syllable (HEARD_FINALS: 무당결근 → 무단결근).
 */
export function wholeRival(word: string, spell: (s: string) => boolean): string | null {
  const stem = rivalStem(word);
  if (stem === null) return null;
  const noun = (s: string) => objectForms(s).some(spell);
  if (!noun(stem.slice(0, 2)) || !noun(stem.slice(2))) return null;
  // A final written as heard is the sound of the rival itself, so its half may be a noun too
  // (중구남방 → 중구난방, though 난방 is a noun): the writer wrote what the listed word sounds like.
  for (const r of rivalForms(stem)) if (noun(r.form) && (r.heard || !noun(r.half))) return r.form + word.slice(4);
  return null;
}

// Heads of institution names, written solid after the name (세브란스병원, 영란은행, 국가인권위원회,
// 대한의사협회): two syllables or more, so a one-syllable head (부, 청, 실) never makes a name.
const INSTITUTION_HEADS = [
  '병원',
  '의료원',
  '은행',
  '위원회',
  '협의회',
  '협회',
  '학회',
  '연합회',
  '재단',
  '연구소',
  '연구원',
  '대학교',
  '대학',
  '공사',
  '공단',
  '센터',
  '그룹',
  '증권',
  '보험',
  '박물관',
  '미술관',
  '사무소',
  '사무국',
  '법원',
];

/** The name part, head and particles of a word that ends in an institution head (서울아산 + 병원 + 에서). */
export function institutionParts(word: string): { name: string; head: string; tail: string } | null {
  // Every cut where a head starts, longest name first (서울대학교병원 is 서울대학교 + 병원).
  for (let cut = word.length - 2; cut >= 2; cut--) {
    const rest = word.slice(cut);
    const head = INSTITUTION_HEADS.filter((h) => rest.startsWith(h)).sort((a, b) => b.length - a.length)[0];
    if (head && nounTail(rest.slice(head.length))) return { name: word.slice(0, cut), head, tail: rest.slice(head.length) };
  }
  return null;
}

// Nasal finals, which one slips between (ㄴ ㅁ ㅇ: 중안 for 중앙).
const NASAL_FINALS = [4, 16, 21];

/** A two-syllable part one style-guide confusion or one nasal final away (한극 → 한국, 중안 → 중앙): a near miss of a noun. */
function nearNames(part: string): string[] {
  const out = confusionCandidates(part);
  for (let i = 0; i < part.length; i++) {
    const code = part.charCodeAt(i) - 0xac00;
    if (code < 0 || code > 11171) continue;
    if (!NASAL_FINALS.includes(code % 28)) continue;
    for (const t of NASAL_FINALS)
      if (t !== code % 28) out.push(part.slice(0, i) + String.fromCharCode(0xac00 + code - (code % 28) + t) + part.slice(i + 1));
  }
  return out;
}

/** Splits of an institution's name part the dictionary is asked about (nouns, bare words, near misses). */
function institutionQueries(word: string): string[] {
  const p = institutionParts(word);
  if (!p) return [];
  const out: string[] = [];
  const n = p.name;
  for (let i = 0; i < n.length; i++)
    for (let j = i + 2; j <= n.length; j++) {
      const part = n.slice(i, j);
      out.push(part, ...objectForms(part));
      if (j - i === 2) for (const c of nearNames(part)) out.push(...objectForms(c));
    }
  return out;
}

/**
 * A name and an institution head with particles (서울아산병원, 영란은행이, 방산협력위원회가): the name
 * splits into parts of two syllables or more that the dictionary knows (as nouns, or bare like the
 * place names 서울, 아산), save at most one unknown part of two syllables (영란 ← 英蘭, 방산), which
 * no style-guide confusion turns into a noun of the dictionary (so 중안은행 for 중앙 … stays a split to
 * judge otherwise). Korean news writes such names solid and the dictionary lists few.
 */
export function isInstitutionName(word: string, spell: (s: string) => boolean): boolean {
  const p = institutionParts(word);
  if (!p) return false;
  const name = p.name;
  const known = (s: string) => spell(s) || objectForms(s).some(spell);
  const unknownOk = (s: string) => s.length === 2 && !nearNames(s).some((c) => objectForms(c).some(spell));
  // best[i]: fewest unknown parts over splits of name[0, i) (Infinity: none).
  const best: number[] = new Array(name.length + 1).fill(Infinity);
  best[0] = 0;
  for (let i = 0; i < name.length; i++) {
    if (best[i] === Infinity) continue;
    for (let j = i + 2; j <= name.length; j++) {
      const part = name.slice(i, j);
      const cost = known(part) ? 0 : unknownOk(part) ? 1 : Infinity;
      if (best[i]! + cost < best[j]!) best[j] = best[i]! + cost;
    }
  }
  return best[name.length]! <= 1;
}

// A form of 되다 (되고, 돼, 됐다, 된, 될, 됨, 되지는), not 되 alone (a measure, or a stem cut short).
const passiveTail = (tail: string) => tail.length >= 1 && /^[되돼됐된될됨]/.test(tail) && tail !== '되';

/**
 * A noun of the dictionary and a form of 되다 written solid (계류돼, 면책되지는, 처리됐다): the passive
 * of a 하다 noun, which the dictionary conjugates for few nouns and few endings. The form must be one
 * the dictionary accepts alone (되지는, 돼); misspelt forms of 되다 (되요, 됬다) are the rules' before
 * this is asked.
 */
function isPassiveOfNoun(word: string, spell: (s: string) => boolean): boolean {
  for (let i = 2; i < word.length; i++) {
    const tail = word.slice(i);
    if (passiveTail(tail) && spell(tail) && objectForms(word.slice(0, i)).some(spell)) return true;
  }
  return false;
}

/** The strings whose dictionary answers judgeWord needs beyond the word itself. */
export function compoundQueries(word: string): string[] {
  if (word.length > MAX_SPLIT || word.length < 2) return [];
  const out: string[] = [
    ...stemQueries(word),
    ...institutionQueries(word),
    ...normWordQueries(word),
    ...suffixRivalQueries(word),
    ...spokenFormQueries(word),
    ...irregularStemQueries(word),
    ...initialSoundQueries(word),
  ];
  const stem = rivalStem(word);
  if (stem !== null) for (const r of rivalForms(stem)) out.push(...objectForms(r.form), ...objectForms(r.half));
  for (let i = 4; i <= word.length; i++) out.push(`${word.slice(0, i)}하다`);
  for (let i = 2; i < word.length; i++) if (passiveTail(word.slice(i))) out.push(word.slice(i));
  if (NATIVE_PREFIXES.has(word[0]!)) out.push(...objectForms(word[1]!));
  if (word.length < 3) return out;
  // For a one-syllable noun first (oneSyllableCompound).
  out.push(...confusionCandidates(word));
  for (let i = 2; i < word.length; i++) out.push(word.slice(0, i));
  for (let i = 0; i < word.length; i++) {
    for (let j = i + 1; j <= word.length; j++) if (j - i < word.length) out.push(...objectForms(word.slice(i, j)));
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
  // A word the dictionary lacks that is one style-guide confusion away from a word it has (계시판 →
  // 게시판, 등교길 → 등굣길) is that word misspelt, however it splits or inflects (존대말 is no
  // 존대마다 with its ㄹ dropped).
  if (n >= 3 && strongConfusions(word).some(spell)) return false;
  // The initial-sound law left out at the start of a word or of a compound's part (년말, 회계년도).
  if (initialSoundRival(word, spell) !== null) return false;
  if (wholeRival(word, spell) !== null) return false;
  if (isVerbForm(word, spell)) return true;
  if (isPassiveOfNoun(word, spell)) return true;
  if (isNativeNumeral(word) || isCurrency(word) || JJEOK.test(word)) return true;
  // The root of a 하다 adjective of four syllables or more, with particles (휘황찬란, 애매모호를):
  // written alone as a noun; the dictionary lists the adjective.
  for (let i = 4; i <= n; i++) if (nounTail(word.slice(i)) && spell(`${word.slice(0, i)}하다`)) return true;
  // A native prefix and a noun (잔불, 잔돈을, 헛발, 옛소련의): the prefix is no noun to test.
  if (NATIVE_PREFIXES.has(word[0]!) && !NOT_ONE_SYLLABLE_PART.has(word[1]!) && objectForms(word[1]!).some(spell) && nounTail(word.slice(2)))
    return true;
  if (NATIVE_PREFIXES.has(word[0]!))
    for (let j = 3; j <= n; j++) if (objectForms(word.slice(1, j)).some(spell) && nounTail(word.slice(j))) return true;
  if (isPerCounter(word)) return true;
  if (isInstitutionName(word, spell)) return true;
  // A form by one of the norms' rules (수평아리, 의젓이, 갈빗집: norm-forms.ts).
  if (normWord(word, spell)) return true;
  if (n < 3) return false;
  const noun = (s: string) => objectForms(s).some(spell);
  if (nounSplit(word, noun, spell)) return true;
  if (oneSyllableCompound(word, noun, spell)) return true;
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

/**
 * The word splits into nouns of two syllables or more (at least one) and one-syllable Sino-Korean
 * prefixes (first) and suffixes (after a noun), then what may follow a noun. A word one of the style
 * guides' known corrections away from a dictionary word (strongConfusions, wholeRival) never gets here.
 */
function nounSplit(word: string, noun: (s: string) => boolean, spell: (s: string) => boolean): boolean {
  const n = word.length;
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
  return false;
}

// One-syllable nouns that are also particles or endings (꼼꼼 + 이, 솔직 + 히, 생각 + 지): never a part.
const NOT_ONE_SYLLABLE_PART = new Set(['이', '히', '기', '지', '게', '고', '며', '면', '서', '요', '음', '임', '함', '됨', '다', '적']);

/**
 * The word splits into a noun of two syllables or more and a one-syllable noun, then particles (관련 +
 * 주를, 메뉴 + 얼): oneSyllableCompound's evidence before the confusions are asked.
 */
export function shortLastSplit(word: string, spell: (s: string) => boolean): boolean {
  const noun = (s: string) => objectForms(s).some(spell);
  const one = (c: string) => !NOT_ONE_SYLLABLE_PART.has(c) && noun(c);
  const long = (s: string) => !/[기이]$/.test(s) && noun(s);
  const saiSiot = (a: string, b: string) => !hasFinal(a) && PLAIN_INITIALS.has(initialOf(b));
  for (let i = 2; i < word.length; i++)
    if (!saiSiot(word[i - 1]!, word[i]!) && long(word.slice(0, i)) && one(word[i]!) && nounTail(word.slice(i + 1))) return true;
  return false;
}

/**
 * A noun of two syllables or more and a noun of one, then particles (관련주를, 출생아의): Korean
 * writes such compounds solid and the dictionary lists few of them. One short part only, after a
 * longer real noun, so two one-syllable words (장농, 폭팔, 요세) stay unknown.
 */
function oneSyllableCompound(word: string, noun: (s: string) => boolean, spell: (s: string) => boolean): boolean {
  const n = word.length;
  // Particles only: no verb endings (으시 + 대 + 다) and no probe through the copula.
  const ends = (i: number) => nounTail(word.slice(i));
  const one = (c: string) => !NOT_ONE_SYLLABLE_PART.has(c) && noun(c);
  // Not a verb's noun form (짜기, 배기) or a word in -이 (동이): 갑짜기, 맛배기, 쌍동이 are misspellings.
  const long = (s: string) => !/[기이]$/.test(s) && noun(s);
  // A vowel before a plain consonant is where a sai-siot is due (최댓값, 육개장 aside, 등굣길): such a
  // pair is left to the dictionary (최대값, 장마비 stay unknown).
  const saiSiot = (a: string, b: string) => !hasFinal(a) && PLAIN_INITIALS.has(initialOf(b));
  // Last: 관련 + 주를, 출생 + 아. Not when a word of the dictionary is one style-guide confusion away
  // (메뉴얼 is no 메뉴 + 얼: 매뉴얼).
  if (shortLastSplit(word, spell)) return !confusionCandidates(word).some(spell);
  // First: 손 + 팻말을, 열 + 화상. Weak evidence, as misspelt words split so too (육 + 계장): not when
  // one of the style guides' confusions of the word is a word of the dictionary (육개장).
  if (!one(word[0]!) || saiSiot(word[0]!, word[1]!)) return false;
  let found = false;
  for (let j = 3; j <= n && !found; j++) found = long(word.slice(1, j)) && ends(j);
  return found && !confusionCandidates(word).some(spell);
}
