// A sentence dropped from a paragraph: the Korean has fewer sentences than the English and is
// clearly shorter than this document's usual length ratio. Korean translators merge and split
// sentences, so neither sign is enough alone: the count must fall short AND the length must be
// about a sentence short. The usual ratio is the document's median (Korean runs at 40–50 % of the
// English length); a document of fewer than five long segments uses 0.45.
//
// Calibration (lib/qa/fixtures and lib/qa/testing clean translations, 38 paragraphs of ≥ 40
// characters): ln(ratio / median) lies between -0.27 and +0.22; paragraphs with one sentence
// removed fall to -0.39 … -0.50. We flag below -0.30 with a sentence missing by count, or below
// -0.55 on length alone.
//
// A short sentence (“Old grievances also linger.”) hardly moves the length: where the Korean has
// fewer sentences than the English and is not longer than usual, the sentences are aligned
// (lib/align, lengths and anchors: numbers, names, glossary terms) and an English sentence the
// aligner leaves without any Korean (a 1:0 link, which it prefers only when nothing in the Korean
// can stand for it, merges being far likelier) is reported. On the clean translations of
// lib/qa/testing no paragraph gets a 1:0 link; 11 of 15 seeded drops do.
//
// The aligner costs about a third of a millisecond a paragraph, too much to run on every one, so
// it runs where a cheap sign calls for it: the paragraph a tenth short; two Korean sentences or more
// fewer; or as many sentences with a number or glossary term sitting in the Korean of its English
// sentence's neighbour (a short sentence dropped beside one the translator split, which leaves the
// count and nearly the length unchanged). After it, a link is also reported when its Korean holds
// an anchor that belongs to the neighbouring English sentence (moved), or when it is far short and
// lost a number. Without the aligner, a short But/However sentence with no Korean contrast marker in
// a paragraph with fewer Korean sentences is reported. Run on every paragraph of the clean texts of
// lib/qa/testing, lib/qa/fixtures, bench/spell/texts, bench/align/news and parallel-sentences, the
// aligner's 1:0 links and the moved-anchor test raise no alarm.
//
// Clause joins are weighed against the English's own (englishJoins): a Korean -고 that renders an
// English “, and …” merges no sentence. And each quotation is split into its sentences on both sides
// (quoteSentenceLost), where a dropped short sentence moves neither length nor paragraph count.
// On the clean texts above: none of 60 two-to-one links has a Korean join count above zero but not
// above its English sentences' own, and none of 22 quotations of two sentences or more loses one.
//
// Sentence-length hypotheses (dropped-sentence-lengths.ts) cover a loss hidden by a split or a merge:
// with one Korean sentence fewer, the aligner also runs where leaving one English sentence out fits
// the lengths at least as well as any merge; with as many sentences, a Korean sentence opening on the
// adverb of an English conjunction after a comma (“…, but …” → “…. 그런데 …”) is a split that made up
// for a lost sentence, when the lengths clearly say so.
import type { AlignTerm } from '../align/anchors';
import { englishNumbers, koreanNumbers } from '../align/numbers';
import { alignSentences } from '../align/sentences';
import type { DocumentCheck } from './check';
import { anchorTerms, movedAnchorLink, shiftedAnchor, type AnchorTerm } from './dropped-sentence-anchors';
import { CLAUSE_LOST_BELOW, clauseLost } from './dropped-sentence-clauses';
import { FIGURE_CLAUSE_BELOW, figureClauseLost } from './dropped-sentence-figure-clause';
import {
  englishJoins,
  englishSentences,
  koreanJoins,
  koreanSentenceCount,
  maskFormulas,
  maskKoreanFormulas,
  unjoinedMerge,
} from './dropped-sentence-joins';
import { conjunctionSplitLoss, dropFitsBetter } from './dropped-sentence-lengths';
import {
  CONTRAST_WORD,
  missingContrast,
  OPENING_LOST_BELOW,
  openingLost,
  QUOTE_LOST_BELOW,
  quotationLost,
  quoteSentenceLost,
  shortQuote,
} from './dropped-sentence-traces';
import { isBlank, makeIssue, q } from './shared';
import type { QaIssue, QaLocale, QaSegment } from './types';

