// Plain text: one paragraph per blank-line-separated block, kept exactly as it came (a single newline
// inside a paragraph is a hard break). The first paragraph is not special: the caller gives the title.
import { splitParagraphs } from '../../text/paragraphs';
import { plainInline } from './inline';
import type { ImportedSegment } from './types';

export function parseText(text: string): ImportedSegment[] {
  const segments: ImportedSegment[] = [];
  for (const para of splitParagraphs(text)) {
    const { content, text: t } = plainInline(para);
    if (t) segments.push({ kind: 'paragraph', content, text: t });
  }
  return segments;
}
