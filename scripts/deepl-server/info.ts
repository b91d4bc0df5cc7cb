// The read-only account endpoints: usage (characters billed so far against the quota), supported
// languages, and the language pairs glossaries accept.

import { HttpError } from './glossaries';
import type { RouteResult } from './glossary-routes';
import { GLOSSARY_LANGUAGES, SOURCE_LANGUAGES, TARGET_LANGUAGES } from './languages';
import type { Params } from './params';
import type { ServerState } from './state';

/** Answers an account request, or returns null when the path is not one of these endpoints. */
export function infoRoute(state: ServerState, path: string, params: Params): RouteResult | null {
  if (path === '/v2/usage') {
    return { status: 200, body: { character_count: state.stats.billedCharacters, character_limit: state.characterLimit() } };
  }
  if (path === '/v2/languages') {
    const type = (params.get('type') ?? 'source').toLowerCase();
    if (type === 'source') return { status: 200, body: SOURCE_LANGUAGES };
    if (type === 'target') return { status: 200, body: TARGET_LANGUAGES };
    throw new HttpError(400, "Value for 'type' not supported.");
  }
  if (path === '/v2/glossary-language-pairs' || path === '/v3/glossary-language-pairs') {
    const pairs = GLOSSARY_LANGUAGES.flatMap((s) =>
      GLOSSARY_LANGUAGES.filter((t) => t !== s).map((t) => ({ source_lang: s, target_lang: t })),
    );
    return { status: 200, body: { supported_languages: pairs } };
  }
  return null;
}
