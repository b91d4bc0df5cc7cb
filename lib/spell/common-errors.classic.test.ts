import { describe, expect, it } from 'vitest';
import { commonMisspelling } from './common-errors';

describe('commonMisspelling (errors the dictionary accepts)', () => {
  it('rewrites the classic forms', () => {
    const cases: [string, string][] = [
      ['되요', '돼요'],
      ['안되요', '안돼요'],
      ['되도', '돼도'],
      ['안되야', '안돼야'],
      ['되야지', '돼야지'],
      ['됬다', '됐다'],
      ['할께요', '할게요'],
      ['갈께', '갈게'],
      ['있슴', '있음'],
      ['아니예요', '아니에요'],
      ['설레임', '설렘'],
      ['헤매이다', '헤매다'],
      ['삼가해', '삼가'],
      ['치뤘다', '치렀다'],
      ['낯설은', '낯선'],
      ['날으는', '나는'],
      ['출산률', '출산율'],
      ['합격율', '합격률'],
      ['뵈요', '봬요'],
      ['익숙치', '익숙지'],
      ['서슴치', '서슴지'],
      ['생각컨대', '생각건대'],
      ['걸맞는', '걸맞은'],
      ['겸연적어', '겸연쩍어'],
      ['맥적다', '맥쩍다'],
    ];
    for (const [wrong, right] of cases) expect(commonMisspelling(wrong), wrong).toBe(right);
  });
  it('leaves correct words alone', () => {
    for (const w of [
      '돼요',
      '안 되다',
      '됐다',
      '할게요',
      '있음',
      '있습니다',
      '친구예요',
      '설렘',
      '헤매다',
      '삼가다',
      '치렀다',
      '낯선',
      '나는',
      '출산율',
      '합격률',
      '비율',
      '법률',
      '확률을',
      '메일',
      '되다',
      '되는',
      '되도록',
      '되라',
      '돼도',
      '가치',
      '걸맞은',
      '맞는',
      '멋쩍다',
      '적다',
      '객석',
      '김치',
      '위치',
      '일치',
      '요컨대',
      '익숙지',
    ])
      expect(commonMisspelling(w), w).toBeNull();
  });
});
