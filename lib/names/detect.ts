// Detects names written with their original Korean form, the house style of Korean news in English:
// `Kwon Jong-gun(권정근)`, `Moon Jae-in (文在寅)`. The parenthesis decides: it must hold only Hangul
// syllables (optionally separated by a middle dot or space) or only CJK ideographs, 2–10 of them.
// Everything else in parentheses — `(WFP)`, `(2019)`, `(AP)`, `(South)`, `(김 Jr.)` — is never a name.
// The romanised name is the run of capitalised words right before the parenthesis, trimmed of
// titles and sentence-initial words (see NAME_STOP_WORDS), at most 4 words.

export type NameScript = 'hangul' | 'hanja';

/**
 * 'high': at least two words or a hyphenated given name (`Kwon Jong-gun`, `Jong-gun`), not part of
 * a longer phrase — almost certainly a person. 'low': one plain word (`Gaeseong(개성)`, a place is a
 * legitimate original form too), or a run that continues a lowercase phrase (`Ministry of
 * Unification(통일부)` yields `Unification`) — worth offering, but let a human confirm.
 */
export type NameConfidence = 'high' | 'low';

export interface NameDetection {
  kind: 'NAME';
  source: string;
  target: string;
  script: NameScript;
  confidence: NameConfidence;
  /** The whole match, from the first romanised word to the closing parenthesis (exclusive end). */
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
  /** The original form without the parentheses (and without padding spaces inside them). */
  targetStart: number;
  targetEnd: number;
}

export interface NameOccurrence {
  paragraphIndex: number;
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
  targetStart: number;
  targetEnd: number;
}

export interface DetectedName {
  kind: 'NAME';
  /** As written at the first occurrence. */
  source: string;
  target: string;
  script: NameScript;
  /** The best confidence over all occurrences. */
  confidence: NameConfidence;
  occurrences: NameOccurrence[];
}

/**
 * Capitalised words that precede names but are not part of them: titles and ranks ("President",
 * "Director"), honorifics, and words that start sentences or clauses ("In", "By", "The", "Meanwhile").
 * Korean surnames that are also English words (An, Do, Ha, Ma, Min, Moon, Son, Song, So, Yu...) are
 * deliberately absent: `An Jung-geun(안중근)` must keep its surname. Lower-cased for lookup.
 */
