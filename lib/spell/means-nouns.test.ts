import { describe, expect, it } from 'vitest';
import { commonMisspelling } from './common-errors';
import { meansNounMisspelling } from './means-nouns';

describe('meansNounMisspelling (-(으)로서 after a noun of means)', () => {
  it('rewrites a means noun with -(으)로서 to -(으)로써', () => {
    expect(meansNounMisspelling('대화로서')).toBe('대화로써');
    expect(meansNounMisspelling('노력으로서')).toBe('노력으로써');
    expect(meansNounMisspelling('설득으로서')).toBe('설득으로써');
    expect(meansNounMisspelling('남북대화로서')).toBe('남북대화로써');
    expect(meansNounMisspelling('평화협상으로서')).toBe('평화협상으로써');
    expect(commonMisspelling('타협으로서')).toBe('타협으로써');
  });
  it('rewrites a noun of bodily expression or giving-up with -(으)로서 (침묵, 눈물, 죽음, 희생)', () => {
    expect(meansNounMisspelling('침묵으로서')).toBe('침묵으로써');
    expect(meansNounMisspelling('눈물로서')).toBe('눈물로써');
    expect(meansNounMisspelling('죽음으로서')).toBe('죽음으로써');
    expect(meansNounMisspelling('웃음으로서')).toBe('웃음으로써');
    expect(commonMisspelling('희생으로서')).toBe('희생으로써');
    for (const w of ['침묵으로써', '눈물로써', '침묵으로', '교사로서', '행동으로서']) expect(commonMisspelling(w), w).toBeNull();
  });
  it('leaves a standing, a thing-as noun, the right form and a wrong allomorph alone', () => {
    for (const w of [
      '교사로서',
      '부모로서',
      '수험생으로서',
      '기술로서',
      '합의로서',
      '토론으로서',
      '교육으로서',
      '대화로써',
      '노력으로써',
      '대화로',
      '노력로서',
      '대화',
    ])
      expect(meansNounMisspelling(w), w).toBeNull();
    for (const w of ['교사로서', '부모로서', '수험생으로서', '기술로서']) expect(commonMisspelling(w), w).toBeNull();
  });
});
