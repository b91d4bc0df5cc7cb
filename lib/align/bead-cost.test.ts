import { describe, expect, it } from 'vitest';
import { extractAnchors } from './anchors';
import { moveId } from './banded-dp';
import { DEFAULT_BEAD_PRIORS, makeBeadCost, TWO_TWO_PENALTY } from './bead-cost';
import { sideFeatures } from './features';
import { PRIOR_MODEL } from './length-model';

const en = [
  'North Korea fired two missiles on August 20th. Seoul expressed regret.',
  'The talks broke down.',
  'Kim Yo-jong(김여정) issued a long statement denouncing the drills and warning of consequences.',
];
const ko = [
  '북한은 8월 20일 미사일 2발을 발사했다. 정부는 유감을 표명했다.',
  '협상은 결렬됐다.',
  '김여정은 훈련을 비난하며 대가를 경고하는 긴 담화를 발표했다.',
];

function scorer() {
  const s = makeBeadCost(sideFeatures(en, false), sideFeatures(ko, true), extractAnchors(en, ko), {
    model: PRIOR_MODEL,
    priors: DEFAULT_BEAD_PRIORS,
  });
  return (i0: number, j0: number, di: number, dj: number) => s.cost(i0, j0, di, dj, moveId(di, dj));
}

describe('bead cost', () => {
  const cost = scorer();

  it('prefers true 1:1 pairs over shifted ones', () => {
    expect(cost(0, 0, 1, 1)).toBeLessThan(cost(0, 1, 1, 1));
    expect(cost(2, 2, 1, 1)).toBeLessThan(cost(2, 1, 1, 1));
  });

  it('prefers two 1:1 beads to one 2:2 bead that covers them', () => {
    expect(cost(0, 0, 1, 1) + cost(1, 1, 1, 1)).toBeLessThan(cost(0, 0, 2, 2));
  });

  it('prefers a 1:1 pair to deleting and inserting the same paragraphs', () => {
    expect(cost(1, 1, 1, 1)).toBeLessThan(cost(1, 1, 1, 0) + cost(1, 1, 0, 1));
  });

  it('never goes below its lower bound', () => {
    const s = makeBeadCost(sideFeatures(en, false), sideFeatures(ko, true), extractAnchors(en, ko), {
      model: PRIOR_MODEL,
      priors: DEFAULT_BEAD_PRIORS,
    });
    const cases: [number, number, number, number][] = [
      [0, 0, 1, 1],
      [0, 0, 2, 1],
      [1, 0, 0, 1],
      [0, 0, 1, 0],
      [0, 0, 3, 1],
      [0, 0, 1, 3],
    ];
    for (const [i0, j0, di, dj] of cases) {
      const k = moveId(di, dj);
      expect(s.cost(i0, j0, di, dj, k)).toBeGreaterThanOrEqual(s.lowerBound[k]!);
    }
  });
});

describe('2:2 beads win only when the lengths support them', () => {
  // Two paragraph pairs whose lengths fit the model one by one, both mentioning a token ("Reuters
  // said", "2024") that the Korean never renders: charged per bead, it once made the 2:2 cheaper.
  const src = [
    'Reuters said the central bank kept rates at 3.5 percent in 2024 and signalled a cut later in the year.',
    'Reuters said exports fell 7 percent in 2024 as chip demand stayed weak abroad.',
    'Markets closed higher.',
  ];
  const tgt = [
    '중앙은행은 금리를 3.5%로 동결하면서 연내 인하 가능성을 내비쳤다.',
    '반도체 수요 부진으로 수출이 7% 줄었다.',
    '증시는 상승 마감했다. 2024',
  ];
  const s = makeBeadCost(sideFeatures(src, false), sideFeatures(tgt, true), extractAnchors(src, tgt), {
    model: PRIOR_MODEL,
    priors: DEFAULT_BEAD_PRIORS,
    exactAnchors: true,
  });
  const cost = (i0: number, j0: number, di: number, dj: number) => s.cost(i0, j0, di, dj, moveId(di, dj));

  it('two length-consistent 1:1 beads beat the 2:2 that covers them, with unmatched recurring tokens', () => {
    expect(cost(0, 0, 1, 1) + cost(1, 1, 1, 1)).toBeLessThan(cost(0, 0, 2, 2));
  });

  it('by a clear margin (the 2:2 pays for a split that fits), so noise in the anchors cannot flip it', () => {
    expect(cost(0, 0, 2, 2) - cost(0, 0, 1, 1) - cost(1, 1, 1, 1)).toBeGreaterThan(TWO_TWO_PENALTY);
  });
});
