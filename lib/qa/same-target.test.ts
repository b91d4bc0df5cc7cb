import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { seg } from './testing';

const flagged = (pairs: [string, string][]) =>
  runDocumentChecks(pairs.map(([en, ko], i) => seg(en, ko, { id: `s${i}` }))).flatMap((r) =>
    r.issues.filter((i) => i.check === 'same-target').map((i) => `${r.segmentId}>${i.relatedSegmentId}`),
  );

describe('same-target check', () => {
  it('flags one translation used for two different sources, pointing at the other segment', () => {
    expect(
      flagged([
        ['The North fired two missiles.', '북한이 미사일 두 발을 발사했다.'],
        ['Talks resumed on Monday.', '북한이 미사일 두 발을 발사했다.'],
      ]),
    ).toEqual(['s0>s1', 's1>s0']);
  });
  it('accepts the same translation of the same source (up to case and punctuation), and short one-word targets', () => {
    expect(
      flagged([
        ['The North fired two missiles.', '북한이 미사일 두 발을 발사했다.'],
        ['The North fired two missiles', '북한이 미사일 두 발을 발사했다.'],
        ['(END)', '(끝)'],
        ['(end of story)', '(끝)'],
        ['Yes.', '네.'],
        ['Yeah.', '네.'],
      ]),
    ).toEqual([]);
  });
});
