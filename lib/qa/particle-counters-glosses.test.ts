// Particles after a counter glued to a number, after a gloss in brackets (으로), and after an acronym
// ending in R read letter by letter.
import { describe, expect, it } from 'vitest';
import { latinFinals } from '../names/particles';
import { particleAgreementCheck } from './particle-agreement';
import { keys, runOne } from './testing';

const run = (ko: string, en = 'x') => keys(runOne(particleAgreementCheck, en, ko));

describe('a counter glued to a number whose end looks like a listed noun', () => {
  it('flags 12~18개월가 (월가, Wall Street, is no noun inside 개월)', () => {
    expect(run('최종 보고서는 통상 12~18개월가 걸린다.')).toEqual(['particle-agreement:18개월가']);
    expect(run('공사에 6개월가 걸렸다.')).toEqual(['particle-agreement:6개월가']);
  });
  it('leaves the right particle and a whole listed noun after a number', () => {
    expect(run('최종 보고서는 통상 12~18개월이 걸린다. 1국가 2체제를 지지했다. 월가가 흔들렸다.')).toEqual([]);
  });
});

describe('으로 after a gloss in brackets', () => {
  it('flags it where both the word before and the last word inside take 로', () => {
    expect(run('여객기가 152노트(시속 약 282km)으로 활주로 시단을 통과했다.')).toEqual(['particle-agreement:노트으로']);
    expect(run('그는 서울(Seoul)으로 돌아갔다.')).toEqual(['particle-agreement:서울으로']);
  });
  it('leaves 로 there, and 으로 that agrees with what is read last inside (a conversion)', () => {
    expect(run('여객기가 152노트(시속 약 282km)로 통과했다.')).toEqual([]);
    expect(run('수출액은 2억 달러(약 2600억 원)으로 늘었다. 수출액은 2억 달러(약 2600억 원)로 늘었다.')).toEqual([]);
    expect(run('금액은 1850억 원(1억3800만 달러)으로 집계됐다.')).toEqual([]);
  });
});

describe('an acronym ending in R', () => {
  it('reads R as 알 when no vowel letter makes the acronym a word (CVR, FDR, DSLR)', () => {
    expect(latinFinals('CVR')).toEqual(['ㄹ']);
    expect(run('CVR는 이번 주 해독한다. FDR를 분석했다.')).toEqual(['particle-agreement:CVR는', 'particle-agreement:FDR를']);
    expect(run('CVR은 이번 주 해독한다. FDR을 분석했다. DSLR로 찍었다.')).toEqual([]);
  });
  it('stays unsure of an acronym read as a word (RADAR 레이더, LASER) and of Z', () => {
    expect(latinFinals('RADAR')).toBeNull();
    expect(latinFinals('LIDAR')).toBeNull();
    expect(latinFinals('BTZ')).toBeNull();
    expect(run('RADAR는 작동했다. LIDAR을 달았다.')).toEqual([]);
  });
});
