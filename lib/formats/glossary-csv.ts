// Glossary CSV, compatible with DeepL: DeepL's glossary CSV is headerless, one entry per row,
// `source,target` optionally followed by `source_lang,target_lang` (both or neither), RFC 4180
// quoting. Our default export is exactly that two-column form, so it uploads to DeepL unchanged.
// The 'full' export adds a header row and our own columns (kind, note, case_sensitive) for a
// lossless backup; import accepts both, plus any header naming a subset of those columns.

import { TERM_KINDS, type TermKind } from '../names/term-kind';
import { neutraliseFormula, restoreFormula } from '../text/csv-safe';

export interface GlossaryTerm {
  source: string;
  target: string;
  kind: TermKind;
  note: string;
  caseSensitive: boolean;
}

export interface GlossaryImportError {
  /** 1-based line where the offending row starts (quoted newlines count as lines). */
  line: number;
  message: string;
}

export interface GlossaryImportResult {
  terms: GlossaryTerm[];
  errors: GlossaryImportError[];
}

export interface GlossaryCsvExportOptions {
  /** 'deepl' (default): headerless `source,target`. 'full': header + kind, note, case_sensitive. */
  format?: 'deepl' | 'full';
}

export interface GlossaryCsvImportOptions {
  /** Kind for rows without a kind column. Defaults to 'TERM'. */
  defaultKind?: TermKind;
  /** Rows of DeepL's four-column form for another language pair are refused. Default 'en'/'ko'. */
  sourceLang?: string;
  targetLang?: string;
}

const FULL_HEADER = ['source', 'target', 'kind', 'note', 'case_sensitive'] as const;
const HEADER_ALIASES: Record<string, string> = {
  source: 'source',
  target: 'target',
  kind: 'kind',
  note: 'note',
  case_sensitive: 'case_sensitive',
  casesensitive: 'case_sensitive',
  source_lang: 'source_lang',
  target_lang: 'target_lang',
};

/**
 * Quotes a field when RFC 4180 requires it (comma, quote, CR, LF), and also when it has leading
 * or trailing whitespace: import trims unquoted fields (`source, target` is common in hand-made
 * files), so quoting is what keeps such values exact. A would-be formula is neutralised (csv-safe.ts).
 */
