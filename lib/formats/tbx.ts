// TBX glossary export/import. Export writes TBX-Basic in the TBX v2 form (ISO 30042:2008):
//   martif[type=TBX-Basic] > martifHeader, text > body > termEntry > langSet[xml:lang] > tig > term
// Where our fields go — all of them TBX-Basic data categories, so the file validates against the
// TBX-Basic XCS and other CAT tools show something sensible:
//   kind          concept-level <descrip type="subjectField">NAME|TERM|DO_NOT_TRANSLATE</descrip>
//                 (subjectField is free text in TBX-Basic; termType's picklist has no fitting value).
//                 NAME terms also get <termNote type="partOfSpeech">properNoun</termNote>, which is
//                 what other tools understand, and which import falls back to when subjectField is
//                 missing or holds a real subject ("Politics").
//   note          concept-level <note>.
//   caseSensitive a term-level <note>case-sensitive</note> on the English term, only when true
//                 (TBX-Basic has no data category for it; a note stays valid and human-readable).
// Import parses with fast-xml-parser and also accepts TBX v3 (<tbx> root, conceptEntry/langSec/termSec).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { escapeMarkup, hasInvalidXmlChars } from '../text/markup';
import { TERM_KINDS, type TermKind } from '../names/term-kind';
import type { GlossaryTerm } from './glossary-csv';

export interface TbxImportError {
  /** 1-based line, for whole-file problems (malformed XML); the parser gives no lines per entry. */
  line?: number;
  /** 1-based index of the termEntry/conceptEntry, when the problem is in one entry. */
  entry?: number;
  message: string;
}

export interface TbxImportResult {
  terms: GlossaryTerm[];
  errors: TbxImportError[];
}

export interface TbxExportOptions {
  sourceLang?: string;
  targetLang?: string;
  /** Shown in martifHeader/fileDesc; e.g. the glossary or project name. */
  title?: string;
}

const CASE_SENSITIVE_NOTE = 'case-sensitive';

export class TbxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TbxError';
  }
}

/**
 * Escapes text and attribute values (lib/text/markup.ts). CR and tab are written as character references
 * because XML parsers normalise a literal CR (and CRLF) to LF, which would break an exact round trip.
 */
function esc(value: string, what: string): string {
  // XML 1.0 cannot carry these at all, not even as character references: refuse rather than drop them.
  if (hasInvalidXmlChars(value)) throw new TbxError(`${what} contains a control character that XML cannot represent`);
  return escapeMarkup(value).replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

export function exportTbx(terms: readonly GlossaryTerm[], options: TbxExportOptions = {}): string {
  const sl = esc(options.sourceLang ?? 'en', 'source language');
  const tl = esc(options.targetLang ?? 'ko', 'target language');
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">',
    `<martif type="TBX-Basic" xml:lang="${sl}">`,
    '  <martifHeader>',
    `    <fileDesc><sourceDesc><p>${esc(options.title ?? 'Glossary', 'title')}</p></sourceDesc></fileDesc>`,
    '    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>',
    '  </martifHeader>',
    '  <text>',
    '    <body>',
  ];
  terms.forEach((t, i) => {
    const where = `term ${i + 1} ("${t.source.slice(0, 40)}")`;
    const pos = t.kind === 'NAME' ? '<termNote type="partOfSpeech">properNoun</termNote>' : '';
    out.push(`      <termEntry id="c${i + 1}">`);
    out.push(`        <descrip type="subjectField">${t.kind}</descrip>`);
    if (t.note !== '') out.push(`        <note>${esc(t.note, `note of ${where}`)}</note>`);
    const caseNote = t.caseSensitive ? `<note>${CASE_SENSITIVE_NOTE}</note>` : '';
    out.push(`        <langSet xml:lang="${sl}"><tig><term>${esc(t.source, where)}</term>${pos}${caseNote}</tig></langSet>`);
    out.push(`        <langSet xml:lang="${tl}"><tig><term>${esc(t.target, `target of ${where}`)}</term>${pos}</tig></langSet>`);
    out.push('      </termEntry>');
  });
  out.push('    </body>', '  </text>', '</martif>', '');
  return out.join('\n');
}

// ---- import -------------------------------------------------------------------------------------

type XmlNode = Record<string, unknown>;

const REPEATED = new Set([
  'termEntry',
  'conceptEntry',
  'langSet',
  'langSec',
  'tig',
  'ntig',
  'termSec',
  'termGrp',
  'termNote',
  'descrip',
  'descripGrp',
  'note',
  'admin',
]);

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * A one-pass decoder for the five XML entities and character references. One pass matters:
 * `&amp;lt;` must become the text `&lt;`, not `<`. Entities declared in a DOCTYPE are left as
 * written rather than expanded (no entity-expansion attacks, and TBX files do not use them).
 */
const entityDecoder = {
  setExternalEntities: () => undefined,
  addInputEntities: () => undefined,
  reset: () => undefined,
  setXmlVersion: () => undefined,
  decode: (text: string) =>
    text.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g, (m, dec: string, hex: string, name: string) => {
      if (name) return NAMED[name] ?? m;
      const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }),
};

function makeParser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: false,
    trimValues: false, // terms are kept exactly, spaces included
    parseTagValue: false, // "2019" stays a string
    parseAttributeValue: false,
    processEntities: true,
    entityDecoder,
    isArray: (name) => REPEATED.has(name),
  });
}

function asArray(value: unknown): XmlNode[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'object' ? (v as XmlNode) : { '#text': String(v) }));
}

