import { describe, expect, it } from 'vitest';
import { particleAgreementCheck } from './particle-agreement';
import { ctxFor, keys, runOne, seg } from './testing';
import type { QaTerm } from './types';

const TERMS: QaTerm[] = [
  { source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME' },
  { source: 'World Food Program', target: '세계식량계획', kind: 'TERM' },
  { source: 'Seoul', target: '서울', kind: 'NAME' },
  { source: 'Donald Trump', target: '도널드 트럼프', kind: 'NAME' },
];
const run = (ko: string, en = 'x') => keys(runOne(particleAgreementCheck, en, ko, TERMS));

describe('particle-agreement check', () => {
  it('flags particles that disagree with glossary forms', () => {
    expect(run('권정근는 말했다.')).toEqual(['particle-agreement:권정근는']);
    expect(run('세계식량계획를 통해')).toEqual(['particle-agreement:세계식량계획를']);
    expect(run('서울으로 갔다.')).toEqual(['particle-agreement:서울으로']);
    expect(run('도널드 트럼프과 만났다.')).toEqual(['particle-agreement:도널드 트럼프과']);
    // After an acronym glossed in parentheses, the particle agrees with the glossary word.
    expect(run('세계식량계획(WFP)를 통해')).toEqual(['particle-agreement:세계식량계획를']);
    expect(run('세계식량계획(WFP)을 통해')).toEqual([]);
    // The particle agrees with the word as read, whatever the Latin in brackets ends in (WFP, KOCCA).
    expect(run('권정근(Kwon Jong-gun)가 말했다.')).toEqual(['particle-agreement:권정근가']);
    expect(run('세계식량계획(World Food Program)은 밝혔다.')).toEqual([]);
    expect(run('서울(Seoul)에서 (WFP)가 열렸다.')).toEqual([]);
  });

  it('judges the particle after any Korean word glossed in Latin brackets by that word (테더(USDT)으로)', () => {
    expect(run('스테이블코인 테더(USDT)으로 바뀌어')).toEqual(['particle-agreement:테더으로']);
    expect(run('해외자산통제실(OFAC)는 제재했다')).toEqual(['particle-agreement:해외자산통제실는']);
    expect(run('연방수사국(Federal Bureau of Investigation)가 추산했다')).toEqual(['particle-agreement:연방수사국가']);
    // Agreeing with the Korean word, whatever the Latin ends in; a copula; no particle; no Korean word.
    expect(run('스테이블코인 테더(USDT)로 바뀌어 해외자산통제실(OFAC)은 연방수사국(FBI)이 밝혔다')).toEqual([]);
    expect(run('이 코인은 테더(USDT)다. 거래소(exchange) 계좌, (USDT)으로')).toEqual([]);
  });

  it('is silent on agreeing particles and unattached words', () => {
    expect(run('권정근은 서울로 가서 도널드 트럼프와 세계식량계획을 논의했다.')).toEqual([]);
    expect(run('권정근 국장이 말했다.')).toEqual([]);
  });

  it('also checks Hangul glosses the source gives in parentheses', () => {
    expect(keys(runOne(particleAgreementCheck, 'Oh Gyeong-seop(오경섭) said', '오경섭는 말했다.'))).toEqual([
      'particle-agreement:오경섭는',
    ]);
  });

  it('points at the word and particle and suggests the fix in both languages', () => {
    const [en] = runOne(particleAgreementCheck, 'x', '이에 권정근는', TERMS);
    expect(en!.targetSpan).toEqual({ start: 3, end: 7 });
    expect(en!.message).toContain('“권정근은”');
    const [ko] = particleAgreementCheck.run(seg('x', '권정근는'), ctxFor(TERMS, 'ko'));
    expect(ko!.message).toBe('“권정근”에 붙은 조사가 맞지 않습니다. “권정근는” 대신 “권정근은”으로 쓰세요.');
  });
  it('judges 은 after an open syllable, a particle after a percent sign and after a counter (round 5 and 6)', () => {
    expect(run('노조은 그때까지 타결이 없으면 파업을 확대하겠다고 경고했다.')).toEqual(['particle-agreement:노조은']);
    expect(run('압류 신청에 대한 심리은 1월 15일로 잡혀 있다.')).toEqual(['particle-agreement:심리은']);
    expect(run('유권자의 62%이 반대했고 31%은 지지했다.')).toEqual(['particle-agreement:62%이', 'particle-agreement:31%은']);
    expect(run('5%으로 올랐다.')).toEqual(['particle-agreement:5%으로']);
    expect(run('애널리스트 18명 가운데 15명가 인하를 점쳤다.')).toEqual(['particle-agreement:15명가']);
    expect(runOne(particleAgreementCheck, 'x', '유권자의 62%이 반대했다.', TERMS)[0]!.targetSpan).toEqual({ start: 5, end: 9 });
  });

  it('leaves verb forms and names in -은, 퍼센트 particles, counters and words of their own alone', () => {
    expect(run('더 나은 방안을 찾고 새로 지은 집에 선을 그은 뒤 끌어모은 돈을 쏟아부은 사람')).toEqual([]);
    expect(run('김지은은 말했다. 이하은 교수는 반대했다.', 'Lee Ha-eun disagreed.')).toEqual([]);
    expect(run('박서은 씨는 반대했다.')).toEqual([]);
    expect(
      keys(runOne(particleAgreementCheck, 'x', '한다은이 말했다.', [{ source: 'Han Da-eun', target: '한다은', kind: 'NAME' }])),
    ).toEqual([]);
    expect(run('이 회사 주가은 1.8% 내렸다.')).toEqual(['particle-agreement:주가은']);
    expect(run('62%가 반대했고 31%는 지지했으며 5%로 올랐고 3%를 넘었다. 0.25%포인트를 내렸다.')).toEqual([]);
    expect(run('15명이 점쳤고 4가구는 거부했으며 1국가 2체제를 지지했다. 3척의 배')).toEqual([]);
    expect(run('누군가 말해 주기를 바랐다. 언젠가 어딘가에서 무언가를 볼 것이다.')).toEqual([]);
  });

  it('checks particles glued to capital acronyms and to units after a number, where Korean reads the end one way', () => {
    expect(run('WMO은 경고했다. ICBM를 쐈다. UN는 침묵했다. GDP은 줄었다.')).toEqual([
      'particle-agreement:WMO은',
      'particle-agreement:ICBM를',
      'particle-agreement:UN는',
      'particle-agreement:GDP은',
    ]);
    expect(run('수위가 7.5m을 넘었고 5만t를 실었다')).toEqual(['particle-agreement:7.5m을', 'particle-agreement:5만t를']);
    // Agreeing, read either way (OPEC 오펙/오피이시, NASDAQ), unsure (DMZ 지/제트, R 알/아르),
    // mixed case, in brackets, or no particle.
    expect(run('WMO는 ICBM을 UN은 GDP가 7.5m를 5만t을 10kg을 30km를 넘었다')).toEqual([]);
    expect(run('OPEC은 OPEC는 NASDAQ은 DMZ를 DMZ을 OECD는 ASML은 TSMC는 LNG를 KOSPI가')).toEqual([]);
    expect(run('iPhone을 세계기상기구(WMO)는 WMO에서 WMO이사회')).toEqual([]);
    // Acronyms no English word could end like (…CD) or with a doubled I/U/A are read letter by
    // letter (OECD 오이시디, AIIB 에이아이아이비); those that end like a word (KAIST 카이스트) stay unsure.
    expect(run('OECD은 권고했다. AIIB을 세웠다. UNCD이 열렸다.')).toEqual([
      'particle-agreement:OECD은',
      'particle-agreement:AIIB을',
      'particle-agreement:UNCD이',
    ]);
    expect(run('KAIST는 KAIST은 UNICEF는 UNICEF은 ASEAN은 AIIB는 OECD가 OECD를')).toEqual([]);
  });

  it('checks particles glued to unit symbols after a number (㎞ 킬로미터, ㎏ 킬로그램)', () => {
    expect(run('전체 82.1㎞을 달리고 3㎏를 줄였으며 120㎡은 넓다')).toEqual([
      'particle-agreement:82.1㎞을',
      'particle-agreement:3㎏를',
      'particle-agreement:120㎡은',
    ]);
    expect(run('전체 82.1㎞를 시속 180㎞로 달리고 3㎏을 줄였으며 120㎡는 넓다. ㎞당 요금, 1.5ℓ와 2㎎이')).toEqual([]);
    expect(run('기온이 30℃을 넘었고 영하 5°C과 2‰를 기록했다')).toEqual([
      'particle-agreement:30℃을',
      'particle-agreement:5°C과',
      'particle-agreement:2‰를',
    ]);
    expect(run('기온이 30℃를 넘었고 영하 5°C와 2‰을 기록했다. 30℃에서 북위 37°에')).toEqual([]);
  });

  it('judges the first of two stacked particles after a glossary word (으로부터, 과의, 로까지)', () => {
    expect(run('세계식량계획로부터 지원을 받았다.')).toEqual(['particle-agreement:세계식량계획로부터']);
    expect(run('도널드 트럼프으로부터 편지가 왔다.')).toEqual(['particle-agreement:도널드 트럼프으로부터']);
    expect(run('권정근와의 면담에서')).toEqual(['particle-agreement:권정근와의']);
    expect(run('서울으로까지 번졌다.')).toEqual(['particle-agreement:서울으로까지']);
    // Agreeing stacks, and words that only begin like a particle (과도한, 로부터의 follows a boundary).
    expect(run('세계식량계획으로부터 지원을 받았고 도널드 트럼프로부터 편지가 왔다.')).toEqual([]);
    expect(run('권정근과의 면담에서 서울로까지 번졌고 서울로만 갔다. 권정근과도 만났다.')).toEqual([]);
    expect(run('세계식량계획과도한 요구')).toEqual([]);
  });

  it('reads the digits of a letter code with three digits or more in Korean (R290을, A380을, B737이)', () => {
    expect(run('냉매로 R290를 쓴다.')).toEqual(['particle-agreement:R290를']);
    expect(run('A380는 단종됐고 B737가 떴다.')).toEqual(['particle-agreement:A380는', 'particle-agreement:B737가']);
    expect(run('K200로 바꾸고 R134을 뺐다.')).toEqual(['particle-agreement:K200로', 'particle-agreement:R134을']);
    // Agreeing; two digits or fewer (G20, F-35: often read in English); a letter after the digits.
    expect(run('냉매로 R290을 쓴다. A380은 단종됐고 B737이 떴다. K200으로 바꾸고 R134를 넣었다.')).toEqual([]);
    expect(run('G20가 열렸고 F-35를 샀다. R410A를 뺐다. 3.290를')).toEqual([]);
  });

  it('reads 가을/마을 at a word end as stem + 을 only where the document shows the stem as a noun', () => {
    expect(run('이 회사 주가는 올랐다. 증권사는 목표주가을 올렸다.')).toEqual(['particle-agreement:목표주가을']);
    expect(run('올가을 들어 처음이다.')).toEqual([]);
    expect(run('늦가을 날씨가 이어졌다.')).toEqual([]);
    expect(run('주가는 올랐고 올가을에도 오를 것이다.')).toEqual([]);
    expect(run('지난가을 농촌마을에 다녀왔다.')).toEqual([]);
    expect(run('초가을 저녁노을이 고왔다.')).toEqual([]);
    expect(run('이 마을은 작다. 한 마을을 지났다.')).toEqual([]);
  });
});
