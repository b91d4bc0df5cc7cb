// Schema-level test of the annotation mark (no browser: getSchema, ProseMirror nodes and states,
// and a few lines of fake DOM for the serializer). The editor commands (setAnnotation,
// unsetAnnotation, setActiveAnnotation) need a mounted editor and are covered by the e2e flow
// (e2e/review), as is the editor's getHTML() against the static rows (e2e/editor/rendering.spec.ts).
import { getSchema } from '@tiptap/core';
import { DOMSerializer, type Schema } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { docToText, inlineToDoc, textToDoc, type SegmentDoc } from '../doc';
import { renderInlineHtml } from '../render';
import { segmentExtensions } from '../extensions';
import { AnnotationMark, annotationSpans, putAnnotationMarks, withAnnotationMarks, withoutAnnotationMarks } from './annotation';

const schema = getSchema(segmentExtensions([AnnotationMark]));

describe('AnnotationMark', () => {
  it('is named annotation, carries an id, allows overlaps and is not inclusive', () => {
    const type = schema.marks.annotation!;
    expect(type.spec.excludes).toBe('');
    expect(type.spec.inclusive).toBe(false);
    expect(Object.keys(type.spec.attrs ?? {})).toEqual(['id', 'active', 'severity', 'title']);
  });

  it('lets two annotations overlap on the same text in a ProseMirror document', () => {
    const doc = withAnnotationMarks(textToDoc('새로운 미사일을 쐈다'), [
      { id: 'a', start: 0, end: 7 },
      { id: 'b', start: 4, end: 8 },
    ]);
    const node = schema.nodeFromJSON(doc);
    node.check();
    const marksAt = (pos: number) =>
      node
        .resolve(pos + 1)
        .marks()
        .map((m) => m.attrs.id);
    expect(marksAt(5).sort()).toEqual(['a', 'b']);
    expect(marksAt(1)).toEqual(['a']);
  });
});

describe('withAnnotationMarks / annotationSpans / withoutAnnotationMarks', () => {
  const base: SegmentDoc = {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: '북한은 ' },
          { type: 'text', text: '새로운', marks: [{ type: 'bold' }] },
          { type: 'hardBreak' },
          { type: 'text', text: '미사일' },
        ],
      },
    ],
  };

  it('round-trips offsets through marks, across formatting and hard breaks', () => {
    const spans = [
      { id: 'x', start: 2, end: 6 },
      { id: 'y', start: 4, end: 10 },
    ];
    const marked = withAnnotationMarks(base, spans);
    expect(docToText(marked)).toBe(docToText(base));
    expect(annotationSpans(marked)).toEqual(spans);
    expect(withoutAnnotationMarks(marked)).toEqual(base);
  });

  it('ignores empty spans and keeps other marks', () => {
    const marked = withAnnotationMarks(base, [{ id: 'z', start: 3, end: 3 }]);
    expect(marked).toEqual(base);
  });
});

// ---- saving never keeps annotation marks -------------------------------------------------------

/** The editor's own JSON of a doc (ProseMirror fills in default attributes, e.g. a link's rel). */
function editorJson(doc: SegmentDoc): SegmentDoc {
  return schema.nodeFromJSON(doc).toJSON() as SegmentDoc;
}

/** What the editor holds once the annotations are put on with its own commands (addMark in sorted order). */
function markedInEditor(doc: SegmentDoc, spans: Parameters<typeof withAnnotationMarks>[1]): SegmentDoc {
  const state = EditorState.create({ schema, doc: schema.nodeFromJSON(doc) });
  return putAnnotationMarks(state.tr, schema.marks.annotation!, spans).doc.toJSON() as SegmentDoc;
}

const RICH: SegmentDoc = inlineToDoc([
  { type: 'text', text: '북한은 ' },
  { type: 'text', text: '새로운 ', marks: [{ type: 'bold' }] },
  { type: 'text', text: '미사일', marks: [{ type: 'bold' }, { type: 'italic' }] },
  { type: 'hardBreak' },
  { type: 'text', text: '“발사”', marks: [{ type: 'link', attrs: { href: 'https://example.org/?a=1&b=2' } }] },
  { type: 'text', text: '했다 <b>&' },
]);
const SPANS = [
  { id: 'a1', start: 2, end: 9, severity: 'major', title: 'Terminology · Major\n"용어집" <확인> & 수정' },
  { id: 'b2', start: 6, end: 13, severity: 'minor', title: 'Style · Minor', active: true },
  { id: 'c3', start: 13, end: 19, severity: 'critical' },
];