export { anchorTerms, type AnchorTerm } from './dropped-sentence-anchors';
export { englishJoins, englishSentences, koreanJoins, koreanSentenceCount } from './dropped-sentence-joins';

const ID = 'dropped-sentence';
const MIN_SOURCE = 40;
const DEFAULT_RATIO = 0.45;
const WITH_COUNT = -0.3;
const LENGTH_ONLY = -0.55;
// Sentences are aligned only in paragraphs at least a tenth shorter than usual (ln ratio): the
// aligner costs about half a millisecond a paragraph.
const ALIGN_BELOW = -0.1;
// Above that, the aligner runs only where the Korean has two sentences or more fewer than the
// English and the paragraph is not longer than usual (a sentence dropped beside a merge): about
// one paragraph in forty of lib/qa/testing.
const FEW_BELOW = 0.1;
const FEWER = 2;
// A paragraph not longer than usual with as many Korean sentences as English ones, three or more,
// is aligned to look for a moved anchor only where a cheap test finds a Korean sentence holding a
// number or glossary term of its English namesake's neighbour (shiftedAnchor): in lib/qa/testing
// and lib/qa/fixtures, no clean paragraph.
const SHIFT_BELOW = 0;

function usualRatio(segments: readonly QaSegment[]): number {
  const r = segments
    .filter((s) => s.sourceText.trim().length >= MIN_SOURCE && !isBlank(s.targetText))
    .map((s) => s.targetText.trim().length / s.sourceText.trim().length)
    .sort((a, b) => a - b);
  return r.length >= 5 ? r[Math.floor(r.length / 2)]! : DEFAULT_RATIO;
}

// A link whose Korean is far shorter than its English (ln ratio below -0.8 against the document's
// usual ratio, English side of 60 characters or more): the Korean kept part of the sentence and
// the rest went with a dropped one (two English sentences split into three Korean ones, one of
// them lost). Clean paragraphs of lib/qa/testing and bench/align/news: every link at -0.64 or above.
const SHORT_LINK = -0.8;
const MIN_LINK = 60;
// A link less far short (ln ratio below -0.5) whose English holds a number the whole Korean
// paragraph lacks: the Korean kept part of the sentence and the part with the number went with a
// dropped one (a long sentence the translator had split in two). Days of the month are left out
// (a weekday often stands for one).
const SHORT_LINK_NUMBER = -0.5;

function lostNumber(english: string, koreanNumbers: ReadonlySet<string>): boolean {
  return englishNumbers(english).some((n) => !n.startsWith('d') && !koreanNumbers.has(n));
}

/**
 * An English sentence the sentence aligner leaves without Korean (a 1:0 link), if any; or, with a
 * ratio, one whose Korean is far too short for it.
 */
function unmatchedSentence(
  source: string,
  target: string,
  ratio?: number,
  terms?: readonly AlignTerm[],
  moved?: readonly AnchorTerm[],
  fewer: false | 'join' | 'own-join' = false,
): { start: number; end: number; text: string; partial?: boolean } | null {
  const r = alignSentences([source], [target], { terms });
  const span = (link: { source: number[] }) => {
    const first = r.source[link.source[0]!]!;
    const last = r.source[link.source[link.source.length - 1]!]!;
    return { start: first.start, end: last.end, text: source.slice(first.start, last.end).trim() };
  };
  const link = r.links.find((l) => l.target.length === 0 && l.source.length > 0);
  if (link) return span(link);
  if (fewer) {
    const m = unjoinedMerge(source, target, r, fewer === 'own-join');
    if (m) return m;
  }
  if (moved) {
    const m = movedAnchorLink(source, target, r, moved);
    if (m) return span(m);
  }
  if (ratio === undefined || r.links.length < 2) return null;
  let koNumbers: Set<string> | undefined;
  for (const l of r.links) {
    if (!l.source.length || !l.target.length) continue;
    const en = l.source.reduce((n, i) => n + r.source[i]!.end - r.source[i]!.start, 0);
    const ko = l.target.reduce((n, i) => n + r.target[i]!.end - r.target[i]!.start, 0);
    if (en < MIN_LINK) continue;
    const z = Math.log(ko / (ratio * en));
    if (z < SHORT_LINK) return { ...span(l), partial: true };
    if (z < SHORT_LINK_NUMBER) {
      koNumbers ??= new Set(koreanNumbers(target));
      const u = span(l);
      if (lostNumber(u.text, koNumbers)) return { ...u, partial: true };
    }
  }
  return null;
}

