// Markdown of a published edition. `ko`: the Korean text alone (title, headings, paragraphs);
// `bilingual`: each English paragraph followed by its Korean translation. User text is escaped so
// it stays text: markdown punctuation and HTML (<script>) come out literally, never as markup.
import { safeHref, type SegmentDoc } from '../editor/doc';
import { inlinePieces } from './inline-inserts';
import { notesBySegment, numberNotes, type NumberedNote } from './notes';
import { planNameIndex } from './name-index';
import { nameIndex } from './render';
import { bodySegments, subtitleOf, type EditionSegment, type EditionView } from './snapshot';

export type MarkdownVariant = 'ko' | 'bilingual';

const SPECIAL = /[\\`*_{}[\]()<>#+!|~&]/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(SPECIAL, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`))
    .replace(/^(\s*)([-=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

export function inlineMarkdown(doc: SegmentDoc | null, refs: readonly { at: number; value: string }[] = []): string {
  let out = '';
  // Text cut at the footnote references ([^n] after each noted span: lib/publish/inline-inserts.ts).
  for (const part of inlinePieces(doc, refs)) {
    if (part.kind === 'insert') {
      out += part.value;
      continue;
    }
    const node = part.node;
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
  const sub = subtitleOf(ed);
  if (sub) {
    const lines = variant === 'ko' ? [sub.target] : sub.target !== sub.source ? [sub.source, sub.target] : [sub.source];
    out.push(lines.map((l) => `*${escapeMarkdown(l)}*`).join('  \n'));
  }
  const facts = [`${variant === 'ko' ? '판' : 'Version · 판'} ${ed.version}`, `${variant === 'ko' ? '발행' : 'Published · 발행'} ${date}`];
  if (ed.credits.translators.length)
    facts.push(`${variant === 'ko' ? '번역' : 'Translated by · 번역'}: ${ed.credits.translators.map(escapeMarkdown).join(', ')}`);
  if (ed.credits.reviewers.length)
    facts.push(`${variant === 'ko' ? '검토' : 'Reviewed by · 검토'}: ${ed.credits.reviewers.map(escapeMarkdown).join(', ')}`);
  out.push(facts.join('  \n'));
  const note = ed.editorNote?.trim();
  if (note) {
    out.push(`> **${variant === 'ko' ? '편집자의 말' : "Editor's note · 편집자의 말"}**`);
    out.push(
      note
        .split(/\n\s*\n/)
        .map((p) => `> ${escapeMarkdown(p.trim()).replace(/\n/g, '  \n> ')}`)
        .join('\n>\n'),
    );
  }
  // Reader notes as footnotes ([^n]), numbered in this variant's reading order.
  const notes = notesBySegment(numberNotes(ed, bodySegments(ed), variant === 'ko' ? ['target'] : ['source', 'target']));
  const refs = (seg: EditionSegment, side: 'source' | 'target') =>
    (notes.get(`${seg.n}:${side}`) ?? []).map((x) => ({ at: x.end, value: `[^${x.num}]` }));
  for (const seg of bodySegments(ed)) {
    if (variant === 'ko') {
      // A paragraph without a translation keeps its English.
      out.push(block(seg, seg.target ? inlineMarkdown(seg.target, refs(seg, 'target')) : inlineMarkdown(seg.source)));
    } else {
      out.push(block(seg, inlineMarkdown(seg.source, refs(seg, 'source'))));
      if (seg.target) out.push(block(seg, inlineMarkdown(seg.target, refs(seg, 'target'))));
    }
  }
  const footnotes = markdownFootnotes([...notes.values()].flat());
  if (footnotes) out.push(footnotes);
  const plan = planNameIndex(ed, ed.names, nameIndex(ed.names).matcher);
  if (plan.entries.length) {
    out.push(`## ${variant === 'ko' ? '이름 찾아보기' : 'Names · 이름 찾아보기'}`);
    out.push(plan.entries.map((e) => `- ${escapeMarkdown(e.target)} · ${escapeMarkdown(e.source)} (¶${e.n})`).join('\n'));
  }
  return out.join('\n\n') + '\n';
}

/** Footnote definitions ([^n]: text), in number order; note text escaped like any user text. */
export function markdownFootnotes(notes: readonly NumberedNote[]): string {
  return [...notes]
    .sort((a, b) => a.num - b.num)
    .map((x) => `[^${x.num}]: ${escapeMarkdown(x.text.trim().replace(/\s*\n+\s*/g, ' '))}`)
    .join('\n');
}
