// Subtitle override codes left in the Korean: an ASS/SSA file's (Aegisub's) override block before a
// line — {\an8} (top centre), {\pos(320,50)}, {\i1}…{\i0}, {\fad(200,200)}, {\c&H00FFFF&}, {\b1},
// {\fs28}, {\bord2}, {\k40} — that a broadcast's subtitle file carries into a pasted script. A block
// is a brace, a backslash and an override tag ASS defines (any more tags after it), up to the
// closing brace; a brace group of another kind ({1}, {{…}}, \frac{1}{2}) is not one. Reported whole
// (markup.ts), unless the source has it too.
// Also an SRT/WebVTT cue timing line (below).
const ASS_RE =
  /\{\\(?:an[1-9]|a(?:[1-9]|1[01])\b|pos\(|move\(|fade?\(|org\(|i?clip\(|[ibus][01]\b|[xy]?bord\d|[xy]?shad\d|be\d|blur\d|fn[A-Za-z]|fs\d|fsc[xy]\d|fsp\d|fr[xyz]?-?\d|fa[xy]-?\d|[1-4]?c&H|[1-4]a&H|alpha&H|k[fo]?\d|K\d|q[0-3]\b|p[0-4]\b)[^{}\n]{0,200}\}/g;

// An SRT or WebVTT cue timing line (00:01:12,400 --> 00:01:15,900; WebVTT also 01:12.400 --> …) from a
// subtitle file pasted with the script: two timestamps with milliseconds joined by the arrow. Reported
// as one token, so a source that shows the same timings allows the translated ones.
const CUE_TIME = '(?:\\d{1,2}:)?\\d{2}:\\d{2}[,.]\\d{3}';
const CUE_RE = new RegExp(`(?<![\\d:])${CUE_TIME}[ \\t]{0,3}-->[ \\t]{0,3}${CUE_TIME}(?!\\d)`, 'g');

export function findSubtitleCodes(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  if (text.includes('{\\')) for (const m of text.matchAll(ASS_RE)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  if (text.includes('-->'))
    for (const m of text.matchAll(CUE_RE))
      out.push({ text: '00:00:00,000 --> 00:00:00,000', start: m.index!, end: m.index! + m[0].length });
  return out;
}
