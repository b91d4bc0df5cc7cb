import { describe, expect, it } from 'vitest';
import { parseTheme, themeAttribute, themeCookie } from './theme';

describe('theme cookie', () => {
  it('reads the three choices, case and spaces aside', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme(' Light ')).toBe('light');
    expect(parseTheme('system')).toBe('system');
  });
  it('treats a missing or unknown value as system', () => {
    expect(parseTheme(undefined)).toBe('system');
    expect(parseTheme(null)).toBe('system');
    expect(parseTheme('')).toBe('system');
    expect(parseTheme('"><script>')).toBe('system');
    expect(parseTheme('darkest')).toBe('system');
  });
  it('sets data-theme only for an explicit choice', () => {
    expect(themeAttribute('dark')).toBe('dark');
    expect(themeAttribute('light')).toBe('light');
    expect(themeAttribute('system')).toBeUndefined();
  });
  it('writes a site-wide cookie that parses back', () => {
    const c = themeCookie('dark');
    expect(c).toMatch(/^wb-theme=dark; path=\/; max-age=\d+; samesite=lax$/);
    expect(parseTheme(c.split(';')[0]!.split('=')[1])).toBe('dark');
  });
});
