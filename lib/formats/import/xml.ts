// A small XML reader over fast-xml-parser for the exchange formats (XLIFF, TMX, docx core props):
// validates first (XMLValidator gives the line of the first problem), then returns a plain element
// tree in document order. Entities are decoded here, once: the five predefined ones and numeric
// character references only — DTD-declared entities are never expanded (no XXE, no billion laughs).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportError } from './errors';

export interface XmlElement {
  /** Local name (namespace prefix removed). */
  name: string;
  /** Attributes by their qualified name (xml:lang stays "xml:lang"); values decoded. */
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | { text: string };

export function isElement(n: XmlNode): n is XmlElement {
  return (n as XmlElement).name !== undefined;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
});

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXmlEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return PREDEFINED[ref]!;
    const cp = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : whole;
  });
}

/**
 * Parses XML text into its root element. `what` names the file in messages ("XLIFF file").
 * Throws ImportError('malformed') with the parser's reason and line number.
 */
export function parseXml(xml: string, what: string): XmlElement {
  const source = xml.replace(/^\ufeff/, '').trimStart();
  const result = XMLValidator.validate(source);
  if (result !== true) {
    throw new ImportError('malformed', `The ${what} is not well-formed XML: ${describeXmlError(source, result.err)}`);
  }
  let raw: unknown[];
  try {
    raw = parser.parse(source) as unknown[];
  } catch (e) {
    throw new ImportError('malformed', `The ${what} is not well-formed XML: ${e instanceof Error ? e.message : String(e)}`);
  }
  const root = convert(raw).find(isElement);
  if (!root) throw new ImportError('malformed', `The ${what} has no root element.`);
  return root;
}

function describeXmlError(source: string, err: { code: string; msg: string; line: number; col?: number }): string {
  const lastLine = source.split('\n').length;
  if (err.code === 'InvalidXml' && err.msg.startsWith("Invalid '[")) {
    // Several elements left open: the file ends too early.
    let open: string[] = [];
    try {
      open = JSON.parse(err.msg.slice("Invalid '".length, -"' found.".length)) as string[];
    } catch {
      /* keep the generic message */
    }
    const path = open.map((n) => `<${n}>`).join(' > ');
    return `unexpected end of file at line ${lastLine}${path ? ` (still open: ${path})` : ''}`;
  }
  const unclosed = /^Unclosed tag '(.+)'\.$/.exec(err.msg);
  if (unclosed) return `unexpected end of file at line ${lastLine} (<${unclosed[1]}> opened at line ${err.line} is never closed)`;
  if (err.msg === 'Start tag expected.') return 'no XML element found (start tag expected at line 1)';
  return `${err.msg.replace(/\.$/, '')} at line ${err.line}${err.col ? `, column ${err.col}` : ''}`;
}

type RawNode = Record<string, unknown>;

function convert(nodes: unknown[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const n of nodes as RawNode[]) {
    if ('#text' in n) {
      out.push({ text: decodeXmlEntities(String(n['#text'])) });
      continue;
    }
    if ('#cdata' in n) {
      const inner = n['#cdata'] as RawNode[];
      out.push({ text: inner.map((c) => String(c['#text'] ?? '')).join('') });
      continue;
    }
    const key = Object.keys(n).find((k) => k !== ':@');
    if (!key || key.startsWith('?') || key.startsWith('!')) continue;
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries((n[':@'] as Record<string, unknown> | undefined) ?? {})) {
      attrs[k] = decodeXmlEntities(String(v));
    }
    const colon = key.indexOf(':');
    out.push({ name: colon >= 0 ? key.slice(colon + 1) : key, attrs, children: convert((n[key] as unknown[]) ?? []) });
  }
  return out;
}

export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => isElement(c) && (name === undefined || c.name === name));
}

export function firstChild(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c): c is XmlElement => isElement(c) && c.name === name);
}

/** All descendant elements with this local name, in document order. */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (e: XmlElement) => {
    for (const c of e.children) {
      if (!isElement(c)) continue;
      if (c.name === name) out.push(c);
      else visit(c);
    }
  };
  visit(el);
  return out;
}

/** All text below an element, markup removed. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (isElement(c) ? textOf(c) : c.text)).join('');
}

/** Attribute by local name: attr(el, 'lang') finds "xml:lang" too. */
export function attr(el: XmlElement, local: string): string | undefined {
  if (el.attrs[local] !== undefined) return el.attrs[local];
  for (const [k, v] of Object.entries(el.attrs)) if (k.endsWith(`:${local}`) && !k.startsWith('xmlns:')) return v;
  return undefined;
}
