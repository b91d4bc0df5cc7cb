import { describe, expect, it } from 'vitest';
import { nextSentenceLinks, segmentSentenceLinks, type StoredSentenceLinks } from './segment-links';

const en = 'North Korea fired a missile on Tuesday. It flew about 570 kilometers.';
const ko = '북한이 지난 2일 미사일을 발사했다. 미사일은 약 570㎞를 비행했다.';

describe('segment sentence links', () => {
  it('stores links with offsets into the segment texts', () => {
    const stored = JSON.parse(segmentSentenceLinks(en, ko)!) as StoredSentenceLinks;
    expect(stored.links.map((l) => [l.source, l.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
    ]);
    expect(en.slice(...stored.source[1]!)).toBe('It flew about 570 kilometers.');
    expect(ko.slice(...stored.target[0]!)).toBe('북한이 지난 2일 미사일을 발사했다.');
    expect(segmentSentenceLinks(en, '  ')).toBeNull();
  });

  it('computes them on confirmation, keeps them while the text stays, drops them when a draft changes', () => {
    const base = { sourceText: en, oldTargetText: ko, targetText: ko };
    const confirmed = nextSentenceLinks(null, { ...base, oldState: 'DRAFT', state: 'TRANSLATED' });
    expect(confirmed).toBe(segmentSentenceLinks(en, ko));
    expect(nextSentenceLinks('kept', { ...base, oldState: 'DRAFT', state: 'DRAFT' })).toBe('kept');
    expect(nextSentenceLinks('kept', { ...base, targetText: '다른 번역.', oldState: 'DRAFT', state: 'DRAFT' })).toBeNull();
    const edited = nextSentenceLinks(confirmed, {
      ...base,
      targetText: '북한이 미사일을 쐈다.',
      oldState: 'TRANSLATED',
      state: 'TRANSLATED',
    });
    expect(edited).toBe(segmentSentenceLinks(en, '북한이 미사일을 쐈다.'));
  });
});
