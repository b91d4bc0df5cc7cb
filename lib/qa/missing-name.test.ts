import { describe, expect, it } from 'vitest';
import { missingNameCheck } from './missing-name';
import { liquidForms } from './missing-name-institutions';
import { ctxFor, keys, runOne, seg } from './testing';
import type { QaTerm } from './types';

const run = (en: string, ko: string, terms: QaTerm[] = []) => keys(runOne(missingNameCheck, en, ko, terms));
/** The check on the first of two segments of one document (the second: another paragraph's Korean). */
const inDocument = (en: string, ko: string, otherKo: string) => {
  const doc = [seg(en, ko, { id: 'a' }), seg('Another paragraph.', otherKo, { id: 'b' })];
  const docText = doc.map((s) => s.targetText).join('\n');
  return keys(missingNameCheck.run(doc[0]!, { ...ctxFor([]), docText: () => docText }));
};

describe('missing-name check', () => {
  it('warns when a Korean place or person the English names is not in the Korean', () => {
    expect(run('near the border town of Kaesong.', '접경 도시 인근에서 도로를 폭파했다.')).toEqual(['missing-name:Kaesong']);
    expect(run('before any shipment leaves Busan.', '배가 떠나기 전에 조건을 내걸어야 한다.')).toEqual(['missing-name:Busan']);
    expect(run('said Oh Gyeong-seop, a research fellow.', '한 연구위원은 말했다.')).toEqual(['missing-name:Oh Gyeong-seop']);
  });
  it('points at the name in the source and says so in Korean with the right particle', () => {
    const [i] = runOne(missingNameCheck, 'Ships leave Busan next month.', '배는 다음 달 떠난다.');
    expect(i!.sourceSpan).toEqual({ start: 12, end: 17 });
    expect(i!.severity).toBe('warning');
    const [k] = missingNameCheck.run(seg('said Oh Gyeong-seop.', '한 연구위원은 말했다.'), ctxFor([], 'ko'));
    expect(k!.message).toBe('이름 “Oh Gyeong-seop”이 번역문에서 빠진 것 같습니다(예: “오경섭”).');
  });
  it('accepts any candidate, a matching skeleton, the surname before a title, or the name left in Latin', () => {
    expect(run('near the border town of Kaesong.', '접경 도시 개성 인근에서')).toEqual([]);
    // Not the first-ranked candidate: 정의선 (Chung Euisun), 이창용 (Rhee Chang-yong), 박원곤.
    expect(run('said Chung Euisun, the chairman.', '정의선 회장은 말했다.')).toEqual([]);
    expect(run('Rhee Chang-yong said rates would hold.', '이창용 총재는 금리를 동결하겠다고 말했다.')).toEqual([]);
    expect(run('said Park Won-gon, a professor.', '박원곤 교수는 말했다.')).toEqual([]);
    expect(run('Kim Jong-un inspected the site.', '김 위원장은 현장을 시찰했다.')).toEqual([]);
    expect(run('in Hwanghae Province', '황해남도에서')).toEqual([]);
    // Left in Latin: the leftover-latin check reports it.
    expect(run('near Kaesong', 'Kaesong 인근에서')).toEqual([]);
  });
  it('accepts a name spelt under the initial-sound rule either way (나진항 for Rajin, 리상훈 for Lee Sang-hoon)', () => {
    expect(run('through the port of Rajin and on to the border.', '나진항을 거쳐 국경으로 옮겨졌다.')).toEqual([]);
    expect(run('through the port of Rajin and on to the border.', '라진항을 거쳐 국경으로 옮겨졌다.')).toEqual([]);
    expect(run('a rally in Ryongchon county', '용천군에서 열린 집회')).toEqual([]);
    expect(run('said Lee Sang-hoon, a professor.', '리상훈 교수는 말했다.')).toEqual([]);
    // Another place, or the rule applied inside the word rather than at its start, is not the name.
    expect(run('through the port of Rajin and on to the border.', '남포항을 거쳐 국경으로 옮겨졌다.')).toEqual(['missing-name:Rajin']);
    expect(run('through the port of Rajin and on to the border.', '사진항을 거쳐 국경으로 옮겨졌다.')).toEqual(['missing-name:Rajin']);
  });
  it('leaves glossary names to the terms check, and capitals used for governments alone', () => {
    expect(
      run('said Lee Sang-hoon, a professor.', '한 교수는 말했다.', [{ source: 'Lee Sang-hoon', target: '이상훈', kind: 'NAME' }]),
    ).toEqual([]);
    expect(
      run('Seoul’s answer is to route the rice. Pyongyang has ignored it.', '정부의 해법은 쌀을 보내는 것이다. 북한은 이를 무시했다.'),
    ).toEqual([]);
    expect(run('Donald Trump met Xi Jinping in Hanoi.', '트럼프 대통령은 하노이에서 시 주석을 만났다.')).toEqual([]);
  });
  it('warns when one of two places after a preposition is lost (Changwon and Gumi → 창원의)', () => {
    const en = 'Small manufacturers in Changwon and Gumi said lower rates would do little.';
    expect(run(en, '창원의 중소 제조업체들은 금리 인하가 별 도움이 되지 않는다고 말했다.')).toEqual(['missing-name:Gumi']);
    expect(run(en, '창원과 구미의 중소 제조업체들은 금리 인하가 별 도움이 되지 않는다고 말했다.')).toEqual([]);
    expect(run('Talks between China and Japan resumed.', '중일 회담이 재개됐다.')).toEqual([]);
    expect(run('Exports to Europe and Asia fell.', '유럽과 아시아 수출이 줄었다.')).toEqual([]);
    expect(run('Talks between Chinese and Japanese negotiators resumed.', '중일 협상단의 회담이 재개됐다.')).toEqual([]);
  });
  it('reads a romanised ll as ㄴ+ㄹ or ㄹ+ㄴ too (liquidisation: Hallim → 한림, Seollal → 설날)', () => {
    const en = 'Residents of Hallim and Udo island have protested over traffic.';
    expect(run(en, '한림과 우도 주민들은 교통 체증에 항의해 왔다.')).toEqual([]);
    expect(run(en, '우도 주민들은 교통 체증에 항의해 왔다.')).toEqual(['missing-name:Hallim']);
    expect(run('Residents of Hallim-eup protested, officials said.', '한림읍 주민들이 항의했다고 관계자들이 말했다.')).toEqual([]);
    expect(run('Residents of Hallim-eup protested, officials said.', '주민들이 항의했다고 관계자들이 말했다.')).toEqual([
      'missing-name:Hallim-eup',
    ]);
    expect(liquidForms('할림')).toContain('한림');
    expect(liquidForms('설랄')).toContain('설날');
    expect(liquidForms('한라')).toEqual([]);
  });
  it('warns when the proper name of a site is lost (Brazil’s Alcantara base → 브라질 발사장)', () => {
    const en = "Innospace tried to put its first rocket into orbit from Brazil's Alcantara base in March.";
    expect(run(en, '이노스페이스는 지난 3월 브라질 발사장에서 첫 로켓을 궤도에 올리려 했다.')).toEqual(['missing-name:Alcantara']);
    expect(run(en, '이노스페이스는 지난 3월 브라질 알칸타라 발사장에서 첫 로켓을 궤도에 올리려 했다.')).toEqual([]);
    // An r Korean leaves unwritten, and a Korean place read by its consonants.
    expect(run('Waste leaked at the Hanford site and the Hanford reactor.', '핸퍼드 원자로에서 폐기물이 샜다.')).toEqual([]);
    expect(run('Output at its Cheongju plant fell.', '청주 공장의 생산이 줄었다.')).toEqual([]);
    // Another paragraph names the site in Korean: a later mention may say 발사장 alone.
    expect(
      inDocument(en, '이노스페이스는 지난 3월 브라질 발사장에서 첫 로켓을 궤도에 올리려 했다.', '알칸타라 발사장은 적도에 가깝다.'),
    ).toEqual([]);
    // A word with a consonant more or less elsewhere in the document is not the name (로켓을 for Alcantara).
    expect(inDocument(en, '이노스페이스는 지난 3월 브라질 발사장에서 첫 로켓을 궤도에 올리려 했다.', '로켓을 쏘았다.')).toEqual([
      'missing-name:Alcantara',
    ]);
    // Nationality adjectives are translated as the country.
    expect(run('Troops left the Russian base.', '군대가 러시아 기지를 떠났다.')).toEqual([]);
  });
  it('warns when another foreign person the English names after said or before ", a/who" is lost', () => {
    const en = 'Rahul Anand, who led the IMF mission, urged Seoul to act.';
    expect(run(en, 'IMF 협의단장은 한국 정부에 조치를 권고했다.')).toEqual(['missing-name:Rahul Anand']);
    expect(run(en, 'IMF 협의단을 이끈 라훌 아난드 단장은 한국 정부에 조치를 권고했다.')).toEqual([]);
    // A transliteration with one consonant fewer, the Latin left, a team, a Korean name in Western order.
    expect(run('said Laura Kuenssberg, the presenter.', '진행자 로라 쿤스버그는 말했다.')).toEqual([]);
    expect(run(en, 'Rahul Anand 단장은 권고했다.')).toEqual([]);
    // In apposition after a title or role; not a list of places, nor a company after a noun.
    const grossi = 'Its director general, Rafael Grossi, told the board that work was moving ahead.';
    expect(run(grossi, 'IAEA 사무총장은 이사회에서 작업이 빠르게 진행되고 있다고 말했다.')).toEqual(['missing-name:Rafael Grossi']);
    expect(run(grossi, '라파엘 그로시 IAEA 사무총장은 이사회에서 작업이 빠르게 진행되고 있다고 말했다.')).toEqual([]);
    expect(run('It has plants in three cities, Los Angeles, Seattle and Boston.', '세 도시에 공장이 있다.')).toEqual([]);
    expect(run('A private company, Hanwha Aerospace, assembled the rocket.', '민간 기업인 한화에어로스페이스가 로켓을 조립했다.')).toEqual(
      [],
    );
    expect(run('a contract with the Los Angeles Dodgers, the largest deal', '로스앤젤레스 다저스와의 계약')).toEqual([]);
    // The tail of an organisation's name after a linking word, which the Korean translates; a person
    // after a lower-case word is still one.
    const coalition = "Seong, policy director of the Citizens' Coalition for Public Transport, a civic group, said it would hurt.";
    expect(run(coalition, '시민단체 ‘공공교통시민연대’의 성 정책국장은 타격이 클 것이라고 말했다.')).toEqual([]);
    expect(run('He met the Federation of Korean Industries, the lobby group.', '그는 로비 단체인 전경련을 만났다.')).toEqual([]);
    expect(run('The lawyer for Ingrid Solberg, a Norwegian, spoke.', '노르웨이인의 변호사가 말했다.')).toEqual([
      'missing-name:Ingrid Solberg',
    ]);
    // A surname that happens to spell Japanese syllables (ha-u-ge-n) after a Western first name is
    // a Western person's; a two-consonant key (Lars → l-s, Haugen → g-n) must make a whole word,
    // not the start of 리서치 or 가느냐다.
    const haugen = '"No doubt," said Lars Haugen, head of research at Nordkapp Shipbroking.';
    expect(run(haugen, '노르카프십브로킹의 리서치 책임자는 “의심의 여지가 없다”고 말했다.')).toEqual(['missing-name:Lars Haugen']);
    expect(run(haugen, '노르카프십브로킹의 라르스 하우겐 리서치 책임자는 “의심의 여지가 없다”고 말했다.')).toEqual([]);
    expect(run(haugen, '노르카프십브로킹의 하우겐 책임자는 “의심의 여지가 없다”고 말했다.')).toEqual([]);
    expect(run(haugen, '리서치 책임자는 “얼마나 오래 가느냐다”라고 말했다.')).toEqual(['missing-name:Lars Haugen']);
    // A title chain after “said” is not a name: the person comes after it.
    expect(run('"No," said Ghanaian Finance Minister Cassiel Ato Forson.', '카시엘 아토 포슨 가나 재무장관은 말했다.')).toEqual([]);
  });
  it('warns when a Korean company the English names by a romanised word and its business is lost (Hyundai Steel)', () => {
    const en = 'Posco and Hyundai Steel raised the price of ship plates, and the two want more.';
    expect(run(en, '포스코는 후판 가격을 올렸고, 더 올리려 한다.')).toEqual(['missing-name:Hyundai Steel']);
    expect(run(en, '포스코와 현대제철은 후판 가격을 올렸고, 더 올리려 한다.')).toEqual([]);
    // Kept by its reading or by its consonants before the business noun or a particle.
    expect(run('Samsung Electronics and Kia Motors said.', '삼성전자와 기아가 밝혔다.')).toEqual([]);
    expect(run('Lotte Chemical and Daewoo Shipbuilding said.', '롯데케미칼과 대우조선이 밝혔다.')).toEqual([]);
    expect(run('Doosan Heavy Industries said.', '두산중공업이 밝혔다.')).toEqual([]);
  });
  it('warns when a Korean given name keeps its consonants but changes a vowel (장현호 for Jang Hyun-woo)', () => {
    const en = 'Rep. Jang Hyun-woo of the PPP said the rules were wrong.';
    expect(run(en, '국민의힘 장현호 의원은 규제가 잘못됐다고 말했다.')).toEqual(['missing-name:misspelt:Jang Hyun-woo']);
    expect(run(en, '국민의힘 장현우 의원은 규제가 잘못됐다고 말했다.')).toEqual([]);
    // The surname and a title stand for the name where the document gives it in full elsewhere.
    expect(inDocument(en, '국민의힘 장 의원은 규제가 잘못됐다고 말했다.', '장현우 의원은 앞서 법안을 냈다.')).toEqual([]);
    // An unhyphenated given name (Euisun) is not judged: its readings are less sure.
    expect(run('said Chung Euisun, the chairman.', '정의선 회장은 말했다.')).toEqual([]);
  });
  it('does not take the surname before 씨 for a full name the English gives (윤 씨 for Yoon Mi-ra)', () => {
    const en = '"Buyers call me," said Yoon Mi-ra, who runs an agency.';
    expect(run(en, '중개업소를 운영하는 윤 씨는 “전화가 온다”고 말했다.')).toEqual(['missing-name:Yoon Mi-ra']);
    expect(run(en, '중개업소를 운영하는 윤미라 씨는 “전화가 온다”고 말했다.')).toEqual([]);
    expect(inDocument(en, '중개업소를 운영하는 윤 대표는 “전화가 온다”고 말했다.', '윤미라 대표의 중개업소는 잠실에 있다.')).toEqual([]);
  });
  it('does not take the surname and a title for a name the document never gives in full (오 지회장 for Oh Byung-chul)', () => {
    const en = '"We will not share the burden," Oh Byung-chul, the head of the union branch, told a rally.';
    expect(run(en, '오 지회장은 집회에서 “짐을 나눠 지지 않겠다”고 말했다.')).toEqual(['missing-name:Oh Byung-chul']);
    expect(inDocument(en, '오 지회장은 집회에서 “짐을 나눠 지지 않겠다”고 말했다.', '노조 지회는 파업을 예고했다.')).toEqual([
      'missing-name:Oh Byung-chul',
    ]);
    expect(run(en, '오병철 지회장은 집회에서 “짐을 나눠 지지 않겠다”고 말했다.')).toEqual([]);
    expect(
      inDocument(en, '오 지회장은 집회에서 “짐을 나눠 지지 않겠다”고 말했다.', '오병철 지회장이 이끄는 지회는 파업을 예고했다.'),
    ).toEqual([]);
  });
  it('warns when one place of a list after a preposition is lost, not matching a longer word by its consonants', () => {
    const en = 'It lifted the rules on complexes in Jamsil, Samseong, Daechi and Cheongdam.';
    expect(run(en, '잠실·삼성·청담동 아파트 단지를 토지거래허가구역에서 해제했다.')).toEqual(['missing-name:Daechi']);
    expect(run(en, '잠실·삼성·대치·청담동 아파트 단지를 토지거래허가구역에서 해제했다.')).toEqual([]);
    expect(run('In Gangnam, Seocho and Songpa, prices rose.', '강남·서초·송파구에서는 값이 올랐다.')).toEqual([]);
    expect(run('In Gangnam, Seocho and Songpa, prices rose.', '강남·송파구에서는 값이 올랐다.')).toEqual(['missing-name:Seocho']);
    expect(run('Trade with China, Japan and Vietnam fell.', '중국·일본과의 교역이 줄었다.')).toEqual([]);
  });
  it('warns when a Korean university, province or area the English names by a romanised word is lost', () => {
    expect(run('said a professor at Kyungnam University.', '북한학과 교수는 말했다.')).toEqual(['missing-name:Kyungnam University']);
    expect(run('prices in Ryanggang provinces rose.', '그 지역의 쌀값이 올랐다.')).toEqual(['missing-name:Ryanggang provinces']);
    expect(run('launched from the Sunan area at dawn.', '새벽 평양 일대에서 발사됐다.')).toEqual(['missing-name:Sunan area']);
    // Kept in an abbreviated or transliterated form: 경남대, 양강도 (initial-sound rule), 경북,
    // 순안, 와세다대, 돈의동; a head too short to compare (Ewha) is not judged.
    expect(run('a professor at Kyungnam University', '경남대 교수')).toEqual([]);
    expect(run('in Ryanggang provinces', '양강도에서')).toEqual([]);
    expect(run('in North Gyeongsang province', '경북 지역에서')).toEqual([]);
    expect(run('the Sunan area of Pyongyang', '평양 순안 일대')).toEqual([]);
    expect(run('a professor at Waseda University', '와세다대 교수')).toEqual([]);
    expect(run('In the Donuimdong district of central Seoul', '서울 도심의 돈의동 쪽방촌에서는')).toEqual([]);
    expect(run('Professor Park of Ewha Womans University', '박 교수')).toEqual([]);
    expect(run('a professor at Harvard University', '교수')).toEqual([]);
  });
  it('does not take the surname before a title for a person when the English first names someone else by it', () => {
    expect(run("KCNA said Kim's sister, Kim Yo-jong, was promoted.", '조선중앙통신은 김 위원장의 여동생이 승진했다고 전했다.')).toEqual([
      'missing-name:Kim Yo-jong',
    ]);
    expect(run('Kim Yo-jong, his sister, was promoted; Kim said so.', '그의 여동생 김 부부장이 승진했다.')).toEqual([]);
  });
});

