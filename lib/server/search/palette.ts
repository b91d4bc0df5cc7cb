import 'server-only';
// The command palette (Ctrl+K) and the sidebar: what the caller may jump to, from their own
// projects only (memberships scope every query; a project or document of someone else's project
// given as context is ignored, as if it did not exist). Matching and ranking: lib/ui/palette-match.ts.
import { parseSegmentJump, rankMatches } from '../../ui/palette-match';
import type { Role } from '../../workflow/segment-states';
import type { TPaletteQuery } from '../api/palette.types';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { can } from '../policies';

const LIMIT = 8;
/** At most this many rows of a kind are read to match in memory (terms of a big glossary). */
const SCAN = 5_000;
/** The sidebar lists at most this many documents of the current project, newest first. */
const SIDEBAR_DOCS = 50;

export type PaletteAction = 'pretranslate' | 'publish' | 'approve-filtered' | 'quality' | 'align' | 'dashboard';

export interface PaletteResult {
  context: {
    project: { id: string; name: string; role: Role; sourceLang: string } | null;
    document: { id: string; title: string; segmentCount: number } | null;
  };
  projects: { id: string; name: string }[];
  documents: { id: string; title: string; projectId: string; projectName: string; sourceLang: string }[];
  terms: { id: string; source: string; target: string; projectId: string }[];
  people: { id: string; name: string; email: string; projectId: string; projectName: string }[];
  /** "#N" in a document: the segment to jump to (1-based, as the editor's ?s=). */
  segment: { documentId: string; number: number } | null;
  /** What the caller's role allows on the current document (or project, for the dashboard). */
  actions: PaletteAction[];
  /** The current project's documents, for the sidebar. */
  projectDocuments: { id: string; title: string }[];
}

export async function searchPalette(actor: Actor, query: TPaletteQuery): Promise<PaletteResult> {
  const q = query.q.trim();
  const memberships = await db.membership.findMany({
    where: { userId: actor.id },
    select: { role: true, project: { select: { id: true, name: true, sourceLang: true } } },
    orderBy: { project: { createdAt: 'desc' } },
  });
  const mine = new Map(memberships.map((m) => [m.project.id, m]));
  const projectIds = [...mine.keys()];

  // Context: the document's project wins over ?project=; nothing outside the caller's projects.
  let document: PaletteResult['context']['document'] = null;
  let contextProjectId = query.project && mine.has(query.project) ? query.project : null;
  if (query.document) {
    const d = await db.document.findUnique({
      where: { id: query.document },
      select: { id: true, title: true, projectId: true, _count: { select: { segments: true } } },
    });
    if (d && mine.has(d.projectId)) {
      document = { id: d.id, title: d.title, segmentCount: d._count.segments };
      contextProjectId = d.projectId;
    }
  }
  const ctx = contextProjectId ? mine.get(contextProjectId)! : null;
  const project = ctx ? { id: ctx.project.id, name: ctx.project.name, role: ctx.role, sourceLang: ctx.project.sourceLang } : null;

  const jump = parseSegmentJump(q);
  const segment = jump && document && jump <= document.segmentCount ? { documentId: document.id, number: jump } : null;

  const actions: PaletteAction[] = [];
  if (project) actions.push('dashboard');
  if (document && project) {
    if (can(project.role, 'segment.pretranslate')) actions.push('pretranslate', 'align');
    if (can(project.role, 'segment.review')) actions.push('approve-filtered');
    actions.push('quality');
    if (can(project.role, 'edition.publish')) actions.push('publish');
  }

  const projectDocuments = project
    ? await db.document.findMany({
        where: { projectId: project.id },
        select: { id: true, title: true },
        orderBy: { createdAt: 'desc' },
        take: SIDEBAR_DOCS,
      })
    : [];

  // "#…" is a segment number, never a name: no search (the sidebar asks with q="#" for its context only).
  if (q.startsWith('#') || projectIds.length === 0) {
    return { context: { project, document }, projects: [], documents: [], terms: [], people: [], segment, actions, projectDocuments };
  }

  // The current project's terms and documents first (its glossary is what one looks for), then the rest.
  const preferred = <T extends { projectId: string }>(xs: T[]) =>
    project ? [...xs.filter((x) => x.projectId === project.id), ...xs.filter((x) => x.projectId !== project.id)] : xs;

  const [docs, terms, people] = await Promise.all([
    db.document.findMany({
      where: { projectId: { in: projectIds } },
      select: { id: true, title: true, projectId: true },
      orderBy: { createdAt: 'desc' },
      take: SCAN,
    }),
    q
      ? db.term.findMany({
          where: { projectId: { in: project ? [project.id] : projectIds }, status: { not: 'REJECTED' } },
          select: { id: true, source: true, target: true, projectId: true },
          orderBy: { updatedAt: 'desc' },
          take: SCAN,
        })
      : Promise.resolve([]),
    db.membership.findMany({
      where: { projectId: { in: project ? [project.id] : projectIds } },
      select: { projectId: true, user: { select: { id: true, name: true, email: true } } },
      take: SCAN,
    }),
  ]);

  const seen = new Set<string>();
  const persons = preferred(people.map((m) => ({ ...m.user, projectId: m.projectId })))
    .filter((p) => !seen.has(p.id) && seen.add(p.id))
    .map((p) => ({ ...p, projectName: mine.get(p.projectId)!.project.name }));

  return {
    context: { project, document },
    projects: rankMatches(
      memberships.map((m) => ({ id: m.project.id, name: m.project.name })),
      q,
      (p) => [p.name],
      LIMIT,
    ),
    documents: rankMatches(preferred(docs), q, (d) => [d.title], LIMIT).map((d) => ({
      ...d,
      projectName: mine.get(d.projectId)!.project.name,
      sourceLang: mine.get(d.projectId)!.project.sourceLang,
    })),
    terms: q ? rankMatches(terms, q, (x) => [x.source, x.target], LIMIT) : [],
    people: q ? rankMatches(persons, q, (p) => [p.name, p.email], LIMIT) : [],
    segment,
    actions,
    projectDocuments,
  };
}
