import { describe, expect, it } from 'vitest';
import { acronymsCheck, numeralValue, sourceInitials } from './acronyms';
import { ctxFor, keys, seg } from './testing';
import type { QaTerm } from './types';

const run = (en: string, ko: string, terms: QaTerm[] = []) => keys(acronymsCheck.run([seg(en, ko)], ctxFor(terms)).get('s1') ?? []);

describe('acronyms check', () => {
  it('flags an acronym the source does not support', () => {
    expect(run('through the World Food Programme (WFP)', '세계식량계획(WTO)을 통해')).toEqual(['acronyms:unknown:WTO']);
    expect(run('the National Intelligence Service (NIS)', '국가정보원(NSC)')).toEqual(['acronyms:unknown:NSC']);
    expect(run('The WFP left in 2021.', 'WHO는 2021년 철수했다.')).toEqual(['acronyms:unknown:WHO']);
  });
  it('flags the source’s acronym with its letters in another order (AI → IA, IP → PI), not one the source also has', () => {
    expect(run('the question of artificial intelligence (AI)', '인공지능(IA) 문제')).toEqual(['acronyms:unknown:IA']);
    expect(run('its intellectual property (IP) business', '지식재산권(PI) 사업')).toEqual(['acronyms:unknown:PI']);
    expect(run('the question of artificial intelligence (AI)', '인공지능(AI) 문제')).toEqual([]);
    expect(run('AI at the IA conference', 'IA 학회에서 본 AI')).toEqual([]);
    // A name's initials in its own language's order: National Rally is RN in French.
    expect(run('her National Rally party', '국민연합(RN)')).toEqual([]);
  });
  it('flags a generic abbreviation or a gloss that took the place of the source’s acronym (LNG → LPG, GSOMIA → ACSA)', () => {
    expect(run('three liquefied natural gas (LNG) carriers', '액화천연가스(LPG) 운반선 3척')).toEqual(['acronyms:unknown:LPG']);
    expect(run('the General Security of Military Information Agreement (GSOMIA)', '한일 군사정보보호협정(ACSA)의 종료')).toEqual([
      'acronyms:unknown:ACSA',
    ]);
    expect(run('three liquefied natural gas (LNG) carriers', '액화천연가스(LNG) 운반선 3척과 LPG 운반선')).toEqual([]);
    expect(run('three liquefied natural gas carriers', '액화천연가스(LPG) 운반선 3척')).toEqual([]);
    expect(run('the agreement (GSOMIA) and GDP', '협정(GSOMIA)과 국내총생산(GDP)')).toEqual([]);
    expect(run('the pact (GSOMIA)', '협정과 GDP 대비')).toEqual([]);
  });

  it('flags a generic abbreviation glossing a Korean word where the English glosses another acronym (DMZ → JSA)', () => {
    const en = 'radar gauges near the demilitarised zone (DMZ)';
    expect(run(en, '비무장지대(JSA) 인근의 레이더 강우계')).toEqual(['acronyms:unknown:JSA']);
    expect(run(en, '비무장지대(DMZ) 인근의 레이더 강우계')).toEqual([]);
    expect(run('radar gauges near the border', '비무장지대(DMZ) 인근의 레이더 강우계')).toEqual([]);
    expect(run(en, '비무장지대(DMZ) 인근, 공동경비구역(JSA)')).toEqual([]);
  });

  it('flags a gloss the English does not support where its paragraph writes another acronym, unbracketed, the Korean lost (FBI → CIA)', () => {
    const en = 'The FBI estimated two years ago that Americans were losing more than $3.5 billion a year.';
    expect(run(en, '미국 연방수사국(CIA)은 2년 전 미국인이 해마다 35억 달러 넘게 피해를 본다고 추산했다.')).toEqual([
      'acronyms:unknown:CIA',
    ]);
    expect(run(en, '미국 연방수사국(FBI)은 2년 전 추산했다.')).toEqual([]);
    expect(run(en, 'FBI는 2년 전 추산했다.')).toEqual([]);
    // A gloss the English supports, one spelling out the lost acronym, or none lost.
    expect(run('The FBI and the Central Intelligence Agency said', '연방수사국과 중앙정보국(CIA)은 밝혔다')).toEqual([]);
    expect(run('The FBI said', '연방수사국(FBI)과 중앙정보국(CIA)은 밝혔다')).toEqual([]);
    expect(run('the U.N. refugee agency said', '유엔난민기구(UNHCR)가 밝혔다')).toEqual([]);
  });

  it('does not take a lower-case English word for an acronym (who → WHO), a capitalised one yes (Nato → NATO)', () => {
    const en = 'the World Meteorological Organization (WMO), which mediates for members who share rivers; the WMO said';
    expect(run(en, '세계기상기구(WHO)는 강을 공유하는 회원국을 중재하며, WMO는')).toEqual(['acronyms:unknown:WHO']);
    expect(run(en, '세계기상기구(WMO)는 강을 공유하는 회원국을 중재하며, WMO는')).toEqual([]);
    expect(run('Nato members met', 'NATO 회원국들이 만났다')).toEqual([]);
  });

  it('flags a gloss that replaced the source’s glossed acronym even when another name has its initials (PPP → DP)', () => {
    const en = 'The ruling Democratic Party won; the main opposition People Power Party (PPP) blamed it.';
    expect(run(en, '여당 더불어민주당이 이겼고 제1야당 국민의힘(DP)은 이를 탓했다.')).toEqual(['acronyms:unknown:DP']);
    const [issue] = acronymsCheck.run([seg(en, '여당 더불어민주당이 이겼고 제1야당 국민의힘(DP)은 이를 탓했다.')], ctxFor()).get('s1')!;
    expect(issue!.message).toBe('The acronym “DP” stands where the source glosses “PPP”.');
    // Both kept, the source's acronym dropped, or an added one where the English glosses none.
    expect(run(en, '여당 더불어민주당(DP)이 이겼고 제1야당 국민의힘(PPP)은 이를 탓했다.')).toEqual([]);
    expect(run(en, '여당 더불어민주당이 이겼고 제1야당 국민의힘은 이를 탓했다.')).toEqual([]);
    expect(
      run('The ruling Democratic Party won; the People Power Party blamed it.', '더불어민주당(DP)이 이겼고 국민의힘은 탓했다.'),
    ).toEqual([]);
  });
  it('accepts the source’s acronyms, initials of its names, units and generic abbreviations', () => {
    expect(run('the U.N. agency', '유엔(UN) 기구')).toEqual([]);
    expect(run('through the World Food Programme', '세계식량계획(WFP)을 통해')).toEqual([]);
    expect(run('the International Atomic Energy Agency', '국제원자력기구(IAEA)')).toEqual([]);
    expect(run('a 5 gigawatt plant and an intercontinental missile', '5GW 발전소와 ICBM')).toEqual([]);
    expect(run('The Kospi fell as Nato met.', 'KOSPI가 내렸고 NATO가 모였다.')).toEqual([]);
    // Acronyms a translator adds that contradict nothing in the English.
    expect(
      run('it fell outside the exclusive economic zone, the Defense Ministry said', '배타적경제수역(EEZ) 밖에 떨어졌다고 방위성은 밝혔다'),
    ).toEqual([]);
    expect(run('the U.N. refugee agency said', '유엔난민기구(UNHCR)가 밝혔다')).toEqual([]);
    expect(run('Charles Michel, president of the European Council', '샤를 미셸 EU 정상회의 상임의장')).toEqual([]);
  });

  it('checks a gloss against the glossary term it follows, and allows what another paragraph names', () => {
    const terms: QaTerm[] = [{ source: 'World Food Programme', target: '세계식량계획', kind: 'TERM' }];
    expect(run('through the agency', '세계식량계획(FAO)을 통해', terms)).toEqual(['acronyms:unknown:FAO']);
    expect(run('through the agency', '세계식량계획(WFP)을 통해', terms)).toEqual([]);
    const doc = [
      seg('The World Food Programme (WFP) said.', '세계식량계획(WFP)은 밝혔다.', { id: 'a' }),
      seg('The agency left in 2021.', 'WFP는 2021년 철수했다.', { id: 'b' }),
    ];
    expect(acronymsCheck.run(doc, ctxFor()).size).toBe(0);
  });
  it('flags a series code whose Roman numeral differs from the source’s (KSLV-II → KSLV-I)', () => {
    const en = 'The fourth launch of the Korea Space Launch Vehicle-II (KSLV-II) was a success.';
    expect(run(en, '한국형발사체(KSLV-I)의 4차 발사는 성공했다.')).toEqual(['acronyms:numeral:KSLV-I']);
    expect(run(en, '한국형발사체(KSLV-III)의 4차 발사는 성공했다.')).toEqual(['acronyms:numeral:KSLV-III']);
    expect(run('The Type-45 (HMS-IV) left.', 'HMS-Ⅴ가 떠났다.')).toEqual(['acronyms:numeral:HMS-Ⅴ']);
    // The same number however it is written, or the numeral left out.
    expect(run(en, '한국형발사체(KSLV-II)의 4차 발사는 성공했다.')).toEqual([]);
    expect(run(en, '한국형발사체(KSLV-Ⅱ)의 4차 발사는 성공했다.')).toEqual([]);
    expect(run(en, '한국형발사체(KSLV-2)의 4차 발사는 성공했다.')).toEqual([]);
    expect(run(en, '한국형발사체(KSLV)의 4차 발사는 성공했다.')).toEqual([]);
    // An acronym the English never numbers, and digits against digits (the alphanumeric check's).
    expect(run('the Korea Space Launch Vehicle (KSLV)', '한국형발사체(KSLV-I)')).toEqual([]);
    expect(run('a KN-23 missile', 'KN-24 미사일')).toEqual([]);
    // Another paragraph's numbered form counts where this paragraph's English gives none.
    const doc = [
      seg('The Korea Space Launch Vehicle-II (KSLV-II) flew.', '한국형발사체(KSLV-II)가 날았다.', { id: 'a' }),
      seg('The KSLV-III will replace it.', 'KSLV-III가 뒤를 잇는다.', { id: 'b' }),
      seg('Its successor will fly in 2032.', '후속 KSLV-III는 2032년에 난다.', { id: 'c' }),
      seg('Its successor will fly in 2032.', '후속 KSLV-IV는 2032년에 난다.', { id: 'd' }),
    ];
    const got = acronymsCheck.run(doc, ctxFor());
    expect([...got.keys()]).toEqual(['d']);
    expect(keys(got.get('d')!)).toEqual(['acronyms:numeral:KSLV-IV']);
  });
  it('reads series numerals', () => {
    expect(['I', 'II', 'III', 'IV', 'IX', 'XII', 'Ⅲ', '7'].map(numeralValue)).toEqual([1, 2, 3, 4, 9, 12, 3, 7]);
    expect(['IIII', 'VV', 'IC', ''].map(numeralValue)).toEqual([null, null, null, null]);
  });
  it('flags a hyphenated name in the place of the source’s (K-water → K-eco), not one kept, written in Hangul or added', () => {
    const en = 'a water truck from K-water, the state water corporation, arrived';
    expect(run(en, '공기업인 한국수자원공사(K-eco)의 급수차가 도착했다')).toEqual(['acronyms:unknown:K-eco']);
    expect(run(en, '공기업인 한국수자원공사(K-water)의 급수차가 도착했다')).toEqual([]);
    expect(run(en, '공기업인 한국수자원공사(K-Water)의 급수차가 도착했다')).toEqual([]);
    expect(run(en, '공기업인 한국수자원공사의 급수차가 도착했다')).toEqual([]);
    // K-pop is a word, not an organisation: written in Hangul, nothing stands in its place.
    expect(run('K-pop fans queued', '케이팝 팬들이 줄을 섰다')).toEqual([]);
    expect(run('K-pop fans queued', 'K-팝 팬들이 줄을 섰다')).toEqual([]);
    // Added beside the source's name, or with no hyphenated name in the English: the translator's.
    expect(run(en, 'K-water(K-eco 아님)의 급수차가 도착했다')).toEqual([]);
    expect(run('fans of Korean culture queued', 'K-컬처, K-pop 팬들이 줄을 섰다')).toEqual([]);
  });
  it('computes initials with and without function words', () => {
    const i = sourceInitials('the Korea Institute for National Unification and the Bank of Korea');
    expect(i.has('KINU')).toBe(true);
    expect(i.has('KIFNU')).toBe(true);
    expect(i.has('BOK')).toBe(true);
    expect(sourceInitials('the UN Command said').has('UNC')).toBe(true);
  });
  it('stays linear on a long run of capitals in both languages', () => {
    // 120,000 characters: a quadratic scan (10^10 steps) would outlast the test timeout; bench/speed times it.
    const text = 'AB CD '.repeat(20_000);
    expect(acronymsCheck.run([seg(text, text)], ctxFor())).toBeDefined();
  });
});

