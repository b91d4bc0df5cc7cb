// Markdown of a published edition. `ko`: the Korean text alone (title, headings, paragraphs);
// `bilingual`: each English paragraph followed by its Korean translation. User text is escaped so
// it stays text: markdown punctuation and HTML (<script>) come out literally, never as markup.
import { safeHref, type SegmentDoc } from '../editor/doc';
import { bodySegments, type EditionSegment, type EditionView } from '../publish/snapshot';

export type MarkdownVariant = 'ko' | 'bilingual';

const SPECIAL = /[\\`*_{}[\]()<>#+!|~&]/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(SPECIAL, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`))
    .replace(/^(\s*)([-=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

export function inlineMarkdown(doc: SegmentDoc | null): string {
  let out = '';
  for (const node of doc?.content[0]?.content ?? []) {
    if (node.type === 'hardBreak') {
      out += '\\\n';
      continue;
    }
    let piece = escapeMarkdown(node.text);
    const lead = /^\s*/.exec(piece)![0];
    const trail = /\s*$/.exec(piece)![0];
    let core = piece.slice(lead.length, piece.length - trail.length);
    if (core) {
      for (const mark of node.marks ?? []) {
        if (mark.type === 'bold') core = `**${core}**`;
        else if (mark.type === 'italic') core = `*${core}*`;
        else if (mark.type === 'link') {
          const href = safeHref(mark.attrs?.href);
          if (href) core = `[${core}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
        }
      }
    }
    piece = lead + core + trail;
    out += piece;
  }
  return out;
}

function block(seg: EditionSegment, text: string): string {
  if (seg.kind === 'heading') return `${'#'.repeat(Math.min(6, Math.max(2, (seg.level ?? 1) + 1)))} ${text}`;
  if (seg.kind === 'listItem') return `${'  '.repeat(Math.max(0, (seg.level ?? 1) - 1))}- ${text}`;
  return text;
}

export function exportEditionMarkdown(ed: EditionView, variant: MarkdownVariant): string {
  const out: string[] = [];
  const date = ed.publishedAt.slice(0, 10);
  if (variant === 'ko') {
    out.push(`# ${escapeMarkdown(ed.title.target)}`);
  } else {
    out.push(`# ${escapeMarkdown(ed.title.source)}`);
    if (ed.title.target !== ed.title.source) out.push(`# ${escapeMarkdown(ed.title.target)}`);
  }
  const facts = [`${variant === 'ko' ? '판' : 'Version · 판'} ${ed.version}`, `${variant === 'ko' ? '발행' : 'Published · 발행'} ${date}`];
  if (ed.credits.translators.length) facts.push(`${variant === 'ko' ? '번역' : 'Translated by · 번역'}: ${ed.credits.translators.map(escapeMarkdown).join(', ')}`);
  if (ed.credits.reviewers.length) facts.push(`${variant === 'ko' ? '검토' : 'Reviewed by · 검토'}: ${ed.credits.reviewers.map(escapeMarkdown).join(', ')}`);
  out.push(facts.join('  \n'));
  if (ed.overrideReason) out.push(`> ${variant === 'ko' ? '모든 문단이 승인되기 전에 발행됨' : 'Published before every paragraph was approved · 모든 문단이 승인되기 전에 발행됨'}: ${escapeMarkdown(ed.overrideReason)}`);
  for (const seg of bodySegments(ed)) {
    if (variant === 'ko') {
      if (seg.target) out.push(block(seg, inlineMarkdown(seg.target)));
    } else {
      out.push(block(seg, inlineMarkdown(seg.source)));
      if (seg.target) out.push(block(seg, inlineMarkdown(seg.target)));
    }
  }
  return out.join('\n\n') + '\n';
}
