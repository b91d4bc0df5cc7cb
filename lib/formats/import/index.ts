// Document import: bytes in, segments out. The format comes from `format`, else the file extension,
// else sniffing the content. Every failure is an ImportError with a code and a precise message.
import { checkImportSize, decodeText } from '../decode';
import { parseDocx } from './docx';
import { ImportError } from './errors';
import { parseHtml } from './html';
import { parseMarkdown } from './markdown';
import { parseText } from './text';
import { titleFromFileName, titleFromSegments } from './title';
import type { ImportedDocument, ImportFormat } from './types';
import { parseXliff } from './xliff';

export { ImportError, isImportError, IMPORT_ERROR_CODES, type ImportErrorCode } from './errors';
export {
  IMPORT_FORMATS,
  type ImportFormat,
  type ImportedDocument,
  type ImportedSegment,
  type ImportedTarget,
  type SegmentKind,
} from './types';
export { MAX_IMPORT_BYTES } from '../decode';

export interface ImportInput {
  bytes: Uint8Array;
  filename?: string;
  format?: ImportFormat;
}

const EXTENSIONS: Record<string, ImportFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  xlf: 'xliff',
  xliff: 'xliff',
  xlf2: 'xliff',
};
const UNSUPPORTED: Record<string, string> = {
  doc: 'Old Word 97–2003 (.doc) files are not supported; save the file as .docx and import it again.',
  pdf: 'PDF files are not supported; export the text as .docx, .txt or .html and import that.',
  rtf: 'RTF files are not supported; save the file as .docx and import it again.',
  odt: 'OpenDocument (.odt) files are not supported; save the file as .docx and import it again.',
  pages: 'Pages files are not supported; export the document as .docx and import that.',
  tmx: 'TMX files are translation memories, not documents; import them into a translation memory instead.',
  tbx: 'TBX files are glossaries, not documents; import them into the glossary instead.',
};

export function extensionOf(filename: string | undefined): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(filename ?? '');
  return m ? m[1]!.toLowerCase() : '';
}

export async function importDocument(input: ImportInput): Promise<ImportedDocument> {
  const { bytes } = input;
  checkImportSize(bytes);
  const ext = extensionOf(input.filename);
  if (!input.format && UNSUPPORTED[ext]) throw new ImportError('unsupported', UNSUPPORTED[ext]);
  let format = input.format ?? EXTENSIONS[ext];
  if (format === 'docx' || (!format && isZip(bytes))) {
    const { segments, title } = await parseDocx(bytes);
    return finish({ format: 'docx', segments, ...(title ? { title } : {}) });
  }
  const { text } = decodeText(bytes);
  format ??= sniffTextFormat(text);
  switch (format) {
    case 'text':
      return finish({ format, segments: parseText(text) });
    case 'markdown': {
      const { segments, title } = parseMarkdown(text);
      return finish({ format, segments, ...(title ? { title } : {}) });
    }
    case 'html': {
      const { segments, title } = parseHtml(text);
      return finish({ format, segments, ...(title ? { title } : {}) });
    }
    case 'xliff': {
      // XLIFF carries no headings: a title-like first unit, else the original file's name.
      const { title: original, ...rest } = parseXliff(text);
      const title = titleFromSegments(rest.segments) ?? titleFromFileName(original);
      return finish({ format, ...rest, ...(title ? { title } : {}) });
    }
    default:
      throw new ImportError('unsupported', `Unsupported import format "${String(format)}".`);
  }
}

/** Every document leaves with a title from its metadata or first heading when it has one. */
function finish(doc: ImportedDocument): ImportedDocument {
  if (!doc.segments.length) {
    throw new ImportError('empty', `The ${LABEL[doc.format]} contains no text to translate (no paragraphs found).`);
  }
  const title = doc.title?.trim() || titleFromSegments(doc.segments);
  return title ? { ...doc, title } : doc;
}

const LABEL: Record<ImportFormat, string> = {
  text: 'text file',
  markdown: 'Markdown file',
  html: 'HTML file',
  docx: '.docx document',
  xliff: 'XLIFF file',
};

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Guesses the format of decoded text with no usable name: XML/HTML by their first tag, Markdown by its marks. */
export function sniffTextFormat(text: string): ImportFormat {
  const head = text
    .slice(0, 4096)
    .replace(/^\ufeff/, '')
    .trimStart();
  if (head.startsWith('<')) {
    const lower = head.toLowerCase();
    if (lower.includes('<xliff')) return 'xliff';
    if (/<(!doctype html|html|head|body|p|div|h[1-6]|ul|ol|table|article|section)[\s>]/.test(lower)) return 'html';
    if (lower.startsWith('<?xml')) {
      if (lower.includes('<tmx')) throw new ImportError('unsupported', UNSUPPORTED.tmx!);
      if (lower.includes('<martif') || lower.includes('<tbx')) throw new ImportError('unsupported', UNSUPPORTED.tbx!);
      throw new ImportError('unsupported', 'The file is XML of an unknown kind; import XLIFF, HTML, Markdown, .docx or plain text.');
    }
    return 'html';
  }
  if (/^#{1,6} \S/m.test(head) || /\[[^\]\n]+\]\([^)\s]+\)/.test(head) || /(\*\*|__)\S[^\n]*?\S\1/.test(head)) return 'markdown';
  return 'text';
}