describe('acronyms in mixed case and bare substitutes', () => {
  it('reads a mixed-case acronym (MiLB, DoD) and flags it for the source’s look-alike', () => {
    expect(run('moving to Major League Baseball (MLB)', '메이저리그(MiLB)로 직행한')).toEqual(['acronyms:unknown:MILB']);
    expect(run('moving to Major League Baseball (MLB)', '메이저리그(MLB)로 직행한')).toEqual([]);
    expect(run('scouts from McDonald and YouTube', '맥도날드와 유튜브의 스카우트')).toEqual([]);
    expect(run('the Department of Defense (DoD)', '국방부(DoD)')).toEqual([]);
  });
  it('flags a bare acronym the document never mentions where the paragraph’s acronym was lost (MLB → NPB)', () => {
    const en = 'Scouts from 11 MLB clubs watched his last start.';
    const issues = acronymsCheck.run([seg(en, 'NPB 11개 구단 스카우트가 지켜봤다.')], ctxFor()).get('s1') ?? [];
    expect(keys(issues)).toEqual(['acronyms:unknown:NPB']);
    expect(issues[0]!.message).toBe('The acronym “NPB” stands where the source has “MLB”.');
    expect(run(en, 'MLB 11개 구단 스카우트가 지켜봤다.')).toEqual([]);
    // The source's acronym kept, or written in Hangul with no other acronym in its place.
    expect(run(en, '메이저리그 11개 구단 스카우트가 지켜봤다.')).toEqual([]);
    expect(run(en, 'MLB 11개 구단 스카우트가 NPB 경기도 지켜봤다.')).toEqual([]);
    // One that spells out the lost one (the U.N. refugee agency → UNHCR), or a generic abbreviation.
    expect(run('the U.N. refugee agency said', 'UNHCR는 밝혔다')).toEqual([]);
    expect(run('the IMF said growth would slow', '국제통화기금은 GDP 성장률이 둔화할 것이라고 밝혔다')).toEqual([]);
  });
  it('flags a bare acronym that extends the lost one (MLB → MLBPA) unless the English uses it before a noun', () => {
    const en = 'Under the posting agreement between the KBO and MLB, the club will pay a fee.';
    const issues = acronymsCheck.run([seg(en, 'KBO와 MLBPA 간 포스팅 협정에 따라 구단은 이적료를 낸다.')], ctxFor()).get('s1') ?? [];
    expect(keys(issues)).toEqual(['acronyms:unknown:MLBPA']);
    expect(issues[0]!.message).toBe('The acronym “MLBPA” stands where the source has “MLB”.');
    expect(run(en, 'KBO와 MLB 간 포스팅 협정에 따라 구단은 이적료를 낸다.')).toEqual([]);
    // A part of a longer name the English spells in words after the acronym; the document's own.
    expect(run('the MLB players’ union objected', 'MLBPA는 반대했다')).toEqual([]);
    expect(run('the U.N. refugee agency said', 'UNHCR는 밝혔다')).toEqual([]);
    const doc = [seg(en, 'KBO와 MLBPA 간 협정에 따라 구단은 이적료를 낸다.'), seg('The MLBPA agreed.', 'MLBPA는 동의했다.', { id: 's2' })];
    expect(acronymsCheck.run(doc, ctxFor()).size).toBe(0);
  });
  it('flags a gloss one letter off an acronym of the English the Korean lost (GTX → KTX), even one the document names elsewhere', () => {
    const en = 'in the same week that the full GTX-A express line opened';
    const doc = (ko: string) => [
      seg(en, ko),
      seg('Passengers can switch to the KTX at Suseo.', '수서역에서 KTX로 갈아탈 수 있다.', { id: 's2' }),
    ];
    const got = acronymsCheck.run(doc('수도권광역급행철도(KTX) A노선이 개통한 주'), ctxFor()).get('s1') ?? [];
    expect(keys(got)).toEqual(['acronyms:unknown:KTX']);
    expect(got[0]!.message).toBe('The acronym “KTX” stands where the source has “GTX”.');
    expect(acronymsCheck.run(doc('수도권광역급행철도(GTX) A노선이 개통한 주'), ctxFor()).size).toBe(0);
    // The English's acronym kept beside it, or a generic abbreviation two letters off: no look-alike.
    expect(run(en, 'GTX A노선이 개통해 고속철도(KTX)와 이어진 주')).toEqual([]);
    expect(run(en, 'GTX-A 노선 개통 주에 폐쇄회로TV(CCTV)와 전기차(EV) 충전기도')).toEqual([]);
    expect(run('the GTX and the KTX', 'GTX와 고속철도(KTX)')).toEqual([]);
  });
  it('flags an acronym whose glued digits the Korean lost (CO2 → CO), not one the English writes bare', () => {
    const en = 'cuts about 1.2 tonnes of CO2 a year';
    const got = acronymsCheck.run([seg(en, '이산화탄소(CO) 배출량이 1.2t 줄어든다')], ctxFor()).get('s1') ?? [];
    expect(keys(got)).toEqual(['acronyms:cut:CO']);
    expect(got[0]!.message).toBe('The acronym “CO” stands where the source has “CO2”: its number was lost.');
    expect(run(en, '이산화탄소(CO2) 배출량이 1.2t 줄어든다')).toEqual([]);
    expect(run(en, '이산화탄소(CO₂) 배출량이 1.2t 줄어든다')).toEqual([]);
    expect(run('CO and CO2 levels in 2024', '2024년 일산화탄소(CO)와 CO2 농도')).toEqual([]);
    expect(run('COVID-19 cases rose 5%', 'COVID 확진자가 5% 늘었다')).toEqual([]);
  });
});

