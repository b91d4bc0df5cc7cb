// Characters no Korean text holds, which a reader sees as a box, a blank or a question mark — a
// glyph lost on the way, as surely as U+FFFD:
// - private-use code points (U+E000–U+F8FF, planes 15–16): a symbol font's bullet (Word's Symbol
//   U+F0B7), an HWP document's own glyph for a middle dot or a bracket (U+E08A); shown as a box
//   anywhere but in the font that made it;
// - a lone surrogate: half of an emoji or a supplementary character cut in two (U+D83D alone);
// - noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF, U+nFFFE/U+nFFFF): U+FFFE is a UTF-16 byte-order
//   mark read in the wrong byte order;
// - a word of question marks (????, ???를): Korean saved through a Latin-1 form or database field,
//   each syllable written as ?. Prose never opens a word with two question marks.
// Each is left alone when the source holds the same (a private-use icon the source quotes, ?? in
// the English).

export interface BoxRun {
  kind: 'private-use' | 'lone-surrogate' | 'noncharacter' | 'question-marks';
  start: number;
  end: number;
}

const MAY_HOLD = /[\uD800-\uDFFF\uE000-\uF8FF\uFDD0-\uFDEF\uFFFE\uFFFF]|\?\?/;
// Planes 15–16 are private use; U+xFFFE/U+xFFFF of the supplementary planes are noncharacters.
const BOX_RE =
  /([\uE000-\uF8FF]|[\uDB80-\uDBFF][\uDC00-\uDFFF])|([\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])|([\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F][\uDFFE\uDFFF])|((?<![^\s“‘"'(（[「『<«])\?{2,})/g;

/** Runs of characters a reader sees as boxes or question marks, in `target` and not in `source`. */
export function boxRuns(target: string, source: string): BoxRun[] {
  if (!MAY_HOLD.test(target)) return [];
  const out: BoxRun[] = [];
  const sourceQuestions = /\?\?/.test(source);
  for (const m of target.matchAll(BOX_RE)) {
    const kind = m[1] ? 'private-use' : m[2] ? 'lone-surrogate' : m[3] ? 'noncharacter' : 'question-marks';
    if (kind === 'question-marks' ? sourceQuestions : source.includes(m[0])) continue;
    const prev = out[out.length - 1];
    if (prev && prev.kind === kind && prev.end === m.index!) prev.end += m[0].length;
    else out.push({ kind, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}
