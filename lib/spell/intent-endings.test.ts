import { describe, expect, it } from 'vitest';
import { intentYaQueries, intentYaRival, isIntentYa } from './intent-endings';
import { verdictFor } from './verdict';

const spellOf =
  (...words: string[]) =>
  (s: string) =>
    words.includes(s);

describe('-(으)려야 (하려야, the standard form of 할래야)', () => {
  it('takes -(으)려야 where the dictionary takes -(으)려고', () => {
    expect(isIntentYa('하려야', spellOf('하려고'))).toBe(true);
    expect(isIntentYa('먹으려야', spellOf('먹으려고'))).toBe(true);
    expect(isIntentYa('하려야', spellOf())).toBe(false);
    expect(isIntentYa('할래야', spellOf('할래고'))).toBe(false); // no -려야
  });

  it('corrects -ㄹ래야 and -ㄹ려야 to -(으)려야 where the ㄹ is no part of the stem', () => {
    const spell = spellOf('하려고', '먹으려고', '만들려고', '갈려고', '가려고');
    expect(intentYaRival('할래야', spell)).toBe('하려야');
    expect(intentYaRival('할려야', spell)).toBe('하려야');
    expect(intentYaRival('먹을래야', spell)).toBe('먹으려야');
    expect(intentYaRival('만들래야', spell)).toBeNull(); // 만드려고 is no word: the ㄹ is the stem's
    expect(intentYaRival('갈래야', spell)).toBeNull(); // 갈려고 (갈다) is a word: left alone
    expect(intentYaRival('하려야', spell)).toBeNull();
  });

  it('in the verdict: 하려야 passes, 할래야 gets 하려야 first; the queries hold the probes', () => {
    const words = ['하려고'];
    expect(verdictFor('하려야', { spell: (w) => words.includes(w), suggest: () => ['하여야'] }).ok).toBe(true);
    const v = verdictFor('할래야', { spell: (w) => words.includes(w), suggest: () => ['할애야'] });
    expect(v.ok).toBe(false);
    expect(v.suggestions[0]).toBe('하려야');
    expect(intentYaQueries('할래야')).toEqual(expect.arrayContaining(['하려고', '할려고']));
    expect(intentYaQueries('하려야')).toContain('하려고');
  });
});
