// The reverse of the consistency check (Xbench's "inconsistency in source"): one translation used
// for different source texts in a document. Often a paste into the wrong segment or a translation
// that did not follow an edited source. Sources count as the same when they differ only in case,
// spacing, punctuation or quotes; a target of a single short word (네, (끝)) is a choice that
// different sources may share. Each segment of such a group is warned, pointing at another one.
import type { DocumentCheck } from './check';
import { isBlank, makeIssue, q } from './shared';
import type { QaIssue, QaSegment } from './types';

const ID = 'same-target';
const MIN_TARGET = 6;

// Most targets hold single spaces only, which the replace would copy unchanged (a new string for
// every segment of the document): it runs only where two spaces or another space character are.
const normTarget = (s: string) => {
  const n = s.normalize('NFC');
  return (/\s\s|[^\S ]/.test(n) ? n.replace(/\s+/g, ' ') : n).trim();
};
const normSource = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export const sameTargetCheck: DocumentCheck = {
  id: ID,
  scope: 'document',
  run(segments, ctx) {
    const groups = new Map<string, QaSegment[]>();
    for (const seg of segments) {
      if (isBlank(seg.targetText) || seg.targetText.length < MIN_TARGET) continue;
      const t = normTarget(seg.targetText);
      if (t.length < MIN_TARGET || !/\s/.test(t)) continue;
      const g = groups.get(t);
      if (g) g.push(seg);
      else groups.set(t, [seg]);
    }
    const out = new Map<string, QaIssue[]>();
    for (const group of groups.values()) {
      // Identical sources (the common case: a repeated sentence) need no normalising.
      if (group.length < 2 || group.every((g) => g.sourceText === group[0]!.sourceText)) continue;
      // Normalised once per segment: a group of repeated segments stays linear.
      const norms = group.map((s) => normSource(s.sourceText));
      const sources = new Set(norms);
      if (sources.size < 2) continue;
      // For each source, one segment with another source to point at.
      const firstOf = new Map<string, QaSegment>();
      norms.forEach((n, i) => firstOf.has(n) || firstOf.set(n, group[i]!));
      const reps = [...firstOf.entries()];
      for (const [i, seg] of group.entries()) {
        const other = reps.find(([n]) => n !== norms[i])![1];
        out.set(seg.id, [
          makeIssue(ID, ctx.locale, {
            severity: 'warning',
            key: 'same-translation',
            relatedSegmentId: other.id,
            message: {
              en: `The same translation is used for a different source text (${q(other.sourceText)}).`,
              ko: `원문이 다른 세그먼트(${q(other.sourceText)})에 같은 번역이 쓰였습니다.`,
            },
          }),
        ]);
      }
    }
    return out;
  },
};
