// The published edition, frozen: what an Edition row's `snapshot` JSON holds, and the pure rules
// that build it: which segments block publishing, the slug, the bilingual title and the credits.
// Everything the web edition and the downloads show comes from this object alone, so an edition
// never changes after publishing, whatever happens to the document later.
import { docToText, type SegmentDoc } from '../editor/doc';
import { looksLikeTitle } from '../formats/import/title';
import type { SegmentState } from '../workflow/segment-states';
import type { ReaderFields } from './reader-marks';

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

export interface Bilingual {
  source: string;
  /** Equal to `source` when there is no translation (shown once). */
  target: string;
}

export interface EditionSnapshot extends ReaderFields {
  schema: typeof SNAPSHOT_SCHEMA;
  documentId: string;
  documentTitle: string;
  sourceLang: string;
  targetLang: string;
  title: Bilingual;
  /** Set by the owner at publish (or taken from the segment that follows the title). */
  subtitle?: Bilingual | null;
  /** The segment used as the title (not repeated in the body), when there is one. */
  titleSegment: number | null;
  /** The segment used as the subtitle (not repeated in the body), when there is one. */
  subtitleSegment?: number | null;
  segments: EditionSegment[];
  names: EditionName[];
  credits: { translators: string[]; reviewers: string[]; publishedBy: string };
  /** The owner's public note to readers, shown only when given. */
  editorNote?: string | null;
  /**
   * Legacy (snapshots before issue #17): the reason for publishing before everything was approved.
   * Internal workflow: no renderer prints it. New snapshots leave it out (the Edition row keeps it).
   */
  overrideReason?: string | null;
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

/** What the owner may set at publish; empty fields fall back to the document (frontMatter). */
export interface FrontMatterInput {
  title?: { source?: string; target?: string } | null;
  subtitle?: { source?: string; target?: string } | null;
  editorNote?: string | null;
}

export interface BuildSnapshotInput extends FrontMatterInput {
  documentId: string;
  documentTitle: string;
  sourceLang: string;
  targetLang: string;
  segments: readonly SnapshotSegmentInput[];
  names: readonly EditionName[];
  credits: { translators: string[]; reviewers: string[] };
  publishedBy: string;
}

const same = (a: string, b: string) => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

export interface FrontMatter {
  title: Bilingual;
  subtitle: Bilingual | null;
  /** Indexes into the published segments used as title / subtitle (left out of the body). */
  titleIndex: number | null;
  subtitleIndex: number | null;
}

/**
 * The title: the owner's, else the first segment when it is a heading (or repeats the document
 * title, or reads like a title while the document is still named after its file), else the document title. A leading segment whose English is the title (or, right after
 * it, the subtitle) is used as such: its Korean fills a Korean form the owner left empty, and it is
 * not repeated in the body.
 */
export function frontMatter(
  published: readonly { kind: string; source: SegmentDoc; target: SegmentDoc | null }[],
  documentTitle: string,
  input: FrontMatterInput = {},
): FrontMatter {
  const text = (d: SegmentDoc | null) => (d ? docToText(d).trim() : '');
  const first = published[0];
  const firstText = first ? text(first.source) : '';
  const givenTitle = input.title?.source?.trim() ?? '';
  // A document still named after its file (korean-peninsula-a-to-z.en) takes a title-like first line.
  const fileNamed = /^[\w.-]+$/.test(documentTitle.trim()) && /[._-]/.test(documentTitle);
  const titleIndex =
    first &&
    (givenTitle
      ? same(firstText, givenTitle)
      : first.kind === 'heading' || same(firstText, documentTitle) || (fileNamed && looksLikeTitle(firstText)))
      ? 0
      : null;
  const titleSource = givenTitle || (titleIndex === 0 ? firstText : documentTitle.trim());
  const titleTarget = input.title?.target?.trim() || (titleIndex === 0 ? text(first!.target) : '') || titleSource;
  const givenSub = input.subtitle?.source?.trim() ?? '';
  let subtitle: Bilingual | null = null;
  let subtitleIndex: number | null = null;
  if (givenSub) {
    const next = titleIndex === null ? 0 : 1;
    const cand = published[next];
    if (cand && same(text(cand.source), givenSub)) subtitleIndex = next;
    subtitle = {
      source: givenSub,
      target: input.subtitle?.target?.trim() || (subtitleIndex !== null ? text(cand!.target) : '') || givenSub,
    };
  }
  return { title: { source: titleSource, target: titleTarget }, subtitle, titleIndex, subtitleIndex };
}

export function buildSnapshot(input: BuildSnapshotInput): EditionSnapshot {
  // Do-not-translate segments are published too: their English stands alone.
  const published = [...input.segments].sort((a, b) => a.position - b.position);
  const front = frontMatter(published, input.documentTitle, input);
  const segments: EditionSegment[] = published.map((s, i) => ({
    n: i + 1,
    segment: s.position + 1,
    kind: s.kind === 'heading' || s.kind === 'listItem' ? s.kind : 'paragraph',
    level: s.level,
    source: s.source,
    target: !s.doNotTranslate && s.target && docToText(s.target).trim() ? s.target : null,
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
    title: front.title,
    subtitle: front.subtitle,
    titleSegment: front.titleIndex === null ? null : front.titleIndex + 1,
    subtitleSegment: front.subtitleIndex === null ? null : front.subtitleIndex + 1,
    segments,
    names,
    credits: { ...input.credits, publishedBy: input.publishedBy },
    editorNote: input.editorNote?.trim() || null,
  };
}

/** Body segments: everything except the ones used as the title and subtitle. */
export function bodySegments(s: EditionSnapshot): EditionSegment[] {
  return s.segments.filter((seg) => seg.n !== s.titleSegment && seg.n !== s.subtitleSegment);
}

/** The edition's subtitle, when it has one that is not just a repeat of the title. */
export function subtitleOf(s: EditionSnapshot): Bilingual | null {
  return s.subtitle && s.subtitle.source.trim() ? s.subtitle : null;
}

/** A slug the owner may choose: lowercase ASCII letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function editionPath(slug: string, version?: number): string {
  return version ? `/e/${slug}/v/${version}` : `/e/${slug}`;
}
