// A record of the round-17 set's shape (lib/qa/testing/round17: a health and medicine news story on
// the approval of a home-grown Alzheimer's drug after a phase 3 trial, in 해라체 with quotations in
// the speakers' registers — written and committed alone before any check was run on it), and the
// blind floor QA keeps on it.
import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { round17Segments, scoreRound17 } from './testing/round17';
import { describeSetShape } from './testing/set-shape';
import { R17_PROBES, R17_TERMS, R17_VARIANTS } from './testing/round17/variants';

describeSetShape('the round-17 Alzheimer’s drug approval set', {
  segments: round17Segments(),
  variants: R17_VARIANTS,
  probes: R17_PROBES,
  terms: R17_TERMS,
  paragraphs: 23,
  bracketed: 4,
});

// Blind (HEAD 5ce0101, QA code as round 16 left it): 72/90, 1 false alarm (에자이 read as 에자 + 이),
// 2 probe alarms (10명 중 7명 rewritten as 70%). After the particle fixes (a Hangul word spelling a source
// name in -i whole, 약값를 after a double final, 진 as a noun suffix): 74/90, no false alarm. After the
// round's other fixes (an HTML comment; a Latin name glued to a particle where the document writes it in
// Hangul; a lost quotation; a term's variant pair, an agency's 청/처, a numbered phrase's two counters;
// register changes inside one speaker's quotations; since + month, weekdays against the story's date,
// the year word of a date its weekday pins; a ratio and its percentage): 89/90, no alarm. With news
// Korean synonym groups in phrase consistency (7 Dec, 위약/가짜약 among them): 90/90.
describe('QA on the round-17 Alzheimer drug story', () => {
  const s = scoreRound17((segs, ctx) => runDocumentChecks(segs, ctx));
  it('catches ≥ 90/90 by a check of their kind', () => {
    expect([...s.byKind.values()].reduce((n, k) => n + k.caught, 0)).toBeGreaterThanOrEqual(90);
  });
  it('raises no alarm on the clean text or the probes', () => {
    expect(s.falseAlarms).toEqual([]);
    expect(s.probeAlarms).toEqual([]);
  });
});
