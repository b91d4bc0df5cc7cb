// Markdown through markdown-it's token stream (raw HTML disabled, so `<b>` or `<script>` in the source
// is literal text, never markup). Every inline token becomes a segment: headings keep their level,
// paragraphs inside list items are list items, blockquote and table-cell paragraphs are paragraphs.
// Bold, italic and safe links become marks; code spans are plain text; images are dropped.
import MarkdownIt from 'markdown-it';
import { InlineBuilder, type MarkState } from './inline';
import type { ImportedSegment } from './types';

const create = () => new MarkdownIt('default', { html: false, linkify: false, typographer: false });
type Token = ReturnType<ReturnType<typeof create>['parse']>[number];

let parser: ReturnType<typeof create> | null = null;
function markdown() {
  parser ??= create();
  return parser;
}

export function parseMarkdown(text: string): { segments: ImportedSegment[]; title?: string } {
  const tokens = markdown().parse(text, {});
  const segments: ImportedSegment[] = [];
  let title: string | undefined;
  let heading = 0;
  let listDepth = 0;
  for (const token of tokens) {
    switch (token.type) {
      case 'heading_open':
        heading = Number(token.tag.slice(1)) || 1;
        break;
      case 'heading_close':
        heading = 0;
        break;
      case 'list_item_open':
        listDepth++;
        break;
      case 'list_item_close':
        listDepth--;
        break;
      case 'inline': {
        const { content, text } = inlineTokens(token.children ?? []);
        if (!text) break;
        if (heading) {
          segments.push({ kind: 'heading', level: heading, content, text });
          if (heading === 1 && title === undefined) title = text;
        } else if (listDepth > 0) segments.push({ kind: 'listItem', level: listDepth, content, text });
        else segments.push({ kind: 'paragraph', content, text });
        break;
      }
      case 'fence':
      case 'code_block': {
        const b = new InlineBuilder(true);
        b.preformatted(token.content);
        const { content, text } = b.finish();
        if (text)
          segments.push(listDepth > 0 ? { kind: 'listItem', level: listDepth, content, text } : { kind: 'paragraph', content, text });
        break;
      }
      default:
        break;
    }
  }
  return { segments, title };
}

function inlineTokens(children: Token[]) {
  const b = new InlineBuilder(true);
  let bold = 0;
  let italic = 0;
  const links: (string | undefined)[] = [];
  const state = (): MarkState => ({ bold: bold > 0, italic: italic > 0, href: links[links.length - 1] });
  for (const t of children) {
    switch (t.type) {
      case 'text':
      case 'text_special':
      case 'code_inline':
      case 'html_inline':
        b.text(t.content, state());
        break;
      case 'softbreak':
        b.text(' ', state());
        break;
      case 'hardbreak':
        b.hardBreak();
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      case 'link_open':
        links.push(String(t.attrGet('href') ?? '') || undefined);
        break;
      case 'link_close':
        links.pop();
        break;
      default:
        break; // images (their alt text lives in the token's own children), strikethrough markers and the like: text only
    }
  }
  return b.finish();
}
