// Language lists of the local DeepL stand-in: a realistic subset of what DeepL answers on
// /v2/languages. Korean does not support formality there, which is what makes `formality=more`
// fail for KO while `prefer_more` falls back silently.

export interface SourceLanguage {
  language: string;
  name: string;
}

export interface TargetLanguage extends SourceLanguage {
  supports_formality: boolean;
}

export const SOURCE_LANGUAGES: readonly SourceLanguage[] = [
  { language: 'AR', name: 'Arabic' },
  { language: 'DE', name: 'German' },
  { language: 'EN', name: 'English' },
  { language: 'ES', name: 'Spanish' },
  { language: 'FR', name: 'French' },
  { language: 'IT', name: 'Italian' },
  { language: 'JA', name: 'Japanese' },
  { language: 'KO', name: 'Korean' },
  { language: 'NL', name: 'Dutch' },
  { language: 'PL', name: 'Polish' },
  { language: 'PT', name: 'Portuguese' },
  { language: 'RU', name: 'Russian' },
  { language: 'UK', name: 'Ukrainian' },
  { language: 'ZH', name: 'Chinese' },
];

export const TARGET_LANGUAGES: readonly TargetLanguage[] = [
  { language: 'AR', name: 'Arabic', supports_formality: false },
  { language: 'DE', name: 'German', supports_formality: true },
  { language: 'EN-GB', name: 'English (British)', supports_formality: false },
  { language: 'EN-US', name: 'English (American)', supports_formality: false },
  { language: 'ES', name: 'Spanish', supports_formality: true },
  { language: 'FR', name: 'French', supports_formality: true },
  { language: 'IT', name: 'Italian', supports_formality: true },
  { language: 'JA', name: 'Japanese', supports_formality: true },
  { language: 'KO', name: 'Korean', supports_formality: false },
  { language: 'NL', name: 'Dutch', supports_formality: true },
  { language: 'PL', name: 'Polish', supports_formality: true },
  { language: 'PT-BR', name: 'Portuguese (Brazilian)', supports_formality: true },
  { language: 'PT-PT', name: 'Portuguese (European)', supports_formality: true },
  { language: 'RU', name: 'Russian', supports_formality: true },
  { language: 'UK', name: 'Ukrainian', supports_formality: false },
  { language: 'ZH', name: 'Chinese (simplified)', supports_formality: false },
];

/** Deprecated target codes DeepL still accepts in requests but no longer lists. */
const TARGET_ALIASES: Record<string, string> = { EN: 'EN-US', PT: 'PT-PT', 'ZH-HANS': 'ZH' };

export function findTargetLanguage(code: string): TargetLanguage | undefined {
  const upper = code.toUpperCase();
  const canonical = TARGET_ALIASES[upper] ?? upper;
  return TARGET_LANGUAGES.find((l) => l.language === canonical);
}

export function findSourceLanguage(code: string): SourceLanguage | undefined {
  const upper = code.toUpperCase();
  return SOURCE_LANGUAGES.find((l) => l.language === upper);
}

/** Glossaries are per base language ("en", not "en-US"), written in lower case. */
export function glossaryLanguage(code: string): string {
  return (code.split('-')[0] ?? '').toLowerCase();
}

export const GLOSSARY_LANGUAGES: readonly string[] = SOURCE_LANGUAGES.map((l) => l.language.toLowerCase());

export function isGlossaryLanguage(code: string): boolean {
  return GLOSSARY_LANGUAGES.includes(glossaryLanguage(code));
}
