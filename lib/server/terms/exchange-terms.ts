import 'server-only';
// Glossary import and export: DeepL's CSV (source,target per line) and TBX-Basic. An import with any
// invalid row stores nothing and lists every problem with its line.
import { exportGlossaryCsv, importGlossaryCsv, type GlossaryTerm } from '../../formats/glossary-csv';
import { exportTbx, importTbx, TbxError } from '../../formats/tbx';
import { decodeText } from '../../formats/decode';
import { ImportError } from '../../formats/import';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { AppError } from '../errors';
import { fileDownload } from '../http/download';
import { requireProject } from '../projects/access';

export const MAX_GLOSSARY_BYTES = 5 * 1024 * 1024;

export async function exportTerms(
  actor: Actor,
  projectId: string,
  format: 'csv' | 'tbx' | 'json',
): Promise<{ body: string; contentType: string; filename: string }> {
  const { project } = await requireProject(actor, projectId, 'term.read');
  const rows = await db.term.findMany({ where: { projectId, status: 'CONFIRMED' }, orderBy: { source: 'asc' } });
  const terms: GlossaryTerm[] = rows.map((t) => ({
    source: t.source,
    target: t.target,
    kind: t.kind,
    note: t.note,
    caseSensitive: t.caseSensitive,
  }));
  const base = project.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'glossary';
  if (format === 'json') {
    const words = (await db.projectWord.findMany({ where: { projectId }, select: { word: true }, orderBy: { word: 'asc' } })).map(
      (w) => w.word,
    );
    return { body: JSON.stringify({ terms, words }, null, 2), contentType: 'application/json; charset=utf-8', filename: `${base}.json` };
  }
  if (format === 'tbx') {
    return {
      body: exportTbx(terms, { sourceLang: project.sourceLang, targetLang: project.targetLang, title: project.name }),
      contentType: 'application/x-tbx+xml; charset=utf-8',
      filename: `${base}.tbx`,
    };
  }
  return { body: exportGlossaryCsv(terms), contentType: 'text/csv; charset=utf-8', filename: `${base}.csv` };
}

/** The glossary export as a download. */
export async function exportTermsDownload(actor: Actor, projectId: string, format: 'csv' | 'tbx' | 'json'): Promise<Response> {
  const file = await exportTerms(actor, projectId, format);
  return fileDownload(file.body, { filename: file.filename, contentType: file.contentType });
}

export interface TTermImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

export async function importTerms(
  actor: Actor,
  projectId: string,
  file: { bytes: Uint8Array; filename?: string },
  formatHint?: 'csv' | 'tbx',
): Promise<TTermImportResult> {
  const { project } = await requireProject(actor, projectId, 'term.write');
  if (file.bytes.byteLength > MAX_GLOSSARY_BYTES)
    throw new AppError('payload_too_large', 'The glossary file is larger than 5 MB.').because('file_too_large', { mb: 5 });
  let text: string;
  try {
    text = decodeText(file.bytes).text;
  } catch (e) {
    if (e instanceof ImportError)
      throw new AppError(e.code === 'too_large' ? 'payload_too_large' : 'validation_failed', e.message).because(`import_${e.code}`);
    throw e;
  }
  const format = formatHint ?? (/\.tbx$/i.test(file.filename ?? '') || text.trimStart().startsWith('<') ? 'tbx' : 'csv');
  let parsed: { terms: GlossaryTerm[]; errors: { line?: number; message: string }[] };
  try {
    parsed =
      format === 'tbx'
        ? importTbx(text, { sourceLang: project.sourceLang, targetLang: project.targetLang })
        : importGlossaryCsv(text, { sourceLang: project.sourceLang, targetLang: project.targetLang });
  } catch (e) {
    if (e instanceof TbxError) throw new AppError('validation_failed', e.message).because('glossary_invalid');
    throw e;
  }
  if (parsed.errors.length) {
    const first = parsed.errors[0]!;
    throw new AppError(
      'validation_failed',
      `The glossary file has ${parsed.errors.length} problem(s); nothing was imported. ${first.line ? `Line ${first.line}: ` : ''}${first.message}`,
      { problems: parsed.errors.slice(0, 100) },
    ).because('glossary_problems', { count: parsed.errors.length });
  }
  if (parsed.terms.length === 0) throw new AppError('validation_failed', 'The glossary file contains no terms.').because('glossary_empty');

  return db.$transaction(
    async (tx) => {
      const result = { created: 0, updated: 0, unchanged: 0 };
      for (const t of parsed.terms) {
        const existing = await tx.term.findFirst({ where: { projectId, source: t.source, kind: t.kind } });
        if (!existing) {
          await tx.term.create({ data: { projectId, ...t, status: 'CONFIRMED' } });
          result.created += 1;
        } else if (
          existing.target !== t.target ||
          existing.note !== t.note ||
          existing.caseSensitive !== t.caseSensitive ||
          existing.status !== 'CONFIRMED'
        ) {
          await tx.term.update({
            where: { id: existing.id },
            data: { target: t.target, note: t.note, caseSensitive: t.caseSensitive, status: 'CONFIRMED' },
          });
          result.updated += 1;
        } else result.unchanged += 1;
      }
      return result;
    },
    { timeout: 60_000 },
  );
}