// A sentence lost with its figures: in a paragraph shorter than usual, an English sentence holding
// figures written in digits of which the whole Korean paragraph has none. A number the translator
// changed leaves the length as it was (and is the numbers check's); a sentence dropped takes its
// figures with it, even where the Korean had split a neighbour and kept the count of sentences
// (“Each household is allowed 40 liters a day.”). A sentence with a weekday and a month name is
// skipped (the weekday may stand for the day: “on Monday, Nov. 30” → 다음 주 월요일); with a month
// name alone, the month may go unsaid (the story's own) but the day may not: a date lost (“The law
// takes effect on July 1 next year.”) when no Korean number is its day, as a day or a count.
const LOST_BELOW = 0;
// Figures written in digits, with their scale (“180 billion”): number words are too often left
// unsaid or said otherwise (“those two numbers” → 이 두 수치, “twenty-somethings” → 20대).
const FIGURE_RE = /\d+(?:[.,]\d+)*(?:\s+(?:thousand|million|billion|trillion))?/g;
const DIGITS_RE = /\d+(?:[.,]\d+)*/g;
const MONTH_NAME_RE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*)\b/;
const WEEKDAY_NAME_RE = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

function lostFigures(source: string, target: string): { start: number; end: number; text: string } | null {
  // Cheap test first: every digit string of the English is in the Korean (most paragraphs stop here).
  if (!/\d/.test(source)) return null;
  const koDigits = new Set((target.match(DIGITS_RE) ?? []).map((d) => d.replace(/,/g, '')));
  if ((source.match(DIGITS_RE) ?? []).every((d) => koDigits.has(d.replace(/,/g, '')))) return null;
  let ko: Set<string> | undefined;
  for (const e of englishSentences(source)) {
    const text = source.slice(e.start, e.end);
    const dated = MONTH_NAME_RE.test(text);
    if (dated && WEEKDAY_NAME_RE.test(text)) continue;
    const en = [...text.matchAll(FIGURE_RE)].flatMap((m) => englishNumbers(m[0]));
    if (!en.length) continue;
    ko ??= new Set(koreanNumbers(target));
    // In a dated sentence a figure is also kept as a day of the month (Nov. 30 → 30일).
    if (en.every((n) => !ko!.has(n) && !(dated && ko!.has(`d${n}`)))) return { start: e.start, end: e.end, text: text.trim() };
  }
  return null;
}

function quoteIssue(u: { start: number; end: number; text: string }, locale: QaLocale): QaIssue {
  return makeIssue(ID, locale, {
    severity: 'warning',
    key: 'quote',
    sourceSpan: { start: u.start, end: u.end },
    message: {
      en: `A sentence of this quotation may be missing from the translation, which is much shorter: ${q(u.text, 60)}`,
      ko: `이 인용문의 문장이 번역에서 빠졌을 수 있습니다(번역이 훨씬 짧습니다): ${q(u.text, 60)}`,
    },
  });
}

function unmatchedIssue(u: { start: number; end: number; text: string; partial?: boolean }, locale: QaLocale): QaIssue {
  return makeIssue(ID, locale, {
    severity: 'warning',
    key: u.partial ? 'partial' : 'unmatched',
    sourceSpan: { start: u.start, end: u.end },
    message: u.partial
      ? {
          en: `Only part of this source sentence seems to be translated (its translation is far shorter): ${q(u.text, 60)}`,
          ko: `이 원문 문장은 일부만 번역된 것 같습니다(번역이 훨씬 짧습니다): ${q(u.text, 60)}`,
        }
      : {
          en: `This source sentence seems to have no counterpart in the translation: ${q(u.text, 60)}`,
          ko: `이 원문 문장에 해당하는 번역이 없는 것 같습니다: ${q(u.text, 60)}`,
        },
  });
}

// A paragraph much longer than usual lost no sentence; one longer than usual lost none to a split.
const TRACE_BELOW = 0.3;
const SPLIT_BELOW = 0;

