// The PDF's page rules (print-css.ts) and the parts a long edition is printed in (render.ts `part`).
import { describe, expect, it } from 'vitest';
import { longEdition, sampleEdition, XSS } from './fixtures/edition';
import { noteOn } from './fixtures/notes';
import { cssString, pdfPageCss } from './print-css';
import { renderEditionArticle } from './render';

describe('cssString', () => {
  it('keeps letters, digits and spaces, escapes everything else (no way out of the string or the <style>)', () => {
    const s = cssString(`물밑 탐색 "; } body { display: none } ${XSS[0]} \\ \n`);
    expect(s.startsWith('"') && s.endsWith('"')).toBe(true);
    const inner = s.slice(1, -1);
    expect(inner).not.toMatch(/["'<>{};\n]/);
    expect(inner.replace(/\\[0-9a-f]+ /g, '')).not.toContain('\\');
    expect(inner).toContain('물밑 탐색');
    expect(cssString('a"b')).toBe('"a\\22 b"');
  });
});

describe('pdfPageCss', () => {
  const ed = sampleEdition();
  it('sets the running head from the titles and version, none on the title page, and notes as footnotes', () => {
    const first = pdfPageCss(ed, { first: true });
    expect(first).toContain('@page { size: A4');
    expect(first).toContain(`@top-left { content: ${cssString(ed.title.source)}`);
    expect(first).toContain(`@top-right { content: ${cssString(`${ed.title.target} · v2`)}`);
    expect(first).toMatch(/@page :first \{ @top-left \{ content: none; \} @top-right \{ content: none; \} \}/);
    expect(first).toMatch(/\.edition \.note-pop \{ float: footnote;/);
    expect(first).toMatch(/\.edition \.pair-notes[^{]*\{ display: none !important; \}/);
    expect(first).not.toMatch(/Noto Sans/); // one family in print (memory: see the file's header)
    // A later part has no title page.
    expect(pdfPageCss(ed, { first: false })).not.toContain('@page :first');
  });
});

describe('an edition printed in parts', () => {
  const ed = longEdition(30);
  ed.notes = [noteOn(ed, 4, 'source', 'Seoul', 'First note.'), noteOn(ed, 25, 'source', 'Seoul', 'Second note.')];
  it('gives the title block to the first part, the index of names to the last, and keeps the note numbers', () => {
    const a = renderEditionArticle(ed, { part: { from: 0, to: 10 } });
    const b = renderEditionArticle(ed, { part: { from: 10, to: 20 } });
    const c = renderEditionArticle(ed, { part: { from: 20, to: 30 } });
    const ids = (html: string) => [...html.matchAll(/<section class="pair[^"]*" id="p(\d+)"/g)].map((m) => Number(m[1]));
    expect(ids(a)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(ids(b)).toEqual(Array.from({ length: 10 }, (_, i) => i + 11));
    expect(ids(c)).toEqual(Array.from({ length: 10 }, (_, i) => i + 21));
    expect(a).toContain('class="ed-head"');
    expect(b).not.toContain('class="ed-head"');
    expect(c).not.toContain('class="ed-head"');
    expect(c).toContain('class="ed-names"');
    expect(a).not.toContain('class="ed-names"');
    // Note 2 is numbered 2 in its part, as in the whole edition.
    expect(c).toContain('id="noteref-2"');
    expect(c).not.toContain('id="noteref-1"');
    expect(renderEditionArticle(ed)).toBe(renderEditionArticle(ed, { part: { from: 0, to: 30 } }));
  });
});
