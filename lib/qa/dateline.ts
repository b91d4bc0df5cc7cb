// A wire dateline opening a story ("SEOUL, Dec. 3 (Yonhap) --", "TOKYO, Oct. 12 (Reuters) -",
// "JEJU, Thursday, Dec. 3, 2026 —"): Korean papers date the story in the byline, so its figures
// (the year, the day) are not the translation's to carry. The numbers check skips it, and the
// dropped-sentence checks do not read it as a clause lost with its figures.
// The place may name its country or state after it ("YEOSU, South Korea, Tuesday, Dec. 8, 2026 —",
// "ALBANY, N.Y., Dec. 3 —"): up to four capitalised words, then the comma. A story filed from two
// places joins them with a slash ("TONGYEONG/SEOUL, Oct. 14 —"). Shared with story-month.ts.
export const DATELINE_PLACE = "[A-Z][A-Za-z .'/-]*[A-Z](?:,\\s+[A-Z][A-Za-z.'-]{0,20}(?:\\s[A-Z][A-Za-z.'-]{0,20}){0,3})?";
export const DATELINE_RE = new RegExp(
  `^\\s*${DATELINE_PLACE},(?:\\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?)?(?:\\s+[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2},?)?(?:\\s+\\d{4})?\\s*(?:\\([^)]{2,30}\\))?\\s*(?:--|—|–|-|&#8212;)`,
);

/** Where the text's dateline ends (0: none). */
export function datelineEnd(text: string): number {
  if (!text.includes(',') || !/^\s*[A-Z]/.test(text)) return 0;
  const d = DATELINE_RE.exec(text);
  return d ? d[0].length : 0;
}

/** The text with its dateline blanked out (same length, so offsets stay true). */
export function withoutDateline(text: string): string {
  const end = datelineEnd(text);
  return end ? ' '.repeat(end) + text.slice(end) : text;
}
