// A record of the round-16 set's shape (lib/qa/testing/round16: a sports business news story on a
// KBO pitcher posted to a Major League club, in 해라체 with quotations in the speakers' registers —
// written and committed alone before any check was run on it), and the bar QA keeps on it.
import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { round16Segments, scoreRound16 } from './testing/round16';
import { describeSetShape } from './testing/set-shape';
import { R16_PROBES, R16_TERMS, R16_VARIANTS } from './testing/round16/variants';

describeSetShape('the round-16 KBO posting set', {
  segments: round16Segments(),
  variants: R16_VARIANTS,
  probes: R16_PROBES,
  terms: R16_TERMS,
  paragraphs: 23,
  bracketed: 4,
});

// Blind (HEAD b83e8a8, QA code as at 4f1457c): 70/90, 6 false alarms, no probe alarm (README). After
// the round's fixes (a mixed number or vulgar fraction as one value, 천 선수 as a surname, UTF-8 read
// as UTF-16 or through DOS/Mac code pages, no generated spelling over a standard one, 원였다 and 아내과,
// mixed-case and unsupported acronyms, seasons and a month against its clause's tense, two measures
// swapped between units, a glossary person's title given someone else's words, phrase heads and
// loanwords written two ways): 87/90, no false alarm, no probe alarm. After round 17's work (an
// acronym extending the lost one, MLBPA for MLB; a term's variant pair, 메디컬 테스트/신체검사; a short
// opening sentence lost before a name): 90/90.
describe('QA on the round-16 KBO posting story', () => {
  const s = scoreRound16((segs, ctx) => runDocumentChecks(segs, ctx));
  it('catches ≥ 90/90 by a check of their kind', () => {
    expect([...s.byKind.values()].reduce((n, k) => n + k.caught, 0)).toBeGreaterThanOrEqual(90);
  });
  it('raises no alarm on the clean text or the probes', () => {
    expect(s.falseAlarms).toEqual([]);
    expect(s.probeAlarms).toEqual([]);
  });
});
