// The glossary endpoints: v2 (one language pair per glossary) and v3 (several dictionaries per
// glossary, editable), over the in-memory GlossaryStore (glossaries.ts).

import {
  checkLanguagePair,
  type Dictionary,
  type Glossary,
  type GlossaryStore,
  HttpError,
  parseEntries,
  toTsv,
  v2Info,
  v3DictionaryInfo,
  v3Info,
} from './glossaries';
import type { Params } from './params';

export interface RouteResult {
  status: number;
  body: unknown;
  contentType?: string;
}

function dictionariesFromParams(params: Params): { sourceLang?: string; targetLang?: string; entries?: string; format?: string }[] {
  const json = params.json?.dictionaries;
  if (Array.isArray(json)) {
    return json.map((d: unknown) => {
      const o = (d ?? {}) as Record<string, unknown>;
      const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
      return { sourceLang: str(o.source_lang), targetLang: str(o.target_lang), entries: str(o.entries), format: str(o.entries_format) };
    });
  }
  const byIndex = new Map<number, { sourceLang?: string; targetLang?: string; entries?: string; format?: string }>();
  for (const name of params.names()) {
    const m = /^dictionaries\[(\d+)\]\.(source_lang|target_lang|entries|entries_format)$/.exec(name);
    if (!m) continue;
    const idx = Number(m[1]);
    const d = byIndex.get(idx) ?? {};
    const value = params.get(name);
    if (m[2] === 'source_lang') d.sourceLang = value;
    else if (m[2] === 'target_lang') d.targetLang = value;
    else if (m[2] === 'entries') d.entries = value;
    else d.format = value;
    byIndex.set(idx, d);
  }
  return Array.from(byIndex.entries())
    .sort((a, b) => a[0] - b[0])
    .map(([, d]) => d);
}

function buildDictionary(d: { sourceLang?: string; targetLang?: string; entries?: string; format?: string }): Dictionary {
  const { source, target } = checkLanguagePair(d.sourceLang, d.targetLang);
  return { sourceLang: source, targetLang: target, entries: parseEntries(d.entries, d.format, source, target) };
}

function v2Glossary(glossaries: GlossaryStore, id: string): { glossary: Glossary; dictionary: Dictionary } {
  const glossary = glossaries.get(id);
  const dictionary = glossary.dictionaries[0];
  // Multilingual glossaries are invisible to the v2 API, as on DeepL.
  if (glossary.dictionaries.length !== 1 || !dictionary) throw new HttpError(404, 'Glossary not found');
  return { glossary, dictionary };
}

/** Answers a glossary request, or returns null when the path is not a glossary endpoint. */
export function glossaryRoute(glossaries: GlossaryStore, method: string, path: string, params: Params): RouteResult | null {
  // v2 glossaries: one language pair each.
  if (path === '/v2/glossaries') {
    if (method === 'GET') {
      return {
        status: 200,
        body: {
          glossaries: glossaries
            .list()
            .filter((g) => g.dictionaries.length === 1)
            .map(v2Info),
        },
      };
    }
    if (method === 'POST') {
      const d = buildDictionary({
        sourceLang: params.get('source_lang'),
        targetLang: params.get('target_lang'),
        entries: params.get('entries'),
        format: params.get('entries_format'),
      });
      return { status: 201, body: v2Info(glossaries.create(params.get('name'), [d])) };
    }
    throw new HttpError(405, 'Method not allowed');
  }
  let m = /^\/v2\/glossaries\/([^/]+)(\/entries)?$/.exec(path);
  if (m) {
    const id = decodeURIComponent(m[1] ?? '');
    if (m[2]) {
      if (method !== 'GET') throw new HttpError(405, 'Method not allowed');
      return {
        status: 200,
        body: toTsv(v2Glossary(glossaries, id).dictionary.entries),
        contentType: 'text/tab-separated-values; charset=utf-8',
      };
    }
    if (method === 'GET') return { status: 200, body: v2Info(v2Glossary(glossaries, id).glossary) };
    if (method === 'DELETE') {
      v2Glossary(glossaries, id);
      glossaries.delete(id);
      return { status: 204, body: null };
    }
    throw new HttpError(405, 'Method not allowed');
  }

  // v3 glossaries: several dictionaries (language pairs) each, editable.
  if (path === '/v3/glossaries') {
    if (method === 'GET') return { status: 200, body: { glossaries: glossaries.list().map(v3Info) } };
    if (method === 'POST') {
      const dicts = dictionariesFromParams(params).map(buildDictionary);
      return { status: 201, body: v3Info(glossaries.create(params.get('name'), dicts)) };
    }
    throw new HttpError(405, 'Method not allowed');
  }
  m = /^\/v3\/glossaries\/([^/]+)(\/entries|\/dictionaries)?$/.exec(path);
  if (m) {
    const g = glossaries.get(decodeURIComponent(m[1] ?? ''));
    if (m[2] === '/entries') {
      if (method !== 'GET') throw new HttpError(405, 'Method not allowed');
      const { source, target } = checkLanguagePair(params.get('source_lang'), params.get('target_lang'));
      const dict = glossaries.findDictionary(g, source, target);
      if (!dict) throw new HttpError(404, 'Glossary dictionary not found');
      return {
        status: 200,
        body: {
          dictionaries: [
            { source_lang: dict.sourceLang, target_lang: dict.targetLang, entries: toTsv(dict.entries), entries_format: 'tsv' },
          ],
        },
      };
    }
    if (m[2] === '/dictionaries') {
      const { source, target } = checkLanguagePair(params.get('source_lang'), params.get('target_lang'));
      if (method === 'PUT') {
        const dict = buildDictionary({
          sourceLang: source,
          targetLang: target,
          entries: params.get('entries'),
          format: params.get('entries_format'),
        });
        const i = g.dictionaries.findIndex((d) => d.sourceLang === source && d.targetLang === target);
        if (i >= 0) g.dictionaries[i] = dict;
        else g.dictionaries.push(dict);
        return { status: 200, body: v3DictionaryInfo(dict) };
      }
      if (method === 'DELETE') {
        const i = g.dictionaries.findIndex((d) => d.sourceLang === source && d.targetLang === target);
        if (i < 0) throw new HttpError(404, 'Glossary dictionary not found');
        g.dictionaries.splice(i, 1);
        return { status: 204, body: null };
      }
      throw new HttpError(405, 'Method not allowed');
    }
    if (method === 'GET') return { status: 200, body: v3Info(g) };
    if (method === 'DELETE') {
      glossaries.delete(g.id);
      return { status: 204, body: null };
    }
    if (method === 'PATCH') {
      // PATCH renames and/or merges entries: an existing dictionary keeps its other entries,
      // a new language pair is added.
      const name = params.get('name');
      const dicts = dictionariesFromParams(params).map(buildDictionary);
      if (name === undefined && dicts.length === 0) throw new HttpError(400, 'Nothing to update');
      if (name !== undefined) {
        if (name === '') throw new HttpError(400, "Value for 'name' not supported.");
        g.name = name;
      }
      for (const d of dicts) {
        const existing = glossaries.findDictionary(g, d.sourceLang, d.targetLang);
        if (existing) for (const [s, t] of d.entries) existing.entries.set(s, t);
        else g.dictionaries.push(d);
      }
      return { status: 200, body: v3Info(g) };
    }
    throw new HttpError(405, 'Method not allowed');
  }
  return null;
}
