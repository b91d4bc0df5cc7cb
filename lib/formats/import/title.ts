// The title of a new document, from the file itself (issue #17 item 6): its metadata or first
// heading, else a first paragraph that reads like a title (a short line with no sentence ending),
// never the file name unless nothing else says it.
import type { ImportedSegment } from './types';

/** A short single line with no sentence ending: "Korean Peninsula A to Z", not "Kwon spoke." */
export function looksLikeTitle(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 120 || /\n/.test(t)) return false;
  if (t.split(/\s+/).length > 16) return false;
  if (/[.,;:。]$/.test(t) && !/\b[A-Z]\.$/.test(t)) return false; // "U.S." may end a headline
  if (/^[a-z]/.test(t)) return false;
  return /[\p{L}]/u.test(t);
}

/** The first heading (a level-1 one first), else a title-like first paragraph. */
export function titleFromSegments(segments: readonly ImportedSegment[]): string | undefined {
  const headings = segments.filter((s) => s.kind === 'heading');
  const h = headings.find((s) => (s.level ?? 1) === 1) ?? headings[0];
  if (h) return h.text.trim();
  const first = segments[0];
  return first && first.kind === 'paragraph' && looksLikeTitle(first.text) ? first.text.trim() : undefined;
}

/** "exports/Korean Peninsula A to Z.html" → "Korean Peninsula A to Z" (a file name as a last resort). */
export function titleFromFileName(name: string | undefined): string | undefined {
  const base = name
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/(\.[A-Za-z0-9]{1,6})+$/, '')
    .trim();
  return base || undefined;
}
