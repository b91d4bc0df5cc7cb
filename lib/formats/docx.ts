// DOCX of a published edition: the titles and credits, then a two-column table (English | Korean),
// one row per paragraph. Every run carries its language (w:lang w:val="en-US", or w:val="ko-KR"
// w:eastAsia="ko-KR" with an East Asian font), so Word proofs and lays out each side correctly.
// Built with the docx package; text goes in as text nodes (the package escapes it).
import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow,
  TextRun, WidthType, type ParagraphChild,
} from 'docx';
import { safeHref, type SegmentDoc } from '../editor/doc';
import { bodySegments, type EditionSegment, type EditionView } from '../publish/snapshot';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const EN = { language: { value: 'en-US' } } as const;
const KO = { language: { value: 'ko-KR', eastAsia: 'ko-KR' }, font: { ascii: 'Noto Sans CJK KR', hAnsi: 'Noto Sans CJK KR', eastAsia: 'Noto Sans CJK KR' } } as const;

type Side = typeof EN | typeof KO;

function runs(doc: SegmentDoc | null, side: Side): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of doc?.content[0]?.content ?? []) {
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

function cellParagraph(seg: EditionSegment, doc: SegmentDoc | null, side: Side): Paragraph {
  const children = doc ? runs(doc, side) : [text(side === KO ? '번역 없음' : '', side, {})];
  if (seg.kind === 'heading') return new Paragraph({ children, heading: seg.level && seg.level > 1 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2 });
  if (seg.kind === 'listItem') return new Paragraph({ children, bullet: { level: Math.min(8, Math.max(0, (seg.level ?? 1) - 1)) } });
  return new Paragraph({ children, spacing: { after: 120 } });
}

const NO_BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'D9DBE0' };

export async function buildDocx(ed: EditionView): Promise<Uint8Array> {
  const header = new TableRow({
    tableHeader: true,
    children: [
      new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [text('English', EN, { bold: true })] })] }),
      new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [text('한국어', KO, { bold: true })] })] }),
    ],
  });
  const rows = bodySegments(ed).map(
    (seg) =>
      new TableRow({
        cantSplit: false,
        children: [
          new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: [cellParagraph(seg, seg.source, EN)] }),
          new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: [cellParagraph(seg, seg.target, KO)] }),
        ],
      }),
  );
  const facts: string[] = [`Version · 판 ${ed.version}`, `Published · 발행 ${ed.publishedAt.slice(0, 10)}`];
  const front: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [text(ed.title.source, EN)] }),
    ...(ed.title.target !== ed.title.source ? [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(ed.title.target, KO)] })] : []),
    new Paragraph({ children: [text(facts.join('   '), EN)] }),
  ];
  if (ed.credits.translators.length) front.push(new Paragraph({ children: [text('Translated by · ', EN), text('번역', KO), text(`: ${ed.credits.translators.join(', ')}`, EN)] }));
  if (ed.credits.reviewers.length) front.push(new Paragraph({ children: [text('Reviewed by · ', EN), text('검토', KO), text(`: ${ed.credits.reviewers.join(', ')}`, EN)] }));
  if (ed.overrideReason) {
    front.push(new Paragraph({ children: [text('Published before every paragraph was approved · ', EN, { bold: true }), text('모든 문단이 승인되기 전에 발행됨', KO, { bold: true }), text(`: ${ed.overrideReason}`, EN)] }));
  }
  front.push(new Paragraph({ children: [] }));

  const doc = new Document({
    title: ed.title.source,
    description: `Bilingual edition, version ${ed.version}`,
    creator: ed.credits.translators.join(', ') || 'Bilingual Workbench',
    styles: { default: { document: { run: { font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'Noto Sans CJK KR' }, size: 21 } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1000, bottom: 1000, left: 900, right: 900 } } },
      children: [
        ...front,
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
          rows: [header, ...rows],
        }),
        new Paragraph({ alignment: AlignmentType.CENTER, children: [] }),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
