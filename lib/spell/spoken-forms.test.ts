import { describe, expect, it } from 'vitest';
import { emphaticGe, isWiCompound, saiSiotRival, spokenFormMisspelling } from './spoken-forms';

describe('the copula after a vowel is 예요', () => {
  it('after a pronoun or the bound noun 거', () => {
    expect(spokenFormMisspelling('뭐에요')).toBe('뭐예요');
    expect(spokenFormMisspelling('거에요')).toBe('거예요');
    expect(spokenFormMisspelling('이거에요')).toBe('이거예요');
    expect(spokenFormMisspelling('누구에요')).toBe('누구예요');
    expect(spokenFormMisspelling('얼마에요')).toBe('얼마예요');
    expect(spokenFormMisspelling('저에요')).toBe('저예요');
    expect(spokenFormMisspelling('얼마예요')).toBeNull();
    expect(spokenFormMisspelling('저녁에요')).toBeNull(); // a noun with 에 and 요
  });
  it('not the right forms, 이에요 after a consonant, nor a noun that may take the locative 에 (+ 요)', () => {
    for (const w of ['뭐예요', '거예요', '것이에요', '아니에요', '어디에요', '선거에요', '학교에요', '집이에요'])
      expect(spokenFormMisspelling(w), w).toBeNull();
  });
});

describe('the retrospective -더- written 드', () => {
  it('after 하 or a past ㅆ', () => {
    expect(spokenFormMisspelling('하드라도')).toBe('하더라도');
    expect(spokenFormMisspelling('공부하드라도')).toBe('공부하더라도');
    expect(spokenFormMisspelling('했드라도')).toBe('했더라도');
    expect(spokenFormMisspelling('갔드라구')).toBe('갔더라고');
    expect(spokenFormMisspelling('하드라면')).toBe('하더라면');
  });
  it('not a loanword noun in 드 with 라도 (카드라도, 보드라도, 코드라도), nor the right form', () => {
    for (const w of ['카드라도', '보드라도', '코드라도', '하더라도', '했더라도', '드라마도'])
      expect(spokenFormMisspelling(w), w).toBeNull();
  });
});

describe('a sai-siot the dictionary writes', () => {
  const dict = new Set(['나뭇잎', '나뭇잎을', '꼭짓점', '고갯짓']);
  const spell = (s: string) => dict.has(s);
  it('finds the listed form with the ㅅ', () => {
    expect(saiSiotRival('나무잎', spell)).toBe('나뭇잎');
    expect(saiSiotRival('나무잎을', spell)).toBe('나뭇잎을');
    expect(saiSiotRival('꼭지점', spell)).toBe('꼭짓점');
  });
  it('nothing when no such form is listed, or before an initial the ㅅ does not sound before', () => {
    expect(saiSiotRival('피자집', spell)).toBeNull();
    expect(saiSiotRival('나무와', spell)).toBeNull();
    expect(saiSiotRival('고개짓', new Set(['고갯짓']).has.bind(new Set(['고갯짓'])))).toBe('고갯짓');
    // ㅇ only before a y-vowel or ㅣ: 나무오 would never be 나뭇오.
    expect(saiSiotRival('나무오리', new Set(['나뭇오리']).has.bind(new Set(['나뭇오리'])))).toBeNull();
  });
});

describe('-게끔 and its regional form -게시리', () => {
  const spell = (s: string) => ['하게', '알게', '먹게'].includes(s);
  it('takes -게끔 where the -게 form is a word, and writes -게시리 as -게끔', () => {
    expect(emphaticGe('하게끔', spell)).toBe(true);
    expect(emphaticGe('알게끔', spell)).toBe(true);
    expect(spokenFormMisspelling('하게시리')).toBe('하게끔');
    expect(spokenFormMisspelling('알게시리')).toBe('알게끔');
  });
  it('not after a form the dictionary refuses, nor a bare 게끔', () => {
    expect(emphaticGe('핫게끔', spell)).toBe(false);
    expect(emphaticGe('게끔', spell)).toBe(false);
    expect(spokenFormMisspelling('게시리')).toBeNull();
    expect(spokenFormMisspelling('하게끔')).toBeNull();
  });
});

