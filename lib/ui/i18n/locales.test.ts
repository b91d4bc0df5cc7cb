import { describe, expect, it } from 'vitest';
import { pickLocale } from './locales';
import en from './messages/en.json';
import ko from './messages/ko.json';

describe('UI language', () => {
  it('prefers the explicit choice, then the browser languages by quality', () => {
    expect(pickLocale('ko', 'en-US')).toBe('ko');
    expect(pickLocale(undefined, 'ko-KR,ko;q=0.9,en;q=0.8')).toBe('ko');
    expect(pickLocale(undefined, 'fr-FR,en;q=0.5,ko;q=0.7')).toBe('ko');
    expect(pickLocale(undefined, 'de')).toBe('en');
    expect(pickLocale('xx', null)).toBe('en');
  });

  it('has every English string translated into Korean and vice versa', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(ko).sort()).toEqual(keys(en).sort());
    const flat = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'object' ? flat(v) : [v]));
    expect(flat(ko).every((s) => typeof s === 'string' && s.length > 0)).toBe(true);
  });
});
