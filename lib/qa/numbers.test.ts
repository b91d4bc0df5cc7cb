import { describe, expect, it } from 'vitest';
import { numbersCheck } from './numbers';
import { keys, runOne } from './testing';

const ok = (en: string, ko: string) => expect(keys(runOne(numbersCheck, en, ko)), `${en} ↔ ${ko}`).toEqual([]);
const flags = (en: string, ko: string, key: string) =>
  expect(keys(runOne(numbersCheck, en, ko)), `${en} ↔ ${ko}`).toContain(`numbers:${key}`);

describe('numbers check', () => {
  it('accepts the usual Korean renderings', () => {
    ok('It costs 1,000 won.', '1,000원입니다.');
    ok('It costs 1,000 won.', '1000원입니다.');
    ok('It costs 1,000 won.', '천 원입니다.');
    ok('It costs 1,000 won.', '1천 원입니다.');
    ok('Prices rose 5%.', '물가가 5% 올랐다.');
    ok('Prices rose 5%.', '물가가 5퍼센트 올랐다.');
    ok('Prices rose 3.5 percent.', '물가가 3.5% 올랐다.');
    ok('It fired missiles on seven occasions since May fourth.', '5월 4일 이후 일곱 차례 미사일을 쐈다.');
    ok('It fired missiles on seven occasions since May fourth.', '5월 4일 이후 7차례 미사일을 쐈다.');
    ok('They met on June 30th.', '그들은 6월 30일 만났다.');
    ok('within two to three weeks', '2~3주 안에');
    ok('within two to three weeks', '두세 주 안에');
    ok('within two to three weeks', '2∼3주 안에');
    ok('the second summit', '2차 정상회담');
    ok('the second summit', '두 번째 정상회담');
    ok('First, it wants a rift. Second, it urges.', '첫째, 균열을 노린다. 둘째, 촉구한다.');
    ok('In 2019, no one expected it.', '2019년에는 아무도 예상하지 못했다.');
    ok('one of the two sides', '양측 가운데 한쪽');
    ok('the first summit in 2018', '2018년 1차 정상회담');
    ok('a third bilateral summit', '3차 양자 정상회담');
    ok('2.5 million people', '250만 명');
  });

  it('reads “the second half” as 하반기 and still wants a second of anything else', () => {
    ok('Work starts in the second half of next year.', '공사는 내년 하반기에 시작된다.');
    ok('Prices rose in the first half.', '상반기에 가격이 올랐다.');
    flags('It is the second yard to win one.', '수주한 조선소는 이곳이 처음이다.', 'missing:2');
  });

  it('answers a pasted table of thousands of figures at once, with one warning', () => {
    const issues = runOne(numbersCheck, '1 million, '.repeat(2000), '1만 '.repeat(4000));
    expect(keys(issues)).toEqual(['numbers:too-many']);
    ok('In 2023 there were 15 launches, 3 in May.', '2023년 발사는 15차례였고 5월에 3차례였다.'); // normal paragraphs unchanged
  });

  it('flags missing, wrong and invented numbers', () => {
    flags('since May fourth', '5월 14일 이후', 'missing:4');
    flags('on August 20th', '9월 20일', 'missing:month:8');
    flags('seven occasions', '여덟 차례', 'missing:7');
    flags('Prices rose 5%.', '물가가 5배 올랐다.', 'missing:5');
    flags('Prices rose 5%.', '물가가 6% 올랐다.', 'missing:5');
    flags('the end of this month', '9월 말', 'extra:9');
  });

  it('keys repeated misses apart and words messages in both languages', () => {
    const issues = runOne(numbersCheck, 'three and three', '없음');
    expect(keys(issues)).toEqual(['numbers:missing:3', 'numbers:missing:3#2']);
    expect(issues[0]!.sourceSpan).toEqual({ start: 0, end: 5 });
    const ko = numbersCheck.run(
      { id: 'x', sourceText: 'May fourth', targetText: '5월', state: 'DRAFT' },
      {
        locale: 'ko',
        terms: { list: [] },
      },
    );
    expect(ko[0]!.message).toBe('원문의 숫자 “fourth”(4)가 번역문에 없거나 다릅니다.');
  });

  it('blames the source word that lost its counterpart and points at the target number', () => {
    const feb = runOne(
      numbersCheck,
      'Since the second summit in Hanoi in February, it hinted.',
      '지난 3월 하노이에서 열린 2차 정상회담 이후 시사했다.',
    );
    expect(keys(feb)).toEqual(['numbers:missing:month:2']);
    expect(feb[0]!.message).toBe(
      'The month “February” (2월) is missing or different in the translation. The translation has “3월” instead.',
    );
    expect(feb[0]!.targetSpan).toEqual({ start: 3, end: 5 });
    const three = runOne(
      numbersCheck,
      'It has three purposes. First, a rift. Second, pressure. Third, aid.',
      '목적은 네 가지다. 첫째, 균열. 둘째, 압박. 셋째, 지원.',
    );
    expect(keys(three)).toEqual(['numbers:missing:3']);
    expect(three[0]!.message).toContain('“three” (3)');
    expect(three[0]!.targetSpan).toEqual({ start: 4, end: 5 });
    // 두 renders "those two figures", which the source does not require: it is not blamed for "Five".
    const five = runOne(
      numbersCheck,
      'Five years ago the target was 20. The gap between those two figures is large.',
      '당시 목표는 20이었다. 이 두 수치의 차이는 크다.',
    );
    expect(keys(five)).toEqual(['numbers:missing:5']);
    expect(five[0]!.message).toBe('The number “Five” (5) is missing or different in the translation.');
    expect(five[0]!.targetSpan).toBeUndefined();
    // A changed count in words is still pointed at when the source holds no such value.
    const six = runOne(numbersCheck, 'Five experts met.', '전문가 여섯 명이 만났다.');
    expect(six[0]!.message).toContain('“여섯” instead');
  });

  it('accepts a weekday written as a date and digits that are part of a name', () => {
    ok('The minister announced it on Tuesday.', '장관은 14일 이를 발표했다.');
    ok('since the pandemic', '코로나19 대유행 이후');
    ok('since the pandemic', '코로나19로 인해');
    ok('demand for the iPhone 15 Pro', '아이폰15 프로에 대한 수요');
    ok('on France 5 television', '프랑스5 방송에서');
    flags('It announced it.', '14일 발표했다.', 'extra:14');
    ok('in April last year', '지난해4월');
    // The count of a contracted country list; a count that does not match it is still extra.
    ok('South Korea, the United States and Japan held a joint exercise.', '한미일 3국은 연합훈련을 벌였다.');
    flags('South Korea and the United States held a joint exercise.', '한미 3국은 연합훈련을 벌였다.', 'extra:3');
    // The three countries named before, counted by the Korean only ("Negotiators" → 3국 협상단).
    ok('Negotiators met 16 times.', '3국 협상단은 16차례 만났다.');
    flags('Negotiators met 16 times.', '5국 협상단은 16차례 만났다.', 'extra:5');
    // "three-way" as a list of three countries; a list of two does not stand for three.
    ok('Busan talks revive a three-way trade pact', '부산 회의로 되살아난 한중일 무역협정');
    flags('Busan talks revive a three-way trade pact', '부산 회의로 되살아난 한일 무역협정', 'missing:3');
    ok('Trade among the three economies grew.', '한중일 간 교역이 늘었다.');
    // Any other "two" is a number of its own, even beside a list of two countries.
    flags('two months after the drills', '석 달 뒤 한미 연합훈련', 'missing:2');
    ok('the March 1 Independence Movement', '3·1 독립운동');
    ok('the Sept. 11 attacks', '9·11 테러');
    ok('in the first five months of the year', '올해 1~5월에');
    // Realistic renderings from news translation.
    ok('SEOUL, Dec. 3 (Yonhap) -- It fired a missile on Tuesday.', '(서울=연합뉴스) 북한이 2일 미사일을 발사했다.');
    // A number word that is part of a name is transliterated (Nova Nine → 노바 나인).
    ok("The girl group Nova Nine's tour sold out.", '걸그룹 노바 나인의 투어가 매진됐다.');
    ok('Nova Nine said on Monday it would appeal.', '노바 나인은 항소하겠다고 밝혔다.');
    flags('It opened in Seoul. Nine people came.', '서울에서 열렸다. 사람들이 왔다.', 'missing:9');
    flags('The board named nine directors.', '이사회는 이사들을 선임했다.', 'missing:9');
    // A dateline with its weekday and year: Korean papers date the story in the byline.
    ok('BUSAN, Friday, March 6, 2026 — Exports rose 4 percent, the ministry said on Friday.', '수출이 4% 늘었다고 부처가 6일 밝혔다.');
    ok('LONDON, Monday, September 14 — It fell.', '떨어졌다.');
    // The same date in the body is the story's own: its year must be there.
    flags('Exports rose on Friday, March 6, 2026, the ministry said.', '부처는 6일 수출이 늘었다고 밝혔다.', 'missing:2026');
    flags('BUSAN, Friday, March 6, 2026 — Exports rose 4 percent.', '수출이 5% 늘었다.', 'missing:4');
    ok('more than 280 trillion won ($210 billion)', '280조원 이상');
    ok('operating profit of 2.43 trillion won', '영업이익 2조4천300억원');
    ok('three days of mourning, three decades of talks', '사흘간의 애도, 30년간의 협상');
    ok('One hundred fifty-nine people died.', '159명이 숨졌다.');
    ok('in the July-September period, the S&amp;P 500 rose', '7∼9월 S&P500지수는 올랐다');
    ok('He was 17, back in a week or two, silent until nearly 80.', '열일곱 살, 한두 주 뒤, 여든이 될 때까지');
    ok('Food prices rose from a year earlier; two-thirds of households', '1년 전보다 올랐고 가구의 3분의 2가');
  });
  it('accepts a date written relative to the dateline, a quarter point, basis points and a count of listed names', () => {
    const run = (en: string, ko: string) => keys(runOne(numbersCheck, en, ko));
    expect(run('The report is due on Dec. 10.', '보고서는 다음 달 10일 나온다.')).toEqual([]);
    expect(run('The report is due on Dec. 10.', '보고서는 11월 10일 나온다.')).toEqual(['numbers:missing:month:12']);
    expect(run('It cut rates by a quarter of a percentage point.', '금리를 0.25%포인트 내렸다.')).toEqual([]);
    expect(run('Yields fell 6 basis points.', '금리는 0.06%포인트 내렸다.')).toEqual([]);
    expect(run('Yields fell 6 basis points.', '금리는 0.6%포인트 내렸다.')).toEqual(['numbers:missing:6']);
    expect(run('Two members, Han Ji-woo and Baek Seung-ho, dissented.', '한지우·백승호 위원은 반대했다.')).toEqual([]);
  });
  it('flags a fraction turned upside down (two-thirds → 2분의 3), not one the source has either way', () => {
    const run = (en: string, ko: string) => keys(runOne(numbersCheck, en, ko));
    expect(run('About two-thirds went to the United States.', '약 2분의 3이 미국에 팔렸다.')).toEqual(['numbers:inverted:2분의 3']);
    expect(run('cut by three quarters', '3분의4로 줄었다')).toEqual(['numbers:inverted:3분의4']);
    expect(run('cut by three quarters', '4분의3로 줄었다')).toEqual([]);
    expect(run('About two-thirds went to the United States.', '약 3분의 2가 미국에 팔렸다.')).toEqual([]);
    expect(run('a half and two-thirds', '절반에서 3분의 2까지')).toEqual([]);
    expect(run('the ratio of 3/2 and 2/3', '2분의 3과 3분의 2의 비율')).toEqual([]);
  });
  it('reads the first number of a Korean percent range as a percentage (20~53%)', () => {
    ok('which refunds 20% to 53% of fares', '요금의 20~53%를 돌려주는');
    ok('between 2 and 3 percent', '2∼3% 사이');
    flags('which refunds 20% to 53% of fares', '요금의 25~53%를 돌려주는', 'missing:20');
    flags('it rose 20% in a year and 53% in two', '1년에 20 올랐고 2년에 53% 올랐다', 'missing:20');
  });
  it('flags percentage points written as percent, and percent written as points', () => {
    const run = (en: string, ko: string) => keys(runOne(numbersCheck, en, ko));
    expect(run('lifting its share by 4 percentage points', '비중이 4% 높아졌다')).toEqual(['numbers:unit:4%']);
    expect(run('revenue rose 41 percent', '매출이 41%포인트 늘었다')).toEqual(['numbers:unit:41%포인트']);
    expect(run('lifting its share by 4 percentage points', '비중이 4%포인트 높아졌다')).toEqual([]);
    expect(run('a 0.5-percentage-point rise', '0.5%p 상승')).toEqual([]);
    expect(run('up 4 percent, a gain of 4 percentage points in share', '4% 늘어 점유율은 4%포인트 올랐다')).toEqual([]);
    expect(run('Unemployment fell 2 points to 4 percent.', '실업률은 2%포인트 내린 4%였다.')).toEqual([]);
  });
  it('reads an age or era by decade (their twenties → 20대) as a number the Korean may write', () => {
    const run = (en: string, ko: string) => keys(runOne(numbersCheck, en, ko));
    expect(run('Among people in their twenties, support rose.', '20대에서는 지지율이 높아졌다.')).toEqual([]);
    expect(run('Music of the eighties.', '80년대 음악.')).toEqual([]);
    expect(run('Among people in their twenties, support rose.', '30대에서는 지지율이 높아졌다.')).toEqual(['numbers:extra:30']);
  });
  it('accepts a date in the story’s month written as the day alone', () => {
    ok('The board publishes its figures again on June 18.', '부동산원은 18일 주간 통계를 다시 발표한다.');
    // The day changed, or the day written under another month.
    flags('The board publishes its figures again on June 18.', '부동산원은 19일 주간 통계를 다시 발표한다.', 'missing:month:6');
    flags('The board publishes its figures on June 18 and July 2.', '부동산원은 7월 18일과 2일 통계를 발표한다.', 'missing:month:6');
  });

  it('reads the digits of a model code the source names as the name’s (화성-19형 for Hwasong-19), not others', () => {
    ok('The solid-fuel Hwasong-19 flew for 86 minutes.', '고체연료를 쓰는 화성-19형은 86분간 비행했다.');
    ok('It tested a Chollima-1 rocket.', '천리마-1형 로켓을 시험했다.');
    // Other digits in the code, or a hyphenated number the source has no code for, are still extra.
    flags('The solid-fuel Hwasong-19 flew for 86 minutes.', '고체연료를 쓰는 화성-18형은 86분간 비행했다.', 'extra:18');
    flags('The new missile flew for 86 minutes.', '신형 화성-19형은 86분간 비행했다.', 'extra:19');
  });

  it('reads digits inside a glossary term’s Korean form as the term’s, when the source names the term', () => {
    const terms = [{ source: 'Arch of Reunification', target: '조국통일3대헌장기념탑', kind: 'TERM' as const }];
    const run = (en: string, ko: string) => keys(runOne(numbersCheck, en, ko, terms));
    expect(run('It tore down the Arch of Reunification in Pyongyang.', '평양의 조국통일3대헌장기념탑을 허물었다.')).toEqual([]);
    // Without the term in the source, or outside the term's form, a digit is still extra.
    expect(run('It tore down a monument in Pyongyang.', '평양의 조국통일3대헌장기념탑을 허물었다.')).toEqual(['numbers:extra:3']);
    expect(run('It tore down the Arch of Reunification.', '조국통일3대헌장기념탑 3곳을 허물었다.')).toEqual(['numbers:extra:3']);
  });

  it('reads idioms of time whose Korean is a number (around the clock → 24시간, half a century → 50년)', () => {
    ok('The call center takes requests around the clock.', '콜센터에서 24시간 요청을 받는다.');
    ok('a round-the-clock hotline', '24시간 상담 전화');
    ok('The shop is open 24/7.', '이 가게는 연중무휴로 문을 연다.');
    ok('The shop is open 24/7.', '이 가게는 24시간 문을 연다.');
    ok('Talks resume in a fortnight.', '회담은 2주 뒤 재개된다.');
    ok('its worst drought in half a century', '50년 만의 최악의 가뭄');
    ok('its worst drought in half a century', '반세기 만의 최악의 가뭄');
    ok('its worst drought in 50 years', '반세기 만의 최악의 가뭄');
    ok('for half a dozen villages', '마을 6곳에');
    ok('within half an hour', '30분 안에');
    // Another number than the idiom's is still extra; 24/7 asks no 7 of the Korean.
    flags('The call center takes requests around the clock.', '콜센터에서 12시간 요청을 받는다.', 'extra:12');
    flags('its worst drought in half a century', '40년 만의 최악의 가뭄', 'extra:40');
    flags('its worst drought in 60 years', '반세기 만의 최악의 가뭄', 'missing:60');
    flags('The shop is open 24/7.', '이 가게는 12시간 문을 연다.', 'extra:12');
  });

  it('reads midnight and noon as 12 (밤 12시, 낮 12시, 0시, 24시)', () => {
    ok('The polls closed at midnight.', '투표는 밤 12시에 마감됐다.');
    ok('The curfew starts at midnight.', '통행금지는 0시부터 시작된다.');
    ok('The ceasefire took effect at midnight on Sunday.', '휴전은 일요일 24시에 발효됐다.');
    ok('The ceremony begins at noon.', '기념식은 낮 12시에 시작한다.');
    ok('Staff break at midday.', '직원들은 낮 12시에 쉰다.');
    // Another hour is still extra.
    flags('The polls closed at midnight.', '투표는 밤 11시에 마감됐다.', 'extra:11');
    flags('The ceremony begins at noon.', '기념식은 오후 2시에 시작한다.', 'extra:2');
  });

  it('reads approximate day counts (three or four days → 사나흘, a day or two → 하루이틀)', () => {
    ok('For the first three or four days, the fever looks like flu.', '처음 사나흘 동안은 열이 독감 같다.');
    ok('It takes three or four days to heal.', '낫는 데 사나흘이 걸린다.');
    ok('The shipment arrives in one or two days.', '화물은 하루이틀 뒤 도착한다.');
    ok('Rain will last five or six days.', '비는 대엿새 이어진다.');
    ok('He stayed four or five days.', '그는 너더댓새 머물렀다.');
    flags('It takes three or four days to heal.', '낫는 데 대엿새가 걸린다.', 'missing:3');
  });

  it('reads a fraction as its percentage, both ways (a fifth ↔ 20%, half ↔ 50%, 절반 ↔ 50 percent)', () => {
    ok('the crop could shrink by a fifth, a loss of 180 billion won', '수확량이 20%가량 줄어 1,800억 원의 손실이 날 수 있다');
    ok('the crop could shrink by a fifth, a loss of 180 billion won', '수확량이 5분의 1가량 줄어 1,800억 원의 손실이 날 수 있다');
    ok('a third of the wells', '관정의 33%');
    ok('two-thirds of households', '가구의 67%');
    ok('three quarters of the reservoirs', '저수지의 75%');
    ok('Half of the wells ran dry.', '관정의 50%가 말랐다.');
    ok('a quarter of households', '가구의 25%');
    ok('50 percent of the wells', '관정의 절반');
    ok('20 percent of the crop', '수확량의 5분의 1');
    // An ordinal is no fraction (a fifth term); another percentage is still a different number;
    // half is 50 only as a percentage.
    flags('He won a fifth term.', '그는 20%의 득표로 당선됐다.', 'missing:5');
    flags('the crop could shrink by a fifth', '수확량이 25% 줄 수 있다', 'missing:5');
    flags('Half of the wells ran dry.', '관정의 60%가 말랐다.', 'extra:60');
    flags('Half of the wells ran dry.', '관정 50곳이 말랐다.', 'extra:50');
    flags('40 percent of the wells', '관정의 절반', 'missing:40');
  });
});

