// XLIFF 2.0 export (valid against the OASIS core schema) and, re-exported, the XLIFF 1.2/2.x import.
// One <unit> per segment (the segment id goes in unit/@name), one <segment> in it. Bold and italic are
// <pc type="fmt" subType="xlf:b|xlf:i">, links <pc type="link" fs:fs="a" fs:subFs="href,…"> (Format
// Style module), hard breaks <ph type="fmt" subType="xlf:lb"/>. States: EMPTY → initial (no target),
// DRAFT → initial + subState bw:draft, TRANSLATED → translated, REJECTED → translated + subState
// bw:rejected, APPROVED → final.
import { safeHref, type DocMark, type InlineNode } from '../editor/doc';
import type { SegmentState } from '../workflow/segment-states';
import { escapeSubFsValue } from './import/xliff';
import { escapeXmlAttr, escapeXmlText, isLanguageTag } from './import/xml-write';

export { parseXliff, parseSubFs } from './import/xliff';

export const XLIFF2_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
export const XLIFF_FS_NAMESPACE = 'urn:oasis:names:tc:xliff:fs:2.0';

export type XliffContent = InlineNode[] | string;

export interface XliffExportSegment {
  id: string;
  source: XliffContent;
  target?: XliffContent | null;
  state: SegmentState;
}

export interface XliffExportDocument {
  id: string;
  title: string;
  sourceLang: string;
  targetLang: string;
  segments: XliffExportSegment[];
}

const STATES: Record<SegmentState, { state: string; subState?: string }> = {
  EMPTY: { state: 'initial' },
  DRAFT: { state: 'initial', subState: 'bw:draft' },
  TRANSLATED: { state: 'translated' },
  REJECTED: { state: 'translated', subState: 'bw:rejected' },
  APPROVED: { state: 'final' },
};

export function exportXliff2(doc: XliffExportDocument): string {
  for (const lang of [doc.sourceLang, doc.targetLang]) {
    if (!isLanguageTag(lang)) throw new Error(`exportXliff2: "${lang}" is not a language tag`);
  }
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF2_NAMESPACE}" xmlns:fs="${XLIFF_FS_NAMESPACE}" version="2.0" ` +
      `srcLang="${escapeXmlAttr(doc.sourceLang)}" trgLang="${escapeXmlAttr(doc.targetLang)}">`,
    `  <file id="${nmtoken(doc.id, 'f1')}" original="${escapeXmlAttr(doc.title)}">`,
  ];
  doc.segments.forEach((seg, i) => {
    const { state, subState } = STATES[seg.state];
    const ids = { n: 0 };
    const source = inlineXml(toInline(seg.source), ids);
    const targetNodes = seg.target == null ? [] : toInline(seg.target);
    const hasTarget = seg.state !== 'EMPTY' && targetNodes.some((n) => n.type === 'text' && n.text.length > 0);
    const target = hasTarget ? `<target>${inlineXml(targetNodes, ids)}</target>` : '';
    const sub = subState ? ` subState="${subState}"` : '';
    out.push(
      `    <unit id="u${i + 1}" name="${escapeXmlAttr(seg.id)}">` +
        `<segment state="${state}"${sub}><source>${source}</source>${target}</segment></unit>`,
    );
  });
  out.push('  </file>', '</xliff>', '');
  return out.join('\n');
}

function toInline(content: XliffContent): InlineNode[] {
  if (typeof content !== 'string') return content;
  const nodes: InlineNode[] = [];
  content.split('\n').forEach((line, i) => {
    if (i > 0) nodes.push({ type: 'hardBreak' });
    if (line) nodes.push({ type: 'text', text: line });
  });
  return nodes;
}

interface OpenMark {
  key: string;
  open: (id: number) => string;
}

function openMarks(marks: DocMark[] | undefined): OpenMark[] {
  const out: OpenMark[] = [];
  const has = (t: string) => marks?.some((m) => m.type === t);
  if (has('bold')) out.push({ key: 'b', open: (id) => `<pc id="${id}" type="fmt" subType="xlf:b">` });
  if (has('italic')) out.push({ key: 'i', open: (id) => `<pc id="${id}" type="fmt" subType="xlf:i">` });
  const href = safeHref(marks?.find((m) => m.type === 'link')?.attrs?.href);
  if (href) {
    const subFs = escapeXmlAttr(`href,${escapeSubFsValue(href)}`);
    out.push({ key: `a:${href}`, open: (id) => `<pc id="${id}" type="link" fs:fs="a" fs:subFs="${subFs}">` });
  }
  return out;
}

/** Inline nodes as XLIFF 2 inline content; pc elements open and close as the marks change. */
function inlineXml(nodes: InlineNode[], ids: { n: number }): string {
  let xml = '';
  let stack: OpenMark[] = [];
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      xml += `<ph id="${++ids.n}" type="fmt" subType="xlf:lb"/>`;
      continue;
    }
    const wanted = openMarks(node.marks);
    let common = 0;
    while (common < stack.length && common < wanted.length && stack[common]!.key === wanted[common]!.key) common++;
    xml += '</pc>'.repeat(stack.length - common);
    stack = stack.slice(0, common);
    for (const m of wanted.slice(common)) {
      xml += m.open(++ids.n);
      stack.push(m);
    }
    xml += escapeXmlText(node.text);
  }
  return xml + '</pc>'.repeat(stack.length);
}

function nmtoken(value: string, fallback: string): string {
  const t = value.replace(/[^\p{L}\p{N}._:-]/gu, '_');
  return t || fallback;
}
