import { describe, expect, it } from 'vitest';
import { docToText, inlineToDoc, textToDoc } from './doc';
import { buildSearchRegex, countMatches, InvalidPatternError, replaceInDoc, replaceText } from './replace';

describe('find and replace in a segment', () => {
  it('replaces plain text literally, case-insensitively by default, keeping marks', () => {
    const doc = inlineToDoc([
      { type: 'text', text: '북한은 ', marks: [{ type: 'bold' }] },
      { type: 'text', text: '북한의 $1 입장' },
    ]);
    const re = buildSearchRegex({ find: '북한', regex: false, caseSensitive: false });
    const out = replaceInDoc(doc, re, '조선($1)', false);
    expect(out.count).toBe(2);
    expect(docToText(out.doc)).toBe('조선($1)은 조선($1)의 $1 입장');
    expect(out.doc.content[0]!.content![0]).toMatchObject({ marks: [{ type: 'bold' }] });
  });

  it('supports regular expressions with groups and case sensitivity', () => {
    const re = buildSearchRegex({ find: '(\\d+)명', regex: true, caseSensitive: true });
    expect(docToText(replaceInDoc(textToDoc('약 300명과 20명'), re, '$1 명', true).doc)).toBe('약 300 명과 20 명');
    expect(countMatches('WFP wfp', buildSearchRegex({ find: 'WFP', regex: false, caseSensitive: true }))).toBe(1);
    expect(countMatches('WFP wfp', buildSearchRegex({ find: 'WFP', regex: false, caseSensitive: false }))).toBe(2);
  });

  it('refuses invalid patterns and patterns that match empty text', () => {
    expect(() => buildSearchRegex({ find: '(', regex: true, caseSensitive: false })).toThrow(InvalidPatternError);
    expect(() => buildSearchRegex({ find: 'a*', regex: true, caseSensitive: false })).toThrow(/empty/);
    expect(() => buildSearchRegex({ find: '.*', regex: false, caseSensitive: false })).not.toThrow();
  });

  it('drops text nodes that become empty', () => {
    const re = buildSearchRegex({ find: 'x', regex: false, caseSensitive: false });
    expect(replaceInDoc(textToDoc('x'), re, '', false).doc).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});

describe('a linear-time engine for user patterns (RE2)', () => {
  it('answers a catastrophic pattern: (a+)+$ over 48 × "a" + "!"', () => {
    // Native backtracking took 7.9 s at 28 letters and doubles with each one: at 48 it would run for
    // weeks, far past the test's timeout, so a backtracking engine fails this test without a clock.
    const re = buildSearchRegex({ find: '(a+)+$', regex: true, caseSensitive: false });
    expect(countMatches(`${'a'.repeat(48)}!`, re)).toBe(0);
  });

  it('refuses what RE2 cannot express with a message that says so', () => {
    expect(() => buildSearchRegex({ find: '(북)\\1', regex: true, caseSensitive: false })).toThrow(/[Bb]ackreference/);
    expect(() => buildSearchRegex({ find: '북한(?=은)', regex: true, caseSensitive: false })).toThrow(/[Ll]ookahead/);
    expect(() => buildSearchRegex({ find: '(?<!남)한', regex: true, caseSensitive: false })).toThrow(/[Ll]ookbehind/);
    expect(() => buildSearchRegex({ find: 'a{5000}', regex: true, caseSensitive: false })).toThrow(InvalidPatternError);
  });

  it('keeps replacement semantics: $1…, $&, $$, named groups, unmatched groups empty, Unicode classes', () => {
    const re = buildSearchRegex({ find: '(\\d+)(명)?', regex: true, caseSensitive: false });
    expect(docToText(replaceInDoc(textToDoc('300명, 20개'), re, '[$1|$2|$&|$$]', true).doc)).toBe('[300|명|300명|$], [20||20|$]개');
    const named = buildSearchRegex({ find: '(?<y>\\d{4})년', regex: true, caseSensitive: false });
    expect(docToText(replaceInDoc(textToDoc('2024년'), named, '$<y>-$1', true).doc)).toBe('2024-2024');
    const hangul = buildSearchRegex({ find: '\\p{Hangul}+', regex: true, caseSensitive: false });
    expect(countMatches('북한 a 남한', hangul)).toBe(2);
    // Outside the BMP the indices stay in UTF-16 units, as String.prototype.replace.
    const emoji = buildSearchRegex({ find: '😀(a)?', regex: true, caseSensitive: false });
    expect(docToText(replaceInDoc(textToDoc('x😀b😀a'), emoji, '<$1>', true).doc)).toBe('x<>b<a>');
    // A plain search is literal, metacharacters included.
    expect(countMatches('a.b*c a.b*c', buildSearchRegex({ find: 'a.b*', regex: false, caseSensitive: true }))).toBe(2);
  });

  it('tests a string without keeping state between calls', () => {
    const re = buildSearchRegex({ find: '북한', regex: false, caseSensitive: false });
    expect([re.test('북한'), re.test('북한'), re.test('남한')]).toEqual([true, true, false]);
  });
  it('expands $<name> of no group as String.prototype.replace, even a name Object.prototype has', () => {
    const re = buildSearchRegex({ find: '(?P<w>b)', regex: true, caseSensitive: true });
    expect(replaceText('ab', re, '[$<constructor>][$<toString>]', true).text).toBe(
      'ab'.replace(/(?<w>b)/g, '[$<constructor>][$<toString>]'),
    );
    const plain = buildSearchRegex({ find: '(b)', regex: true, caseSensitive: true });
    expect(replaceText('ab', plain, '[$<w>]', true).text).toBe('ab'.replace(/(b)/g, '[$<w>]'));
  });
});
