import { describe, expect, it } from 'vitest';
import { languageName } from './language-name';

describe('languageName', () => {
  it('names the project languages in the interface language', () => {
    expect(languageName('en', 'ko')).toBe('영어');
    expect(languageName('ko', 'ko')).toBe('한국어');
    expect(languageName('ko', 'en')).toBe('Korean');
  });
  it('keeps a code it cannot read', () => {
    expect(languageName('not a code', 'ko')).toBe('not a code');
  });
});
