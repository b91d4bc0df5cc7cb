// TMX 1.4b export (valid against the LISA DTD) and import. A unit is a source/target pair of plain
// texts with optional creation date, creator and context (the neighbouring source paragraphs, kept
// as <prop type="x-context-prev|x-context-next">). Import matches languages loosely: "en" finds
// en-US and en_GB, "ko-KR" finds ko; an exact tag wins over a loose one.
import { ImportError } from './import/errors';
import { escapeXmlAttr, escapeXmlText, isLanguageTag } from './import/xml-write';
import { attr, childElements, firstChild, isElement, parseXml, type XmlElement } from './import/xml';

export interface TmxUnit {
  source: string;
  target: string;
  createdAt?: Date;
  creator?: string;
  context?: { prev?: string; next?: string };
  /** Workflow state (CONFIRMED, APPROVED), as <prop type="x-state">; origin as <prop type="x-origin">. */
  state?: string;
  origin?: string;
}

export interface TmxExportOptions {
  sourceLang: string;
  targetLang: string;
  tool?: { name: string; version: string };
  /** Header creation date; defaults to now. */
  createdAt?: Date;
}

export interface TmxImportOptions {
  sourceLang: string;
  targetLang: string;
}

export interface TmxImportError {
  /** 1-based position of the <tu> in the file. */
  index: number;
  message: string;
}

export interface TmxImportResult {
  units: TmxUnit[];
  errors: TmxImportError[];
  /** Header srclang, if any. */
  sourceLang?: string;
}

const CONTEXT_PROPS = { prev: ['x-context-prev', 'prev'], next: ['x-context-next', 'next'] } as const;

