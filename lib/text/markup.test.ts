import { describe, expect, it } from 'vitest';
import { escapeMarkup, hasInvalidXmlChars, stripInvalidXmlChars } from './markup';

describe('escapeMarkup', () => {
  it('escapes the five markup characters, safe in text and in either kind of quoted attribute', () => {
    expect(escapeMarkup(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('removes what XML 1.0 cannot carry and keeps everything else (Hangul, emoji, tab, newline)', () => {
    expect(escapeMarkup('권\u0001정\ud800근 😀\t\n\u000b')).toBe('권정근 😀\t\n');
    expect(stripInvalidXmlChars('a\uffffb\ufffe')).toBe('ab');
  });

  it('tells whether a text holds such a character, the same on every call', () => {
    expect([hasInvalidXmlChars('a\u0002'), hasInvalidXmlChars('a\u0002'), hasInvalidXmlChars('가')]).toEqual([true, true, false]);
  });
});
