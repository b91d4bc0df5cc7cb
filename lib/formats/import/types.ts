import type { InlineNode } from '../../editor/doc';

export const IMPORT_FORMATS = ['text', 'markdown', 'html', 'docx', 'xliff'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export type SegmentKind = 'paragraph' | 'heading' | 'listItem';

export interface ImportedTarget {
  content: InlineNode[];
  /** Always equals docToText(inlineToDoc(content)). */
  text: string;
}

export interface ImportedSegment {
  kind: SegmentKind;
  /** Heading level 1–6 for headings; nesting depth (1 = top level) for list items; absent for paragraphs. */
  level?: number;
  content: InlineNode[];
  /** Always equals docToText(inlineToDoc(content)); trimmed, never empty. */
  text: string;
  /** XLIFF only: the unit's id in the file (2.x: unit/@name if present, else unit/@id; 1.2: trans-unit/@id). */
  externalId?: string;
  /** Only from bilingual formats (XLIFF): the existing translation. */
  target?: ImportedTarget;
}

export interface ImportedDocument {
  title?: string;
  format: ImportFormat;
  segments: ImportedSegment[];
  sourceLang?: string;
  targetLang?: string;
}