describe('letters in brackets that go on after them (폐쇄회로(CC)TV)', () => {
  const SRC = 'The ballot boxes have been under CCTV watch since Wednesday night.';
  it('reads 폐쇄회로(CC)TV as CCTV', () => {
    expect(run(SRC, '투표함은 9일 밤부터 폐쇄회로(CC)TV로 지켜 왔다.')).toEqual([]);
  });
  it('still flags a wrong acronym written that way (폐쇄회로(CA)TV → CATV)', () => {
    expect(run(SRC, '투표함은 9일 밤부터 폐쇄회로(CA)TV로 지켜 왔다.')).toEqual(['acronyms:unknown:CATV']);
  });
});

describe('a bracketed acronym after the Korean name of another', () => {
  const SRC = 'outpacing national GDP growth of 1.9%';
  it('flags 국민총소득(GDP), the GNI’s name', () => {
    expect(run(SRC, '국민총소득(GDP) 성장률 1.9%를 웃돌았다')).toEqual(['acronyms:unknown:GDP']);
  });
  it('accepts 국내총생산(GDP) and a name the table does not know', () => {
    expect(run(SRC, '국내총생산(GDP) 성장률 1.9%를 웃돌았다')).toEqual([]);
    expect(run(SRC, '실질 국내총생산(GDP) 성장률 1.9%를 웃돌았다')).toEqual([]);
  });
});
