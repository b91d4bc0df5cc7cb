import { describe, expect, it } from 'vitest';
import { CATEGORY_KEYS, MQM_CATEGORIES, PENALTY, categoryForKey, dimensionOf, severityForKey } from './mqm';

describe('mqm', () => {
  it('has the thirteen API categories and MQM penalties', () => {
    expect(MQM_CATEGORIES).toHaveLength(13);
    expect(PENALTY).toEqual({ neutral: 0, minor: 1, major: 5, critical: 25 });
  });
  it('gives each category a distinct picking key, 1–9 then letters', () => {
    const keys = Object.values(CATEGORY_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
    expect(categoryForKey('1')).toBe('accuracy/mistranslation');
    expect(categoryForKey('9')).toBe('linguistic/punctuation');
    expect(categoryForKey('a')).toBe('style');
    expect(categoryForKey('D')).toBe('markup');
    expect(categoryForKey('z')).toBeNull();
  });
  it('picks severities by letter or by points', () => {
    expect(severityForKey('n')).toBe('neutral');
    expect(severityForKey('m')).toBe('minor');
    expect(severityForKey('j')).toBe('major');
    expect(severityForKey('c')).toBe('critical');
    expect(severityForKey('0')).toBe('neutral');
    expect(severityForKey('5')).toBe('major');
    expect(severityForKey('25')).toBe('critical');
    expect(severityForKey('x')).toBeNull();
  });
  it('groups categories by dimension', () => {
    expect(dimensionOf('accuracy/omission')).toBe('accuracy');
    expect(dimensionOf('markup')).toBe('markup');
  });
});
