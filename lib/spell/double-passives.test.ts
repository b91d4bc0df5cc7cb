import { describe, expect, it } from 'vitest';
import { commonMisspelling } from './common-errors';
import { doublePassive } from './double-passives';

describe('doublePassive (이중 피동: a passive verb in -이-/-히-/-리-/-기- with -어지다)', () => {
  it('gives the single passive with the same ending', () => {
    const cases: [string, string][] = [
      ['잊혀진', '잊힌'],
      ['잊혀지다', '잊히다'],
      ['보여지는', '보이는'],
      ['짜여진', '짜인'],
      ['놓여진', '놓인'],
      ['찢겨진', '찢긴'],
      ['쓰여진', '쓰인'],
      ['씌어진', '쓰인'],
      ['씌여진', '쓰인'],
      ['믿겨지다', '믿기다'],
      ['읽혀지다', '읽히다'],
      ['닫혀지다', '닫히다'],
      ['나뉘어지다', '나뉘다'],
      ['바뀌어진', '바뀐'],
      ['열려질', '열릴'],
      ['팔려짐', '팔림'],
      ['잡혀집니다', '잡힙니다'],
      ['닫혀졌다', '닫혔다'],
      ['믿겨져서', '믿겨서'],
      ['나뉘어졌고', '나뉘었고'],
      ['쓰여져', '쓰여'],
      ['보여지기도', '보이기도'],
      // 되다 with -어지다; a needless -우- after a passive stem.
      ['생각되어진다', '생각된다'],
      ['사용되어졌다', '사용되었다'],
      ['되어지는', '되는'],
      ['불리우다', '불리다'],
      ['불리운', '불린'],
      ['불리워진', '불린'],
      ['불리워', '불려'],
    ];
    for (const [wrong, right] of cases) expect(doublePassive(wrong), wrong).toBe(right);
  });
  it('leaves -어지다 on verbs with no passive suffix, causatives and active verbs, and the single passives', () => {
    for (const w of [
      '만들어진',
      '이루어진',
      '주어진',
      '나누어진',
      '나눠진',
      '밝혀진',
      '알려진',
      '남겨진',
      '맡겨진',
      '붙여진',
      '느껴지는',
      '지켜졌다',
      '옮겨진',
      '잊힌',
      '보이는',
      '쓰인',
      '보여주는',
      '쫓겨난',
      '보여',
      '열려',
      '잊혀지',
      '생각되어',
      '되어주는',
      '돼지고기',
      '불리',
      '불리한',
      '보이우',
    ])
      expect(doublePassive(w), w).toBeNull();
  });
  it('is one of the common misspellings', () => {
    expect(commonMisspelling('잊혀진')).toBe('잊힌');
    expect(commonMisspelling('만들어진')).toBeNull();
  });
});

describe('commonMisspelling (-(으)로써 after a verb noun form, ㄹ-stems before -ㄴ, 삼가다)', () => {
  it('writes -으로써 after a noun form in -(으)ㅁ, and 이로써', () => {
    const cases: [string, string][] = [
      ['공개함으로서', '공개함으로써'],
      ['줄임으로서', '줄임으로써'],
      ['함으로서', '함으로써'],
      ['했음으로서', '했음으로써'],
      ['이로서', '이로써'],
      // A ㄹ-stem's noun form in ㄻ.
      ['만듦으로서', '만듦으로써'],
      ['힘듦으로서', '힘듦으로써'],
    ];
    for (const [wrong, right] of cases) expect(commonMisspelling(wrong), wrong).toBe(right);
  });
  it('leaves -으로서 after nouns (capacity), and -으로써 alone', () => {
    for (const w of [
      '책임감으로서',
      '가능성으로서',
      '책임으로서',
      '사람으로서',
      '학생으로서',
      '공개함으로써',
      '이로써',
      '그로서',
      '모임으로서',
      '삶으로서',
      '앎으로서',
      '만듦으로써',
    ])
      expect(commonMisspelling(w), w).toBeNull();
  });
  it('drops the ㄹ of a two-syllable ㄹ-stem before -ㄴ, not of a noun with 은', () => {
    expect(commonMisspelling('시들은')).toBe('시든');
    expect(commonMisspelling('찌들은')).toBe('찌든');
    for (const w of ['시든', '찌든', '들은', '길은', '물은', '하늘은', '시들어']) expect(commonMisspelling(w), w).toBeNull();
  });
  it('takes -아 on 삼가 directly (삼가해야 → 삼가야)', () => {
    expect(commonMisspelling('삼가해야')).toBe('삼가야');
    expect(commonMisspelling('삼가해서')).toBe('삼가서');
    for (const w of ['삼가야', '삼가다', '삼가서']) expect(commonMisspelling(w), w).toBeNull();
  });
});

describe('more -히-/-리- passives (갇히다, 걷히다, 찔리다)', () => {
  it('갇혀져 → 갇혀, 걷혀진 → 걷힌, 찔려졌다 → 찔렸다', () => {
    expect(doublePassive('갇혀져')).toBe('갇혀');
    expect(doublePassive('걷혀진')).toBe('걷힌');
    expect(doublePassive('찔려졌다')).toBe('찔렸다');
  });
  it('not the single passive nor a causative in the same shape', () => {
    expect(doublePassive('갇혀')).toBeNull();
    expect(doublePassive('갇혔다')).toBeNull();
    expect(doublePassive('밝혀졌다')).toBeNull();
  });
});