function contrastIssue(u: { start: number; end: number; text: string }, locale: QaLocale): QaIssue {
  return makeIssue(ID, locale, {
    severity: 'warning',
    key: 'contrast',
    sourceSpan: { start: u.start, end: u.end },
    message: {
      en: `This contrasting source sentence seems to have no counterpart in the translation, which has no contrast marker (하지만, 그러나 …) for it: ${q(u.text, 60)}`,
      ko: `이 원문 문장에 해당하는 번역이 없는 것 같습니다(번역문에 ‘하지만’, ‘그러나’ 같은 대조 표현이 없습니다): ${q(u.text, 60)}`,
    },
  });
}

// A paragraph of about the usual length with one Korean sentence fewer is mostly a merge (one in
// six paragraphs of the clean translations). The aligner runs there only on a cheap sign that the
// merge left no trace: an English number the Korean lacks (a sentence dropped with its number), or
// fewer Korean sentences and clause joins together than English sentences ('strong': a 2:1 link
// without a join is reported too). A weaker sign counts only the Korean joins beyond the English's
// own (a short sentence dropped beside one of two clauses, “…, and last month …” → “…했고, …”): there
// only a 1:0 link is reported, since the Korean may merge with a connective the join list leaves out
// (깊어, 많아: -어/-아 also makes auxiliary verbs, 보여 주다).
function oneFewerSign(source: string, target: string): 'strong' | 'weak' | null {
  const en = englishSentences(source).length;
  const ko = koreanSentenceCount(target);
  const joins = koreanJoins(target);
  if (en > ko + joins || (/\d/.test(source) && lostNumber(source, new Set(koreanNumbers(target))))) return 'strong';
  return en > ko + Math.max(0, joins - englishJoins(source)) ? 'weak' : null;
}