function csvField(raw: string): string {
  const value = neutraliseFormula(raw);
  return value !== raw || /[",\r\n]|^\s|\s$/u.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CRLF between rows, as RFC 4180 says; newlines inside quoted fields are written as they are. */
export function exportGlossaryCsv(terms: readonly GlossaryTerm[], options: GlossaryCsvExportOptions = {}): string {
  const rows: string[][] =
    options.format === 'full'
      ? [[...FULL_HEADER], ...terms.map((t) => [t.source, t.target, t.kind, t.note, t.caseSensitive ? 'true' : 'false'])]
      : terms.map((t) => [t.source, t.target]);
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + (rows.length > 0 ? '\r\n' : '');
}

export interface CsvRow {
  line: number;
  fields: string[];
}

/**
 * RFC 4180 parser that keeps going after a bad row, reporting it, so one stray quote does not
 * hide every other problem in the file. Unquoted fields are trimmed; quoted ones are kept exact.
 */
export function parseCsv(text: string): { rows: CsvRow[]; errors: GlossaryImportError[] } {
  const src = text.replace(/^\ufeff/, '');
  const rows: CsvRow[] = [];
  const errors: GlossaryImportError[] = [];
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const rowLine = line;
    const fields: string[] = [];
    let bad: string | null = null;
    for (;;) {
      let value = '';
      let k = i;
      while (src[k] === ' ' || src[k] === '\t') k += 1; // spaces before an opening quote
      if (src[k] === '"') {
        i = k + 1;
        const openLine = line;
        for (;;) {
          if (i >= src.length) {
            bad ??= `unterminated quoted field (opened on line ${openLine})`;
            break;
          }
          const ch = src[i];
          if (ch === '"') {
            if (src[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i += 1;
            break;
          }
          if (ch === '\n' || (ch === '\r' && src[i + 1] !== '\n')) line += 1;
          value += ch;
          i += 1;
        }
        while (src[i] === ' ' || src[i] === '\t') i += 1; // spaces after the closing quote
        if (i < src.length && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') {
          bad ??= 'unexpected text after a closing quote (quotes inside a field must be doubled)';
          while (i < src.length && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') i += 1;
        }
      } else {
        const start = i;
        while (i < src.length && src[i] !== ',' && src[i] !== '\n' && src[i] !== '\r') i += 1;
        value = src.slice(start, i);
        if (value.includes('"')) bad ??= 'a quote inside an unquoted field (quote the whole field and double the quote)';
        value = value.trim();
      }
      fields.push(restoreFormula(value));
      if (src[i] === ',') {
        i += 1;
        continue;
      }
      break;
    }
    if (src[i] === '\r') i += 1;
    if (src[i] === '\n') i += 1;
    line += 1;
    if (bad) errors.push({ line: rowLine, message: bad });
    else if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
  }
  return { rows, errors };
}

function parseKind(raw: string, fallback: TermKind): TermKind | null {
  if (raw === '') return fallback;
  const k = raw.toUpperCase().replace(/[\s-]+/g, '_');
  return (TERM_KINDS as readonly string[]).includes(k) ? (k as TermKind) : null;
}

function parseBool(raw: string): boolean | null {
  const v = raw.toLowerCase();
  if (['', 'false', '0', 'no', 'n'].includes(v)) return false;
  if (['true', '1', 'yes', 'y'].includes(v)) return true;
  return null;
}

function sameLang(a: string, b: string): boolean {
  return a.toLowerCase().split(/[-_]/)[0] === b.toLowerCase().split(/[-_]/)[0];
}

export function importGlossaryCsv(text: string, options: GlossaryCsvImportOptions = {}): GlossaryImportResult {
  const defaultKind = options.defaultKind ?? 'TERM';
  const { rows, errors } = parseCsv(text);
  const terms: GlossaryTerm[] = [];
  let columns: string[] | null = null;

  const first = rows[0];
  if (first && first.fields[0]?.toLowerCase() === 'source' && first.fields[1]?.toLowerCase() === 'target') {
    columns = first.fields.map((f) => HEADER_ALIASES[f.toLowerCase().replace(/[\s-]/g, '_')] ?? '');
    const unknown = first.fields.filter((_, i) => columns?.[i] === '');
    if (unknown.length > 0) {
      errors.push({ line: first.line, message: `unknown column(s) ${unknown.map((u) => `"${u}"`).join(', ')}; they are ignored` });
    }
    rows.shift();
  }

  const seen = new Map<string, number>();
  for (const { line, fields } of rows) {
    const fail = (message: string) => errors.push({ line, message });
    let record: Record<string, string>;
    if (columns) {
      if (fields.length > columns.length) {
        fail(`${fields.length} fields but the header has ${columns.length}`);
        continue;
      }
      record = Object.fromEntries(columns.map((c, i) => [c, fields[i] ?? '']));
    } else if (fields.length === 2 || fields.length === 4) {
      const [source = '', target = '', sourceLang = '', targetLang = ''] = fields;
      record = { source, target, source_lang: sourceLang, target_lang: targetLang };
    } else {
      fail(`expected 2 fields (source,target) or 4 (source,target,source_lang,target_lang), found ${fields.length}`);
      continue;
    }

    const sl = record.source_lang ?? '';
    const tl = record.target_lang ?? '';
    const wantSl = options.sourceLang ?? 'en';
    const wantTl = options.targetLang ?? 'ko';
    if ((sl && !sameLang(sl, wantSl)) || (tl && !sameLang(tl, wantTl))) {
      fail(`entry is for ${sl || '?'}→${tl || '?'}, not ${wantSl}→${wantTl}`);
      continue;
    }
    const source = record.source ?? '';
    const target = record.target ?? '';
    if (source.trim() === '') {
      fail('empty source term');
      continue;
    }
    if (target.trim() === '') {
      fail(`empty target term for "${source}"`);
      continue;
    }
    const kind = parseKind(record.kind ?? '', defaultKind);
    if (!kind) {
      fail(`unknown kind "${record.kind}" (use ${TERM_KINDS.join(', ')})`);
      continue;
    }
    const caseSensitive = parseBool(record.case_sensitive ?? '');
    if (caseSensitive === null) {
      fail(`case_sensitive must be true or false, not "${record.case_sensitive}"`);
      continue;
    }
    // DeepL refuses glossaries with a source term twice; so do we, pointing at the first one.
    const firstLine = seen.get(source);
    if (firstLine !== undefined) {
      fail(`duplicate source term "${source}" (first on line ${firstLine})`);
      continue;
    }
    seen.set(source, line);
    terms.push({ source, target, kind, note: record.note ?? '', caseSensitive });
  }
  errors.sort((a, b) => a.line - b.line);
  return { terms, errors };
}
