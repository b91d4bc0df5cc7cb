// The QA rounds bench/qa/run.ts prints, old version beside current: each set (lib/qa/testing/roundN)
// was written by an engineer who had not read the checks and committed alone before any check was
// run on it; its first (blind) measure is in lib/qa/testing/README.md. Round 4 has been tuned on since.
import type { RunDocs, Score } from '../../lib/qa/testing/score';
import { scoreRound4 } from '../../lib/qa/testing/round4';
import { R4_VARIANTS } from '../../lib/qa/testing/round4/variants';
import { scoreRound5 } from '../../lib/qa/testing/round5';
import { R5_VARIANTS } from '../../lib/qa/testing/round5/variants';
import { scoreRound6 } from '../../lib/qa/testing/round6';
import { R6_VARIANTS } from '../../lib/qa/testing/round6/variants';
import { scoreRound7 } from '../../lib/qa/testing/round7';
import { R7_VARIANTS } from '../../lib/qa/testing/round7/variants';
import { scoreRound8 } from '../../lib/qa/testing/round8';
import { R8_VARIANTS } from '../../lib/qa/testing/round8/variants';
import { scoreRound9 } from '../../lib/qa/testing/round9';
import { R9_VARIANTS } from '../../lib/qa/testing/round9/variants';
import { scoreRound10 } from '../../lib/qa/testing/round10';
import { R10_VARIANTS } from '../../lib/qa/testing/round10/variants';
import { scoreRound11 } from '../../lib/qa/testing/round11';
import { R11_VARIANTS } from '../../lib/qa/testing/round11/variants';
import { scoreRound12 } from '../../lib/qa/testing/round12';
import { R12_VARIANTS } from '../../lib/qa/testing/round12/variants';
import { scoreRound13 } from '../../lib/qa/testing/round13';
import { R13_VARIANTS } from '../../lib/qa/testing/round13/variants';
import { scoreRound14 } from '../../lib/qa/testing/round14';
import { R14_VARIANTS } from '../../lib/qa/testing/round14/variants';
import { scoreRound15 } from '../../lib/qa/testing/round15';
import { R15_VARIANTS } from '../../lib/qa/testing/round15/variants';
import { scoreRound16 } from '../../lib/qa/testing/round16';
import { R16_VARIANTS } from '../../lib/qa/testing/round16/variants';
import { scoreRound17 } from '../../lib/qa/testing/round17';
import { R17_VARIANTS } from '../../lib/qa/testing/round17/variants';
import { scoreRound18 } from '../../lib/qa/testing/round18';
import { R18_VARIANTS } from '../../lib/qa/testing/round18/variants';
import { scoreRound19 } from '../../lib/qa/testing/round19';
import { R19_VARIANTS } from '../../lib/qa/testing/round19/variants';
import { scoreRound20 } from '../../lib/qa/testing/round20';
import { R20_VARIANTS } from '../../lib/qa/testing/round20/variants';
import { scoreRound21 } from '../../lib/qa/testing/round21';
import { R21_VARIANTS } from '../../lib/qa/testing/round21/variants';
import { scoreRound22 } from '../../lib/qa/testing/round22';
import { R22_VARIANTS } from '../../lib/qa/testing/round22/variants';
import { scoreRound23 } from '../../lib/qa/testing/round23';
import { R23_VARIANTS } from '../../lib/qa/testing/round23/variants';
import { scoreRound24 } from '../../lib/qa/testing/round24';
import { R24_VARIANTS } from '../../lib/qa/testing/round24/variants';
import { scoreRound25 } from '../../lib/qa/testing/round25';
import { R25_VARIANTS } from '../../lib/qa/testing/round25/variants';
import { scoreRound26 } from '../../lib/qa/testing/round26';
import { R26_VARIANTS } from '../../lib/qa/testing/round26/variants';
import { scoreRound27 } from '../../lib/qa/testing/round27';
import { R27_VARIANTS } from '../../lib/qa/testing/round27/variants';
import { scoreRound28 } from '../../lib/qa/testing/round28';
import { R28_VARIANTS } from '../../lib/qa/testing/round28/variants';
import { scoreRound29 } from '../../lib/qa/testing/round29';
import { R29_VARIANTS } from '../../lib/qa/testing/round29/variants';
import { scoreRound30 } from '../../lib/qa/testing/round30';
import { R30_VARIANTS } from '../../lib/qa/testing/round30/variants';