describe('a fraction word takes a Korean fraction of its value first', () => {
  const EN = 'The tour grosses about a third of its revenue. Three quarters of the seats were sold.';
  it('blames “third”, not “Three”, when 3분의 1 is lost beside 4분의 3', () => {
    const issues = runOne(numbersCheck, EN, '투어 매출이 크다. 전체 좌석의 4분의 3이 팔렸다.');
    expect(keys(issues)).toEqual(['numbers:missing:3']);
    expect(issues[0]!.message).toContain('“third”');
  });
  it('accepts both fractions, and a plain 3 for “three” beside a fraction', () => {
    ok(EN, '투어 매출은 3분의 1가량이다. 전체 좌석의 4분의 3이 팔렸다.');
    ok('Three ministers and a quarter of the staff left.', '장관 3명과 직원 4분의 1이 떠났다.');
  });
});

describe('numbers: a class year named by a word (high-school seniors → 고교 3학년)', () => {
  const run = (en: string, ko: string) => keys(runOne(numbersCheck, en, ko));
  it('accepts the school year the English names by a class word', () => {
    expect(run('Of the applicants, 3,100 are high-school seniors.', '지원자 가운데 3100명은 고교 3학년 재학생이다.')).toEqual([]);
    expect(run('Most of the protesters were college freshmen.', '시위 참가자 대부분은 대학 1학년생이었다.')).toEqual([]);
    expect(run('The sophomore was suspended.', '그 2학년 학생은 정학 처분을 받았다.')).toEqual([]);
    expect(run('She is a junior at a high school in Daegu.', '그는 대구의 한 고교 2학년생이다.')).toEqual([]);
    expect(run('University seniors face a tight job market.', '대학 4학년생들은 취업난을 겪고 있다.')).toEqual([]);
    expect(run('The seniors sat the mock exam.', '고3 수험생들이 모의고사를 치렀다.')).toEqual([]);
  });
  it('still flags a school year the class word does not give, or a grade with no class word', () => {
    expect(run('The sophomore was suspended.', '그 3학년 학생은 정학 처분을 받았다.')).toContain('numbers:extra:3');
    expect(run('The students were suspended.', '3학년 학생들이 정학 처분을 받았다.')).toContain('numbers:extra:3');
    expect(run('A senior official said the plan was ready.', '정부 고위 관계자는 3개 안이 준비됐다고 말했다.')).toContain(
      'numbers:extra:3',
    );
    expect(run('The senior sergeant picked up the students.', '3학년 학생들을 경사가 태웠다.')).toEqual(['numbers:extra:3']);
  });
});
