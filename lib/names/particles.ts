// Korean particle (조사) agreement. A particle attached to a noun takes one form after a syllable
// with a final consonant (받침) and another after an open syllable: 권정근은 / 트럼프는. The
// instrumental 으로/로 has the extra ㄹ rule: a ㄹ 받침 behaves like an open syllable (서울로).
// Words ending in digits agree with the Korean (Sino-Korean) reading of the number; words ending
// in Latin letters are left alone (null = unknown), because their reading depends on how the
// acronym or name is pronounced (WFP → 더블유에프피, Trump → 트럼프) and guessing would raise
// false alarms.
//
// Hangul-final words go through es-hangul (getJongseong for the final consonant, josa.pick for the
// form): this file is the one place the project decides particles, used by the QA checks, their
// messages (particleFor) and the MT post-editing in lib/mt/fix-particles.ts.
import { getJongseong, josa } from 'es-hangul';

export interface ParticlePair {
  /** Form after a final consonant, e.g. 은 */
  readonly withBatchim: string;
  /** Form after an open syllable, e.g. 는 */
  readonly withoutBatchim: string;
  /** true for 으로/로 and its compounds: a final ㄹ takes the open-syllable form (서울로). */
  readonly rieulAsOpen?: boolean;
  /**
   * true for forms built on the copula 이다 (이며, 이라고, 이라는): after an open syllable the full
   * form is also standard (의사이며), so only the short form after a final consonant is wrong.
   */
  readonly copula?: boolean;
}

export const PARTICLE_PAIRS = {
  topic: { withBatchim: '은', withoutBatchim: '는' },
  subject: { withBatchim: '이', withoutBatchim: '가' },
  object: { withBatchim: '을', withoutBatchim: '를' },
  and: { withBatchim: '과', withoutBatchim: '와' },
  direction: { withBatchim: '으로', withoutBatchim: '로', rieulAsOpen: true },
  asRole: { withBatchim: '으로서', withoutBatchim: '로서', rieulAsOpen: true },
  byMeans: { withBatchim: '으로써', withoutBatchim: '로써', rieulAsOpen: true },
  or: { withBatchim: '이나', withoutBatchim: '나' },
  withColloquial: { withBatchim: '이랑', withoutBatchim: '랑' },
  vocative: { withBatchim: '아', withoutBatchim: '야' },
  quoted: { withBatchim: '이라고', withoutBatchim: '라고', copula: true },
  called: { withBatchim: '이라는', withoutBatchim: '라는', copula: true },
  listing: { withBatchim: '이며', withoutBatchim: '며', copula: true },
} as const satisfies Record<string, ParticlePair>;

export type ParticlePairName = keyof typeof PARTICLE_PAIRS;

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

// Final consonant of the Sino-Korean reading of the last non-zero digit: 일 삼 육 칠 팔 end closed.
const DIGIT_FINAL = ['ㅇ', 'ㄹ', '', 'ㅁ', '', '', 'ㄱ', 'ㄹ', 'ㄹ', ''];
// A number ending in zeros is read with its place word: 십 백 천 만(×4) 억(×4) 조(×4) 경.
function placeFinal(trailingZeros: number): string {
  if (trailingZeros === 1) return 'ㅂ'; // 십
  if (trailingZeros === 2) return 'ㄱ'; // 백
  if (trailingZeros === 3) return 'ㄴ'; // 천
  if (trailingZeros < 8) return 'ㄴ'; // 만, 십만, 백만, 천만
  if (trailingZeros < 12) return 'ㄱ'; // 억 …
  if (trailingZeros < 16) return ''; // 조 …
  return 'ㅇ'; // 경
}

// Symbols that end a word and are read aloud with a known final sound.
const SYMBOL_FINAL: Record<string, string> = { '%': '', '％': '', '℃': '', '°': 'ㄴ', $: '' };

