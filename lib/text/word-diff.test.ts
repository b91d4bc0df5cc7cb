import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedWords, sidesOf, splitParticle, tokenize, wordDiff } from './word-diff';

describe('tokenize', () => {
  it('splits Korean words into stem and particle', () => {
    expect(tokenize('권정근은 북한의 외무성에서 말했다.')).toEqual([
      '권정근',
      '은',
      ' ',
      '북한',
      '의',
      ' ',
      '외무성',
      '에서',
      ' ',
      '말했다',
      '.',
    ]);
  });
  it('keeps words without a known particle, and one-syllable words, whole', () => {
    expect(splitParticle('말했다')).toEqual(['말했다']);
    expect(splitParticle('는')).toEqual(['는']);
    expect(splitParticle('WFP는')).toEqual(['WFP', '는']);
    expect(splitParticle('2024년의')).toEqual(['2024년', '의']);
    expect(splitParticle('북한으로부터')).toEqual(['북한', '으로부터']);
  });
  it('prefers the longest particle', () => {
    expect(splitParticle('평양에서는')).toEqual(['평양', '에서는']);
    expect(splitParticle('미국으로')).toEqual(['미국', '으로']);
  });
  it('splits English into words, spaces and punctuation', () => {
    expect(tokenize("Kim's U.N. talk, re-run")).toEqual(["Kim's", ' ', 'U.N', '.', ' ', 'talk', ',', ' ', 're-run']);
  });
  it('always concatenates back to the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'가나은는의에서 ab.,!\n'.split('')) }), (s) => {
        expect(tokenize(s).join('')).toBe(s);
      }),
    );
  });
});

describe('wordDiff', () => {
  it('shows a changed particle only', () => {
    expect(wordDiff('권정근은 말했다', '권정근이 말했다')).toEqual([
      { op: 'equal', text: '권정근' },
      { op: 'delete', text: '은' },
      { op: 'insert', text: '이' },
      { op: 'equal', text: ' 말했다' },
    ]);
  });
  it('diffs English by word', () => {
    expect(wordDiff('the quick fox', 'the slow fox')).toEqual([
      { op: 'equal', text: 'the ' },
      { op: 'delete', text: 'quick' },
      { op: 'insert', text: 'slow' },
      { op: 'equal', text: ' fox' },
    ]);
  });
  it('handles empty sides', () => {
    expect(wordDiff('', '새 번역')).toEqual([{ op: 'insert', text: '새 번역' }]);
    expect(wordDiff('옛 번역', '')).toEqual([{ op: 'delete', text: '옛 번역' }]);
    expect(wordDiff('', '')).toEqual([]);
  });
  it('rebuilds both texts from its parts', () => {
    const word = fc.constantFrom('북한', '북한은', '미사일을', '발사', '했다', ' ', '.', 'the', 'fox');
    fc.assert(
      fc.property(fc.array(word), fc.array(word), (a, b) => {
        const before = a.join('');
        const after = b.join('');
        expect(sidesOf(wordDiff(before, after))).toEqual({ before, after });
      }),
    );
  });
  it('counts changed words', () => {
    expect(changedWords(wordDiff('북한은 미사일을 쐈다', '북한이 미사일 두 발을 쐈다'))).toEqual({ inserted: 3, deleted: 1 });
  });
});

const changed = (parts: ReturnType<typeof wordDiff>) => ({
  removed: parts.filter((p) => p.op === 'delete').map((p) => p.text),
  added: parts.filter((p) => p.op === 'insert').map((p) => p.text),
});

describe('Korean tokenisation (revision history cases)', () => {
  it('splits an eojeol into stem and particle, longest particle first', () => {
    expect(splitParticle('권정근은')).toEqual(['권정근', '은']);
    expect(splitParticle('서울에서는')).toEqual(['서울', '에서는']);
    expect(splitParticle('북한으로')).toEqual(['북한', '으로']);
    expect(splitParticle('은')).toEqual(['은']);
    expect(splitParticle('WFP')).toEqual(['WFP']);
  });

  it('concatenates back to the input exactly', () => {
    const text = '권정근은 “북한의  입장”을 밝혔다.\n다음 날, WFP는 말했다';
    expect(tokenize(text).join('')).toBe(text);
  });
});

describe('wordDiff (revision history cases)', () => {
  it('shows a changed particle, not the whole eojeol', () => {
    expect(changed(wordDiff('권정근은 말했다.', '권정근이 말했다.'))).toEqual({ removed: ['은'], added: ['이'] });
  });

  it('shows a replaced word in Korean', () => {
    expect(changed(wordDiff('북한의 입장도 밝혔다', '북한의 태도도 밝혔다'))).toEqual({ removed: ['입장'], added: ['태도'] });
  });

  it('diffs English by words, keeping whitespace', () => {
    const parts = wordDiff('The quick fox', 'The slow fox');
    expect(changed(parts)).toEqual({ removed: ['quick'], added: ['slow'] });
    expect(sidesOf(parts)).toEqual({ before: 'The quick fox', after: 'The slow fox' });
  });

  it('keeps both sides reconstructible for Korean', () => {
    const a = '오늘의 한반도, 서울과 평양';
    const b = '오늘날의 한반도: 서울과 평양은';
    expect(sidesOf(wordDiff(a, b))).toEqual({ before: a, after: b });
  });
});