describe('missing-name check: a name given with its Hangul in brackets', () => {
  const en = 'Noh Kyung-ah(노경아), who covers media at a brokerage, said the imbalance was old.';
  it('warns when the Korean lacks the Hangul the source gives: another name, another reading, the name dropped', () => {
    expect(run(en, '증권사에서 미디어 업종을 담당하는 노경화 연구원은 불균형이 오래됐다고 말했다.')).toEqual([
      'missing-name:bracketed:Noh Kyung-ah',
    ]);
    expect(run('Yoo Seon-hwa (류선화), the director-general, said so.', '유선화 국장은 그렇게 말했다.')).toEqual([
      'missing-name:bracketed:Yoo Seon-hwa',
    ]);
    expect(run(en, '증권사의 한 연구원은 불균형이 오래됐다고 말했다. 노 연구원은 덧붙였다.')).toEqual([
      'missing-name:bracketed:Noh Kyung-ah',
    ]);
  });
  it('accepts the Hangul as given, with or without a space inside, and says so in Korean', () => {
    expect(run(en, '증권사에서 미디어 업종을 담당하는 노경아 연구원은 불균형이 오래됐다고 말했다.')).toEqual([]);
    expect(run('Yoo Seon-hwa (류선화), the director-general, said so.', '류 선화 국장은 그렇게 말했다.')).toEqual([]);
    expect(run('The word hallyu (한류) came later.', '한류라는 말은 나중에 생겼다.')).toEqual([]);
    const [k] = missingNameCheck.run(seg('Yoo Seon-hwa(류선화) said so.', '유선화 국장은 말했다.'), ctxFor([], 'ko'));
    expect(k!.message).toBe('원문은 “Yoo Seon-hwa”의 한글 표기를 “류선화”로 밝혔는데 번역문에는 이 표기가 없습니다.');
  });
});

