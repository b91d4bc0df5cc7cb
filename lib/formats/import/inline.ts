// Builds one paragraph's inline content (TipTap text nodes with bold/italic/link marks and hard
// breaks) from the pieces a parser walks through. In HTML mode runs of source whitespace collapse to
// one space as a browser would (U+00A0 is never touched); finish() trims the paragraph's ends the way
// trimParagraph does, so the segment text is exactly docToText of the content.
import { docToText, inlineToDoc, safeHref, type DocMark, type InlineNode, type TextNode } from '../../editor/doc';

export interface MarkState {
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

const LEADING = /^[\s\u00a0\u2000-\u200b\u3000\ufeff]+/;
const TRAILING = /[\s\u00a0\u2000-\u200b\u3000\ufeff]+$/;
const HTML_SPACE = /[ \t\n\r\f]+/g;

/** Marks in a fixed order (bold, italic, link) so equal formatting gives equal JSON. */
export function marksFor(state: MarkState): DocMark[] | undefined {
  const marks: DocMark[] = [];
  if (state.bold) marks.push({ type: 'bold' });
  if (state.italic) marks.push({ type: 'italic' });
  if (!state.bold && !state.italic && !state.href) return undefined;
  const href = state.href ? safeHref(state.href) : null;
  if (href) marks.push({ type: 'link', attrs: { href } });
  return marks.length ? marks : undefined;
}

export class InlineBuilder {
  private nodes: InlineNode[] = [];
  /** Mark key of the last node when it is a text node (to merge equal neighbours cheaply). */
  private lastKey: string | null = null;

  /** collapse: HTML/Markdown source whitespace rules; otherwise text is kept exactly and '\n' is a hard break. */
  constructor(private readonly collapse: boolean) {}

  get isEmpty(): boolean {
    return this.nodes.length === 0;
  }

  text(raw: string, state: MarkState = {}): void {
    if (!raw) return;
    if (!this.collapse) {
      raw
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .forEach((line, i) => {
          if (i > 0) this.hardBreak();
          this.push(line, state);
        });
      return;
    }
    let s = raw.replace(HTML_SPACE, ' ');
    if (s.startsWith(' ') && this.endsWithSpaceOrBreak()) s = s.slice(1);
    this.push(s, state);
  }

  /** Text kept verbatim even in collapse mode (<pre>, code blocks): newlines become hard breaks. */
  preformatted(raw: string, state: MarkState = {}): void {
    raw
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .forEach((line, i) => {
        if (i > 0) this.hardBreak();
        this.push(line, state);
      });
  }

  hardBreak(): void {
    if (this.collapse) this.trimEnd(/ +$/);
    this.nodes.push({ type: 'hardBreak' });
    this.lastKey = null;
  }

  /** Returns the trimmed content and its text, then resets the builder. */
  finish(): { content: InlineNode[]; text: string } {
    const nodes = this.nodes;
    this.nodes = [];
    this.lastKey = null;
    // Leading whitespace and breaks.
    while (nodes.length) {
      const first = nodes[0]!;
      if (first.type === 'hardBreak') {
        nodes.shift();
        continue;
      }
      const t = first.text.replace(LEADING, '');
      if (t) {
        nodes[0] = { ...first, text: t };
        break;
      }
      nodes.shift();
    }
    while (nodes.length) {
      const last = nodes[nodes.length - 1]!;
      if (last.type === 'hardBreak') {
        nodes.pop();
        continue;
      }
      const t = last.text.replace(TRAILING, '');
      if (t) {
        nodes[nodes.length - 1] = { ...last, text: t };
        break;
      }
      nodes.pop();
    }
    return { content: nodes, text: docToText(inlineToDoc(nodes)) };
  }

  private push(s: string, state: MarkState): void {
    if (!s) return;
    const marks = marksFor(state);
    const key = marks ? JSON.stringify(marks) : '';
    const last = this.nodes[this.nodes.length - 1];
    if (last && last.type === 'text' && this.lastKey === key) {
      last.text += s;
      return;
    }
    const node: TextNode = marks ? { type: 'text', text: s, marks } : { type: 'text', text: s };
    this.nodes.push(node);
    this.lastKey = key;
  }

  private endsWithSpaceOrBreak(): boolean {
    const last = this.nodes[this.nodes.length - 1];
    if (!last || last.type === 'hardBreak') return true;
    return last.text.endsWith(' ');
  }

  private trimEnd(re: RegExp): void {
    const last = this.nodes[this.nodes.length - 1];
    if (!last || last.type !== 'text') return;
    const t = last.text.replace(re, '');
    if (t) last.text = t;
    else {
      this.nodes.pop();
      const prev = this.nodes[this.nodes.length - 1];
      this.lastKey = prev?.type === 'text' ? (prev.marks ? JSON.stringify(prev.marks) : '') : null;
    }
  }
}

/** Plain text (one paragraph, '\n' = hard break) as trimmed inline content. */
export function plainInline(text: string): { content: InlineNode[]; text: string } {
  const b = new InlineBuilder(false);
  b.text(text);
  return b.finish();
}
