import 'server-only';
// Runs the QA checks of lib/qa on stored segments, with the project's confirmed glossary and its
// switched-off checks, and leaves out the alarms a user ignored on a segment.
import { countMarks, parseDoc } from '../../editor/doc';
import type { QaIssue, QaLocale, QaSegment, QaTerm } from '../../qa';
import type { Actor } from '../auth/authenticate';
import { db } from '../db/client';
import { unvettedNameIssues } from '../../qa/unvetted-name';
import { parseCandidates } from '../../names/candidates';
import { requireDocument, requireSegment } from '../projects/access';
import { readSettings } from '../projects/settings';
import { spellingContext } from '../spell/spelling-context';
import { readChecklist } from './checklist';
import { checkDocument, checkSegment } from './qa-runner';

export interface TIgnoredIssue {
  key: string;
  userId: string;
  at: string;
  reason?: string;
}

export interface TSegmentQa {
  segmentId: string;
  position: number;
  /** The segment version checked: the editor draws the spans only on that version of the text. */
  version: number;
  issues: QaIssue[];
  ignored: QaIssue[];
}

type SegmentRow = {
  id: string;
  position: number;
  source: string;
  sourceText: string;
  target: string | null;
  targetText: string;
  state: QaSegment['state'];
  doNotTranslate: boolean;
  qaIgnored: string;
};

export function parseIgnored(json: string): TIgnoredIssue[] {
  try {
    const v = JSON.parse(json || '[]');
    return Array.isArray(v) ? v.filter((x) => x && typeof x.key === 'string') : [];
  } catch {
    return [];
  }
}

export function toQaSegment(s: SegmentRow): QaSegment {
  return {
    id: s.id,
    sourceText: s.sourceText,
    targetText: s.targetText,
    state: s.state,
    sourceMarks: countMarks(parseDoc(s.source)),
    targetMarks: countMarks(parseDoc(s.target)),
  };
}

export async function qaContext(projectId: string, locale: QaLocale) {
  const [project, terms] = await Promise.all([
    db.project.findUniqueOrThrow({ where: { id: projectId }, select: { settings: true } }),
    // Every term not rejected (#16): a detected name is checked from the moment it is found.
    db.term.findMany({
      where: { projectId, status: { not: 'REJECTED' } },
      select: { source: true, target: true, kind: true, caseSensitive: true, candidates: true },
    }),
  ]);
  const settings = readSettings(project.settings);
  // "Name not vetted" belongs to the names-and-terms check: switched off with it.
  const unvetted = terms
    .filter((t) => t.kind === 'NAME' && t.target.trim() === '' && !settings.qaDisabledChecks.includes('terms'))
    .map((t) => ({ source: t.source, candidates: parseCandidates(t.candidates).map((c) => c.target) }));
  return {
    terms: terms.filter((t) => t.kind === 'DO_NOT_TRANSLATE' || t.target.trim() !== '') as QaTerm[],
    unvetted,
    checklist: readChecklist(project.settings),
    options: {
      disabledChecks: settings.qaDisabledChecks,
      enabledChecks: settings.qaEnabledChecks,
      speechLevel: settings.qaSpeechLevel,
      locale,
    },
  };
}

function split(row: SegmentRow & { version: number }, issues: QaIssue[]): TSegmentQa {
  const ignoredKeys = new Set(parseIgnored(row.qaIgnored).map((i) => i.key));
  return {
    segmentId: row.id,
    position: row.position,
    version: row.version,
    issues: issues.filter((i) => !ignoredKeys.has(i.key)),
    ignored: issues.filter((i) => ignoredKeys.has(i.key)),
  };
}

export async function documentQa(actor: Actor, documentId: string, locale: QaLocale) {
  const { document } = await requireDocument(actor, documentId, 'segment.read');
  const rows = await db.segment.findMany({ where: { documentId, doNotTranslate: false }, orderBy: { position: 'asc' } });
  const ctx = await qaContext(document.projectId, locale);
  const qaSegments = rows.map(toQaSegment);
  const spelling = ctx.options.disabledChecks.includes('spelling')
    ? undefined
    : await spellingContext(document.projectId, qaSegments, ctx.terms);
  const results = await checkDocument(qaSegments, { ...ctx, spelling });
  const segments = results.map((r, i) => split(rows[i]!, [...r.issues, ...unvettedNameIssues(rows[i]!.sourceText, ctx.unvetted, locale)]));
  const count = (sev: 'error' | 'warning') => segments.reduce((n, s) => n + s.issues.filter((i) => i.severity === sev).length, 0);
  return { documentId, counts: { errors: count('error'), warnings: count('warning') }, segments };
}

export async function segmentQa(actor: Actor, segmentId: string, locale: QaLocale): Promise<TSegmentQa> {
  const { segment, projectId } = await requireSegment(actor, segmentId, 'segment.read');
  return checkStoredSegment(segment, projectId, locale);
}

/** QA of one stored segment, with the rest of its document for the consistency check. */
export async function checkStoredSegment(
  segment: SegmentRow & { documentId: string; version: number },
  projectId: string,
  locale: QaLocale,
): Promise<TSegmentQa> {
  const [ctx, siblings] = await Promise.all([
    qaContext(projectId, locale),
    db.segment.findMany({ where: { documentId: segment.documentId, doNotTranslate: false } }),
  ]);
  const docSegments = siblings.map(toQaSegment);
  const spelling = ctx.options.disabledChecks.includes('spelling')
    ? undefined
    : await spellingContext(projectId, docSegments, ctx.terms, [toQaSegment(segment)]);
  const issues = [
    ...(await checkSegment(toQaSegment(segment), { ...ctx, documentSegments: docSegments, spelling }, segment.documentId)),
    ...unvettedNameIssues(segment.sourceText, ctx.unvetted, locale),
  ];
  return split(segment, issues);
}
