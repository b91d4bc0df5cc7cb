import { describe, expect, it } from 'vitest';
import { commonMisspelling } from './common-errors';
import { STANDARD_FORM_PAIRS, standardForm } from './standard-forms';

describe('standardForm (forms the 표준어 규정 names as not standard)', () => {
  it('rewrites a noun alone or with particles, a stem with an ending, an ending', () => {
    expect(standardForm('네째')).toBe('넷째');
    expect(standardForm('네째는')).toBe('넷째는');
    expect(standardForm('여늬')).toBe('여느');
    expect(standardForm('새앙쥐가')).toBe('생쥐가');
    expect(standardForm('더뿌룩한')).toBe('더부룩한');
    expect(standardForm('망그뜨려서')).toBe('망가뜨려서');
    expect(standardForm('동당이쳤다')).toBe('동댕이쳤다');
    expect(standardForm('좋지만서도')).toBe('좋지만');
    expect(commonMisspelling('귀띔')).toBeNull();
    expect(commonMisspelling('귀틤을')).toBe('귀띔을');
  });
  it('leaves the standard forms, longer words that begin so, and words the left-out forms collide with alone', () => {
    for (const [, right] of STANDARD_FORM_PAIRS) expect(standardForm(right), right).toBeNull();
    for (const w of ['네째로운', '꽁치', '보통이', '남비', '주초', '천정', '바래다', '안해', '서령', '허위대출', '무', '무우산', '지만'])
      expect(standardForm(w), w).toBeNull();
  });
});