/** Strips a trailing parenthetical gloss and closing quotes: 권정근(Kwon Jong-gun) → 권정근. */
function coreWord(word: string): string {
  let w = word.normalize('NFC').trimEnd();
  for (;;) {
    const next = w.replace(/\s*[(\[（][^()\[\]（）]*[)\]）]$/u, '').replace(/[”’"'」』》〉]+$/u, '');
    if (next === w) return w;
    w = next;
  }
}

/**
 * The final consonant of the word as read in Korean: '' for an open syllable, a jamo such as
 * 'ㄴ' or 'ㄹ' for a closed one, null when the reading is unknown (Latin letters, empty input).
 */
export function finalConsonant(word: string): string | null {
  const w = coreWord(word);
  if (w === '') return null;
  const last = w[w.length - 1]!;
  const code = last.codePointAt(0)!;
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) return getJongseong(last);
  if (last in SYMBOL_FINAL) return SYMBOL_FINAL[last]!;
  if (/\d/.test(last)) {
    // G7, G20, F-35: a model or group name is often read in English (지세븐), so unknown.
    if (/[A-Za-z]-?\d[\d,.]*$/.test(w)) return null;
    // Digits after a decimal point are read one by one (3.14 → 삼 점 일사), so only the last matters.
    const m = /(\d[\d,]*)(?:\.(\d+))?$/.exec(w)!;
    if (m[2]) return DIGIT_FINAL[Number(m[2][m[2].length - 1])]!;
    const digits = m[1]!.replace(/,/g, '');
    if (/^0+$/.test(digits)) return 'ㅇ'; // 영
    const zeros = /0*$/.exec(digits)![0].length;
    return zeros === 0 ? DIGIT_FINAL[Number(digits[digits.length - 1])]! : placeFinal(zeros);
  }
  return null;
}

/** true after a closed syllable, false after an open one, null when unknown. */
export function hasFinalConsonant(word: string): boolean | null {
  const f = finalConsonant(word);
  return f === null ? null : f !== '';
}

/** The form the pair takes after the word; both forms as "은(는)" / "(으)로" when unknown. */
// The option strings es-hangul's josa.pick takes (its order: 와/과 puts the open form first).
type JosaOption = Parameters<typeof josa.pick>[1];
const JOSA_OPTIONS = new Set<string>([
  '이/가',
  '을/를',
  '은/는',
  '으로/로',
  '와/과',
  '이나/나',
  '이란/란',
  '아/야',
  '이랑/랑',
  '으로서/로서',
  '으로써/로써',
  '으로부터/로부터',
  '이라/라',
]);

function josaOption(pair: ParticlePair): JosaOption | null {
  const a = `${pair.withBatchim}/${pair.withoutBatchim}`;
  if (JOSA_OPTIONS.has(a)) return a as JosaOption;
  const b = `${pair.withoutBatchim}/${pair.withBatchim}`;
  return JOSA_OPTIONS.has(b) ? (b as JosaOption) : null;
}

export function pickParticle(word: string, pair: ParticlePair): string {
  const core = coreWord(word);
  const last = core.codePointAt(core.length - 1) ?? 0;
  const option = josaOption(pair);
  if (option && last >= HANGUL_FIRST && last <= HANGUL_LAST) return josa.pick(core, option);
  const f = finalConsonant(word);
  if (f === null) {
    const { withBatchim: a, withoutBatchim: b } = pair;
    return a.endsWith(b) ? `(${a.slice(0, a.length - b.length)})${b}` : `${a}(${b})`;
  }
  const closed = f !== '' && !(pair.rieulAsOpen && f === 'ㄹ');
  return closed ? pair.withBatchim : pair.withoutBatchim;
}

export interface ParticleMismatch {
  expected: string;
  found: string;
  /** Offsets of the found particle inside followingText. */
  start: number;
  end: number;
  pair: ParticlePairName;
}

// Every form of every pair, longest first, so 으로서 wins over 으로 and 이라는 over 이.
const FORMS: { form: string; pair: ParticlePairName }[] = (Object.keys(PARTICLE_PAIRS) as ParticlePairName[])
  .flatMap((pair) => [
    { form: PARTICLE_PAIRS[pair].withBatchim as string, pair },
    { form: PARTICLE_PAIRS[pair].withoutBatchim as string, pair },
  ])
  .sort((a, b) => b.form.length - a.form.length);

// A particle ends the eojeol, or is followed by 도/만/의 style stacking only in rare cases that we
// ignore; requiring a boundary keeps 이 in 이었다 or 과 in 과거 from being read as particles.
const BOUNDARY = /^(?:$|[\s\p{P}\p{S}])/u;

/** The particle attached at the start of followingText (no space), if any. */
export function findParticle(followingText: string): { form: string; pair: ParticlePairName } | null {
  for (const f of FORMS) {
    if (followingText.startsWith(f.form) && BOUNDARY.test(followingText.slice(f.form.length))) return f;
  }
  return null;
}

/**
 * Looks at the particle attached right after the word (followingText starts where the word ends)
 * and returns the disagreement, or null when there is no particle, it agrees, or the reading of
 * the word is unknown.
 */
export function checkParticleAfter(word: string, followingText: string): ParticleMismatch | null {
  const found = findParticle(followingText);
  if (!found) return null;
  if (finalConsonant(word) === null) return null;
  const pair: ParticlePair = PARTICLE_PAIRS[found.pair];
  const expected = pickParticle(word, pair);
  if (expected === found.form) return null;
  if (pair.copula && found.form === pair.withBatchim && expected === pair.withoutBatchim) return null;
  return { expected, found: found.form, start: 0, end: found.form.length, pair: found.pair };
}

/** followingText with a disagreeing particle replaced by the agreeing form (unchanged otherwise). */
export function fixParticle(word: string, followingText: string): string {
  const m = checkParticleAfter(word, followingText);
  return m ? m.expected + followingText.slice(m.end) : followingText;
}

/** word + the agreeing particle: attachParticle('권정근', 'topic') → '권정근은'. */
export function attachParticle(word: string, pair: ParticlePairName): string {
  return word + pickParticle(word, PARTICLE_PAIRS[pair]);
}

// How Korean reads the end of a capital acronym or of a unit after a number, as the finals a
// particle after it may agree with ('' open). Letter by letter: L 엘, M 엠, N 엔 end closed, R (알 or
// 아르) is unsure, every other letter open (WMO 더블유엠오, GDP 지디피). An acronym of four letters or
// more with a vowel and no three consonants in a row may be read as a word: ending in C K Q G B P D T F
// it may then close (OPEC 오펙, NASDAQ 나스닥, IPEF 아이펙) as well as open; Z is 지 or 제트. Units: 미터, 리터, 헥타르
// and 와트 open; 그램 and 톤 close.
const UNIT_FINALS: Record<string, string[]> = {
  m: [''],
  cm: [''],
  mm: [''],
  km: [''],
  ha: [''],
  L: [''],
  ml: [''],
  mL: [''],
  kW: [''],
  MW: [''],
  GW: [''],
  kWh: [''],
  g: ['ㅁ'],
  kg: ['ㅁ'],
  mg: ['ㅁ'],
  t: ['ㄴ'],
};
const LETTER_FINAL: Record<string, string> = { L: 'ㄹ', M: 'ㅁ', N: 'ㄴ' };

// English word ends in two consonants (bank, test, fact, kept, hand, camp, gulf, staff): an acronym
// ending in any other pair (OECD, IAEA's cousins like ACCD) cannot be read as a word, and one with a
// doubled I, U or A (AIIB, IAAF) neither; both are read letter by letter (OECD 오이시디, AIIB 에이아이아이비).
const WORD_FINAL_PAIRS = new Set('CK NK SK LK RK ST CT PT FT XT NT LT RT SP LP RP MP ND LD RD NG RG LB RB MB LF RF FF'.split(' '));
const pronounceable = (token: string) => !/II|UU|AA/.test(token) && (!/[^AEIOUY]{2}$/.test(token) || WORD_FINAL_PAIRS.has(token.slice(-2)));

/** The finals a particle after this acronym (WMO) or unit (7.5m: unit 'm') may agree with; null when unsure. */
export function latinFinals(token: string, unit = false): string[] | null {
  if (unit) return UNIT_FINALS[token] ?? null;
  if (!/^[A-Z]{2,6}$/.test(token)) return null;
  const last = token[token.length - 1]!;
  // R is 알 read letter by letter (CVR 씨브이알, FDR, DSLR) but not in a word (RADAR 레이더, LASER):
  // only an acronym with no vowel letter is sure to be spelled out. Z (제트, 지, 지드) stays unsure.
  if (last === 'R') return /[AEIOUY]/.test(token) ? null : ['ㄹ'];
  if (last === 'Z') return null;
  const letter = LETTER_FINAL[last] ?? '';
  const asWord = token.length >= 4 && /[AEIOU]/.test(token) && !/[^AEIOU]{3}/.test(token) && pronounceable(token);
  if (asWord && 'CKQGBPDTF'.includes(last)) return ['', 'ㄱ', 'ㅂ', 'ㅅ'];
  return [letter];
}

// A syllable with each final, to run the ordinary particle rule on.
const WITH_FINAL: Record<string, string> = { '': '가', ㄱ: '각', ㄴ: '간', ㄹ: '갈', ㅁ: '감', ㅂ: '갑', ㅅ: '갓' };

/** The particle right after a word read with one of these finals, when it agrees with none of them. */
export function checkParticleAfterFinals(finals: readonly string[], followingText: string): ParticleMismatch | null {
  let first: ParticleMismatch | null = null;
  for (const f of finals) {
    const m = checkParticleAfter(WITH_FINAL[f] ?? '가', followingText);
    if (!m) return null;
    first ??= m;
  }
  return first;
}

// Letter names as Korean reads acronyms (L 엘, M 엠, N 엔, R 알 end closed), and the usual reading
// of English word endings (Kwon 권, Kim 김, Seoul 서울 closed; Trump 트럼프, WFP 피 open).
const CLOSED_LETTER = new Set(['L', 'M', 'N', 'R']);

/**
 * The particle for a message: like pickParticle, but a Latin word gets the form of its most likely
 * Korean reading instead of "은(는)", so messages never show both forms. Not for checking text.
 */
export function particleFor(word: string, pair: ParticlePair): string {
  const core = coreWord(word).replace(/[^\p{L}\p{N}%]+$/u, '');
  if (finalConsonant(core) !== null || !/[A-Za-z]$/.test(core)) return pickParticle(core || word, pair);
  const acronym = /(?:^|[^a-z])[A-Z]{1,}\.?$/.test(core) && !/[a-z]$/.test(core);
  const end = core[core.length - 1]!;
  const f = acronym
    ? CLOSED_LETTER.has(end)
      ? end === 'L' || end === 'R'
        ? 'ㄹ'
        : 'ㄴ'
      : ''
    : /(?:ng|[mn])$/i.test(core)
      ? 'ㄴ'
      : /l$/i.test(core)
        ? 'ㄹ'
        : '';
  return f !== '' && !(pair.rieulAsOpen && f === 'ㄹ') ? pair.withBatchim : pair.withoutBatchim;
}
