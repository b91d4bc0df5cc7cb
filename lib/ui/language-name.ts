// A language code ("en", "ko") as the interface language names it ("영어", "Korean"), or the code
// itself when the runtime does not know it.
export function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
