// Speech level inside quoted speech. The narration check (speech-level.ts) masks quotations, since a
// speaker keeps a register of their own (the minister in 합쇼체, the union leader in 해라체, the
// patient's daughter in 해요체). What that register is, though, the speaker keeps: a translator who
// renders one sentence of a 합쇼체 quote in 해요체 (…정했습니다 … 목표예요), a 해요체 quote with one
// sentence in -다 (…기억한다. …못 했어요), or a speaker quoted in 합쇼체 in one paragraph and in
// 반말 in another (…될 것입니다 → …될 거야) has changed the speaker's voice. Two rules:
// 1. The sentences of one speaker's quotations in one paragraph (one quote, or “…”라며 “…”라고 말했다)
//    share a register: a sentence in another is flagged (the minority, or on a tie the sentences
//    that leave the register the quotation opens in).
// 2. A speaker named with a surname and a title (노상우 대표, 노 대표, 그는 after either), quoted in
//    several paragraphs, keeps to polite speech or to 반말: a paragraph whose quotes are all on the
//    other side, while the speaker's other quoted sentences (at least two) agree, is flagged. 해라체
//    is neither: papers give any speaker's quoted statement in it.
// 3. Such a speaker quoted politely keeps to one polite register across paragraphs: 합쇼체 in one
//    and 해요체 in another is flagged on the paragraph that departs (politeSlips). A 그는 resolved
//    only from an earlier paragraph is too loose a guess for it.
// 5. A speaker with a title of office (양 과장, 최 교수) quoted wholly in 반말 in a story with no other
//    반말 quotation and polite ones elsewhere (titledBanmal).
// Left alone: quotes listed side by side (“…”, “…” 등: several voices), questions (rhetorical -는가?, soft -죠?), exclamations in -다 (다행이다!), -죠/-지요 beside 합쇼체 (spoken 합쇼체 uses
// them), a quoted title or slogan (“…”라는, “…”는 구호), quotes in ‘ ’, and a quote's last words
// when they are a fragment (“크지는 않지만 분명한”) — only a clear sentence ending counts.
import { levelOfWord, type SentenceLevel } from './speech-level-detect';
import {
  introducedSurnames,
  lastPerson,
  sentenceStart,
  speakerIndex,
  SUBJECT_GATE,
  subjectAfter,
  subjectIn,
  type SpeakerIndex,
  type Subject,
} from './speech-level-speakers';
import type { SpeechLevel } from './types';

export interface QuoteSlip {
  l: SentenceLevel;
  /** The level the speaker's other quoted sentences use. */
  want: SpeechLevel;
  speaker: string | null;
  /** Judged against the document's other quotations, not the speaker's own (rule 5). */
  document?: boolean;
}

interface Quote {
  segment: number;
  speaker: string | null;
  /** A speaker named with a surname (rule 2 applies). */
  person: boolean;
  /** One of a list of quotes (“…”, “…” 등): judged alone. */
  listed?: boolean;
  levels: SentenceLevel[];
  /** Its speaker is a pronoun resolved from an earlier paragraph. */
  carried?: boolean;
}

