import 'server-only';
// A project's dashboard (members only): loads the rows and hands them to lib/dashboard/aggregate.ts.
// QA issues are counted per check over every document with the project's checks and glossary, ignored
// alarms left out; spelling is left out here (its speller runs on demand in the editor's QA panel).
import { buildDashboard, type DashRevision, type DashSegment, type TDashboard } from '../../dashboard/aggregate';
import { unvettedNameIssues } from '../../qa/unvetted-name';
import type { MqmCategory, MqmSeverity } from '../../review/mqm';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { checkDocument } from '../qa/qa-runner';
import { parseIgnored, qaContext, toQaSegment } from '../qa/run-qa';
import { readSettings } from './settings';
import { requireProject } from './access';

export const DASHBOARD_WEEKS = 8;

export async function projectDashboard(actor: Actor, projectId: string, weeks = DASHBOARD_WEEKS, now = new Date()): Promise<TDashboard> {
  const { project } = await requireProject(actor, projectId, 'project.read');
  const documents = await db.document.findMany({ where: { projectId }, orderBy: { createdAt: 'asc' }, select: { id: true, title: true } });
  const docIds = documents.map((d) => d.id);
  const inProject = { documentId: { in: docIds } };
  const [segments, revisions, annotations, editions, members] = await Promise.all([
    db.segment.findMany({ where: inProject, orderBy: [{ documentId: 'asc' }, { position: 'asc' }] }),
    db.segmentRevision.findMany({
      where: { segment: inProject },
      select: { segmentId: true, userId: true, action: true, state: true, createdAt: true },
    }),
    db.annotation.findMany({
      where: { segment: inProject, kind: 'review' },
      select: { segmentId: true, category: true, severity: true, status: true, statusAt: true, createdAt: true },
    }),
    db.edition.findMany({ where: inProject, select: { documentId: true, version: true, publishedAt: true } }),
    db.membership.findMany({ where: { projectId }, select: { user: { select: { id: true, name: true } } } }),
  ]);
  // People who worked here and have since left the project keep their name in the chart.
  const memberIds = new Set(members.map((m) => m.user.id));
  const formerIds = [...new Set(revisions.map((r) => r.userId).filter((id): id is string => !!id && !memberIds.has(id)))];
  const former = formerIds.length ? await db.user.findMany({ where: { id: { in: formerIds } }, select: { id: true, name: true } }) : [];

  const qaByCheck: Record<string, number> = {};
  if (segments.length) {
    const ctx = await qaContext(projectId, 'en');
    const options = { ...ctx.options, disabledChecks: [...ctx.options.disabledChecks, 'spelling'] };
    for (const doc of documents) {
      const rows = segments.filter((s) => s.documentId === doc.id && !s.doNotTranslate);
      const results = await checkDocument(rows.map(toQaSegment), { ...ctx, options });
      results.forEach((r, i) => {
        const ignored = new Set(parseIgnored(rows[i]!.qaIgnored).map((x) => x.key));
        for (const issue of [...r.issues, ...unvettedNameIssues(rows[i]!.sourceText, ctx.unvetted, 'en')]) {
          if (!ignored.has(issue.key)) qaByCheck[issue.check] = (qaByCheck[issue.check] ?? 0) + 1;
        }
      });
    }
  }

  return buildDashboard({
    now,
    weeks,
    threshold: readSettings(project.settings).qualityThreshold,
    documents,
    people: [...members.map((m) => m.user), ...former],
    segments: segments as DashSegment[],
    revisions: revisions as DashRevision[],
    annotations: annotations.map((a) => ({ ...a, category: a.category as MqmCategory, severity: a.severity as MqmSeverity })),
    qaByCheck,
    editions,
  });
}
