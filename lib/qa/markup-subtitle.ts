// Subtitle override codes left in the Korean: an ASS/SSA file's (Aegisub's) override block before a
// line — {\an8} (top centre), {\pos(320,50)}, {\i1}…{\i0}, {\fad(200,200)}, {\c&H00FFFF&}, {\b1},
// {\fs28}, {\bord2}, {\k40} — that a broadcast's subtitle file carries into a pasted script. A block
// is a brace, a backslash and an override tag ASS defines (any more tags after it), up to the
// closing brace; a brace group of another kind ({1}, {{…}}, \frac{1}{2}) is not one. Reported whole
// (markup.ts), unless the source has it too.
const ASS_RE =
  /\{\\(?:an[1-9]|a(?:[1-9]|1[01])\b|pos\(|move\(|fade?\(|org\(|i?clip\(|[ibus][01]\b|[xy]?bord\d|[xy]?shad\d|be\d|blur\d|fn[A-Za-z]|fs\d|fsc[xy]\d|fsp\d|fr[xyz]?-?\d|fa[xy]-?\d|[1-4]?c&H|[1-4]a&H|alpha&H|k[fo]?\d|K\d|q[0-3]\b|p[0-4]\b)[^{}\n]{0,200}\}/g;

export function findSubtitleCodes(text: string): { text: string; start: number; end: number }[] {
  if (!text.includes('{\\')) return [];
  return [...text.matchAll(ASS_RE)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}