const QUOTE_RE = /“([^“”]*)”|"([^"\n]*)"/g;
// A quote that names a title, slogan or claim rather than reporting speech: “…”라는, “…”는, “…”란.
const NAMING_AFTER_RE = /^(?:이?라는|는|이?란|이라고 ?불|이?라고 ?적|이?라고 ?쓴|이?라고 ?쓰)/;
// Quotes listed side by side are several voices (시민들은 “좋습니다”, “별로다” 등 엇갈린 반응을 보였다).
const LIST_AFTER_RE = /^\s*(?:[,，·ㆍ/]|등|와 |과 |이나 |나 |또는 )/;
const LIST_BEFORE_RE = /[”"]\s*[,，·ㆍ/]?\s*$|(?:와|과|또는) $/;
// A sentence inside a quote: the text up to a terminator or the closing mark.
const SENTENCE_RE = /[^.?!…。]+(?:[.?!…。]+|$)/g;
const STOPS = new Set(['.', '?', '!', '…', '。']);
// 반말 only from its unmistakable endings when the quote stops without a full stop (a fragment that
// ends in -는데 or -고 is not a sentence).
const FRAGMENT_BANMAL_RE = /(?:거야|이야|잖아|[었았였했겠있없]어)$/;
// The auxiliary 해/돼 alone after a verb's -면/-야/-게/-어 (설명했으면 해, 가야 해, 알아야 돼, 웃게 해):
// a 반말 sentence ending, also before the closing mark.
const AUX_BANMAL_RE = /[가-힣](?:면|야|게|어|아) $/;
// The auxiliaries 주다/보다 in 반말 after a verb's -아/-어 (보여 줘, 해 봐): the same, before the closing
// mark too.
const AUX_GIVE = new Set(['줘', '봐']);
const AUX_CONNECTIVE_RE = /[가-힣] $/;
const auxBanmal = (word: string, inner: string, at: number) =>
  ((word === '해' || word === '돼') && AUX_BANMAL_RE.test(inner.slice(Math.max(0, at - 3), at))) ||
  (AUX_GIVE.has(word) && AUX_CONNECTIVE_RE.test(inner.slice(Math.max(0, at - 2), at)) && connectiveA(inner[at - 2]!));
// A syllable a verb's -아/-어 connective ends in (여, 와, 워, 해, 가, 서 …): open, its vowel ㅏ ㅐ ㅓ ㅔ ㅕ ㅘ ㅙ ㅝ ㅞ.
const connectiveA = (ch: string) => {
  const c = ch.charCodeAt(0) - 0xac00;
  return c >= 0 && c < 11172 && c % 28 === 0 && [0, 1, 4, 5, 6, 9, 10, 14, 15].includes(Math.floor(c / 28) % 21);
};
// “…기뻐”라고, “…몰라”라며: 라고/라며 after the closing mark quotes a whole sentence in 반말 (a 해라체
// one takes 고, “…했다”고), so a quote's last word of two syllables or more read as 반말 counts there.
const QUOTATIVE_RA_RE = /^라(?:고|며|면서)/;
const SOFT_RE = /(?:죠|지요)$/;
/** Sentence levels inside one quotation, with offsets in the segment. */
function quoteLevels(inner: string, offset: number, after = ''): SentenceLevel[] {
  const out: SentenceLevel[] = [];
  const elided = after.startsWith('이라') ? elidedCopula(inner) : null;
  SENTENCE_RE.lastIndex = 0;
  for (let m = SENTENCE_RE.exec(inner); m; m = SENTENCE_RE.exec(inner)) {
    if (m[0].length === 0) {
      SENTENCE_RE.lastIndex++;
      continue;
    }
    // From the chunk's end back: its terminators, closing brackets and spaces, then the last word.
    let i = m.index + m[0].length - 1;
    let stop = '';
    while (i >= m.index && (STOPS.has(inner[i]!) || /\s/.test(inner[i]!))) stop += STOPS.has(inner[i]!) ? inner[i--] : (i--, '');
    while (i >= m.index && (inner[i] === ')' || inner[i] === ']' || inner[i] === ' ')) i--;
    // A sentence that ends in a quotation of its own (‘…’) has no level here.
    if (inner[i] === '’' || inner[i] === "'") continue;
    const end = i + 1;
    while (i >= m.index && inner[i]! >= '가' && inner[i]! <= '힣') i--;
    if (i + 1 === end || stop.includes('?')) continue;
    const word = inner.slice(i + 1, end);
    const level = levelOfWord(word, true);
    if (!level) continue;
    // An exclamation in -다 (다행이다!) is said to oneself, in any register.
    if (level === 'haera' && stop.includes('!')) continue;
    if (level === 'banmal' && !stop && !FRAGMENT_BANMAL_RE.test(word) && !auxBanmal(word, inner, i + 1))
      if (!(end === inner.length && word.length >= 2 && QUOTATIVE_RA_RE.test(after))) continue;
    out.push({ level, start: offset + i + 1, end: offset + end, word });
  }
  // “…지배하기도 어렵다. …낼 것”이라고: the last sentence's 이다 went into the quotative (것이다 → 것”이라고),
  // which is 해라체; judged only beside a full sentence of the same quote.
  if (elided && out.length) out.push({ level: 'haera', start: offset + elided.start, end: offset + elided.end, word: '것' });
  return out;
}

// A quote's last sentence ending, with no full stop, in the bound noun 것 after a modifier in -ㄴ/-ㄹ
// (낼 것, 한 것, 있는 것): with 이라고/이라며 after the closing mark it reads 것이다, the plain register.
function elidedCopula(inner: string): { start: number; end: number } | null {
  const n = inner.length;
  if (n < 4 || !inner.endsWith(' 것')) return null;
  const c = inner.charCodeAt(n - 3) - 0xac00;
  if (!(c >= 0 && c < 11172) || (c % 28 !== 4 && c % 28 !== 8)) return null;
  return { start: n - 1, end: n };
}

function levelCounts(levels: SentenceLevel[]): Map<SpeechLevel, number> {
  const c = new Map<SpeechLevel, number>();
  for (const l of levels) c.set(l.level, (c.get(l.level) ?? 0) + 1);
  return c;
}

/** Sentences of quoted speech whose register departs from the speaker's; by segment index. */
export function quoteSlips(texts: readonly string[]): Map<number, QuoteSlip[]> {
  const quotes: Quote[] = [];
  const known = introducedSurnames(texts);
  // A pronoun at a paragraph's start: the last person named in the three paragraphs before (each
  // paragraph indexed once).
  const indexes = new Map<number, SpeakerIndex>();
  const previous = (segment: number) => () => {
    for (let k = segment - 1; k >= Math.max(0, segment - 3); k--) {
      const t = texts[k]!;
      if (!SUBJECT_GATE.test(t)) continue;
      let ix = indexes.get(k);
      if (!ix) {
        const spans = [...t.matchAll(QUOTE_RE)].map((m): [number, number] => [m.index, m.index + m[0].length]);
        indexes.set(k, (ix = speakerIndex(t, spans)));
      }
      const person = lastPerson(ix, t.length, known);
      if (person) return person;
    }
    return null;
  };
  const paragraphs: {
    segment: number;
    spans: [number, number][];
    found: { start: number; end: number; levels: SentenceLevel[]; listed: boolean }[];
  }[] = [];
  let casual = false;
  let formal = false;
  let soft = false;
  texts.forEach((text, segment) => {
    if (!text.includes('“') && !text.includes('"')) return;
    const spans: [number, number][] = [];
    const found: { start: number; end: number; levels: SentenceLevel[]; listed: boolean }[] = [];
    QUOTE_RE.lastIndex = 0;
    for (let m = QUOTE_RE.exec(text); m; m = QUOTE_RE.exec(text)) {
      const from = m.index + m[0].length;
      spans.push([m.index, from]);
      const after = text.slice(from, from + 8);
      if (NAMING_AFTER_RE.test(after)) continue;
      const levels = quoteLevels(m[1] ?? m[2] ?? '', m.index + 1, after);
      if (!levels.length) continue;
      casual ||= levels.some((l) => l.level === 'banmal');
      formal ||= levels.some((l) => l.level === 'hapsyo');
      soft ||= levels.some((l) => l.level === 'haeyo');
      // A quote in a list (“…”, “…” 등 반응): each one another voice.
      const listed = LIST_AFTER_RE.test(after) || LIST_BEFORE_RE.test(text.slice(Math.max(0, m.index - 4), m.index));
      found.push({ start: m.index, end: from, levels, listed });
    }
    if (found.length) paragraphs.push({ segment, spans, found });
  });
  for (const { segment, spans, found } of paragraphs) {
    const text = texts[segment]!;
    // The speaker matters only to group a paragraph's quotes (rule 1) or, when some quote is in
    // 반말 or 해요체, to follow a person across paragraphs (rules 2 to 4): otherwise each quote is
    // judged alone.
    const needed = found.length > 1 || casual || soft;
    let last: Subject | null = null;
    let ix: SpeakerIndex | undefined;
    for (const f of found) {
      // The speaker: the last topic before the quote in its sentence (노 대표는 “…”라며 “…”라고); in a
      // sentence with no subject before or after its quote (이어 “…”고 덧붙였다), the speaker of the
      // paragraph's quote before.
      if (needed && !ix) indexes.set(segment, (ix = indexes.get(segment) ?? speakerIndex(text, spans)));
      let sub = ix ? subjectIn(ix, sentenceStart(ix, f.start), f.start, previous(segment), known) : null;
      if (ix && !sub && last && !subjectAfter(ix, f.end)) sub = last;
      last = f.listed ? null : sub;
      quotes.push({
        segment,
        speaker: sub?.key ?? null,
        person: sub?.person ?? false,
        levels: f.levels,
        ...(f.listed ? { listed: true } : {}),
        ...(sub?.carried ? { carried: true } : {}),
      });
    }
  }
  const out = new Map<number, QuoteSlip[]>();
  const added = new Set<SentenceLevel>();
  const add = (segment: number, slip: QuoteSlip) => {
    if (added.has(slip.l)) return;
    added.add(slip.l);
    const list = out.get(segment);
    if (list) list.push(slip);
    else out.set(segment, [slip]);
  };
  // Rule 1: one speaker's quotes in one paragraph (an unknown speaker: each quote alone).
  const groups = new Map<string, Quote[]>();
  quotes.forEach((qt, i) => {
    const k = `${qt.segment}|${qt.speaker !== null && !qt.listed ? qt.speaker : `#${i}`}`;
    const g = groups.get(k);
    if (g) g.push(qt);
    else groups.set(k, [qt]);
  });
  const flagged = new Set<SentenceLevel>();
  for (const group of groups.values()) {
    let levels = group.flatMap((g) => g.levels);
    // -죠/-지요 is spoken 합쇼체's own softer ending.
    if (levels.some((l) => l.level === 'hapsyo')) levels = levels.filter((l) => !(l.level === 'haeyo' && SOFT_RE.test(l.word)));
    const counts = levelCounts(levels);
    if (counts.size < 2) continue;
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const want = ranked[0]![1] > ranked[1]![1] ? ranked[0]![0] : levels[0]!.level;
    for (const l of levels)
      if (l.level !== want) {
        flagged.add(l);
        add(group[0]!.segment, { l, want, speaker: group[0]!.speaker });
      }
  }
  // Rule 2: a named speaker's quotes across paragraphs, 반말 against polite. 해라체 takes no side:
  // newspapers give any speaker's quoted statement in it (…될 것입니다 → …될 것이다 is an editor's
  // choice, …될 거야 is a voice the speaker never used).
  const people = new Map<string, Quote[]>();
  for (const qt of quotes) {
    if (!qt.person || !qt.speaker) continue;
    const own = people.get(qt.speaker);
    if (own) own.push(qt);
    else people.set(qt.speaker, [qt]);
  }
  for (const [speaker, own] of people) {
    const all = own.flatMap((x) => x.levels).filter((l) => l.level !== 'haera');
    const casual = all.filter((l) => l.level === 'banmal');
    const polite = all.filter((l) => l.level !== 'banmal');
    const side = casual.length > polite.length ? casual : polite.length > casual.length ? polite : null;
    if (!side || side.length < 2) continue;
    const onSide = new Set(side);
    const off = all.filter((l) => !onSide.has(l));
    const offSet = new Set(off);
    const offSegments = new Set(own.filter((x) => x.levels.some((l) => offSet.has(l))).map((x) => x.segment));
    if (offSegments.size !== 1) continue;
    const [segment] = offSegments;
    // The paragraph must be wholly on the other side (a mix there is rule 1's to judge).
    if (own.some((x) => x.segment === segment && x.levels.some((l) => onSide.has(l)))) continue;
    const want = [...levelCounts(side)].sort((a, b) => b[1] - a[1])[0]![0];
    for (const l of off) if (!flagged.has(l)) add(segment!, { l, want, speaker });
  }
  for (const [speaker, own] of people)
    for (const { segment, slip } of [...politeSlips(own), ...voiceSlips(own)]) if (!flagged.has(slip.l)) add(segment, { ...slip, speaker });
  for (const { segment, slip, speaker } of titledBanmal(quotes))
    if (!flagged.has(slip.l)) add(segment, { ...slip, speaker, document: true });
  return out;
}

// Heads that name a person without a title of office (김 씨, 이 군, 박 양): anyone, a child's 반말 too.
const UNTITLED_HEAD = /\s(?:씨|군|양|모|아무개)$/;

/**
 * Rule 5: a speaker named with a surname and a title of office (양 과장, 최 교수, 김 대표), quoted
 * wholly in 반말 (…31점이야, …끝났어) in a news story whose every other quotation is polite or
 * plain: a paper renders an official's or expert's statement in 합쇼체, 해요체 or 해라체, never in
 * 반말. Only when the story has no other 반말 quotation at all (a feature full of friends' banter
 * quotes them as they speak) and at least two polite quoted sentences elsewhere, whose register is
 * the one asked for.
 */
function titledBanmal(quotes: readonly Quote[]): { segment: number; slip: Omit<QuoteSlip, 'speaker'>; speaker: string }[] {
  const casual = quotes.filter((x) => x.levels.some((l) => l.level === 'banmal'));
  if (casual.length === 0 || new Set(casual.map((x) => x.segment)).size !== 1) return [];
  const segment = casual[0]!.segment;
  const speaker = casual[0]!.speaker;
  if (!speaker || casual.some((x) => !x.person || x.listed || x.carried || x.speaker !== speaker) || UNTITLED_HEAD.test(speaker)) return [];
  // The speaker's quotes in that paragraph are all 반말.
  if (quotes.some((x) => x.segment === segment && x.speaker === speaker && x.levels.some((l) => l.level !== 'banmal'))) return [];
  const polite = quotes
    .filter((x) => x.segment !== segment)
    .flatMap((x) => x.levels.filter((l) => l.level === 'hapsyo' || l.level === 'haeyo'));
  if (polite.length < 2) return [];
  const want = [...levelCounts(polite)].sort((a, b) => b[1] - a[1])[0]![0];
  return casual.flatMap((x) => x.levels.map((l) => ({ segment, slip: { l, want }, speaker })));
}

/**
 * Rule 4: a named speaker whose own voice the paper keeps in 해요체 (the guesthouse owner's …묵어요,
 * …안 와요), quoted in one other paragraph wholly in 해라체 (…닫아야 한다”고): the voice changed. Only
 * 해요체: papers render officials' 합쇼체 statements in 해라체 as they please, but keep 해요체 only for a
 * speaker's own words. At least two 해요체 sentences elsewhere, no other register anywhere for the
 * speaker, and a speaker named in that paragraph (not a pronoun carried from an earlier one).
 */
function voiceSlips(own: readonly Quote[]): { segment: number; slip: Omit<QuoteSlip, 'speaker'> }[] {
  const bySegment = new Map<number, SentenceLevel[]>();
  for (const x of own) bySegment.set(x.segment, [...(bySegment.get(x.segment) ?? []), ...x.levels]);
  if (bySegment.size < 2) return [];
  const plain = [...bySegment].filter(([, ls]) => ls.every((l) => l.level === 'haera'));
  if (plain.length !== 1 || own.some((x) => x.segment === plain[0]![0] && x.carried)) return [];
  const rest = [...bySegment].filter(([k]) => k !== plain[0]![0]).flatMap(([, ls]) => ls);
  if (rest.length < 2 || rest.some((l) => l.level !== 'haeyo')) return [];
  return plain[0]![1].map((l) => ({ segment: plain[0]![0], slip: { l, want: 'haeyo' as const } }));
}

/**
 * Rule 3: a named speaker's polite quotes across paragraphs, 합쇼체 against 해요체 (the transport chief's
 * …없습니다 in one paragraph, …공개할게요 in another). A paragraph whose polite quotes are all in the
 * other polite register than the rest of the speaker's is flagged: the register of more sentences
 * wins, on a tie the one the speaker was first quoted in. Only one such paragraph, wholly on the other
 * side (a mix in one paragraph is rule 1's); -죠/-지요 beside 합쇼체 counts as 합쇼체's own.
 */
function politeSlips(own: readonly Quote[]): { segment: number; slip: Omit<QuoteSlip, 'speaker'> }[] {
  const bySegment = new Map<number, SentenceLevel[]>();
  for (const x of own)
    for (const l of x.carried ? [] : x.levels)
      if (l.level === 'hapsyo' || l.level === 'haeyo') bySegment.set(x.segment, [...(bySegment.get(x.segment) ?? []), l]);
  if (bySegment.size < 2) return [];
  const all = [...bySegment.values()].flat();
  const formal = all.some((l) => l.level === 'hapsyo');
  const counted = (ls: SentenceLevel[]) => (formal ? ls.filter((l) => !(l.level === 'haeyo' && SOFT_RE.test(l.word))) : ls);
  const uniform = new Map<number, SpeechLevel>();
  for (const [segment, ls] of bySegment) {
    const kept = counted(ls);
    if (kept.length && kept.every((l) => l.level === kept[0]!.level)) uniform.set(segment, kept[0]!.level);
  }
  const c = levelCounts(counted(all));
  const hapsyo = c.get('hapsyo') ?? 0;
  const haeyo = c.get('haeyo') ?? 0;
  if (!hapsyo || !haeyo) return [];
  const first = uniform.get(Math.min(...bySegment.keys()));
  const want: SpeechLevel | undefined = hapsyo > haeyo ? 'hapsyo' : haeyo > hapsyo ? 'haeyo' : first;
  if (!want) return [];
  const off = [...bySegment.keys()].filter((k) => counted(bySegment.get(k)!).some((l) => l.level !== want));
  if (off.length !== 1 || uniform.get(off[0]!) === undefined) return [];
  return counted(bySegment.get(off[0]!)!).map((l) => ({ segment: off[0]!, slip: { l, want } }));
}
