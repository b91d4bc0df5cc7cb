import { describe, expect, it } from 'vitest';
import type { TAnnotation } from '../review/types';
import { textToDoc } from './doc';
import { renderInlineHtml } from './render';
import { annotationTitle, noteDecorations, numberNotes, placeAnnotations, qaDecorations, toHighlight } from './overlays';

const line = (i: { severity: string; message: string }) => `QA ${i.severity === 'error' ? '오류' : '경고'}: ${i.message}`;

describe('qaDecorations', () => {
  const target = '훈련은 8월 2일에 끝난다.';
  it('underlines each span on its side, red for errors and amber for warnings, with the message as hover text', () => {
    const decos = qaDecorations(
      [
        { severity: 'warning', message: '번역문의 숫자 “2”가 원문에 없습니다.', targetSpan: { start: 7, end: 8 } },
        { severity: 'error', message: '원문의 숫자 “20th”(20)가 번역문에 없거나 다릅니다.', sourceSpan: { start: 26, end: 30 } },
        { severity: 'error', message: '번역문이 비어 있습니다.' },
      ],
      'target',
      target.length,
      line,
    );
    expect(decos).toEqual([
      {
        start: 7,
        end: 8,
        className: 'qa qa-warning',
        attrs: { title: 'QA 경고: 번역문의 숫자 “2”가 원문에 없습니다.', 'data-qa': 'warning' },
      },
    ]);
    expect(target.slice(7, 8)).toBe('2');
  });

  it('merges issues on the same span into one underline (error wins, one line each, no repeats)', () => {
    const decos = qaDecorations(
      [
        { severity: 'warning', message: 'A', targetSpan: { start: 0, end: 2 } },
        { severity: 'error', message: 'B', targetSpan: { start: 0, end: 2 } },
        { severity: 'error', message: 'B', targetSpan: { start: 0, end: 2 } },
      ],
      'target',
      10,
      line,
    );
    expect(decos).toEqual([{ start: 0, end: 2, className: 'qa qa-error', attrs: { title: 'QA 경고: A\nQA 오류: B', 'data-qa': 'error' } }]);
  });

  it('clamps spans to the text and drops empty ones', () => {
    const decos = qaDecorations(
      [
        { severity: 'warning', message: 'far', targetSpan: { start: 8, end: 40 } },
        { severity: 'warning', message: 'gone', targetSpan: { start: 20, end: 30 } },
      ],
      'target',
      10,
      line,
    );
    expect(decos.map((d) => [d.start, d.end])).toEqual([[8, 10]]);
  });

  it('overlapping QA spans and glossary terms render every character once', () => {
    const source = 'Kwon Jong-gun said on August 20th.';
    const qa = qaDecorations(
      [
        { severity: 'error', message: 'name', sourceSpan: { start: 0, end: 13 } },
        { severity: 'error', message: 'date', sourceSpan: { start: 22, end: 33 } },
        { severity: 'warning', message: 'day', sourceSpan: { start: 29, end: 33 } },
      ],
      'source',
      source.length,
      line,
    );
    const term = { start: 5, end: 13, className: 'term', attrs: { title: '정근' } };
    const html = renderInlineHtml(textToDoc(source), [term, ...qa]);
    expect(html.replace(/<[^>]+>/g, '')).toBe(source);
    expect(html).toContain('<mark class="qa qa-error" title="QA 오류: name" data-qa="error">Kwon </mark>');
    expect(html).toContain(
      '<mark class="qa qa-error" title="QA 오류: name" data-qa="error"><mark class="term" title="정근">Jong-gun</mark></mark>',
    );
    expect(html).toContain(
      '<mark class="qa qa-error" title="QA 오류: date" data-qa="error"><mark class="qa qa-warning" title="QA 경고: day" data-qa="warning">20th</mark></mark>',
    );
  });
});

describe('placeAnnotations', () => {
  const a = (id: string, side: 'source' | 'target', start: number, end: number, quote: string) => ({ id, side, start, end, quote });
  it('keeps only the annotations of that side whose quote is still at their offsets', () => {
    const text = '북한은 새로운 미사일을 발사했다.';
    const list = [
      a('ok', 'target', 4, 11, '새로운 미사일'),
      a('moved', 'target', 0, 7, '새로운 미사일'),
      a('src', 'source', 0, 5, 'North'),
      a('past', 'target', 15, 40, '발사했다.'),
    ];
    expect(placeAnnotations(list, 'target', text).map((x) => x.id)).toEqual(['ok']);
    expect(placeAnnotations(list, 'source', 'North Korea').map((x) => x.id)).toEqual(['src']);
  });
});