describe('load and save round trip', () => {
  it('the editor JSON with annotation marks, stripped, is byte-identical to the JSON without them', () => {
    const plain = editorJson(RICH);
    const marked = markedInEditor(plain, SPANS);
    expect(JSON.stringify(marked)).toContain('"annotation"');
    expect(docToText(marked)).toBe(docToText(plain));
    const saved = withoutAnnotationMarks(marked);
    expect(JSON.stringify(saved)).toBe(JSON.stringify(plain));
    expect(JSON.stringify(saved)).not.toContain('annotation');
  });

  it('what ProseMirror itself gives after removing the marks is the same bytes', () => {
    const marked = markedInEditor(editorJson(RICH), SPANS);
    const state = EditorState.create({ schema, doc: schema.nodeFromJSON(marked) });
    const removed = state.tr.removeMark(0, state.doc.content.size, schema.marks.annotation!).doc.toJSON();
    expect(JSON.stringify(withoutAnnotationMarks(marked))).toBe(JSON.stringify(removed));
  });

  it('the marks move with an edit before them and still strip cleanly', () => {
    const marked = markedInEditor(editorJson(RICH), SPANS);
    const state = EditorState.create({ schema, doc: schema.nodeFromJSON(marked) });
    const edited = state.tr.insertText('오늘 ', 1).doc.toJSON() as SegmentDoc;
    expect(annotationSpans(edited).map((s) => [s.id, s.start, s.end])).toEqual([
      ['a1', 5, 12],
      ['b2', 9, 16],
      ['c3', 16, 22],
    ]);
    expect(withoutAnnotationMarks(edited)).toEqual(
      editorJson(inlineToDoc([{ type: 'text', text: '오늘 ' }, ...RICH.content[0]!.content!])),
    );
  });

  it('strips an annotation mark ProseMirror put on a hard break (the JSON model has none there)', () => {
    const withBreakMark = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '가', marks: [{ type: 'annotation', attrs: { id: 'a' } }] },
            { type: 'hardBreak', marks: [{ type: 'annotation', attrs: { id: 'a' } }] },
            { type: 'text', text: '나' },
          ],
        },
      ],
    } as unknown as SegmentDoc;
    expect(JSON.stringify(withoutAnnotationMarks(withBreakMark))).toBe(JSON.stringify(textToDoc('가\n나')));
  });

  it('a document without annotation marks is returned as it is (the same object)', () => {
    const plain = editorJson(RICH);
    expect(withoutAnnotationMarks(plain)).toBe(plain);
  });

  it("withAnnotationMarks gives the editor's JSON, in the same mark order", () => {
    const plain = editorJson(RICH);
    expect(editorJson(withAnnotationMarks(plain, SPANS))).toEqual(markedInEditor(plain, SPANS));
    expect(editorJson(withAnnotationMarks(plain, [...SPANS].reverse()))).toEqual(markedInEditor(plain, SPANS));
  });
});

// ---- the static rows render what the editor's schema renders -----------------------------------

/** Just enough DOM for ProseMirror's DOMSerializer, printed as HTML with sorted attributes. */
class FakeNode {
  childNodes: FakeNode[] = [];
  attrs = new Map<string, string>();
  constructor(
    readonly nodeType: number,
    readonly nodeName: string,
    readonly text = '',
  ) {}
  appendChild(n: FakeNode) {
    this.childNodes.push(n);
    return n;
  }
  setAttribute(k: string, v: string) {
    this.attrs.set(k, String(v));
  }
}
const fakeDocument = {
  createElement: (tag: string) => new FakeNode(1, tag.toLowerCase()),
  createTextNode: (text: string) => new FakeNode(3, '#text', text),
  createDocumentFragment: () => new FakeNode(11, '#fragment'),
};
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function printFake(n: FakeNode): string {
  if (n.nodeType === 3) return esc(n.text);
  const inner = n.childNodes.map(printFake).join('');
  if (n.nodeType === 11) return inner;
  const attrs = [...n.attrs]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join('');
  return n.nodeName === 'br' ? `<br${attrs}>` : `<${n.nodeName}${attrs}>${inner}</${n.nodeName}>`;
}
function editorHtml(s: Schema, doc: SegmentDoc): string {
  const para = s.nodeFromJSON(doc).firstChild!;
  const frag = DOMSerializer.fromSchema(s).serializeFragment(para.content, {
    document: fakeDocument as unknown as Document,
  }) as unknown as FakeNode;
  return printFake(frag);
}
/** renderInlineHtml's output with attributes sorted and ' escaped the same way, to compare with the serializer's. */
function normalize(html: string): string {
  return html.replace(/&#39;/g, "'").replace(/<([a-z]+)((?: [a-z-]+="[^"]*")*)>/g, (_m, tag: string, attrs: string) => {
    const list = [...attrs.matchAll(/ ([a-z-]+)="([^"]*)"/g)].map((m) => ` ${m[1]}="${m[2]}"`).sort();
    return `<${tag}${list.join('')}>`;
  });
}

describe('static render = editor schema render', () => {
  it('renders annotation marks (overlapping, across marks and a hard break) exactly as the editor does', () => {
    const marked = withAnnotationMarks(editorJson(RICH), SPANS);
    const fromEditor = editorHtml(schema, marked);
    expect(fromEditor).toContain('class="annotation sev-major"');
    expect(fromEditor).toContain('data-active="true"');
    expect(normalize(renderInlineHtml(marked, [], { annotations: true }))).toBe(fromEditor);
  });

  it('leaves annotation marks out unless asked (published and compared content)', () => {
    const marked = withAnnotationMarks(editorJson(RICH), SPANS);
    expect(renderInlineHtml(marked)).toBe(renderInlineHtml(RICH));
  });

  it('escapes the hover title (user text) in the static render', () => {
    const html = renderInlineHtml(
      withAnnotationMarks(textToDoc('가나다'), [{ id: 'x', start: 0, end: 2, title: '"><script>alert(1)</script>' }]),
      [],
      { annotations: true },
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});
