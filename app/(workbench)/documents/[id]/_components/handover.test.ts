import { describe, expect, it } from 'vitest';
import { caretPosition, plainText, type PlainNode } from './handover';

const text = (v: string): PlainNode => ({ nodeType: 3, nodeName: '#text', nodeValue: v, childNodes: [] });
const el = (name: string, ...kids: PlainNode[]): PlainNode => ({ nodeType: 1, nodeName: name, nodeValue: null, childNodes: kids });
const br = () => el('BR');

describe('plainText', () => {
  it('reads text nodes as they are, newlines included', () => {
    expect(plainText(el('DIV', text('회담이 '), text('재개됐다')))).toBe('회담이 재개됐다');
    expect(plainText(el('DIV', text('첫 줄\n둘째 줄')))).toBe('첫 줄\n둘째 줄');
    expect(plainText(el('DIV'))).toBe('');
  });

  it("reads a <br> as a line break, but not a block's last one (it draws no line of its own)", () => {
    expect(plainText(el('DIV', text('첫 줄'), br(), text('둘째 줄')))).toBe('첫 줄\n둘째 줄');
    expect(plainText(el('DIV', text('글'), br()))).toBe('글');
    expect(plainText(el('DIV', text('글'), br(), br()))).toBe('글\n');
    expect(plainText(el('DIV', text('글\n'), br()))).toBe('글\n');
    expect(plainText(el('DIV', br()))).toBe('');
    expect(plainText(el('DIV', text('하나'), el('DIV', br()), el('DIV', text('셋'))))).toBe('하나\n\n셋');
  });

  it('starts a new line at a block a browser wrapped a line in', () => {
    expect(plainText(el('DIV', text('첫 줄'), el('DIV', text('둘째 줄'))))).toBe('첫 줄\n둘째 줄');
    expect(plainText(el('DIV', el('DIV', text('하나')), el('DIV', text('둘'))))).toBe('하나\n둘');
    expect(plainText(el('DIV', text('굵은 '), el('B', text('글'))))).toBe('굵은 글');
  });

  it('counts a last <br> inside a part (a caret after it is on the new line)', () => {
    expect(plainText(el('DIV', text('글'), br()), false)).toBe('글\n');
  });
});

describe('caretPosition', () => {
  it('is one past the offset in the paragraph, kept inside it', () => {
    // "가나다" is a paragraph of 3: positions 1 (before 가) … 4 (after 다); the doc's size is 5.
    expect(caretPosition(0, 5)).toBe(1);
    expect(caretPosition(2, 5)).toBe(3);
    expect(caretPosition(3, 5)).toBe(4);
    expect(caretPosition(9, 5)).toBe(4);
    expect(caretPosition(0, 2)).toBe(1); // an empty paragraph
  });
});
