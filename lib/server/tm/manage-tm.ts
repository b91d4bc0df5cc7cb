import 'server-only';
// The project memory as a whole: concordance search, TMX 1.4 export and import.
import { exportTmx, importTmx } from '../../formats/tmx';
import { ImportError } from '../../formats/import/errors';
import { normalizeSource } from '../../tm/similarity';
import { fileDownload } from '../http/download';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { AppError } from '../errors';
import { readFormDataLimited, readTextLimited } from '../http/body';
import { requireProject } from '../projects/access';
import { getTmIndex, invalidateTm } from './cache';
import { authorNames } from './get-suggestions';

export interface TTmUnit {
  id: string;
  source: string;
  target: string;
  prevSource: string;
  nextSource: string;
  createdAt: string | null;
  createdByName: string | null;
  state: string;
  origin: string;
}

export async function searchTm(
  actor: Actor,
  projectId: string,
  query: { q: string; limit: number },
): Promise<{ units: TTmUnit[]; total: number }> {
  await requireProject(actor, projectId, 'tm.read');
  const index = await getTmIndex(projectId);
  const { entries, total } = index.search(query.q, query.limit);
  const names = await authorNames(entries.map((e) => e.createdById));
  return {
    total,
    units: entries.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      prevSource: e.prevSource ?? '',
      nextSource: e.nextSource ?? '',
      createdAt: e.createdAt ? new Date(e.createdAt).toISOString() : null,
      createdByName: (e.createdById && names.get(e.createdById)) || null,
      state: e.state ?? 'APPROVED',
      origin: e.origin ?? 'HUMAN',
    })),
  };
}

export async function exportTm(actor: Actor, projectId: string): Promise<Response> {
  const { project } = await requireProject(actor, projectId, 'tm.read');
  const units = await db.tmUnit.findMany({ where: { projectId }, orderBy: { createdAt: 'asc' } });
  const creators = new Map(
    (
      await db.user.findMany({
        where: { id: { in: [...new Set(units.map((u) => u.createdById).filter((x): x is string => !!x))] } },
        select: { id: true, email: true },
      })
    ).map((u) => [u.id, u.email]),
  );
  const xml = exportTmx(
    units.map((u) => ({
      source: u.source,
      target: u.target,
      createdAt: u.createdAt,
      ...(u.createdById && creators.get(u.createdById) ? { creator: creators.get(u.createdById) } : {}),
      context: { prev: u.prevSource || undefined, next: u.nextSource || undefined },
      state: u.state,
      origin: u.origin,
    })),
    { sourceLang: project.sourceLang, targetLang: project.targetLang },
  );
  const name = `${project.name.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 60) || 'project'}-tm.tmx`;
  return fileDownload(xml, { filename: name, contentType: 'application/x-tmx+xml; charset=utf-8' });
}

export interface TTmImport {
  imported: number;
  duplicates: number;
  errors: { index: number; message: string }[];
  total: number;
}

const MAX_TMX_BYTES = 50 * 1024 * 1024;

async function readTmxBody(req: Request): Promise<string> {
  const type = (req.headers.get('content-type') ?? '').toLowerCase();
  const tooLarge = () =>
    new AppError('payload_too_large', 'The TMX file is larger than 50 MiB; split it and import the parts.').because('file_too_large', {
      mb: 50,
    });
  if (type.startsWith('multipart/form-data')) {
    const form = await readFormDataLimited(req, MAX_TMX_BYTES, tooLarge);
    const file = form?.get('file');
    if (!file || typeof file === 'string')
      throw new AppError('bad_request', 'Send the TMX file in the multipart field "file".').because('file_required');
    return new TextDecoder('utf-8').decode(await file.arrayBuffer()).replace(/^\uFEFF/, '');
  }
  if (type.includes('xml') || type.startsWith('text/plain') || type === 'application/octet-stream' || type === '') {
    return (await readTextLimited(req, MAX_TMX_BYTES, tooLarge)).replace(/^\uFEFF/, '');
  }
  throw new AppError(
    'unsupported_media_type',
    'Send the TMX as multipart/form-data (field "file") or as the request body with Content-Type: application/xml.',
  ).because('file_required');
}

export async function importTm(actor: Actor, projectId: string, req: Request): Promise<TTmImport> {
  const { project } = await requireProject(actor, projectId, 'tm.write');
  const xml = await readTmxBody(req);
  if (xml.trim() === '') throw new AppError('bad_request', 'The TMX file is empty.').because('import_empty');
  let parsed;
  try {
    parsed = importTmx(xml, { sourceLang: project.sourceLang, targetLang: project.targetLang });
  } catch (err) {
    if (err instanceof ImportError) throw new AppError('validation_failed', err.message).because(`import_${err.code}`);
    throw err;
  }
  const existing = await db.tmUnit.findMany({
    where: { projectId },
    select: { source: true, target: true, prevSource: true, nextSource: true },
  });
  const key = (n: string, t: string, p: string, x: string) => `${n}\u0000${t}\u0000${p}\u0000${x}`;
  const seen = new Set(
    existing.map((u) => key(normalizeSource(u.source), u.target, normalizeSource(u.prevSource), normalizeSource(u.nextSource))),
  );
  const rows: {
    projectId: string;
    source: string;
    target: string;
    sourceNorm: string;
    prevSource: string;
    nextSource: string;
    createdById: string;
    state: string;
    origin: string;
    createdAt?: Date;
  }[] = [];
  let duplicates = 0;
  for (const u of parsed.units) {
    const sourceNorm = normalizeSource(u.source);
    const prev = u.context?.prev ?? '';
    const next = u.context?.next ?? '';
    const k = key(sourceNorm, u.target, normalizeSource(prev), normalizeSource(next));
    if (sourceNorm === '' || seen.has(k)) {
      duplicates += 1;
      continue;
    }
    seen.add(k);
    rows.push({
      projectId,
      source: u.source,
      target: u.target,
      sourceNorm,
      prevSource: prev,
      nextSource: next,
      createdById: actor.id,
      state: u.state === 'CONFIRMED' ? 'CONFIRMED' : 'APPROVED',
      origin: 'IMPORT',
      ...(u.createdAt ? { createdAt: u.createdAt } : {}),
    });
  }
  for (let i = 0; i < rows.length; i += 500) await db.tmUnit.createMany({ data: rows.slice(i, i + 500) });
  invalidateTm(projectId);
  return { imported: rows.length, duplicates, errors: parsed.errors, total: parsed.units.length + parsed.errors.length };
}
