// Issue #17 item 6 and #21 item 4 in every reading format (web/PDF markup, EPUB, DOCX, Markdown):
// no workflow in an edition (no override reason, no "not translated"), the owner's subtitle and
// editor's note shown only when given, untranslated paragraphs as their English alone, and the
// index of names linking to each name's first mention.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocx } from './docx';
import { exportEditionMarkdown } from './edition-markdown';
import { buildEpub } from './epub';
import { sampleEdition } from './fixtures/edition';
import { renderEditionArticle } from './render';
import type { EditionView } from './snapshot';

async function allFormats(ed: EditionView): Promise<Record<'web' | 'epub' | 'docx' | 'mdKo' | 'mdBilingual', string>> {
  const epub = await JSZip.loadAsync(await buildEpub(ed));
  const epubText = (
    await Promise.all(
      Object.keys(epub.files)
        .filter((n) => n.endsWith('.xhtml'))
        .sort()
        .map((n) => epub.file(n)!.async('string')),
    )
  ).join('\n');
  const docx = await JSZip.loadAsync(await buildDocx(ed));
  return {
    web: renderEditionArticle(ed, { toggle: true }),
    epub: epubText,
    docx: await docx.file('word/document.xml')!.async('string'),
    mdKo: exportEditionMarkdown(ed, 'ko'),
    mdBilingual: exportEditionMarkdown(ed, 'bilingual'),
  };
}

const WORKFLOW = [/not translated/i, /번역 없음/, /approved/i, /승인/, /Deadline/];

describe('an edition shows no workflow', () => {
  it('prints neither the (legacy) override reason nor "not translated" in any format', async () => {
    const formats = await allFormats(sampleEdition()); // the fixture carries overrideReason "Deadline …" and an untranslated list item
    for (const [name, text] of Object.entries(formats)) {
      for (const re of WORKFLOW) expect(re.test(text), `${name}: ${re}`).toBe(false);
    }
  });

  it('shows an untranslated paragraph as its English alone', async () => {
    const { web, epub, docx, mdKo, mdBilingual } = await allFormats(sampleEdition());
    expect(web).toMatch(
      /<section class="pair pair-listItem pair-src-only" id="p5">.*<div class="src" lang="en"><p class="li li-1">A list item &amp; more<\/p><\/div><\/section>/,
    );
    expect(epub).toMatch(/<div class="pair" id="p5"><div class="src"[^>]*><p class="li li-1">A list item &amp; more<\/p><\/div><\/div>/);
    expect(docx).toContain('A list item &amp; more');
    expect(mdKo).toContain('- A list item &amp; more'); // the Korean-only Markdown keeps the English of an untranslated paragraph
    expect(mdBilingual.match(/A list item &amp; more/g)).toHaveLength(1);
  });
});

describe("the owner's subtitle and editor's note", () => {
  const note = 'This edition was prepared for the Seoul reading group.\n\n두 번째 문단은 한국어로 썼습니다.';
  it('are shown when given, in every format', async () => {
    const formats = await allFormats(
      sampleEdition({ subtitle: { source: 'Korea, Today and Tomorrow', target: '한국, 오늘과 내일' }, editorNote: note }),
    );
    for (const [name, text] of Object.entries(formats)) {
      expect(text, name).toContain('prepared for the Seoul reading group');
      expect(text, name).toContain('편집자의 말');
      expect(text, name).toContain('한국, 오늘과 내일');
    }
    expect(formats.web).toContain('<p class="ed-subtitle"><span class="sub-src" lang="en">Korea, Today and Tomorrow</span>');
    expect(formats.web).toMatch(
      /<aside class="ed-note" lang="en" aria-labelledby="ed-note-h">.*<p>This edition was prepared for the Seoul reading group\.<\/p><p>두 번째 문단은/,
    );
  });
  it('leave no trace when not given', async () => {
    const formats = await allFormats(sampleEdition({ subtitle: null, editorNote: null }));
    for (const [name, text] of Object.entries(formats)) {
      expect(text, name).not.toContain('편집자의 말');
      expect(text, name).not.toContain("Editor's note");
    }
    expect(formats.web).not.toContain('ed-subtitle');
  });
});

describe('the index of names', () => {
  it('lists each mentioned name in Korean with its romanised form, linking to its first mention', async () => {
    const ed = sampleEdition({
      names: [
        { source: 'Park Seo-yeon', target: '박서연' },
        { source: 'Kwon Jong-gun', target: '권정근' },
        { source: 'Kim Never-mentioned', target: '김무명' },
      ],
    });
    const { web, epub, docx, mdKo } = await allFormats(ed);
    // 가나다 order: 권 before 박; a name the edition never mentions is left out.
    expect(web).toMatch(
      /<section class="ed-names" aria-labelledby="ed-names-h"><h2 id="ed-names-h">.*Names.*이름 찾아보기.*<\/h2><ul class="ed-names-list"><li><a class="nm-ko" href="#nm-2" lang="ko">권정근<\/a> <span class="nm-rom" lang="en">Kwon Jong-gun<\/span><\/li><li><a class="nm-ko" href="#nm-1" lang="ko">박서연<\/a> <span class="nm-rom" lang="en">Park Seo-yeon<\/span><\/li><\/ul><\/section>/,
    );
    expect(web).not.toContain('김무명');
    // The anchors sit on the first Korean mention (the name split by a bold mark: on its first piece).
    expect(web).toContain('<strong><span id="nm-2" class="name" lang="ko" title="Kwon Jong-gun" tabindex="0">권정</span></strong>');
    expect(web.match(/id="nm-2"/g)).toHaveLength(1);
    expect(web).toContain('<span id="nm-1" class="name" lang="ko" title="Park Seo-yeon" tabindex="0">박서연</span>');
    expect(epub).toContain('href="text-001.xhtml#nm-2"');
    expect(epub).toContain('id="nm-2"');
    expect(docx).toContain('Kwon Jong-gun  ¶2');
    expect(mdKo).toMatch(/## 이름 찾아보기\n\n- 권정근 · Kwon Jong-gun \(¶2\)\n- 박서연 · Park Seo-yeon \(¶2\)/);
  });

  it('links a name found only in the English (its paragraph untranslated) to the paragraph', async () => {
    const ed = sampleEdition({ names: [{ source: 'Kwon Jong-gun', target: '권정근' }] });
    ed.segments = ed.segments.map((s) => (s.n === 2 ? { ...s, target: null } : s));
    const web = renderEditionArticle(ed);
    expect(web).toContain('<a class="nm-ko" href="#p2" lang="ko">권정근</a>');
  });

  it('is left out when no protected name is mentioned', async () => {
    const { web, epub } = await allFormats(sampleEdition({ names: [] }));
    expect(web).not.toContain('ed-names');
    expect(epub).not.toContain('이름 찾아보기');
  });
});