describe('annotationTitle and toHighlight', () => {
  it('puts the comment under the label, shortened', () => {
    expect(annotationTitle('용어 · 중대', '')).toBe('용어 · 중대');
    expect(annotationTitle('Terminology · Major', '  Use the glossary term.  ')).toBe('Terminology · Major\nUse the glossary term.');
    expect(annotationTitle('x', 'ㄱ'.repeat(400), 10)).toBe(`x\n${'ㄱ'.repeat(9)}…`);
  });

  it('draws open annotations that are still on their words only', () => {
    const base = {
      id: 'a',
      segmentId: 's',
      side: 'target',
      start: 0,
      end: 2,
      quote: '북한',
      prefix: '',
      suffix: '',
      category: 'terminology',
      severity: 'major',
      comment: 'c',
      status: 'open',
      detached: false,
    } as TAnnotation;
    expect(toHighlight(base)).toEqual({
      id: 'a',
      side: 'target',
      start: 0,
      end: 2,
      quote: '북한',
      category: 'terminology',
      severity: 'major',
      comment: 'c',
    });
    expect(toHighlight({ ...base, status: 'resolved' })).toBeNull();
    expect(toHighlight({ ...base, status: 'wontfix' })).toBeNull();
    expect(toHighlight({ ...base, detached: true })).toBeNull();
  });
});

describe('reader notes in the rows', () => {
  const source = 'Seoul-Pyongyang relations are tense.';
  const target = '남북 관계가 긴장 국면이다.';
  const note = (id: string, position: number, side: 'source' | 'target', start: number, end: number, quote: string, approved = true) => ({
    id,
    segmentId: `s${position}`,
    position,
    side,
    start,
    end,
    quote,
    comment: `note ${id}`,
    approved,
  });

  it('numbers notes in reading order: paragraph by paragraph, the English side first, each side by position', () => {
    const numbered = numberNotes([
      note('k', 0, 'target', 0, 2, '남북'),
      note('later', 3, 'source', 0, 5, 'Seoul'),
      note('e2', 0, 'source', 16, 25, 'relations'),
      note('e1', 0, 'source', 0, 15, 'Seoul-Pyongyang'),
    ]);
    expect(Object.keys(numbered).sort()).toEqual(['s0', 's3']);
    expect(numbered.s0!.map((n) => [n.id, n.number])).toEqual([
      ['e1', 1],
      ['e2', 2],
      ['k', 3],
    ]);
    expect(numbered.s3!.map((n) => [n.id, n.number])).toEqual([['later', 4]]);
    expect(numbered.s0![0]).not.toHaveProperty('position');
  });

  it('underlines the noted words of one side, numbered and named, apart from annotation and QA marks', () => {
    const { s0 } = numberNotes([note('e1', 0, 'source', 0, 15, 'Seoul-Pyongyang'), note('k', 0, 'target', 0, 2, '남북', false)]);
    const label = (n: { number: number; comment: string }) => `Note ${n.number}: ${n.comment}`;
    const src = noteDecorations(s0!, 'source', source, label);
    expect(src).toEqual([
      {
        start: 0,
        end: 15,
        className: 'reader-note',
        attrs: {
          'data-note-id': 'e1',
          'data-note': '1',
          title: 'Note 1: note e1',
          role: 'button',
          tabindex: '0',
          'aria-label': 'Note 1: note e1',
        },
      },
    ]);
    const tgt = noteDecorations(s0!, 'target', target, label, { focusable: false });
    expect(tgt).toEqual([
      {
        start: 0,
        end: 2,
        className: 'reader-note reader-note-pending',
        attrs: { 'data-note-id': 'k', 'data-note': '2', title: 'Note 2: note k' },
      },
    ]);
    expect(renderInlineHtml(textToDoc(source), src)).toContain('<mark class="reader-note"');
    expect(renderInlineHtml(textToDoc(source), src)).not.toContain('class="annotation');
  });

  it('leaves out a note whose words moved or went (until the list is reloaded)', () => {
    const { s0 } = numberNotes([note('e1', 0, 'source', 0, 15, 'Seoul-Pyongyang'), note('k', 0, 'target', 0, 2, '남북')]);
    expect(noteDecorations(s0!, 'source', `The ${source}`, () => '')).toEqual([]);
    expect(noteDecorations(s0!, 'target', '', () => '')).toEqual([]);
  });
});
