import 'server-only';
// What a pre-translation of one document would do, computed the same way for the dry run (the
// estimate) and for the job: which segments are in scope, which get an exact or context match
// from the memory, and how the rest is cut into DeepL requests (protected names in ignored tags,
// the neighbouring paragraphs as context, at most 50 texts and 120 KiB per request).
import { batchTexts, estimateBilledCharacters } from '../../mt/batch';
import { buildContext } from '../../mt/context';
import { protect, type Placeholder, type ProtectTerm } from '../../mt/protect';
import { createMentionMatcher } from '../../names/mentions';
import { roleAtFirstMention, roleFromNote } from '../../names/roles';
import type { TmMatch } from '../../tm/tm-index';
import { isPretranslatable, type PretranslateScope } from '../../workflow/pretranslate-scope';
import type { Origin, SegmentState } from '../../workflow/segment-states';
import { db } from '../db/client';
import { getTmIndex } from '../tm/cache';

/** Consecutive paragraphs that share one request-level context (DeepL's context is per request). */
export const DEFAULT_CONTEXT_GROUP = 8;

export interface SegRow {
  id: string;
  position: number;
  sourceText: string;
  state: SegmentState;
  origin: Origin | null;
  doNotTranslate: boolean;
  version: number;
}

export interface MtItem {
  segmentId: string;
  version: number;
  placeholders: Placeholder[];
}

export interface MtBatch {
  items: MtItem[];
  texts: string[];
  context?: string;
}

export interface Preparation {
  projectId: string;
  sourceLang: string;
  targetLang: string;
  settings: string;
  /** Every segment of the document in order. */
  segments: SegRow[];
  /** Segments in scope now. */
  eligible: SegRow[];
  tm: { seg: SegRow; match: TmMatch }[];
  mt: SegRow[];
  batches: MtBatch[];
  /** Segments too large for one request even alone (left untranslated). */
  oversize: SegRow[];
  estimatedCharacters: number;
}

/**
 * The terms protected in machine translation: every term with a Korean form that the owner has not
 * rejected. A detected name protects from the moment it is found; PROPOSED/CONFIRMED only says
 * whether the owner vetted it. A person's role (note `role: 국장`, else the first mention in this
 * document) makes later surname references 권 국장 (lib/names/roles.ts).
 */
export async function loadTerms(projectId: string, paragraphs: readonly string[] = []): Promise<ProtectTerm[]> {
  const terms = (
    await db.term.findMany({
      where: { projectId, status: { not: 'REJECTED' } },
      select: { source: true, target: true, kind: true, caseSensitive: true, note: true },
    })
  ).filter((t) => t.kind === 'DO_NOT_TRANSLATE' || t.target.trim() !== '');
  // The first-mention role is looked up only for names this document mentions (one scan for all).
  const names = terms.filter((t) => t.kind === 'NAME' && !roleFromNote(t.note));
  const matcher = createMentionMatcher(
    names.map((t) => ({ source: t.source, target: t.target, kind: 'NAME' as const, caseSensitive: true })),
  );
  const mentioned = new Set<string>();
  for (const p of paragraphs) for (const m of matcher.find(p)) if (m.via === 'full') mentioned.add(names[m.termIndex]!.source);
  return terms.map((t) => ({
    source: t.source,
    target: t.target,
    kind: t.kind,
    ...(t.kind === 'TERM' ? { caseSensitive: t.caseSensitive } : {}),
    ...(t.kind === 'NAME'
      ? { role: roleFromNote(t.note) ?? (mentioned.has(t.source) ? roleAtFirstMention(paragraphs, t.source) : null) }
      : {}),
  }));
}

export async function preparePretranslation(
  documentId: string,
  scope: PretranslateScope,
  opts: { only?: Map<string, number>; withMt: boolean; contextGroup?: number },
): Promise<Preparation> {
  const doc = await db.document.findUniqueOrThrow({
    where: { id: documentId },
    select: { projectId: true, project: { select: { sourceLang: true, targetLang: true, settings: true } } },
  });
  const segments: SegRow[] = await db.segment.findMany({
    where: { documentId },
    orderBy: { position: 'asc' },
    select: { id: true, position: true, sourceText: true, state: true, origin: true, doNotTranslate: true, version: true },
  });
  // With a plan (a running job), only the planned segments still at their planned version count:
  // anything written since, by the job itself or by a person, is finished.
  const eligible = segments.filter(
    (s) => isPretranslatable(s, scope) && s.sourceText.trim() !== '' && (!opts.only || opts.only.get(s.id) === s.version),
  );
  const indexOf = new Map(segments.map((s, i) => [s.id, i]));
  const paragraphs = segments.map((s) => s.sourceText);

  const index = await getTmIndex(doc.projectId);
  const tm: Preparation['tm'] = [];
  const mt: SegRow[] = [];
  for (const s of eligible) {
    const i = indexOf.get(s.id)!;
    const match = index.size > 0 ? index.bestExact(s.sourceText, paragraphs[i - 1] ?? '', paragraphs[i + 1] ?? '') : null;
    if (match) tm.push({ seg: s, match });
    else mt.push(s);
  }

  const batches: MtBatch[] = [];
  const oversize: SegRow[] = [];
  let estimatedCharacters = 0;
  if (opts.withMt && mt.length > 0) {
    const terms = await loadTerms(doc.projectId, paragraphs);
    const group = Math.max(1, opts.contextGroup ?? DEFAULT_CONTEXT_GROUP);
    const items: { text: string; context?: string; item: MtItem; seg: SegRow }[] = [];
    let k = 0;
    while (k < mt.length) {
      // A run of consecutive paragraphs (no gap in the document), at most `group` long.
      let e = k;
      while (e + 1 < mt.length && e + 1 - k < group && indexOf.get(mt[e + 1]!.id)! === indexOf.get(mt[e]!.id)! + 1) e += 1;
      const first = indexOf.get(mt[k]!.id)!;
      const last = indexOf.get(mt[e]!.id)!;
      const context =
        buildContext({ before: paragraphs.slice(Math.max(0, first - 2), first), after: paragraphs.slice(last + 1, last + 2) }) || undefined;
      for (let j = k; j <= e; j += 1) {
        const s = mt[j]!;
        const p = protect(s.sourceText, terms);
        items.push({ text: p.text, context, item: { segmentId: s.id, version: s.version, placeholders: p.placeholders }, seg: s });
      }
      k = e + 1;
    }
    const { batches: raw, rejected } = batchTexts(items.map((x) => ({ text: x.text, context: x.context })));
    for (const b of raw) batches.push({ items: b.indices.map((i) => items[i]!.item), texts: b.texts, context: b.context });
    for (const r of rejected) oversize.push(items[r.index]!.seg);
    estimatedCharacters = estimateBilledCharacters(
      raw.flatMap((b) => b.texts),
      { tagHandling: 'xml' },
    );
  }
  return {
    projectId: doc.projectId,
    sourceLang: doc.project.sourceLang,
    targetLang: doc.project.targetLang,
    settings: doc.project.settings,
    segments,
    eligible,
    tm,
    mt,
    batches,
    oversize,
    estimatedCharacters,
  };
}
