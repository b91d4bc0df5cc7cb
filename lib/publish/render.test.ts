import { describe, expect, it } from 'vitest';
import { textToDoc } from '../editor/doc';
import { sampleEdition, XSS } from './fixtures/edition';
import { inlineHtml, nameIndex, renderEditionArticle, renderEditionPage } from './render';

describe('inlineHtml', () => {
  const names = nameIndex([{ source: 'Kwon Jong-gun', target: '권정근' }]);
  it('wraps Korean names with their romanised form, across mark boundaries', () => {
    const html = inlineHtml(sampleEdition().segments[1]!.target, { side: 'target', lang: 'ko', names });
    expect(html).toContain(
      '<strong><span class="name" lang="ko" title="Kwon Jong-gun" tabindex="0">권정</span></strong><span class="name" lang="ko" title="Kwon Jong-gun" tabindex="0">근</span> 부장은',
    );
  });
  it('tags Hangul inside English text and keeps only safe links', () => {
    const html = inlineHtml(sampleEdition().segments[1]!.source, { side: 'source', lang: 'en', names }, 'ko');
    expect(html).toContain('<span lang="ko">권정근</span>');
    expect(html).toContain('<a rel="noopener noreferrer nofollow" href="https://example.org/a?b=1&amp;c=2">Read more</a>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<br>');
  });
  it('escapes every payload', () => {
    for (const x of XSS) {
      const html = inlineHtml(textToDoc(x), { side: 'target', lang: 'ko', names });
      expect(html).not.toMatch(/<(script|img|svg)/);
    }
  });
});

describe('renderEditionArticle', () => {
  const html = renderEditionArticle(sampleEdition(), { toggle: true });
  it('has bilingual titles, anchors, language tags and credits, and never the override reason', () => {
    expect(html).toContain('<span class="title-src" lang="en">Test the Waters &lt;script&gt;alert(1)&lt;/script&gt;</span>');
    expect(html).toContain('<span class="title-trg" lang="ko">물밑 탐색 &quot;&gt;&lt;svg onload=alert(1)&gt;</span>');
    expect(html).toContain('<section class="pair pair-paragraph" id="p2"><a class="pn" href="#p2"');
    expect(html).toContain('<div class="src" lang="en">');
    expect(html).toContain('<div class="trg" lang="ko">');
    expect(html).toContain('Tran &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('Deadline'); // the fixture's legacy overrideReason: internal, never printed
    expect(html).not.toContain('id="p1"'); // the title segment is the h1
    expect(html).not.toMatch(/<(script|img|svg)/i);
  });
  it('has an accessible English / Korean / both radio toggle', () => {
    expect(html).toMatch(/<fieldset class="lang-toggle">\s*<legend>/);
    expect(html).toContain('<input type="radio" name="ed-lang" id="ed-lang-both" value="both" checked><label for="ed-lang-both">');
    expect(html).toContain('id="ed-lang-src"');
    expect(html).toContain('id="ed-lang-trg"');
  });
  it('leaves the toggle out of the printed page', () => {
    const page = renderEditionPage(sampleEdition(), '/* css */');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(page).not.toContain('lang-toggle"');
  });
});