export interface QaRound {
  label: string;
  story: string;
  note: string;
  variants: number;
  score: (run: RunDocs) => Score;
}

const BLIND = 'blind first measure in lib/qa/testing/README.md';

export const QA_ROUNDS: QaRound[] = [
  {
    label: 'round 4 set',
    story: 'trade-talks commentary',
    note: 'tuned on after its first measure',
    variants: R4_VARIANTS.length,
    score: scoreRound4,
  },
  { label: 'round 5 set', story: 'rate-cut commentary', note: BLIND, variants: R5_VARIANTS.length, score: scoreRound5 },
  { label: 'round 6 set', story: 'labour-ruling commentary', note: BLIND, variants: R6_VARIANTS.length, score: scoreRound6 },
  { label: 'round 7 set', story: 'housing-curbs commentary', note: BLIND, variants: R7_VARIANTS.length, score: scoreRound7 },
  { label: 'round 8 set', story: 'lng-order commentary', note: BLIND, variants: R8_VARIANTS.length, score: scoreRound8 },
  { label: 'round 9 set', story: 'dam-release commentary', note: BLIND, variants: R9_VARIANTS.length, score: scoreRound9 },
  { label: 'round 10 set', story: 'pension-reform radio commentary', note: BLIND, variants: R10_VARIANTS.length, score: scoreRound10 },
  { label: 'round 11 set', story: 'space-programme column', note: BLIND, variants: R11_VARIANTS.length, score: scoreRound11 },
  { label: 'round 12 set', story: 'North Korea statement news analysis', note: BLIND, variants: R12_VARIANTS.length, score: scoreRound12 },
  { label: 'round 13 set', story: 'Jeju drought radio programme', note: BLIND, variants: R13_VARIANTS.length, score: scoreRound13 },
  { label: 'round 14 set', story: 'webtoon-rights business feature', note: BLIND, variants: R14_VARIANTS.length, score: scoreRound14 },
  { label: 'round 15 set', story: 'phishing-ring trial', note: BLIND, variants: R15_VARIANTS.length, score: scoreRound15 },
  { label: 'round 16 set', story: 'KBO posting story', note: BLIND, variants: R16_VARIANTS.length, score: scoreRound16 },
  { label: 'round 17 set', story: 'Alzheimer drug story', note: BLIND, variants: R17_VARIANTS.length, score: scoreRound17 },
  { label: 'round 18 set', story: 'transit fares story', note: BLIND, variants: R18_VARIANTS.length, score: scoreRound18 },
  { label: 'round 19 set', story: 'birth rate story', note: BLIND, variants: R19_VARIANTS.length, score: scoreRound19 },
  { label: 'round 20 set', story: 'Jeju tourism story', note: BLIND, variants: R20_VARIANTS.length, score: scoreRound20 },
  { label: 'round 21 set', story: 'K-pop agency story', note: BLIND, variants: R21_VARIANTS.length, score: scoreRound21 },
  { label: 'round 22 set', story: 'by-election recount story', note: BLIND, variants: R22_VARIANTS.length, score: scoreRound22 },
  { label: 'round 23 set', story: 'runway-overrun story', note: BLIND, variants: R23_VARIANTS.length, score: scoreRound23 },
  { label: 'round 24 set', story: 'painting-repatriation story', note: BLIND, variants: R24_VARIANTS.length, score: scoreRound24 },
  { label: 'round 25 set', story: 'heat-pump radio commentary', note: BLIND, variants: R25_VARIANTS.length, score: scoreRound25 },
  { label: 'round 26 set', story: 'typhoon landfall wire story', note: BLIND, variants: R26_VARIANTS.length, score: scoreRound26 },
  { label: 'round 27 set', story: 'football coach appointment', note: BLIND, variants: R27_VARIANTS.length, score: scoreRound27 },
  { label: 'round 28 set', story: 'measles outbreak', note: BLIND, variants: R28_VARIANTS.length, score: scoreRound28 },
  { label: 'round 29 set', story: 'college entrance exam day', note: BLIND, variants: R29_VARIANTS.length, score: scoreRound29 },
  { label: 'round 30 set', story: 'radio commentary on rice prices', note: BLIND, variants: R30_VARIANTS.length, score: scoreRound30 },
];