/** Text content of an element parsed as a string or as `{ '#text', ...attributes }`. */
function textOf(node: XmlNode | undefined): string {
  if (!node) return '';
  const t = node['#text'];
  return typeof t === 'string' ? t : t === undefined ? '' : String(t);
}

function attr(node: XmlNode, name: string): string {
  const v = node[`@_${name}`];
  return typeof v === 'string' ? v : '';
}

function langMatches(lang: string, want: string): boolean {
  return lang.toLowerCase().split(/[-_]/)[0] === want.toLowerCase().split(/[-_]/)[0];
}

interface TermInfo {
  term: string;
  pos: string;
  notes: string[];
}

/** The first term of a language block (TBX v2 tig/ntig, v3 termSec), with its notes. */
function firstTerm(lang: XmlNode): TermInfo | null {
  const holders = [...asArray(lang.tig), ...asArray(lang.termSec), ...asArray(lang.ntig).flatMap((n) => asArray(n.termGrp))];
  for (const h of holders) {
    if (h.term === undefined) continue;
    const term = typeof h.term === 'object' ? textOf(h.term as XmlNode) : String(h.term);
    const pos = asArray(h.termNote).find((n) => attr(n, 'type') === 'partOfSpeech');
    return { term, pos: pos ? textOf(pos).trim() : '', notes: asArray(h.note).map(textOf) };
  }
  return null;
}

export function importTbx(xml: string, options: { sourceLang?: string; targetLang?: string } = {}): TbxImportResult {
  const sl = options.sourceLang ?? 'en';
  const tl = options.targetLang ?? 'ko';
  const text = xml.replace(/^\ufeff/, '');
  if (text.trim() === '') return { terms: [], errors: [{ line: 1, message: 'The file is empty.' }] };
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    return { terms: [], errors: [{ line, message: `Malformed XML at line ${line}, column ${col}: ${msg}` }] };
  }
  // External entities (SYSTEM/PUBLIC: they would read files or URLs, XXE) are refused; internal
  // ones are left as written (entityDecoder).
  const entity = /<!ENTITY\b[^>]*\b(?:SYSTEM|PUBLIC)\b/i.exec(text);
  if (entity) {
    const line = text.slice(0, entity.index).split('\n').length;
    return {
      terms: [],
      errors: [
        {
          line,
          message: `The file declares an external entity in its DOCTYPE (<!ENTITY … SYSTEM/PUBLIC>, line ${line}); it is not read and the file is not accepted. Remove the DOCTYPE's [ … ] part and import again.`,
        },
      ],
    };
  }
  let doc: XmlNode;
  try {
    doc = makeParser().parse(text) as XmlNode;
  } catch (err) {
    return { terms: [], errors: [{ line: 1, message: `The TBX could not be read: ${err instanceof Error ? err.message : String(err)}.` }] };
  }
  const root = (doc.martif ?? doc.tbx) as XmlNode | undefined;
  if (!root || typeof root !== 'object') {
    const found = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#'));
    return {
      terms: [],
      errors: [{ line: 1, message: `Not a TBX file: the root element is <${found ?? '?'}>, expected <martif> or <tbx>.` }],
    };
  }
  // An element with only whitespace inside parses as a string: <body>\n</body> is an empty body.
  const textEl = root.text;
  const rawBody = textEl && typeof textEl === 'object' ? (textEl as XmlNode).body : undefined;
  const body: XmlNode | undefined = typeof rawBody === 'string' ? {} : (rawBody as XmlNode | undefined);
  if (!body || typeof body !== 'object') {
    return { terms: [], errors: [{ line: 1, message: 'Not a TBX file: no <text><body> element.' }] };
  }

  const terms: GlossaryTerm[] = [];
  const errors: TbxImportError[] = [];
  const entries = [...asArray(body.termEntry), ...asArray(body.conceptEntry)];
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const fail = (message: string) =>
      errors.push({ entry: i + 1, message: `Entry ${i + 1}${attr(entry, 'id') ? ` (id ${attr(entry, 'id')})` : ''}: ${message}` });
    const langs = [...asArray(entry.langSet), ...asArray(entry.langSec)];
    const src = langs.find((l) => langMatches(attr(l, 'xml:lang'), sl));
    const tgt = langs.find((l) => langMatches(attr(l, 'xml:lang'), tl));
    const s = src ? firstTerm(src) : null;
    const t = tgt ? firstTerm(tgt) : null;
    if (!s || s.term.trim() === '') return fail(`no ${sl} term`);
    if (!t || t.term.trim() === '') return fail(`no ${tl} term for "${s.term}"`);
    if (seen.has(s.term)) return fail(`duplicate source term "${s.term}"`);
    seen.add(s.term);

    const descrips = [...asArray(entry.descrip), ...asArray(entry.descripGrp).flatMap((g) => asArray(g.descrip))];
    const subject = descrips.find((d) => attr(d, 'type') === 'subjectField');
    const definitions = descrips.filter((d) => attr(d, 'type') === 'definition').map(textOf);
    const subjectKind = subject ? textOf(subject).trim() : '';
    const kind: TermKind = (TERM_KINDS as readonly string[]).includes(subjectKind)
      ? (subjectKind as TermKind)
      : s.pos === 'properNoun'
        ? 'NAME'
        : 'TERM';
    terms.push({
      source: s.term,
      target: t.term,
      kind,
      // Other tools often keep the explanation in a definition; we write notes only, so this is lossless for ours.
      note: [...definitions, ...asArray(entry.note).map(textOf)].join('\n'),
      caseSensitive: s.notes.includes(CASE_SENSITIVE_NOTE),
    });
  });
  return { terms, errors };
}
