// XLIFF 1.2 (<trans-unit>) and 2.x (<unit>/<segment>) import. One unit is one paragraph: the
// segments and ignorables of a 2.x unit are joined in order. Inline markup keeps its text (g, pc, mrk);
// bold/italic come from <g ctype="bold|italic"> and <pc type="fmt" subType="xlf:b|xlf:i"> (or
// fs:fs="b|strong|i|em"); links from <pc fs:fs="a" fs:subFs="href,…">; line breaks from
// <x ctype="lb"/>, <ph ctype="lb"/> or <ph subType="xlf:lb"/>. Native code (bpt/ept/it/ph content)
// and placeholders are dropped.
import { ImportError } from './errors';
import { InlineBuilder, type MarkState } from './inline';
import type { ImportedDocument, ImportedSegment } from './types';
import { attr, childElements, descendants, firstChild, isElement, parseXml, type XmlElement } from './xml';

const DROP = new Set(['bx', 'ex', 'sc', 'ec', 'sm', 'em', 'cp', 'bpt', 'ept', 'it', 'ut', 'sub', 'x', 'ph']);

export function parseXliff(xml: string): Omit<ImportedDocument, 'format'> {
  const root = parseXml(xml, 'XLIFF file');
  if (root.name !== 'xliff') {
    throw new ImportError('unsupported', `The file is XML but not XLIFF (its root element is <${root.name}>, expected <xliff>).`);
  }
  const version = root.attrs.version ?? '';
  const v2 = version.startsWith('2');
  if (!v2 && !version.startsWith('1')) {
    throw new ImportError('unsupported', `XLIFF version "${version || '(none)'}" is not supported; use XLIFF 1.2, 2.0 or 2.1.`);
  }
  const files = childElements(root, 'file');
  if (!files.length) throw new ImportError('malformed', 'The XLIFF file has no <file> element.');
  const segments: ImportedSegment[] = [];
  let sourceLang = v2 ? root.attrs.srcLang : undefined;
  let targetLang = v2 ? root.attrs.trgLang : undefined;
  for (const file of files) {
    if (!v2) {
      sourceLang ??= file.attrs['source-language'];
      targetLang ??= file.attrs['target-language'];
      for (const tu of descendants(file, 'trans-unit')) addUnit(segments, tu);
    } else {
      for (const unit of descendants(file, 'unit')) addUnit2(segments, unit);
    }
  }
  if (!segments.length) throw new ImportError('empty', 'The XLIFF file contains no translation units with source text.');
  const title = files[0]?.attrs.original?.trim();
  return { segments, sourceLang, targetLang, ...(title ? { title } : {}) };
}

function addUnit(out: ImportedSegment[], tu: XmlElement): void {
  const source = firstChild(tu, 'source');
  const target = firstChild(tu, 'target');
  if (!source) return;
  const s = new InlineBuilder(false);
  walk(source, s, {});
  const src = s.finish();
  if (!src.text) return;
  const seg: ImportedSegment = { kind: 'paragraph', content: src.content, text: src.text };
  if (tu.attrs.id) seg.externalId = tu.attrs.id;
  if (target) {
    const t = new InlineBuilder(false);
    walk(target, t, {});
    const tgt = t.finish();
    if (tgt.text) seg.target = tgt;
  }
  out.push(seg);
}

function addUnit2(out: ImportedSegment[], unit: XmlElement): void {
  const s = new InlineBuilder(false);
  const t = new InlineBuilder(false);
  let segmentsSeen = 0;
  let targetsSeen = 0;
  for (const part of childElements(unit)) {
    if (part.name !== 'segment' && part.name !== 'ignorable') continue;
    const source = firstChild(part, 'source');
    const target = firstChild(part, 'target');
    if (!source) continue;
    walk(source, s, {});
    if (part.name === 'segment') {
      segmentsSeen++;
      if (target) targetsSeen++;
    }
    walk(target ?? source, t, {});
  }
  const src = s.finish();
  if (!src.text) return;
  const seg: ImportedSegment = { kind: 'paragraph', content: src.content, text: src.text };
  const externalId = unit.attrs.name ?? unit.attrs.id;
  if (externalId) seg.externalId = externalId;
  // A translation counts only when every segment of the unit has one.
  const tgt = t.finish();
  if (segmentsSeen > 0 && targetsSeen === segmentsSeen && tgt.text) seg.target = tgt;
  out.push(seg);
}

function walk(el: XmlElement, b: InlineBuilder, marks: MarkState): void {
  for (const child of el.children) {
    if (!isElement(child)) {
      b.text(child.text, marks);
      continue;
    }
    const name = child.name;
    if (name === 'x' || name === 'ph') {
      if (isLineBreak(child)) b.hardBreak();
      continue;
    }
    if (DROP.has(name)) continue;
    walk(child, b, name === 'g' || name === 'pc' ? markState(child, marks) : marks);
  }
}

function isLineBreak(el: XmlElement): boolean {
  return el.attrs.ctype === 'lb' || el.attrs.subType === 'xlf:lb' || el.attrs.equiv === '\n';
}

function markState(el: XmlElement, marks: MarkState): MarkState {
  const next = { ...marks };
  const ctype = el.attrs.ctype ?? '';
  const sub = el.attrs.subType ?? '';
  const fs = attr(el, 'fs') ?? '';
  if (ctype === 'bold' || ctype === 'x-bold' || sub === 'xlf:b' || fs === 'b' || fs === 'strong') next.bold = true;
  if (ctype === 'italic' || ctype === 'x-italic' || sub === 'xlf:i' || fs === 'i' || fs === 'em') next.italic = true;
  if (fs === 'a') {
    const href = parseSubFs(attr(el, 'subFs') ?? '').href;
    if (href) next.href = href;
  }
  return next;
}

/** fs:subFs: "name,value\name,value", with ',' and '\' in values escaped by a backslash. */
export function parseSubFs(value: string): Record<string, string> {
  const out: Record<string, string> = {};
  const pairs: string[][] = [];
  let field = '';
  let pair: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const next = value[i + 1];
    if (c === '\\' && (next === ',' || next === '\\')) {
      field += next;
      i++;
    } else if (c === ',' && pair.length === 0) {
      pair.push(field);
      field = '';
    } else if (c === '\\') {
      pair.push(field);
      pairs.push(pair);
      pair = [];
      field = '';
    } else field += c;
  }
  pair.push(field);
  pairs.push(pair);
  for (const [k, v] of pairs) if (k && v !== undefined) out[k] = v;
  return out;
}

export function escapeSubFsValue(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/,/g, '\\,');
}