export const droppedSentenceCheck: DocumentCheck = {
  id: ID,
  scope: 'document',
  run(segments, ctx) {
    const out = new Map<string, QaIssue[]>();
    let ratio: number | null = null;
    let terms: AlignTerm[] | undefined;
    const alignTerms = () => (terms ??= ctx.terms.list.flatMap((c) => c.targets.map((target) => ({ source: c.term.source, target }))));
    let moveTerms: AnchorTerm[] | undefined;
    const anchors = () => (moveTerms ??= anchorTerms(ctx.terms.list));
    // The cheap quotation, lost-figure and contrast tests, where the length tests found nothing.
    const trace = (s: QaSegment, source: string, target: string, z: number) => {
      if (z >= TRACE_BELOW) return;
      const gone = z < LOST_BELOW ? lostFigures(source, target) : null;
      if (gone) {
        out.set(s.id, [unmatchedIssue(gone, ctx.locale)]);
        return;
      }
      // A clause of a list lost with its figure (dropped-sentence-clauses.ts).
      const clause =
        (z < CLAUSE_LOST_BELOW ? clauseLost(source, target, ratio!) : null) ?? (z < FIGURE_CLAUSE_BELOW ? figureClauseLost(s, ctx) : null);
      if (clause) {
        out.set(s.id, [unmatchedIssue(clause, ctx.locale)]);
        return;
      }
      const lost = /[“"]/.test(source)
        ? (quoteSentenceLost(source, target) ??
          (z < QUOTE_LOST_BELOW ? quotationLost(source, target, (1 - Math.exp(z)) * source.trim().length, ratio!) : null))
        : null;
      if (lost) {
        out.set(s.id, [unmatchedIssue(lost, ctx.locale)]);
        return;
      }
      // A short opening sentence lost before one that opens on a name.
      const opening = z < OPENING_LOST_BELOW ? openingLost(source, target) : null;
      if (opening) {
        out.set(s.id, [unmatchedIssue(opening, ctx.locale)]);
        return;
      }
      // As many sentences, one of them a split at a conjunction: a sentence lost (not in a longer paragraph).
      const split = z < SPLIT_BELOW ? conjunctionSplitLoss(source, target, ratio!, anchors()) : null;
      if (split) {
        out.set(s.id, [unmatchedIssue(split, ctx.locale)]);
        return;
      }
      if (!CONTRAST_WORD.test(source)) return;
      const c = missingContrast(source, target);
      if (c) out.set(s.id, [contrastIssue(c, ctx.locale)]);
    };
    for (const s of segments) {
      // A sentence of nothing but a broadcasting formula (“Back to you in the studio.”) is not counted.
      // Nor, then, a Korean sentence of nothing but one (지금까지 한림에서 전해 드렸습니다).
      const source = maskFormulas(s.sourceText);
      const target = source === s.sourceText ? s.targetText : maskKoreanFormulas(s.targetText);
      const src = source.trim();
      const tgt = target.trim();
      if (src.length < MIN_SOURCE || isBlank(tgt) || !/[가-힣]/.test(tgt)) continue;
      ratio ??= usualRatio(segments);
      const z = Math.log(tgt.length / (ratio * src.length));
      if (z >= ALIGN_BELOW) {
        const q = /[“"]/.test(src) ? shortQuote(source, target, ratio) : null;
        if (q) out.set(s.id, [quoteIssue(q, ctx.locale)]);
        else {
          // Two sentences or more fewer in Korean (rare in a paragraph of usual length): aligned.
          const fewer = z < FEW_BELOW ? englishSentences(source).length - koreanSentenceCount(tgt) : 0;
          const sign = fewer === 1 ? oneFewerSign(source, tgt) : null;
          const u =
            z >= FEW_BELOW
              ? null
              : fewer >= FEWER || sign === 'strong'
                ? unmatchedSentence(source, target, undefined, alignTerms(), undefined, 'join')
                : sign === 'weak' || (fewer === 1 && dropFitsBetter(source, tgt, ratio, anchors()))
                  ? unmatchedSentence(source, target, undefined, alignTerms())
                  : z < SHIFT_BELOW && shiftedAnchor(source, target, anchors())
                    ? unmatchedSentence(source, target, undefined, alignTerms(), anchors())
                    : null;
          if (u) out.set(s.id, [unmatchedIssue(u, ctx.locale)]);
          else trace(s, source, target, z);
        }
        continue;
      }
      const en = englishSentences(source);
      if (en.length < 2) {
        // One sentence: only a clause lost with its figure can be told.
        const clause = (z < CLAUSE_LOST_BELOW ? clauseLost(source, target, ratio) : null) ?? figureClauseLost(s, ctx);
        if (clause) out.set(s.id, [unmatchedIssue(clause, ctx.locale)]);
        continue;
      }
      const ko = koreanSentenceCount(tgt);
      if (z >= WITH_COUNT || !(z < LENGTH_ONLY || ko < en.length)) {
        // Far-too-short links are looked for only in a paragraph a sentence short (the aligner
        // would otherwise run in every paragraph a little short: too slow for the budget).
        const unmatched =
          ko < en.length
            ? // A tenth short or more: a 2:1 link needs a join beyond its English sentences' own.
              unmatchedSentence(source, target, undefined, alignTerms(), undefined, 'own-join')
            : z < WITH_COUNT
              ? unmatchedSentence(source, target, ratio, alignTerms(), anchors())
              : shiftedAnchor(source, target, anchors())
                ? unmatchedSentence(source, target, undefined, alignTerms(), anchors())
                : null;
        if (unmatched) out.set(s.id, [unmatchedIssue(unmatched, ctx.locale)]);
        else {
          const q = /[“"]/.test(src) ? shortQuote(source, target, ratio) : null;
          if (q) out.set(s.id, [quoteIssue(q, ctx.locale)]);
          else trace(s, source, target, z);
        }
        continue;
      }
      // The English sentence whose absence best explains the missing length.
      const missing = ratio * src.length - tgt.length;
      const best = en.reduce((a, b) =>
        Math.abs(ratio! * (b.end - b.start) - missing) < Math.abs(ratio! * (a.end - a.start) - missing) ? b : a,
      );
      const pct = Math.round((1 - Math.exp(z)) * 100);
      out.set(s.id, [
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: `missing:${en.length}>${ko}`,
          sourceSpan: { start: best.start, end: best.end },
          message: {
            en: `A sentence may be missing: the source has ${en.length} sentences, the translation ${ko}, and it is ${pct}% shorter than usual in this document.`,
            ko: `문장이 빠졌을 수 있습니다. 원문은 ${en.length}문장, 번역문은 ${ko}문장이고 이 문서의 보통 길이보다 ${pct}% 짧습니다.`,
          },
        }),
      ]);
    }
    return out;
  },
};
