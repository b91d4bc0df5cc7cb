// DOCX of a published edition: the titles and credits, then a two-column table (English | Korean),
// one row per paragraph. Every run carries its language (w:lang w:val="en-US", or w:val="ko-KR"
// w:eastAsia="ko-KR" with an East Asian font), so Word proofs and lays out each side correctly.
// Built with the docx package; text goes in as text nodes (the package escapes it).
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { safeHref, type SegmentDoc } from '../editor/doc';
import { inlinePieces } from './inline-inserts';
import { noteLang, notesBySegment, numberNotes } from './notes';
import { planNameIndex } from './name-index';
import { nameIndex, textLang } from './render';
import { bodySegments, subtitleOf, type EditionSegment, type EditionView } from './snapshot';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const EN = { language: { value: 'en-US' } } as const;
const KO = {
  language: { value: 'ko-KR', eastAsia: 'ko-KR' },
  font: { ascii: 'Noto Sans CJK KR', hAnsi: 'Noto Sans CJK KR', eastAsia: 'Noto Sans CJK KR' },
} as const;

type Side = typeof EN | typeof KO;

function runs(doc: SegmentDoc | null, side: Side, refs: readonly { at: number; value: ParagraphChild }[] = []): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  // Text cut at the footnote references (after each noted span: lib/publish/inline-inserts.ts).
  for (const piece of inlinePieces(doc, refs)) {
    if (piece.kind === 'insert') {
      out.push(piece.value);
      continue;
    }
    const node = piece.node;
    if (node.type === 'hardBreak') {
      out.push(new TextRun({ ...side, break: 1 }));
      continue;
    }
    const bold = node.marks?.some((m) => m.type === 'bold');
    const italics = node.marks?.some((m) => m.type === 'italic');
    const href = safeHref(node.marks?.find((m) => m.type === 'link')?.attrs?.href);
    const run = new TextRun({ ...side, text: node.text, bold, italics, ...(href ? { style: 'Hyperlink' } : {}) });
    out.push(href && /^(https?:|mailto:)/i.test(href) ? new ExternalHyperlink({ link: href, children: [run] }) : run);
  }
  return out;
}

function text(s: string, side: Side, extra: { bold?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ ...side, text: s, ...extra });
}

function cellParagraph(
  seg: EditionSegment,
  doc: SegmentDoc | null,
  side: Side,
  refs: readonly { at: number; value: ParagraphChild }[] = [],
): Paragraph {
  // A paragraph without a translation: its English stands alone, the Korean cell stays empty.
  const children = doc ? runs(doc, side, refs) : [];
  if (seg.kind === 'heading')
    return new Paragraph({ children, heading: seg.level && seg.level > 1 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2 });
  if (seg.kind === 'listItem') return new Paragraph({ children, bullet: { level: Math.min(8, Math.max(0, (seg.level ?? 1) - 1)) } });
  return new Paragraph({ children, spacing: { after: 120 } });
}

const NO_BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'D9DBE0' };

export async function buildDocx(ed: EditionView): Promise<Uint8Array> {
  const header = new TableRow({
    tableHeader: true,
    children: [
      new TableCell({
        width: { size: 50, type: WidthType.PERCENTAGE },
        children: [new Paragraph({ children: [text('English', EN, { bold: true })] })],
      }),
      new TableCell({
        width: { size: 50, type: WidthType.PERCENTAGE },
        children: [new Paragraph({ children: [text('한국어', KO, { bold: true })] })],
      }),
    ],
  });
  // Reader notes as Word footnotes (word/footnotes.xml), numbered in reading order.
  const notes = notesBySegment(numberNotes(ed, bodySegments(ed)));
  const refs = (seg: EditionSegment, s: 'source' | 'target') =>
    (notes.get(`${seg.n}:${s}`) ?? []).map((x) => ({
      at: x.end,
      value: new FootnoteReferenceRun({
        children: [
          new Paragraph({ children: [text(x.text.trim().replace(/\s*\n+\s*/g, ' '), noteLang(x.text, 'en', 'ko') === 'ko' ? KO : EN)] }),
        ],
      }),
    }));
  const rows = bodySegments(ed).map(
    (seg) =>
      new TableRow({
        cantSplit: false,
        children: [
          new TableCell({
            width: { size: 50, type: WidthType.PERCENTAGE },
            children: [cellParagraph(seg, seg.source, EN, refs(seg, 'source'))],
          }),
          new TableCell({
            width: { size: 50, type: WidthType.PERCENTAGE },
            children: [cellParagraph(seg, seg.target, KO, refs(seg, 'target'))],
          }),
        ],
      }),
  );
  const facts: string[] = [`Version · 판 ${ed.version}`, `Published · 발행 ${ed.publishedAt.slice(0, 10)}`];
  const front: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [text(ed.title.source, EN)] }),
    ...(ed.title.target !== ed.title.source
      ? [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(ed.title.target, KO)] })]
      : []),
    ...subtitleParagraphs(ed),
    new Paragraph({ children: [text(facts.join('   '), EN)] }),
  ];
  if (ed.credits.translators.length)
    front.push(
      new Paragraph({ children: [text('Translated by · ', EN), text('번역', KO), text(`: ${ed.credits.translators.join(', ')}`, EN)] }),
    );
  if (ed.credits.reviewers.length)
    front.push(
      new Paragraph({ children: [text('Reviewed by · ', EN), text('검토', KO), text(`: ${ed.credits.reviewers.join(', ')}`, EN)] }),
    );
  const note = ed.editorNote?.trim();
  if (note) {
    const side = textLang(note, ed.sourceLang, ed.targetLang) === ed.targetLang ? KO : EN;
    front.push(
      new Paragraph({
        spacing: { before: 200 },
        children: [text("Editor's note · ", EN, { bold: true }), text('편집자의 말', KO, { bold: true })],
      }),
    );
    for (const para of note
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean))
      front.push(new Paragraph({ children: [text(para, side)] }));
  }
  front.push(new Paragraph({ children: [] }));

  const doc = new Document({
    title: ed.title.source,
    description: `Bilingual edition, version ${ed.version}`,
    creator: ed.credits.translators.join(', ') || 'Bilingual Workbench',
    styles: { default: { document: { run: { font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'Noto Sans CJK KR' }, size: 21 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 900, right: 900 } } },
        children: [
          ...front,
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            borders: {
              top: NO_BORDER,
              bottom: NO_BORDER,
              left: NO_BORDER,
              right: NO_BORDER,
              insideHorizontal: NO_BORDER,
              insideVertical: NO_BORDER,
            },
            rows: [header, ...rows],
          }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [] }),
          ...namesParagraphs(ed),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function subtitleParagraphs(ed: EditionView): Paragraph[] {
  const sub = subtitleOf(ed);
  if (!sub) return [];
  const out = [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(sub.source, EN)] })];
  if (sub.target !== sub.source) out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(sub.target, KO)] }));
  return out;
}

/** The index of names: Korean, romanised form and the paragraph of the first mention. */
function namesParagraphs(ed: EditionView): Paragraph[] {
  const plan = planNameIndex(ed, ed.names, nameIndex(ed.names).matcher);
  if (!plan.entries.length) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text('Names · ', EN), text('이름 찾아보기', KO)] }),
    ...plan.entries.map((e) => new Paragraph({ children: [text(e.target, KO, { bold: true }), text(`  ${e.source}  ¶${e.n}`, EN)] })),
  ];
}
