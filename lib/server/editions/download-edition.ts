import 'server-only';
// Downloads of a published edition in every format, built from its immutable snapshot.
import { buildDocx, DOCX_MIME } from '../../publish/docx';
import { exportEditionMarkdown } from '../../publish/edition-markdown';
import { buildEpub, EPUB_MIME } from '../../publish/epub';
import { editionToTmx, editionToXliff } from '../../publish/exchange';
import type { EditionView } from '../../publish/snapshot';
import type { EditionFormat, TDownloadEditionQuery } from '../api/publish.types';
import type { Actor } from '../auth/authenticate';
import { fileDownload } from '../http/download';
import { getDownloadableEdition } from './get-edition';
import path from 'node:path';
import { PdfQueue } from './pdf-queue';
import { printEditionPdf } from './print-pdf';

/** Interchange formats are working files for the project's members, not reading copies. */
export const MEMBERS_ONLY_FORMATS: ReadonlySet<EditionFormat> = new Set(['xliff', 'tmx']);

export interface EditionFile {
  bytes: Uint8Array;
  contentType: string;
  filename: string;
}

/** One queue per process (on globalThis: Next.js may load this module once per bundle). */
function pdfQueue(): PdfQueue {
  const g = globalThis as unknown as { [k: symbol]: PdfQueue };
  const key = Symbol.for('workbench.pdfQueue');
  return (g[key] ??= new PdfQueue({
    render: printEditionPdf,
    cacheDir: process.env.PDF_CACHE_DIR || path.join(process.cwd(), 'data', 'cache', 'pdf'),
    maxConcurrent: 2,
    maxQueue: 4,
    maxCacheBytes: (Number(process.env.PDF_CACHE_MAX_MB) || 1024) * 1024 * 1024,
  }));
}

export async function renderEditionFile(
  ed: EditionView,
  format: EditionFormat,
  variant: 'ko' | 'bilingual' = 'bilingual',
): Promise<EditionFile> {
  const base = `${ed.slug}-v${ed.version}`;
  const utf8 = (s: string) => new TextEncoder().encode(s);
  switch (format) {
    case 'epub':
      return { bytes: await buildEpub(ed), contentType: EPUB_MIME, filename: `${base}.epub` };
    case 'docx':
      return { bytes: await buildDocx(ed), contentType: DOCX_MIME, filename: `${base}.docx` };
    case 'pdf':
      return { bytes: await pdfQueue().get(ed), contentType: 'application/pdf', filename: `${base}.pdf` };
    case 'xliff':
      return { bytes: utf8(editionToXliff(ed)), contentType: 'application/xliff+xml; charset=utf-8', filename: `${base}.xlf` };
    case 'tmx':
      return { bytes: utf8(editionToTmx(ed)), contentType: 'application/x-tmx+xml; charset=utf-8', filename: `${base}.tmx` };
    case 'md':
      return {
        bytes: utf8(exportEditionMarkdown(ed, variant)),
        contentType: 'text/markdown; charset=utf-8',
        filename: `${base}${variant === 'ko' ? '.ko' : ''}.md`,
      };
  }
}

export async function downloadEdition(actor: Actor | null, editionId: string, query: TDownloadEditionQuery): Promise<Response> {
  const membersOnly = MEMBERS_ONLY_FORMATS.has(query.format);
  const ed = await getDownloadableEdition(actor, editionId, membersOnly);
  const file = await renderEditionFile(ed, query.format, query.variant);
  return fileDownload(file.bytes as BodyInit, {
    filename: file.filename,
    contentType: file.contentType,
    cacheControl: ed.hidden || membersOnly ? 'private, no-store' : 'public, max-age=300',
  });
}