describe('missing-name check: two people swapped', () => {
  const doc = '웹툰 작가 신재원 작가의 작품이 팔렸다. 스튜디오를 이끄는 이다솜 대표의 말이다. 노경아 연구원은 설명했다.';
  const withDoc = (en: string, ko: string) => keys(missingNameCheck.run(seg(en, ko), { ...ctxFor([]), docText: () => `${doc}\n${ko}` }));
  it('warns when the Korean gives the words to another of the document’s people than the English names here', () => {
    expect(
      withDoc('Rhee said the next fight would be over data.', '신 작가는 다음 싸움은 데이터를 둘러싸고 벌어질 것이라고 말했다.'),
    ).toEqual(['missing-name:swapped:신 작가']);
    expect(withDoc('Shin said she learned it online.', '노 연구원은 인터넷으로 알았다고 말했다.')).toEqual([
      'missing-name:swapped:노 연구원',
    ]);
  });
  it('accepts the person the English names, a pronoun rendered by name, a determiner, and people the document never introduces', () => {
    expect(
      withDoc('Rhee said the next fight would be over data.', '이 대표는 다음 싸움은 데이터를 둘러싸고 벌어질 것이라고 말했다.'),
    ).toEqual([]);
    // No one named in the English here: "she" may be anyone the Korean names.
    expect(withDoc('She said the next fight would be over data.', '신 작가는 다음 싸움은 데이터라고 말했다.')).toEqual([]);
    // 한 연구원 is "a researcher"; 전 대표 "a former head".
    expect(withDoc('Shin said a researcher agreed.', '신 작가는 한 연구원도 동의했다고 말했다.')).toEqual([]);
    expect(withDoc('Shin said a former head agreed.', '신 작가는 전 대표도 동의했다고 말했다.')).toEqual([]);
    // 박 교수 is no one the document introduces.
    expect(withDoc('Shin said a professor agreed.', '신 작가는 박 교수도 동의했다고 말했다.')).toEqual([]);
    // The English calls the person by the given name: Jae-won is 신재원.
    expect(withDoc('Thank you, Jae-won. Rhee is next.', '신 작가, 수고했습니다. 다음은 이 대표입니다.')).toEqual([]);
    // Yoo is read 류 (the initial-sound rule).
    expect(withDoc('Yoo said the ministry agreed. Shin did too.', '류 국장과 신 작가는 동의했다.')).toEqual([]);
  });
  it('reads 씨 as a title, and a full name introduced with the age in brackets (임성재(38) 씨)', () => {
    const trial = '임성재(38) 씨에게 유죄를 선고했다. 교사 안미경(67) 씨는 돈을 잃었다.';
    const inTrial = (en: string, ko: string) =>
      keys(missingNameCheck.run(seg(en, ko), { ...ctxFor([]), docText: () => `${trial}\n${ko}` }));
    const en = 'Ahn said she had received 2.1 million won back. “The verdict matters,” she said.';
    expect(inTrial(en, '안 씨는 210만 원을 돌려받았다고 했다. 임 씨는 “판결은 중요하다”고 말했다.')).toEqual([
      'missing-name:swapped:임 씨',
    ]);
    expect(inTrial(en, '안 씨는 210만 원을 돌려받았다고 했다. 안 씨는 “판결은 중요하다”고 말했다.')).toEqual([]);
    // Someone the document never introduces by full name, and a paragraph that names no one.
    expect(inTrial(en, '안 씨는 돌려받았다고 했다. 김 씨도 그렇게 말했다.')).toEqual([]);
    expect(inTrial('She said the verdict matters.', '임 씨는 판결이 중요하다고 말했다.')).toEqual([]);
  });
});
