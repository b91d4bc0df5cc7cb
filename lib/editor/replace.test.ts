import { describe, expect, it } from 'vitest';
import { docToText, inlineToDoc, textToDoc } from './doc';
import { buildSearchRegex, countMatches, InvalidPatternError, replaceInDoc } from './replace';

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
