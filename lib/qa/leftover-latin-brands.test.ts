import { describe, expect, it } from 'vitest';
import { leftoverLatinCheck } from './leftover-latin';
import { keys, runOne } from './testing';
import type { QaTerm } from './types';

const run = (en: string, ko: string, terms: QaTerm[] = []) => keys(runOne(leftoverLatinCheck, en, ko, terms));

describe('leftover-latin: a Korean company or app left in its Latin name', () => {
  it('flags the Latin name used as a word of the Korean', () => {
    expect(run('from a KakaoTalk group chat', '학부모 KakaoTalk 단체 대화방에서')).toEqual(['leftover-latin:latin:KakaoTalk']);
    expect(run('searches on Naver rose', 'Naver에서 검색량이 늘었다')).toEqual(['leftover-latin:latin:Naver']);
    expect(run('Coupang said on Monday', 'Coupang은 월요일 밝혔다')).toEqual(['leftover-latin:latin:Coupang']);
    expect(run('Krafton shares fell', 'Krafton 주가가 떨어졌다')).toEqual(['leftover-latin:latin:Krafton']);
  });
  it('leaves glosses, Hangul names, names the source lacks, the glossary’s Latin and Latin runs alone', () => {
    expect(run('a KakaoTalk message', '카카오톡(KakaoTalk) 메시지')).toEqual([]);
    expect(run('a KakaoTalk message', '카카오톡 메시지를 받았다')).toEqual([]);
    expect(run('a message app', '앱 이름은 Naver 검색으로 찾았다')).toEqual([]);
    expect(run('on Naver', 'Naver에서', [{ source: 'Naver', target: 'Naver', kind: 'DO_NOT_TRANSLATE' }])).toEqual([]);
    expect(run('the Samsung Galaxy S25', '제품명은 “Samsung Galaxy S25”.')).toEqual([]);
    expect(run('Toss Bank', '토스뱅크는 Tossing 기능을 뺐다')).toEqual([]);
  });
});
