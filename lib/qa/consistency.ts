// Consistency across a document: the same source (ignoring case, spacing and NFC differences)
// translated in different ways. The most frequent translation (earliest on a tie) is taken as the
// reference; every segment that departs from it gets a warning pointing at a segment that has it.
import type { DocumentCheck } from './check';
import { isBlank, makeIssue, q } from './shared';
import type { QaIssue, QaSegment } from './types';

const ID = 'consistency';

// NFC leaves ASCII as it is: most sources are English, and normalising 2,000 of them showed in profiles.
const ASCII = /^[\x00-\x7f]*$/;
// Most texts have only single spaces between words: collapsing whitespace then changes nothing, and
// one test is cheaper than a replace that rebuilds the string.
const SPACING = /[^\S ]|\s\s/;
const spaces = (s: string) => (SPACING.test(s) ? s.replace(/\s+/g, ' ') : s).trim();
const normSource = (s: string) => spaces((ASCII.test(s) ? s : s.normalize('NFC')).toLowerCase());
const normTarget = (s: string) => spaces(s.normalize('NFC'));

/** Short stable hash (FNV-1a) so the key changes when the reference translation changes. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

export const consistencyCheck: DocumentCheck = {
  id: ID,
  scope: 'document',
  run(segments, ctx) {
    const groups = new Map<string, QaSegment[]>();
    for (const seg of segments) {
      if (isBlank(seg.targetText) || !/[\p{L}\p{N}]/u.test(seg.sourceText)) continue;
      const k = normSource(seg.sourceText);
      const g = groups.get(k);
      if (g) g.push(seg);
      else groups.set(k, [seg]);
    }
    const out = new Map<string, QaIssue[]>();
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const counts = new Map<string, { n: number; first: QaSegment }>();
      // Each target is normalised once (it is compared again below).
      const norm = group.map((seg) => normTarget(seg.targetText));
      for (const [i, seg] of group.entries()) {
        const t = norm[i]!;
        const c = counts.get(t);
        if (c) c.n++;
        else counts.set(t, { n: 1, first: seg });
      }
      if (counts.size < 2) continue;
      let ref: { text: string; n: number; first: QaSegment } | null = null;
      for (const [text, c] of counts) if (!ref || c.n > ref.n) ref = { text, ...c };
      for (const [i, seg] of group.entries()) {
        if (norm[i] === ref!.text) continue;
        const other = ref!.first;
        out.set(seg.id, [
          makeIssue(ID, ctx.locale, {
            severity: 'warning',
            key: `differs:${hash(ref!.text)}`,
            relatedSegmentId: other.id,
            message: {
              en: `The same source is translated differently in segment ${other.id}: ${q(other.targetText.trim())}.`,
              ko: `같은 원문이 세그먼트 ${other.id}에서는 다르게 번역되었습니다: ${q(other.targetText.trim())}.`,
            },
          }),
        ]);
      }
    }
    return out;
  },
};
