import { describe, expect, it } from 'vitest';
import { ImportError } from './errors';
import { attr, decodeXmlEntities, parseXml, textOf } from './xml';
import { escapeXmlAttr, escapeXmlText, isLanguageTag } from './xml-write';

describe('parseXml', () => {
  it('returns the root element with decoded text and attributes, CDATA verbatim', () => {
    const root = parseXml(
      '\ufeff <?xml version="1.0"?><a xml:lang="en" t="&lt;&amp;&quot;">x &amp;amp; &#x2019;<![CDATA[<b>&amp;</b>]]><c/></a>',
      'test file',
    );
    expect(root.name).toBe('a');
    expect(attr(root, 'lang')).toBe('en');
    expect(root.attrs.t).toBe('<&"');
    expect(textOf(root)).toBe('x &amp; ’<b>&amp;</b>');
  });

  it('throws malformed with the reason and line', () => {
    const err = (() => {
      try {
        parseXml('<a>\n<b>\n</a>', 'test file');
      } catch (e) {
        return e as ImportError;
      }
    })();
    expect(err).toBeInstanceOf(ImportError);
    expect(err?.code).toBe('malformed');
    expect(err?.message).toMatch(/^The test file is not well-formed XML: Expected closing tag 'b' .* at line 3/);
    expect(() => parseXml('', 'test file')).toThrow(
      'The test file is not well-formed XML: no XML element found (start tag expected at line 1)',
    );
    expect(() => parseXml('<a>\n<b>text', 'test file')).toThrow(/unexpected end of file at line 2 \(still open: <a> > <b>\)/);
  });

  it('decodes only predefined and numeric entities', () => {
    expect(decodeXmlEntities('&lt;&#65;&#x42;&nbsp;&#0;')).toBe('<AB&nbsp;&#0;');
  });
});

describe('XML escaping', () => {
  it('escapes markup and strips characters XML cannot carry', () => {
    expect(escapeXmlText('a<b>&c\u0001\ud800\r')).toBe('a&lt;b&gt;&amp;c&#13;');
    expect(escapeXmlAttr(`"it's"\n\t`)).toBe('&quot;it&#39;s&quot;&#10;&#9;');
    expect(escapeXmlText('😀')).toBe('😀');
    expect([isLanguageTag('ko-KR'), isLanguageTag('en"x')]).toEqual([true, false]);
  });
});
