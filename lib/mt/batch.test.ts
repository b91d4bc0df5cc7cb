import { describe, expect, it } from 'vitest';
import {
  batchTexts,
  countCodePoints,
  DEEPL_MAX_REQUEST_BYTES,
  DEFAULT_BATCH_MAX_BYTES,
  estimateBilledCharacters,
  formEncodedBytes,
} from './batch';

describe('formEncodedBytes', () => {
  it('matches what URLSearchParams produces', () => {
    for (const s of [
      'Hello world',
      'a&b=c',
      '권정근’s “quote”',
      'emoji 😀 and <x id="n1">',
      'tab\tnew\nline',
      'café ünï',
      'lone \ud800 surrogate',
    ]) {
      const encoded = new URLSearchParams({ t: s }).toString().slice(2);
      expect(formEncodedBytes(s)).toBe(Buffer.byteLength(encoded));
    }
  });
});

describe('batchTexts', () => {
  it('puts 51 short texts into two batches (50 + 1)', () => {
    const texts = Array.from({ length: 51 }, (_, i) => `Sentence ${i}.`);
    const { batches, rejected } = batchTexts(texts);
    expect(rejected).toEqual([]);
    expect(batches.map((b) => b.texts.length)).toEqual([50, 1]);
    expect(batches[1]?.indices).toEqual([50]);
    expect(batches.flatMap((b) => b.indices)).toEqual(texts.map((_, i) => i));
  });

  it('keeps every request under the byte limit with many large texts', () => {
    // Korean text triples in size when form-encoded: 2,000 syllables ≈ 18 KB each.
    const big = '가'.repeat(2000);
    const texts = Array.from({ length: 40 }, () => big);
    const { batches } = batchTexts(texts);
    expect(batches.length).toBeGreaterThan(1);
    for (const b of batches) {
      expect(b.bytes).toBeLessThanOrEqual(DEFAULT_BATCH_MAX_BYTES);
      // The estimate must not undercount the real form body.
      const body = new URLSearchParams();
      body.append('target_lang', 'ko');
      for (const t of b.texts) body.append('text', t);
      expect(Buffer.byteLength(body.toString())).toBeLessThanOrEqual(b.bytes);
    }
    expect(batches.flatMap((b) => b.indices)).toEqual(texts.map((_, i) => i));
  });

  it('sends a text over the soft limit alone and rejects one over the hard limit', () => {
    const soft = 'a'.repeat(DEFAULT_BATCH_MAX_BYTES); // under 128 KiB with parameters
    const huge = 'b'.repeat(DEEPL_MAX_REQUEST_BYTES + 1);
    const { batches, rejected } = batchTexts(['one', soft, 'two', huge, 'three']);
    expect(batches.map((b) => b.indices)).toEqual([[0], [1], [2, 4]]);
    expect(batches[1]?.oversize).toBe(true);
    expect(rejected.map((r) => r.index)).toEqual([3]);
  });

  it('never mixes different contexts in one request and counts the context bytes', () => {
    const items = [
      { text: 'a', context: 'P1' },
      { text: 'b', context: 'P1' },
      { text: 'c', context: 'P2' },
      { text: 'd' },
      { text: 'e', context: '' },
    ];
    const { batches } = batchTexts(items);
    expect(batches.map((b) => [b.indices, b.context])).toEqual([
      [[0, 1], 'P1'],
      [[2], 'P2'],
      [[3, 4], undefined],
    ]);
    const withContext = batchTexts([{ text: 'x', context: 'c'.repeat(1000) }]).batches[0]?.bytes ?? 0;
    const without = batchTexts(['x']).batches[0]?.bytes ?? 0;
    expect(withContext - without).toBe('&context='.length + 1000);
  });

  it('honours a custom maxTexts', () => {
    expect(batchTexts(['a', 'b', 'c'], { maxTexts: 2 }).batches.map((b) => b.texts)).toEqual([['a', 'b'], ['c']]);
  });
});

describe('estimateBilledCharacters', () => {
  it('counts code points, not UTF-16 units or bytes', () => {
    expect(countCodePoints('😀é가')).toBe(3);
    expect(estimateBilledCharacters(['Hello', '권정근 😀'])).toBe(5 + 5);
  });

  it('excludes markup with tag handling and counts entities as one character', () => {
    const text = 'Met <x id="n1">권정근</x> &amp; co.';
    expect(estimateBilledCharacters([text], { tagHandling: 'xml' })).toBe('Met 권정근 & co.'.length);
    expect(estimateBilledCharacters([text])).toBe(text.length);
  });
});
