// The colour theme a user picked in the user menu, kept in the `wb-theme` cookie (no database row):
// the root layout reads it on the server and sets <html data-theme>, so the first paint already has
// the right colours (the strict CSP forbids the usual inline script). "system" (or no cookie) leaves
// the attribute off and prefers-color-scheme decides (app/styles/tokens.css).

export const THEME_COOKIE = 'wb-theme';
export const THEMES = ['light', 'dark', 'system'] as const;
export type Theme = (typeof THEMES)[number];

/** The stored choice from a cookie value; anything unknown (tampered, old, missing) is "system". */
export function parseTheme(value: string | null | undefined): Theme {
  const v = (value ?? '').trim().toLowerCase();
  return (THEMES as readonly string[]).includes(v) ? (v as Theme) : 'system';
}

/** The value of <html data-theme>: set for an explicit choice, absent for "system". */
export function themeAttribute(theme: Theme): 'light' | 'dark' | undefined {
  return theme === 'system' ? undefined : theme;
}

/** The Set-Cookie string the browser writes (a year, the whole site, not sent cross-site). */
export function themeCookie(theme: Theme): string {
  return `${THEME_COOKIE}=${theme}; path=/; max-age=31536000; samesite=lax`;
}
