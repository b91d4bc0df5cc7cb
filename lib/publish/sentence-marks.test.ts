import { describe, expect, it } from 'vitest';
import { textToDoc } from '../editor/doc';
import { segmentSentenceLinks } from '../align/segment-links';
import { sampleEdition } from './fixtures/edition';
import { renderEditionArticle } from './render';
import { editionSentences, sentenceKeys } from './sentence-marks';

const EN = 'Pyongyang is the capital. The Taedong flows through it. It has three million people.';
const KO = '평양은 수도이다. 대동강이 그 가운데를 흐른다. 인구는 3백만 명이다.';

describe('editionSentences', () => {
  it('uses the stored links when they were made on the same sentences, else computes them', () => {
    const spans = JSON.parse(segmentSentenceLinks(EN, KO)!);
    const stored = JSON.stringify({
      ...spans,
      links: [
        { source: [0, 1], target: [0], score: 0.9 },
        { source: [2], target: [1, 2], score: 0.9 },
      ],
    });
    expect(editionSentences(EN, KO, stored)!.links).toEqual([
      { source: [0, 1], target: [0] },
      { source: [2], target: [1, 2] },
    ]);
    // Stale (other sentences): recomputed by the aligner, three 1:1 links.
    const fresh = editionSentences(EN, KO, JSON.stringify({ links: [], source: [[0, 5]], target: [[0, 3]] }))!;
    expect(fresh.links).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [1] },
      { source: [2], target: [2] },
    ]);
    expect(editionSentences(EN, KO, 'not json')!.links).toHaveLength(3);
    expect(editionSentences(EN, ' ', null)).toBeNull();
  });

  it('gives both sides of one link the same key, paragraph.link', () => {
    const s = editionSentences(
      EN,
      KO,
      JSON.stringify({
        ...JSON.parse(segmentSentenceLinks(EN, KO)!),
        links: [
          { source: [0, 1], target: [0] },
          { source: [2], target: [1, 2] },
        ],
      }),
    )!;
    expect(sentenceKeys(7, s, 'source')).toEqual(['7.1', '7.1', '7.2']);
    expect(sentenceKeys(7, s, 'target')).toEqual(['7.1', '7.2', '7.2']);
  });
});

describe('web edition sentence marks', () => {
  it('wraps each sentence of both sides in a span with data-s, the same value on linked sentences', () => {
    const ed = sampleEdition({
      titleSegment: null,
      segments: [{ n: 1, segment: 1, kind: 'paragraph', level: null, source: textToDoc(EN), target: textToDoc(KO), state: 'APPROVED' }],
      names: [],
    });
    ed.sentences = { '1': editionSentences(EN, KO, null)! };
    const html = renderEditionArticle(ed, { toggle: true });
    expect(html).toContain('<span class="s" data-s="1.2">The Taedong flows through it.</span>');
    expect(html).toContain('<span class="s" data-s="1.2">대동강이 그 가운데를 흐른다.</span>');
    const keys = [...html.matchAll(/data-s="([\d.]+)"/g)].map((m) => m[1]);
    expect(keys).toEqual(['1.1', '1.2', '1.3', '1.1', '1.2', '1.3']);
    // Without sentence links: plain paragraphs.
    expect(renderEditionArticle({ ...ed, sentences: undefined })).not.toContain('data-s=');
  });
});
