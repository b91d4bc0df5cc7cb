import { describe, expect, it } from 'vitest';
import { missingNameCheck } from './missing-name';
import { eastAsianContext, findForeignNames, foreignNameIn } from './foreign-names';
import { keys, runOne } from './testing';

const BOTH = { zh: true, ja: true };
const found = (en: string, ctx = BOTH) => findForeignNames(en, ctx).map((n) => `${n.source}:${n.forms.join('/')}`);
const verdict = (en: string, ko: string) => findForeignNames(en, BOTH).map((n) => foreignNameIn(n, ko).kind);

describe('Chinese and Japanese names the Korean must keep', () => {
  it('finds people after a Chinese surname or as two Hepburn words, places after a preposition', () => {
    expect(found('Li Wei, an economist at Fudan University in Shanghai, said so.')).toEqual(['Li Wei:리웨이', 'Shanghai:상하이']);
    expect(found('with Finance Minister Katsunobu Kato and in Qingdao')).toEqual(['Katsunobu Kato:가쓰노부/가토', 'Qingdao:칭다오']);
    // Only the reading of the system that marks the word: Osaka parses as pinyin too (o-sa-ka), but
    // nothing in it is pinyin's own, so 오싸카 is not offered.
    expect(found('negotiators will meet in Osaka in July')).toEqual(['Osaka:오사카']);
    expect(found('after spring training in Arizona')).toEqual(['Arizona:아리조나']);
  });
  it('leaves capitals for governments, exonyms, English words and documents about neither country alone', () => {
    expect(found('Beijing and Tokyo agreed in China, Japan and Taiwan.')).toEqual([]);
    expect(found('by the Deputy Prime Minister and Finance Minister, in Zulu and in Sudan')).toEqual([]);
    expect(found('Li Wei met them in Qingdao.', eastAsianContext(['A story about Brazil.']))).toEqual([]);
    expect(eastAsianContext(['Chinese firms', 'x'])).toEqual({ zh: true, ja: false });
    // A country English names in English is no Hepburn or pinyin word (Russia is not 룻시아); a city
    // with such letters still is.
    expect(found('shells shipped to Russia via Rajin, and sold in Oman and Laos')).toEqual([]);
    expect(found('ships sailed to Russia and on to Hokkaido')).toEqual(['Hokkaido:홋카이도']);
  });
  it('accepts the standard form or a Korean-looking reading, flags a dropped name and a misspelt one', () => {
    expect(verdict('in Qingdao', '칭다오에서')).toEqual(['present']);
    expect(verdict('in Dalian', '대련에서')).toEqual(['present']);
    expect(verdict('Li Wei, an economist', '경제학자 리 웨이는')).toEqual(['present']);
    expect(verdict('Li Wei, an economist', '경제학자는')).toEqual(['missing']);
    expect(verdict('between Yokohama and Shenzhen', '요코하마와 셴젠을')).toEqual(['present', 'misspelt']);
  });
  it('calls a near spelling of a place a misspelling only when the place is spelt as English words are not', () => {
    // Arizona is Hepburn-shaped by its vowels alone; 애리조나 is its standard form, not a misspelling.
    expect(verdict('after spring training in Arizona', '애리조나에서 스프링캠프를 마친 뒤')).toEqual(['present']);
    expect(verdict('after spring training in Arizona', '스프링캠프를 마친 뒤')).toEqual(['missing']);
    expect(verdict('a factory in Shenzhen', '셴젠의 공장')).toEqual(['misspelt']);
    const en = 'After spring training in Arizona, the club flew to Tokyo and on to China.';
    expect(keys(runOne(missingNameCheck, en, '애리조나에서 스프링캠프를 마친 뒤 도쿄를 거쳐 중국으로 갔다.'))).toEqual([]);
  });
  it('reports through the missing-name check, with the standard spelling and a span on the misspelt word', () => {
    const en = 'a direct route between Yokohama and Shenzhen, for Japanese and Chinese firms';
    const issues = runOne(missingNameCheck, en, '요코하마와 셴젠을 잇는 직항로');
    expect(keys(issues)).toEqual(['missing-name:spelling:Shenzhen']);
    expect(issues[0]!.message).toBe('“셴젠” for “Shenzhen”: the standard Korean spelling is “선전”.');
    expect(issues[0]!.targetSpan).toEqual({ start: 6, end: 8 });
    expect(keys(runOne(missingNameCheck, 'Li Wei of China said so.', '중국의 경제학자는 그렇게 말했다.'))).toEqual(['missing-name:Li Wei']);
    expect(keys(runOne(missingNameCheck, 'Li Wei of China said so.', '중국의 리웨이는 그렇게 말했다.'))).toEqual([]);
  });
});
