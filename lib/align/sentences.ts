// Sentence links inside a paragraph bead: the sentences of its source paragraphs against those of
// its target paragraphs (1:1, 1:2, 2:1, 1:0, 0:1 …), found by the same aligner run on sentences
// instead of paragraphs, so lengths, anchors and glossary terms all count. Each sentence is given
// by its paragraph (index within the bead) and [start, end) character offsets in that paragraph's
// plain text, so a reader can highlight it.
import { align, type AlignOptions } from './align';
import { sentenceSpans } from './features';

export interface SentenceSpan {
  /** Index of the paragraph within the bead's side (0 for a 1:1 bead). */
  paragraph: number;
  start: number;
  end: number;
}

export interface SentenceLink {
  /** Indices into the bead's source sentences (consecutive, ascending; empty for an insertion). */
  source: number[];
  target: number[];
  score: number;
}

export interface SentenceAlignment {
  links: SentenceLink[];
  source: SentenceSpan[];
  target: SentenceSpan[];
}

// Between sentences, translators join and split far more often than they drop (Gale & Church
// measured 2:1 and 1:2 nine times as often as 1:0), unlike paragraphs in a document.
export const SENTENCE_PRIORS = [0.85, 0.006, 0.006, 0.06, 0.06, 0.002, 0.008, 0.008];

function spansOf(paragraphs: readonly string[], korean: boolean): SentenceSpan[] {
  return paragraphs.flatMap((text, paragraph) => sentenceSpans(text, korean).map(([start, end]) => ({ paragraph, start, end })));
}

/** Sentence links between the source paragraphs and the target paragraphs of one bead. */
export function alignSentences(
  source: readonly string[],
  target: readonly string[],
  options: Pick<AlignOptions, 'terms'> = {},
): SentenceAlignment {
  const src = spansOf(source, false);
  const tgt = spansOf(target, true);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  let links: SentenceLink[];
  if (src.length === 1 && tgt.length === 1) {
    links = [{ source: [0], target: [0], score: 1 }];
  } else {
    const text = (side: readonly string[], s: SentenceSpan) => side[s.paragraph]!.slice(s.start, s.end); // spansOf(side)

    // Only the glossary terms this bead mentions: a project glossary has hundreds, a bead a few.
    const lower = source.join('\n').toLowerCase();
    const terms = options.terms?.filter((t) => t.source.trim() && lower.includes(t.source.trim().toLowerCase()));
    links = align(
      src.map((s) => text(source, s)),
      tgt.map((s) => text(target, s)),
      { terms, priors: SENTENCE_PRIORS },
    ).map((b) => ({ source: b.source, target: b.target, score: round(b.score) }));
  }
  return { links, source: src, target: tgt };
}