describe('-구만 for the exclamative -구먼', () => {
  it('after 는 or a past ㅆ', () => {
    expect(spokenFormMisspelling('하는구만')).toBe('하는구먼');
    expect(spokenFormMisspelling('했구만')).toBe('했구먼');
  });
  it('not a number in 만 (이십구만), nor the right form', () => {
    expect(spokenFormMisspelling('이십구만')).toBeNull();
    expect(spokenFormMisspelling('하는구먼')).toBeNull();
  });
});

describe('a noun and its particle is no compound without its sai-siot', () => {
  const dict = new Set(['바닷가', '바닷가는', '나뭇잎', '나뭇잎도', '기찻길']);
  const spell = (s: string) => dict.has(s);
  it('leaves a noun + particle or copula alone (바다가 is the sea + 가, not 바닷가 misspelt)', () => {
    expect(saiSiotRival('바다가', spell)).toBeNull();
    expect(saiSiotRival('바다도', spell)).toBeNull();
    expect(saiSiotRival('바다다', spell)).toBeNull();
  });
  it('still finds the compound before its own particles', () => {
    expect(saiSiotRival('나무잎도', spell)).toBe('나뭇잎도');
    expect(saiSiotRival('기차길', spell)).toBe('기찻길');
  });
});

describe('no sai-siot before an aspirated or tense consonant (위턱, 위층, 아래층)', () => {
  const dict = new Set(['턱을', '팔을', '아래층', '옷차림', '것처럼', '거처럼']);
  const spell = (s: string) => dict.has(s);
  it('윗턱 → 위턱, 아랫층 → 아래층, 윗팔을 → 위팔을', () => {
    expect(saiSiotRival('윗턱', spell)).toBe('위턱');
    expect(saiSiotRival('아랫층', spell)).toBe('아래층');
    expect(saiSiotRival('윗팔을', spell)).toBe('위팔을');
  });
  it('not a ㅅ that is part of its syllable in a word the dictionary lists (것처럼, 옷차림), nor where the form without it is no word', () => {
    for (const w of ['것처럼', '옷차림', '윗목', '덧칠']) expect(saiSiotRival(w, spell), w).toBeNull();
  });
  it('위 before such a noun is a word, with particles; not before another initial or a non-noun', () => {
    for (const w of ['위턱', '위팔을']) expect(isWiCompound(w, spell), w).toBe(true);
    for (const w of ['위목', '위턱다리', '위', '아래턱']) expect(isWiCompound(w, spell), w).toBe(false);
  });
});

describe('-더니 written 드니, 뭐 written 머', () => {
  it('하드니 → 하더니, 했드니 → 했더니', () => {
    expect(spokenFormMisspelling('하드니')).toBe('하더니');
    expect(spokenFormMisspelling('공부했드니')).toBe('공부했더니');
  });
  it('not 드니 after another syllable (그드니 is no -더니 shape here) nor the right form', () => {
    expect(spokenFormMisspelling('하더니')).toBeNull();
    expect(spokenFormMisspelling('가드니')).toBeNull();
  });
  it('머라고 → 뭐라고, 머해 → 뭐해; not 머리, 머물러, 머지 (merge)', () => {
    expect(spokenFormMisspelling('머라고')).toBe('뭐라고');
    expect(spokenFormMisspelling('머해')).toBe('뭐해');
    expect(spokenFormMisspelling('머리')).toBeNull();
    expect(spokenFormMisspelling('머물러')).toBeNull();
    expect(spokenFormMisspelling('머지')).toBeNull();
    expect(spokenFormMisspelling('뭐라고')).toBeNull();
  });
});

describe('the connective -고 said [구] before 요', () => {
  it('after 하, 되, a past or future ㅆ, 없 or 않', () => {
    expect(spokenFormMisspelling('하구요')).toBe('하고요');
    expect(spokenFormMisspelling('공부하구요')).toBe('공부하고요');
    expect(spokenFormMisspelling('했구요')).toBe('했고요');
    expect(spokenFormMisspelling('좋겠구요')).toBe('좋겠고요');
    expect(spokenFormMisspelling('없구요')).toBe('없고요');
    expect(spokenFormMisspelling('안되구요')).toBe('안되고요');
  });
  it('not a noun in 구 with 요, nor the right form', () => {
    for (const w of ['친구요', '가구요', '입구요', '연구요', '도구요', '하고요', '했고요', '구요'])
      expect(spokenFormMisspelling(w), w).toBeNull();
  });
});
