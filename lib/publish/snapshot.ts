// The published edition, frozen: what an Edition row's `snapshot` JSON holds, and the pure rules
// that build it: which segments block publishing, the slug, the bilingual title and the credits.
// Everything the web edition and the downloads show comes from this object alone, so an edition
// never changes after publishing, whatever happens to the document later.
import { docToText, type SegmentDoc } from '../editor/doc';
import type { SegmentState } from '../workflow/segment-states';

export const SNAPSHOT_SCHEMA = 1;

export interface EditionSegment {
  /** 1-based paragraph number in the edition (the `#p3` anchor). */
  n: number;
  /** The segment's number in the document (position + 1), as the workbench shows it. */
  segment: number;
  kind: 'paragraph' | 'heading' | 'listItem';
  level: number | null;
  source: SegmentDoc;
  target: SegmentDoc | null;
  state: SegmentState;
}

export interface EditionName {
  /** Romanised form, as written in the English source: "Kwon Jong-gun". */
  source: string;
  /** Korean original: "권정근". */
  target: string;
}

export interface EditionSnapshot {
  schema: typeof SNAPSHOT_SCHEMA;
  documentId: string;
  documentTitle: string;
  sourceLang: string;
  targetLang: string;
  title: { source: string; target: string };
  /** The segment used as the title (not repeated in the body), when there is one. */
  titleSegment: number | null;
  segments: EditionSegment[];
  names: EditionName[];
  credits: { translators: string[]; reviewers: string[]; publishedBy: string };
  overrideReason: string | null;
}

/** The edition as downloads and the web page see it: the snapshot plus the row's facts. */
export interface EditionView extends EditionSnapshot {
  id: string;
  slug: string;
  version: number;
  publishedAt: string;
  hidden: boolean;
}

export interface SnapshotSegmentInput {
  position: number;
  kind: string;
  level: number | null;
  source: SegmentDoc;
  target: SegmentDoc | null;
  state: SegmentState;
  doNotTranslate: boolean;
}

export interface Blocker {
  /** The segment's number in the document (position + 1). */
  segment: number;
  state: SegmentState;
  text: string;
}

/** Translatable segments that are not APPROVED, in document order. */
export function blockingSegments(segments: readonly SnapshotSegmentInput[]): Blocker[] {
  return segments
    .filter((s) => !s.doNotTranslate && s.state !== 'APPROVED')
    .sort((a, b) => a.position - b.position)
    .map((s) => ({ segment: s.position + 1, state: s.state, text: truncate(docToText(s.source), 80) }));
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** ASCII slug from a title: "Seoul & Pyongyang — Test the Waters!" → "seoul-pyongyang-test-the-waters". */
export function slugify(title: string, max = 60): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = ascii.length > max ? ascii.slice(0, max).replace(/-[^-]*$/, '') || ascii.slice(0, max) : ascii;
  return cut.replace(/-+$/g, '') || 'edition';
}

/** `base`, else `base-2`, `base-3`, … : the first that `taken` does not hold. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let i = 2; ; i += 1) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

export interface RevisionInput {
  userId: string | null;
  action: string;
  state: SegmentState;
  createdAt: Date;
}

/**
 * Translators: users who saved or confirmed a translation. Reviewers: users who approved (an
 * `approve` revision or a save that set APPROVED), and REVIEWER members who acted at all.
 * Each list in order of first contribution.
 */
export function creditsFrom(
  revisions: readonly RevisionInput[],
  users: ReadonlyMap<string, { name: string; role: string | null }>,
): { translators: string[]; reviewers: string[] } {
  const translators: string[] = [];
  const reviewers: string[] = [];
  const sorted = [...revisions].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  for (const r of sorted) {
    if (!r.userId) continue;
    const user = users.get(r.userId);
    if (!user) continue;
    const approves = r.action === 'approve' || r.state === 'APPROVED';
    const translates = (r.action === 'save' || r.action === 'confirm') && !approves;
    if (approves || user.role === 'REVIEWER') {
      if (!reviewers.includes(r.userId)) reviewers.push(r.userId);
    } else if (translates && !translators.includes(r.userId)) translators.push(r.userId);
  }
  const name = (id: string) => users.get(id)!.name;
  return { translators: translators.map(name), reviewers: reviewers.map(name) };
}

export interface BuildSnapshotInput {
  documentId: string;
  documentTitle: string;
  sourceLang: string;
  targetLang: string;
  segments: readonly SnapshotSegmentInput[];
  names: readonly EditionName[];
  credits: { translators: string[]; reviewers: string[] };
  publishedBy: string;
  overrideReason: string | null;
}

/**
 * The title: the first segment when it is a heading (or repeats the document title), in both
 * languages; otherwise the document title, which then stands for both languages.
 */
export function buildSnapshot(input: BuildSnapshotInput): EditionSnapshot {
  const published = input.segments.filter((s) => !s.doNotTranslate).sort((a, b) => a.position - b.position);
  const first = published[0];
  const firstText = first ? docToText(first.source).trim() : '';
  const isTitle = !!first && (first.kind === 'heading' || firstText === input.documentTitle.trim());
  const titleTarget = isTitle && first!.target ? docToText(first!.target).trim() : '';
  const title = isTitle
    ? { source: firstText, target: titleTarget || input.documentTitle }
    : { source: input.documentTitle, target: input.documentTitle };
  const segments: EditionSegment[] = published.map((s, i) => ({
    n: i + 1,
    segment: s.position + 1,
    kind: s.kind === 'heading' || s.kind === 'listItem' ? s.kind : 'paragraph',
    level: s.level,
    source: s.source,
    target: s.target && docToText(s.target).trim() ? s.target : null,
    state: s.state,
  }));
  const names = input.names
    .filter((n) => n.source.trim() && n.target.trim())
    .map((n) => ({ source: n.source.trim(), target: n.target.trim() }));
  return {
    schema: SNAPSHOT_SCHEMA,
    documentId: input.documentId,
    documentTitle: input.documentTitle,
    sourceLang: input.sourceLang,
    targetLang: input.targetLang,
    title,
    titleSegment: isTitle ? 1 : null,
    segments,
    names,
    credits: { ...input.credits, publishedBy: input.publishedBy },
    overrideReason: input.overrideReason,
  };
}

/** Body segments: everything except the one used as the title. */
export function bodySegments(s: EditionSnapshot): EditionSegment[] {
  return s.titleSegment ? s.segments.filter((seg) => seg.n !== s.titleSegment) : s.segments;
}

export function editionPath(slug: string, version?: number): string {
  return version ? `/e/${slug}/v/${version}` : `/e/${slug}`;
}
