// Plain-text paragraph splitting: paragraphs are separated by one or more blank lines. Inside a
// paragraph the text is kept exactly as it came (no-break spaces, curly quotes, dashes); only the
// whitespace around it, including stray no-break spaces at its ends, is trimmed.

/** Trims ASCII whitespace and Unicode spaces (NBSP, ideographic space, BOM) from both ends. */
export function trimParagraph(s: string): string {
  return s.replace(/^[\s\u00a0\u2000-\u200b\u3000\ufeff]+|[\s\u00a0\u2000-\u200b\u3000\ufeff]+$/g, '');
}

export function splitParagraphs(text: string): string[] {
  return text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/)
    .map(trimParagraph)
    .filter((p) => p.length > 0);
}

/** English words: runs of letters/digits (with inner apostrophes, hyphens, periods as in U.N.). */
export function countEnglishWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Korean eojeol: whitespace-separated units that contain at least one letter or digit. */
export function countEojeol(text: string): number {
  return text.split(/[\s\u00a0]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
