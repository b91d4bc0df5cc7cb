import { describe, expect, it } from 'vitest';
import { DATE_TIME, DATE_TIME_SHORT, TIME } from './date-time';

describe('the interface’s date and time formats', () => {
  const afternoon = new Date('2026-12-07T14:40:05Z');
  const morning = new Date('2026-12-07T09:05:00Z');
  it('leave no Latin letters in Korean, morning or afternoon, and use a 24-hour clock', () => {
    for (const options of [DATE_TIME, DATE_TIME_SHORT, TIME])
      for (const when of [afternoon, morning]) {
        const text = new Intl.DateTimeFormat('ko', { ...options, timeZone: 'UTC' }).format(when);
        expect(text, text).not.toMatch(/[A-Za-z]/);
      }
    expect(new Intl.DateTimeFormat('ko', { ...DATE_TIME, timeZone: 'UTC' }).format(afternoon)).toContain('14:40');
    expect(new Intl.DateTimeFormat('en', { ...DATE_TIME, timeZone: 'UTC' }).format(afternoon)).not.toMatch(/PM/);
  });
});