export const NAME_STOP_WORDS: ReadonlySet<string> = new Set([
  // articles, prepositions, conjunctions, sentence adverbs
  'a',
  'the',
  'this',
  'that',
  'these',
  'those',
  'by',
  'in',
  'on',
  'at',
  'for',
  'from',
  'to',
  'with',
  'of',
  'and',
  'but',
  'or',
  'nor',
  'as',
  'after',
  'before',
  'when',
  'while',
  'since',
  'if',
  'because',
  'although',
  'though',
  'unlike',
  'like',
  'including',
  'according',
  'meanwhile',
  'however',
  'also',
  'then',
  'now',
  'today',
  'yesterday',
  'tomorrow',
  'still',
  'yet',
  'even',
  'both',
  'former',
  'late',
  'new',
  'said',
  'says',
  'told',
  'asked',
  'under',
  'about',
  'against',
  'between',
  'during',
  'via',
  'dear',
  'comrade',
  'citizen',
  'mr',
  'mrs',
  'ms',
  'miss',
  'sir',
  'madam',
  'dr',
  'prof',
  // titles, ranks, roles
  'president',
  'vice',
  'prime',
  'minister',
  'premier',
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  'director',
  'leader',
  'general',
  'lieutenant',
  'colonel',
  'major',
  'captain',
  'marshal',
  'admiral',
  'commander',
  'officer',
  'official',
  'secretary',
  'ambassador',
  'envoy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'governor',
  'mayor',
  'senator',
  'representative',
  'rep',
  'lawmaker',
  'assemblyman',
  'assemblywoman',
  'chief',
  'head',
  'deputy',
  'first',
  'senior',
  'supreme',
  'king',
  'queen',
  'emperor',
  'prince',
  'princess',
  'lady',
  'lord',
  'judge',
  'justice',
  'professor',
  'doctor',
  'researcher',
  'reporter',
  'correspondent',
  'anchor',
  'ceo',
  'founder',
  'pastor',
  'reverend',
  'rev',
  'father',
  'bishop',
  'cardinal',
  'pope',
  'sen',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'pres',
  // days and months, which start clauses ("On Monday Kim ...")
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

/** Lowercase name particles allowed between capitalised words (`Ibn al Rashid`, `van Gogh`). */
const NAME_PARTICLES = new Set([
  'al',
  'bin',
  'binti',
  'ibn',
  'da',
  'de',
  'del',
  'della',
  'der',
  'di',
  'dos',
  'du',
  'la',
  'le',
  'van',
  'von',
]);

const MAX_NAME_WORDS = 4;
const MAX_RUN_WORDS = 8;
// A capitalised word; hyphen/apostrophe joins (`Jong-gun`, `Jong-Un`, `O’Brien`) stay in one word.
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}]*(?:['’\-‐‑][\p{L}\p{M}]+)*$/u;
const NAME_WORD_SUFFIX = /\p{Lu}[\p{L}\p{M}]*(?:['’\-‐‑][\p{L}\p{M}]+)*$/u;
const POSSESSIVE = /['’]s$/u;
const HYPHEN = /[\-‐‑]/u;
// Opening punctuation that may sit directly before a name: quotes, brackets, dashes, slash.
const OPENER = /[\p{Ps}\p{Pi}\p{Pd}"'/]/u;
const HANGUL_TARGET = /^[\uAC00-\uD7A3]+(?:[ \u00a0\u00b7\u318d\u30fb\u2027][\uAC00-\uD7A3]+)*$/u;
const HANJA_TARGET = /^[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]+$/u;
const PARENTHESISED = /[(（]([^()（）]{1,40})[)）]/gu;
const SPACE = /[ \u00a0]/u;

interface Word {
  text: string;
  start: number;
  particle: boolean;
}

export function detectNames(paragraph: string): NameDetection[] {
  const found: NameDetection[] = [];
  for (const m of paragraph.matchAll(PARENTHESISED)) {
    const open = m.index;
    const inner = m[1] ?? '';
    const lead = inner.length - inner.trimStart().length;
    const target = inner.trim();
    const script = classifyOriginal(target);
    if (!script) continue;
    const syllables = target.replace(/[^\uAC00-\uD7A3\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/gu, '').length;
    if (syllables < 2 || syllables > 10) continue;

    // At most one space between the name and the parenthesis.
    let gapStart = open;
    if (gapStart > 0 && SPACE.test(paragraph.charAt(gapStart - 1))) gapStart -= 1;
    const run = wordsBefore(paragraph, gapStart);
    const picked = pickName(run.words, syllables);
    const first = picked?.[0];
    const last = picked?.[picked.length - 1];
    if (!picked || !first || !last) continue;
    const sourceStart = first.start;
    const sourceEnd = last.start + last.text.length;
    const lowPhrase = run.afterLowercase && picked.length === run.words.length;
    const personLike = picked.length >= 2 || HYPHEN.test(first.text);
    found.push({
      kind: 'NAME',
      source: paragraph.slice(sourceStart, sourceEnd),
      target,
      script,
      confidence: personLike && !lowPhrase ? 'high' : 'low',
      start: sourceStart,
      end: open + m[0].length,
      sourceStart,
      sourceEnd,
      targetStart: open + 1 + lead,
      targetEnd: open + 1 + lead + target.length,
    });
  }
  return found;
}

/** Detects names in every paragraph and merges repeats of the same (romanised, original) pair. */
export function detectNamesInDocument(paragraphs: readonly string[]): DetectedName[] {
  const byKey = new Map<string, DetectedName>();
  paragraphs.forEach((paragraph, paragraphIndex) => {
    for (const d of detectNames(paragraph)) {
      const key = `${normaliseNameKey(d.source)}\u0000${normaliseNameKey(d.target)}`;
      const occurrence: NameOccurrence = {
        paragraphIndex,
        start: d.start,
        end: d.end,
        sourceStart: d.sourceStart,
        sourceEnd: d.sourceEnd,
        targetStart: d.targetStart,
        targetEnd: d.targetEnd,
      };
      const existing = byKey.get(key);
      if (existing) {
        existing.occurrences.push(occurrence);
        if (d.confidence === 'high') existing.confidence = 'high';
      } else {
        byKey.set(key, {
          kind: 'NAME',
          source: d.source,
          target: d.target,
          script: d.script,
          confidence: d.confidence,
          occurrences: [occurrence],
        });
      }
    }
  });
  return [...byKey.values()];
}

function classifyOriginal(target: string): NameScript | null {
  if (HANGUL_TARGET.test(target)) return 'hangul';
  if (HANJA_TARGET.test(target)) return 'hanja';
  return null;
}

/** Typography-insensitive key, so `Kwon Jong‑gun` (no-break hyphen) and `Kwon Jong-gun` merge. */
function normaliseNameKey(s: string): string {
  return s
    .replace(/[’‘ʼ]/gu, "'")
    .replace(/[\-‐‑–]/gu, '-')
    .replace(/[\s\u00a0\u00b7\u318d\u30fb\u2027]+/gu, ' ')
    .toLowerCase();
}

/**
 * Collects the run of capitalised words (and inner name particles) ending at `end`, walking back
 * word by word over single spaces. `afterLowercase` tells whether the word before the run is a
 * lowercase connector (`Ministry of Unification`), i.e. the run is the tail of a longer phrase.
 */
function wordsBefore(text: string, end: number): { words: Word[]; afterLowercase: boolean } {
  const words: Word[] = [];
  let pos = end;
  let afterLowercase = false;
  while (words.length < MAX_RUN_WORDS && pos > 0) {
    let start = pos;
    while (start > 0 && !/\s/u.test(text.charAt(start - 1))) start -= 1;
    const raw = text.slice(start, pos);
    if (NAME_WORD.test(raw)) {
      words.unshift({ text: raw, start, particle: false });
    } else if (NAME_PARTICLES.has(raw) && words[0] !== undefined && !words[0].particle) {
      words.unshift({ text: raw, start, particle: true });
    } else {
      // `“Kwon` or `—Kwon`: the name starts after opening punctuation glued to it.
      const tail = NAME_WORD_SUFFIX.exec(raw);
      if (tail && tail.index > 0 && OPENER.test(raw.charAt(tail.index - 1))) {
        words.unshift({ text: tail[0], start: start + tail.index, particle: false });
      } else if (words.length > 0 && /^\p{Ll}+$/u.test(raw) && ['of', 'for', 'and', 'the'].includes(raw)) {
        afterLowercase = true;
      }
      break;
    }
    // Continue only over exactly one space; a line break or double space ends the run.
    if (start < 2 || !SPACE.test(text.charAt(start - 1)) || /\s/u.test(text.charAt(start - 2))) break;
    pos = start - 1;
  }
  while (words[0]?.particle) words.shift();
  return { words, afterLowercase };
}

/**
 * Chooses the name inside the run. Korean romanisation spells one syllable per hyphen/space part
 * (`Kwon Jong-gun` = 3 = 권정근), so a suffix whose part count equals the syllable count wins —
 * that cleanly separates `Meanwhile Kim Yo-jong` or `So Kim Jong-un`. Otherwise cut after the
 * last stop word or possessive (`North Korea’s`) and keep the last MAX_NAME_WORDS words.
 */
function pickName(run: Word[], syllables: number): Word[] | null {
  let words = run;
  const possessive = findLastIndex(words, (w) => POSSESSIVE.test(w.text));
  if (possessive >= 0) words = words.slice(possessive + 1);
  if (words.length === 0) return null;

  let parts = 0;
  for (let k = 1; k <= Math.min(MAX_NAME_WORDS, words.length); k += 1) {
    const w = words[words.length - k];
    if (!w) break;
    parts += w.text.split(HYPHEN).length;
    if (parts === syllables && !w.particle && !NAME_STOP_WORDS.has(w.text.toLowerCase())) {
      return words.slice(words.length - k);
    }
    if (parts > syllables) break;
  }

  const stop = findLastIndex(words, (w) => NAME_STOP_WORDS.has(w.text.toLowerCase()));
  if (stop >= 0) words = words.slice(stop + 1);
  words = words.slice(-MAX_NAME_WORDS);
  while (words[0]?.particle) words = words.slice(1);
  return words.length > 0 ? words : null;
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) if (test(items[i] as T)) return i;
  return -1;
}
