// A pass of the phrase-consistency check on the Korean alone: one government body named in one
// document as an agency (청) and as a ministry (처) — 식약처 here, 식약청 there. Many bodies were
// renamed so (식품의약품안전청 → 식품의약품안전처, 국가보훈처 → 국가보훈부), and a translator writing from
// memory keeps the old name in one place. No two bodies differ only so (기상청 has no 기상처), so
// both forms in one document are one body named two ways: the rarer one (on a tie, the later) is
// reported where it stands.
import { makeIssue, q } from './shared';
import type { QaIssue, QaLocale } from './types';
import { ID } from './phrase-issue';
import { stems } from './phrase-words';

// A word of three syllables or more ending in 처 or 청 (a particle may follow).
const BODY_RE = /[가-힣]{2,}[처청]/g;

export function renamedBodyPass(
  segments: readonly { id: string; targetText: string }[],
  docText: string,
  out: Map<string, QaIssue[]>,
  locale: QaLocale,
): void {
  if (!/[처청]/.test(docText)) return;
  // The stems ending in 처 or 청, and which have their twin in the document.
  const bodies = new Set<string>();
  for (const m of docText.matchAll(BODY_RE)) {
    const stem = stems(m[0])[0]?.stem ?? '';
    if (stem.length >= 3 && /[처청]$/.test(stem)) bodies.add(stem);
  }
  const twin = (w: string) => w.slice(0, -1) + (w.endsWith('처') ? '청' : '처');
  const paired = [...bodies].filter((w) => bodies.has(twin(w)));
  if (!paired.length) return;
  // Where each form stands, segment by segment.
  const where = new Map<string, { id: string; start: number }[]>(paired.map((w) => [w, []]));
  for (const s of segments) {
    if (!/[처청]/.test(s.targetText)) continue;
    for (const { stem, start } of stems(s.targetText)) where.get(stem)?.push({ id: s.id, start });
  }
  for (const w of paired) {
    const u = twin(w);
    const mine = where.get(w)!;
    const theirs = where.get(u)!;
    // Stems read alone may differ from stems read in their sentence: both must be found here too.
    if (!mine.length || !theirs.length) continue;
    // The rarer form is the odd one; on a tie, the one that comes later.
    const later =
      mine[0]!.id === theirs[0]!.id
        ? mine[0]!.start > theirs[0]!.start
        : firstIndex(segments, mine[0]!.id) > firstIndex(segments, theirs[0]!.id);
    if (mine.length > theirs.length || (mine.length === theirs.length && !later)) continue;
    for (const x of mine) {
      const list = out.get(x.id) ?? [];
      if (list.some((i) => i.targetSpan?.start === x.start)) continue;
      list.push(
        makeIssue(ID, locale, {
          severity: 'warning',
          key: `body:${u}`,
          targetSpan: { start: x.start, end: x.start + w.length },
          relatedSegmentId: theirs.find((t) => t.id !== x.id)?.id ?? theirs[0]!.id,
          message: {
            en: `${q(w)} here but ${q(u)} elsewhere in the document: one body named two ways (an old name?). Keep one.`,
            ko: `여기서는 ${q(w)}, 문서의 다른 곳에서는 ${q(u)}: 같은 기관을 두 이름으로 썼습니다(옛 이름?). 하나로 통일하세요.`,
          },
        }),
      );
      out.set(x.id, list);
    }
  }
}

function firstIndex(segments: readonly { id: string }[], id: string): number {
  return segments.findIndex((s) => s.id === id);
}
