// POST /v2/translate: validates what DeepL validates (texts, languages, formality, tag handling,
// glossaries), bills characters against the quota (456 past it) and answers with the visibly fake
// pseudo-translation (pseudo.ts), or with a canned answer from mode.fixedTranslations.

import { HttpError } from './glossaries';
import { findSourceLanguage, findTargetLanguage } from './languages';
import type { Params } from './params';
import { billedCharacters, fakeTranslate } from './pseudo';
import { MAX_TEXTS_PER_REQUEST, type ServerState } from './state';

const FORMALITIES = new Set(['default', 'more', 'less', 'prefer_more', 'prefer_less']);

export function translate(state: ServerState, params: Params): { status: number; body: unknown } {
  const { stats, mode, glossaries } = state;
  const texts = params.all('text');
  if (texts.length === 0) throw new HttpError(400, "Parameter 'text' not specified.");
  if (texts.length > MAX_TEXTS_PER_REQUEST) {
    throw new HttpError(413, `Too many texts in one request: at most ${MAX_TEXTS_PER_REQUEST} are allowed.`);
  }
  const targetRaw = params.get('target_lang');
  if (!targetRaw) throw new HttpError(400, "Parameter 'target_lang' not specified.");
  const target = findTargetLanguage(targetRaw);
  if (!target) throw new HttpError(400, "Value for 'target_lang' not supported.");
  const sourceRaw = params.get('source_lang');
  const source = sourceRaw ? findSourceLanguage(sourceRaw) : undefined;
  if (sourceRaw && !source) throw new HttpError(400, "Value for 'source_lang' not supported.");

  const formality = (params.get('formality') ?? 'default').toLowerCase();
  if (!FORMALITIES.has(formality)) throw new HttpError(400, "Value for 'formality' not supported.");
  if ((formality === 'more' || formality === 'less') && !target.supports_formality) {
    throw new HttpError(400, "'formality' is not supported for given 'target_lang'.");
  }
  let marker = '';
  if (target.supports_formality && formality.endsWith('more')) marker = ' formal';
  if (target.supports_formality && formality.endsWith('less')) marker = ' informal';

  const tagHandling = params.get('tag_handling');
  if (tagHandling !== undefined && tagHandling !== '' && tagHandling !== 'xml' && tagHandling !== 'html') {
    throw new HttpError(400, "Value for 'tag_handling' not supported.");
  }
  const ignoreTags = params
    .all('ignore_tags')
    .flatMap((v) => v.split(','))
    .map((t) => t.trim())
    .filter((t) => t !== '');

  const glossaryIds = [...params.all('glossary_id'), ...params.all('glossary_ids').flatMap((v) => v.split(','))]
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const glossaryEntries = new Map<string, string>();
  if (glossaryIds.length > 0) {
    if (!source) throw new HttpError(400, "Use of a glossary requires the 'source_lang' parameter to be specified.");
    for (const id of glossaryIds) {
      let g;
      try {
        g = glossaries.get(id);
      } catch {
        throw new HttpError(400, `Invalid glossary_id '${id}': glossary not found.`);
      }
      const dict = glossaries.findDictionary(g, source.language, target.language);
      if (!dict) throw new HttpError(400, "Glossary languages don't match the requested source_lang and target_lang.");
      for (const [s, t] of dict.entries) if (!glossaryEntries.has(s)) glossaryEntries.set(s, t);
    }
  }

  const billed = texts.map((t) => billedCharacters(t, tagHandling));
  const total = billed.reduce((a, b) => a + b, 0);
  if (stats.billedCharacters + total > state.characterLimit()) {
    throw new HttpError(456, 'Quota exceeded. The character limit has been reached.');
  }

  const translations = texts.map((text, i) => ({
    detected_source_language: source?.language ?? (/[\uac00-\ud7a3]/.test(text) ? 'KO' : 'EN'),
    text:
      mode.fixedTranslations && Object.hasOwn(mode.fixedTranslations, text)
        ? mode.fixedTranslations[text]!
        : fakeTranslate(text, {
            tagHandling,
            ignoreTags,
            glossary: glossaryEntries,
            dropProtected: mode.dropProtected,
            marker,
          }),
    billed_characters: billed[i],
    ...(params.has('model_type') ? { model_type_used: 'quality_optimized' } : {}),
  }));
  stats.translateOk += 1;
  stats.texts += texts.length;
  stats.billedCharacters += total;
  return { status: 200, body: { translations } };
}
