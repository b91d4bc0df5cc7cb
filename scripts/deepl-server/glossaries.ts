// In-memory glossary store shared by the v2 (one language pair) and v3 (multilingual,
// "dictionaries") endpoints, as on DeepL where v3 sees every glossary and v2 only those with a
// single dictionary. Ids are counters shaped like UUIDs so runs are reproducible.

import { glossaryLanguage, isGlossaryLanguage } from './languages';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface Dictionary {
  sourceLang: string;
  targetLang: string;
  /** Source term -> target term, in insertion order. */
  entries: Map<string, string>;
}

export interface Glossary {
  id: string;
  name: string;
  creationTime: string;
  dictionaries: Dictionary[];
}

/** Parses DeepL glossary TSV: one `source<TAB>target` per line, empty lines skipped. */
export function parseTsv(tsv: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of tsv.split(/\r\n|\n|\r/)) {
    if (line.trim() === '') continue;
    const parts = line.split('\t');
    if (parts.length !== 2) throw new HttpError(400, `Invalid glossary entry (expected one tab): '${line}'`);
    addEntry(entries, parts[0] ?? '', parts[1] ?? '');
  }
  return entries;
}

/** Parses DeepL glossary CSV: `source,target[,source_lang,target_lang]` with "" quoting. */
export function parseCsv(csv: string, sourceLang: string, targetLang: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const row of csvRows(csv)) {
    if (row.length === 1 && (row[0] ?? '').trim() === '') continue;
    if (row.length !== 2 && row.length !== 4) {
      throw new HttpError(400, `Invalid glossary CSV row: expected 2 or 4 columns, got ${row.length}`);
    }
    if (row.length === 4) {
      if (glossaryLanguage(row[2] ?? '') !== sourceLang || glossaryLanguage(row[3] ?? '') !== targetLang) {
        throw new HttpError(400, 'Glossary CSV languages do not match the requested languages');
      }
    }
    addEntry(entries, row[0] ?? '', row[1] ?? '');
  }
  return entries;
}

function csvRows(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i += 1) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && csv[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function addEntry(entries: Map<string, string>, rawSource: string, rawTarget: string): void {
  const source = rawSource.trim();
  const target = rawTarget.trim();
  if (source === '' || target === '') throw new HttpError(400, 'Glossary entries must not be empty');
  if (entries.has(source)) throw new HttpError(400, `Duplicate source term '${source}'`);
  entries.set(source, target);
}

export function toTsv(entries: Map<string, string>): string {
  return Array.from(entries, ([s, t]) => `${s}\t${t}`).join('\n');
}

export function parseEntries(
  entries: string | undefined,
  format: string | undefined,
  sourceLang: string,
  targetLang: string,
): Map<string, string> {
  if (entries === undefined) throw new HttpError(400, "Missing parameter 'entries'");
  const fmt = (format ?? 'tsv').toLowerCase();
  if (fmt === 'tsv') return parseTsv(entries);
  if (fmt === 'csv') return parseCsv(entries, sourceLang, targetLang);
  throw new HttpError(400, "Value for 'entries_format' not supported.");
}

export function checkLanguagePair(sourceLang: string | undefined, targetLang: string | undefined): { source: string; target: string } {
  if (!sourceLang) throw new HttpError(400, "Missing parameter 'source_lang'");
  if (!targetLang) throw new HttpError(400, "Missing parameter 'target_lang'");
  if (!isGlossaryLanguage(sourceLang) || !isGlossaryLanguage(targetLang)) {
    throw new HttpError(400, 'Unsupported glossary source and target language pair.');
  }
  const source = glossaryLanguage(sourceLang);
  const target = glossaryLanguage(targetLang);
  if (source === target) throw new HttpError(400, 'Unsupported glossary source and target language pair.');
  return { source, target };
}

export class GlossaryStore {
  private readonly glossaries = new Map<string, Glossary>();
  private counter = 0;

  create(name: string | undefined, dictionaries: Dictionary[]): Glossary {
    if (!name) throw new HttpError(400, "Missing parameter 'name'");
    if (dictionaries.length === 0) throw new HttpError(400, 'A glossary needs at least one dictionary');
    const seen = new Set<string>();
    for (const d of dictionaries) {
      const key = `${d.sourceLang}>${d.targetLang}`;
      if (seen.has(key)) throw new HttpError(400, `Duplicate dictionary for ${d.sourceLang} -> ${d.targetLang}`);
      seen.add(key);
    }
    this.counter += 1;
    const id = `00000000-0000-4000-8000-${this.counter.toString(16).padStart(12, '0')}`;
    const glossary: Glossary = { id, name, creationTime: new Date().toISOString(), dictionaries };
    this.glossaries.set(id, glossary);
    return glossary;
  }

  get(id: string): Glossary {
    const g = this.glossaries.get(id);
    if (!g) throw new HttpError(404, 'Glossary not found');
    return g;
  }

  list(): Glossary[] {
    return Array.from(this.glossaries.values());
  }

  delete(id: string): void {
    if (!this.glossaries.delete(id)) throw new HttpError(404, 'Glossary not found');
  }

  clear(): void {
    this.glossaries.clear();
  }

  findDictionary(glossary: Glossary, sourceLang: string, targetLang: string): Dictionary | undefined {
    const s = glossaryLanguage(sourceLang);
    const t = glossaryLanguage(targetLang);
    return glossary.dictionaries.find((d) => d.sourceLang === s && d.targetLang === t);
  }
}

export function v2Info(g: Glossary): Record<string, unknown> {
  const d = g.dictionaries[0];
  if (!d) throw new HttpError(404, 'Glossary not found');
  return {
    glossary_id: g.id,
    name: g.name,
    ready: true,
    source_lang: d.sourceLang,
    target_lang: d.targetLang,
    creation_time: g.creationTime,
    entry_count: d.entries.size,
  };
}

export function v3DictionaryInfo(d: Dictionary): Record<string, unknown> {
  return { source_lang: d.sourceLang, target_lang: d.targetLang, entry_count: d.entries.size };
}

export function v3Info(g: Glossary): Record<string, unknown> {
  return {
    glossary_id: g.id,
    name: g.name,
    dictionaries: g.dictionaries.map(v3DictionaryInfo),
    creation_time: g.creationTime,
  };
}
