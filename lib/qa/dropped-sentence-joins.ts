// Sentences and clause joins for the dropped-sentence check: English and Korean sentence splits, the
// Korean clause joins that show where a translator merged two English sentences, and the English
// joins that a Korean one may merely render.
import type { alignSentences } from '../align/sentences';

const ABBREV_RE =
  /\b(?:[A-Z]\.){1,3}(?=[\s,;:)]*[a-z0-9(])|\b[ap]\.m\.(?=[\s,;:)]*[a-z0-9(])|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St|Jr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|Inc|Co|Corp|Ltd)\./g;

/** English sentences with their offsets (abbreviations such as U.S. or Oct. do not end one, nor a.m. before a lowercase word: “at 4:40 a.m. on Wednesday”). */
export function englishSentences(text: string): { start: number; end: number }[] {
  const masked = text.replace(ABBREV_RE, (s) => 'x'.repeat(s.length));
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of masked.matchAll(/[.?!]+["”’)]*(?=\s|$)/g)) {
    const end = m.index! + m[0].length;
    if (/[A-Za-z]/.test(text.slice(start, end))) out.push({ start, end });
    start = end;
  }
  if (/[A-Za-z]/.test(text.slice(start))) out.push({ start, end: text.length });
  return out;
}

export function koreanSentenceCount(text: string): number {
  const ends = (text.match(/[가-힣\d%][.?!]+["”’)]*(?=\s|$)/g) ?? []).length;
  const tail = text.replace(/^[\s\S]*[가-힣\d%][.?!]+["”’)]*(?=\s|$)/, '');
  return ends + (/[가-힣]/.test(tail) ? 1 : 0);
}

// Two English sentences a translator merges into one Korean sentence leave a clause join in it: a
// connective ending (-고, -며, -지만, -는데, -어서, -으나 …) outside its quotations. A Korean
// sentence the aligner pairs with two English ones that has none (“오재원 이사장은 “…”라고
// 강조했습니다.” for “Critics say that means more risk. The fund's chairman insisted that …”) renders
// one of them: the other, a short sentence with no number or name to anchor it, is missing. The
// quotative -라고/-다고 reports speech and joins nothing. Clean translations of lib/qa/testing,
// lib/qa/fixtures, bench/spell/texts and bench/align/news (55 two-to-one links in paragraphs with
// fewer Korean sentences): every Korean sentence has a join, but for five that begin inside a
// quotation the Korean split elsewhere (a quotation of two sentences, skipped here).
const KO_JOIN =
  /(?:(?<![라다])고|며|면서|지만|는데|은데|인데|한데|던데|해서|어서|아서|여서|워서|와서|져서|돼서|봐서|내서|려서|으나|니까|므로|으니|거나|든지|도록|려고)[,]?\s/;
const QUOTE_MARKS = /[“”"]/g;

// Conjunctive adverbs open a sentence and join nothing: 하지만 and 그리고 end like -지만 and -고.
const KO_ADVERB = /(?<![가-힣])(?:하지만|그렇지만|그리고|그러면서|그러니까|그러므로|그러나|그런데|그래서|그래도)(?![가-힣])/g;

// The -고 of an auxiliary verb (따라오지 못하고 있습니다, 보고 싶다) joins no clauses. Left out only where
// asked (inside a quotation, quoteSentenceLost): in a whole paragraph the count only chooses where the
// aligner runs, and there leaving it out would run it twice as often for nothing found.
const AUXILIARY_GO = /(?<![라다])고\s(?:있|싶)[가-힣]/g;

/** Clause joins of a Korean text, outside its quotations (a cheap count: two per sentence at most matter). */
export function koreanJoins(text: string, exceptAuxiliary = false): number {
  const plain = text.replace(/[“"][^”"]*[”"]/g, '“”').replace(KO_ADVERB, '');
  const joins = plain.split(new RegExp(KO_JOIN.source, 'g')).length - 1;
  return exceptAuxiliary ? joins - (plain.match(AUXILIARY_GO) ?? []).length : joins;
}

// A Korean clause join may render the English's own: a sentence of two clauses (“South Korea signed
// the Accords in 2021, and last month KASA and NASA agreed …” → “서명했고, … 합의했다”) keeps its join
// in Korean, which then merges nothing. An English join here is a coordinating conjunction after a
// comma or a semicolon, before a word that opens a clause (a determiner, a pronoun, a name, a number,
// a time word): “, and last month KASA”, “, but it”; lists (“satellites, rockets and ground stations”)
// seldom put a comma and a clause opener there. “, plus a bonus …” adds a second thing as “, and” does
// (넷플릭스는 … 냈고, 보너스도 주기로 했다). Outside quotations, like the Korean count.
const EN_JOIN =
  /[,;]\s+(?:and|but|while|whereas|so|yet|plus)\s+(?:the|a|an|this|that|these|those|it|its|he|she|they|we|i|you|there|his|her|their|our|even|last|next|many|most|some|no|[A-Z][a-z]+|\d)\b|;\s+(?=[a-z])/g;

/** Clause joins of an English text outside its quotations. */
export function englishJoins(text: string): number {
  return (text.replace(/[“"][^”"]*[”"]/g, '“”').match(EN_JOIN) ?? []).length;
}

/** Whether a sentence holds an odd number of quotation marks (a quotation split across sentences). */
function oddQuotes(source: string, e: { start: number; end: number }): boolean {
  return (source.slice(e.start, e.end).match(QUOTE_MARKS) ?? []).length % 2 === 1;
}

/**
 * In a paragraph with fewer Korean sentences, the shorter English sentence of a 2:1 link without a
 * clause join; with `own`, without a join beyond those its two English sentences have of their own.
 */
export function unjoinedMerge(
  source: string,
  target: string,
  r: ReturnType<typeof alignSentences>,
  own: boolean,
): { start: number; end: number; text: string } | null {
  for (const l of r.links) {
    if (l.source.length < 2 || l.target.length !== 1) continue;
    const t = r.target[l.target[0]!]!;
    const ko = target.slice(t.start, t.end);
    // A sentence that begins or ends inside a quotation: the Korean split the quotation elsewhere.
    if ((ko.match(QUOTE_MARKS) ?? []).length % 2 || !/[가-힣]/.test(ko)) continue;
    const en = l.source.map((i) => r.source[i]!);
    if (l.source.length === 2 ? oddQuotes(source, en[0]!) : en.some((e) => oddQuotes(source, e))) continue;
    // n English sentences merged into one Korean sentence leave n - 1 joins (three: “…”며 “…”라고
    // and a third sentence lost leaves one).
    const joins = koreanJoins(ko) - (own ? englishJoins(source.slice(en[0]!.start, en[en.length - 1]!.end)) : 0);
    if (joins >= en.length - 1) continue;
    const s = en.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    return { start: s.start, end: s.end, text: source.slice(s.start, s.end).trim() };
  }
  return null;
}

// Broadcasting formulae: a sign-off (“That's all from Hallim.”), a hand-back (“Back to you in the
// studio.”, “Over to you, Ji-hoon.”), a greeting (“Good evening.”, “Welcome back.”) or thanks (“Thank
// you for joining us.”). Korean radio and television say them with formulae of their own (지금까지
// 한림에서 전해 드렸습니다, 안녕하십니까, 고맙습니다), one often standing for two English ones, or
// leave them out: an English sentence of nothing but such a formula is no sentence the Korean must
// keep. A sentence with anything more (“Good evening, and welcome to Island Report for Tuesday,
// Nov. 17.”) is kept.
const FORMULA_GATE =
  /\b(?:that(?:'|’)?s (?:all|it)|back to|over to|good (?:morning|afternoon|evening|night)|thank|hello|welcome|stay tuned|see you)\b/i;
// Names are capitalised (no case-blind flag: “Back to the drawing board.” is no hand-back).
const NAME = String.raw`[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}`;
const FORMULA_RE = new RegExp(
  String.raw`^(?:[A-Z][\w.'’ -]{0,30}:\s*)?(?:[Aa]nd\s+)?(?:` +
    [
      String.raw`[Tt]hat(?:'|’)?s\s+(?:all|it)(?:\s+(?:from|for)\s+(?:me|us|now|today|tonight|this\s+(?:morning|afternoon|evening|week)|${NAME}))?`,
      String.raw`(?:[Nn]ow\s+)?(?:[Bb]ack|[Oo]ver)\s+to\s+(?:you|the\s+studio|${NAME})(?:\s+(?:in|at)\s+the\s+(?:studio|newsroom|desk))?`,
      String.raw`[Gg]ood\s+(?:morning|afternoon|evening|night)(?:,?\s+(?:everyone|everybody|all))?`,
      String.raw`(?:[Hh]ello|[Hh]i)(?:,?\s+(?:everyone|everybody|all))?(?:,?\s+and\s+welcome(?:\s+back)?)?`,
      String.raw`[Ww]elcome\s+back`,
      String.raw`[Ss]tay\s+tuned`,
      String.raw`[Ss]ee\s+you\s+(?:tomorrow|next\s+(?:week|time))`,
      String.raw`[Tt]hank(?:s|\s+you)(?:\s+(?:very|so)\s+much)?(?:\s+for\s+(?:joining|listening(?:\s+to)?|watching|being\s+with|having)\s+(?:us|me)(?:\s+(?:today|tonight|this\s+(?:morning|afternoon|evening)))?)?`,
    ].join('|') +
    String.raw`)(?:,\s*${NAME})?[.!]*["”’]?\s*$`,
);

/** The text with every sentence of nothing but a broadcasting formula blanked (offsets kept). */
export function maskFormulas(text: string): string {
  if (!FORMULA_GATE.test(text)) return text;
  return blank(
    text,
    englishSentences(text).filter((s) => FORMULA_RE.test(text.slice(s.start, s.end).trim())),
  );
}

/** The text with the spans (in order, not overlapping) replaced by spaces, built in one pass. */
function blank(text: string, spans: readonly { start: number; end: number }[]): string {
  if (!spans.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    parts.push(text.slice(at, s.start), ' '.repeat(s.end - s.start));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

// The Korean formulae that render them: a sign-off (지금까지 한림에서 전해 드렸습니다, 지금까지 KBS
// 강도현이었습니다, 지금까지 강도현 기자였습니다), a greeting (안녕하십니까), thanks (고맙습니다, 감사합니다), a hand-back (스튜디오
// 나와 주세요). Blanked only where the English had a formula blanked, so that a greeting the English
// folds into a longer sentence still counts.
const KO_FORMULA_RE =
  /^(?:[가-힣 ]{1,12}:\s*)?(?:지금까지\s[^.?!]{0,40}?(?:전해\s?드렸습니다|(?:기자|특파원|앵커)(?:이었|였)습니다|[A-Z]{2,}\s[가-힣]{2,4}(?:이었|였)습니다)|안녕하(?:십니까|세요)|(?:정말\s)?(?:고맙|감사합)니다|(?:[^.?!]{0,12}\s)?(?:나와|연결해)\s?주(?:세요|십시오))[.!]?["”’]?$/;

/** The Korean with its formula sentences blanked (offsets kept). */
export function maskKoreanFormulas(text: string): string {
  const spans: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^.?!\n]+[.?!]*["”’)]*/g)) {
    if (KO_FORMULA_RE.test(m[0].trim())) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return blank(text, spans);
}
