// Quoted stretches of a Korean text, for the checks that leave quoted speech alone (a quotation is in
// its speaker's own register and words): from an opening mark to its closing one, or to the end of
// the text when it is never closed.
export const QUOTE_PAIRS: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '"': '"', '「': '」', '『': '』' };

/** The quoted stretches, as [opening mark, closing mark] positions, in order (one pass). */
export function quotedSpans(text: string, pairs: Readonly<Record<string, string>> = QUOTE_PAIRS): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < text.length; k++) {
    const close = pairs[text[k]!];
    if (!close) continue;
    const j = text.indexOf(close, k + 1);
    out.push([k, j < 0 ? text.length : j]);
    k = j < 0 ? text.length : j;
  }
  return out;
}

/** Whether a position lies inside one of the stretches (after its opening mark, up to its closing
 *  one); asked at positions in increasing order, so one pass in all. */
export function insideSpans(spans: readonly (readonly [number, number])[]): (at: number) => boolean {
  let q = 0;
  return (at) => {
    while (q < spans.length && spans[q]![1] < at) q++;
    return q < spans.length && spans[q]![0] < at;
  };
}