export function exportTmx(units: TmxUnit[], opts: TmxExportOptions): string {
  for (const lang of [opts.sourceLang, opts.targetLang]) {
    if (!isLanguageTag(lang)) throw new Error(`exportTmx: "${lang}" is not a language tag`);
  }
  const tool = opts.tool ?? { name: 'Bilingual Workbench', version: '0.1.0' };
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="${escapeXmlAttr(tool.name)}" creationtoolversion="${escapeXmlAttr(tool.version)}"` +
      ` segtype="paragraph" o-tmf="${escapeXmlAttr(tool.name)}" adminlang="en" srclang="${escapeXmlAttr(opts.sourceLang)}"` +
      ` datatype="plaintext" creationdate="${tmxDate(opts.createdAt ?? new Date())}"/>`,
    '  <body>',
  ];
  for (const u of units) {
    const attrs =
      (u.createdAt ? ` creationdate="${tmxDate(u.createdAt)}"` : '') + (u.creator ? ` creationid="${escapeXmlAttr(u.creator)}"` : '');
    out.push(`    <tu${attrs}>`);
    if (u.context?.prev) out.push(`      <prop type="x-context-prev">${escapeXmlText(u.context.prev)}</prop>`);
    if (u.context?.next) out.push(`      <prop type="x-context-next">${escapeXmlText(u.context.next)}</prop>`);
    if (u.state) out.push(`      <prop type="x-state">${escapeXmlText(u.state)}</prop>`);
    if (u.origin) out.push(`      <prop type="x-origin">${escapeXmlText(u.origin)}</prop>`);
    out.push(`      <tuv xml:lang="${escapeXmlAttr(opts.sourceLang)}"><seg>${escapeXmlText(u.source)}</seg></tuv>`);
    out.push(`      <tuv xml:lang="${escapeXmlAttr(opts.targetLang)}"><seg>${escapeXmlText(u.target)}</seg></tuv>`);
    out.push('    </tu>');
  }
  out.push('  </body>', '</tmx>', '');
  return out.join('\n');
}

/** TMX dates: YYYYMMDDThhmmssZ (UTC). */
export function tmxDate(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function parseTmxDate(s: string | undefined): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s?.trim() ?? '');
  if (!m) return undefined;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Loose language match: 0 = no match, 1 = same primary language, 2 = same tag. */
export function languageMatch(wanted: string, actual: string): 0 | 1 | 2 {
  const a = wanted.trim().toLowerCase().replace(/_/g, '-');
  const b = actual.trim().toLowerCase().replace(/_/g, '-');
  if (!a || !b) return 0;
  if (a === b) return 2;
  return a.split('-')[0] === b.split('-')[0] ? 1 : 0;
}

/** Parses TMX 1.1–1.4 text. Throws ImportError('malformed'|'unsupported') for a file that is not TMX at all. */
export function importTmx(xml: string, opts: TmxImportOptions): TmxImportResult {
  const root = parseXml(xml, 'TMX file');
  if (root.name !== 'tmx') {
    throw new ImportError('unsupported', `The file is XML but not TMX (its root element is <${root.name}>, expected <tmx>).`);
  }
  const header = firstChild(root, 'header');
  const body = firstChild(root, 'body');
  if (!body) throw new ImportError('malformed', 'The TMX file has no <body> element.');
  const units: TmxUnit[] = [];
  const errors: TmxImportError[] = [];
  childElements(body, 'tu').forEach((tu, i) => {
    const variants = childElements(tu, 'tuv').map((tuv) => ({ lang: attr(tuv, 'lang') ?? '', tuv }));
    const source = pick(variants, opts.sourceLang);
    const target = pick(variants, opts.targetLang);
    const langs = variants.map((v) => v.lang || '?').join(', ') || 'none';
    if (!source || !target) {
      const missing = !source ? opts.sourceLang : opts.targetLang;
      errors.push({ index: i + 1, message: `Translation unit ${i + 1} has no "${missing}" variant (languages: ${langs}).` });
      return;
    }
    const s = segText(source);
    const t = segText(target);
    if (!s.trim() || !t.trim()) {
      errors.push({ index: i + 1, message: `Translation unit ${i + 1} has an empty ${!s.trim() ? 'source' : 'target'} segment.` });
      return;
    }
    const unit: TmxUnit = { source: s, target: t };
    const createdAt = parseTmxDate(tu.attrs.creationdate ?? target.attrs.creationdate);
    if (createdAt) unit.createdAt = createdAt;
    const creator = tu.attrs.creationid ?? target.attrs.creationid;
    if (creator) unit.creator = creator;
    const context = readContext(tu);
    if (context) unit.context = context;
    const state = propText(tu, 'x-state');
    if (state) unit.state = state;
    const origin = propText(tu, 'x-origin');
    if (origin) unit.origin = origin;
    units.push(unit);
  });
  const sourceLang = header?.attrs.srclang;
  return { units, errors, ...(sourceLang ? { sourceLang } : {}) };
}

function pick(variants: { lang: string; tuv: XmlElement }[], wanted: string): XmlElement | undefined {
  let best: XmlElement | undefined;
  let score = 0;
  for (const v of variants) {
    const m = languageMatch(wanted, v.lang);
    if (m > score) [best, score] = [v.tuv, m];
  }
  return best;
}

/** The text of <seg>: <hi> keeps its text; native code (bpt, ept, it, ph, ut) and <sub> are dropped. */
function segText(tuv: XmlElement): string {
  const seg = firstChild(tuv, 'seg');
  if (!seg) return '';
  const walk = (el: XmlElement): string => el.children.map((c) => (!isElement(c) ? c.text : c.name === 'hi' ? walk(c) : '')).join('');
  return walk(seg).trim();
}

function propText(tu: XmlElement, type: string): string | undefined {
  const prop = childElements(tu, 'prop').find((p) => p.attrs.type === type);
  return (
    prop?.children
      .map((c) => (isElement(c) ? '' : c.text))
      .join('')
      .trim() || undefined
  );
}

function readContext(tu: XmlElement): TmxUnit['context'] | undefined {
  const context: NonNullable<TmxUnit['context']> = {};
  for (const prop of childElements(tu, 'prop')) {
    const type = prop.attrs.type ?? '';
    const text = prop.children.map((c) => (isElement(c) ? '' : c.text)).join('');
    if ((CONTEXT_PROPS.prev as readonly string[]).includes(type)) context.prev = text;
    if ((CONTEXT_PROPS.next as readonly string[]).includes(type)) context.next = text;
  }
  return context.prev !== undefined || context.next !== undefined ? context : undefined;
}
