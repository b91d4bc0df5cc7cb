import { describe, expect, it } from 'vitest';
import { missingNameCheck } from './missing-name';
import { keys, runOne } from './testing';

const run = (en: string, ko: string) => keys(runOne(missingNameCheck, en, ko)).filter((k) => k.includes('cut-surname'));

describe('missing-name: a two-syllable surname cut to its first syllable (황보찬호 … 황 의원)', () => {
  it('flags the cut surname before a title or 씨', () => {
    expect(
      run(
        'Hwangbo Chan-ho(황보찬호), a lawmaker, backed the bill. "It is a floor," he said.',
        '황보찬호 의원은 법안을 지지했다. 황 의원은 “최저선”이라고 말했다.',
      ),
    ).toEqual(['missing-name:cut-surname:황 의원']);
    expect(
      run(
        'Namgung Seo-yeon(남궁서연), a director, said so. "No exceptions," she said.',
        '남궁서연 국장은 그렇게 밝혔다. 남 국장은 “예외는 없다”고 말했다.',
      ),
    ).toEqual(['missing-name:cut-surname:남 국장']);
    expect(
      run(
        'Jegal Min(제갈민), 31, runs a cafe. "Sales fell," she said.',
        '제갈민(31) 씨는 카페를 운영한다. 제 씨는 “매출이 줄었다”고 말했다.',
      ),
    ).toEqual(['missing-name:cut-surname:제 씨']);
  });
  it('accepts the full surname, other people and a one-syllable surname read in two words', () => {
    expect(
      run(
        'Hwangbo Chan-ho(황보찬호), a lawmaker, backed the bill. "It is a floor," he said.',
        '황보찬호 의원은 법안을 지지했다. 황보 의원은 “최저선”이라고 말했다.',
      ),
    ).toEqual([]);
    expect(
      run(
        'Namgung Seo-yeon(남궁서연), a director, said so. "No exceptions," she said.',
        '남궁서연 국장은 그렇게 밝혔다. 남궁 국장은 “예외는 없다”고 말했다.',
      ),
    ).toEqual([]);
    expect(run('Hwang Bo-ra(황보라), a teacher, agreed. "Yes," she said.', '황보라 교사도 동의했다. 황 교사는 “그렇다”고 말했다.')).toEqual(
      [],
    );
    expect(
      run('Hwangbo Chan-ho(황보찬호) and Hwang Min-su(황민수) spoke.', '황보찬호 의원과 황민수 의원이 발언했다. 황 의원은 반대했다.')
        .length,
    ).toBeLessThanOrEqual(1);
    expect(run('Seonwoo Jin(선우진), a coach, said the team was ready.', '선우진 감독은 팀이 준비됐다고 말했다.')).toEqual([]);
    expect(run('Kim Min-ji(김민지), a lawyer, said so.', '김민지 변호사는 그렇게 말했다. 김 변호사는 덧붙였다.')).toEqual([]);
  });
});
