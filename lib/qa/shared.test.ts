import { describe, expect, it } from 'vitest';
import { findAllLiteral, makeIssue, q, termPattern, uniqueKeys, wordRegExp } from './shared';

describe('qa shared helpers', () => {
  it('matches terms as whole words with flexible spaces and hyphens', () => {
    const re = wordRegExp('Kwon Jong-gun', false);
    expect('kwon jong gun, Kwon Jonggun, Kwon Jong-gun'.match(re)).toHaveLength(3);
    expect('XKwon Jong-gun'.match(wordRegExp('Kwon Jong-gun', false))).toBeNull();
    expect(termPattern('U.S.')).toBe('U\\.S\\.');
  });

  it('finds literals, quotes and de-duplicates keys', () => {
    expect(findAllLiteral('권정근', '권정근은 권정근이')).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 8 },
    ]);
    expect(q('a'.repeat(50), 10)).toBe('“aaaaaaaaa…”');
    expect(uniqueKeys([{ key: 'a' }, { key: 'a' }, { key: 'b' }]).map((i) => i.key)).toEqual(['a', 'a#2', 'b']);
  });

  it('builds issues with the message in the requested language and a namespaced key', () => {
    const issue = makeIssue('demo', 'ko', { severity: 'warning', key: 'x', message: { en: 'E', ko: 'K' } });
    expect(issue).toEqual({ check: 'demo', severity: 'warning', message: 'K', key: 'demo:x' });
  });
});
