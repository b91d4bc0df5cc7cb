import { describe, expect, it } from 'vitest';
import { relativeTimeCheck } from './relative-time';
import { ctxFor, keys, runOne, seg } from './testing';

const run = (en: string, ko: string) => keys(runOne(relativeTimeCheck, en, ko));

describe('relative-time check', () => {
  it('flags a relative time shifted to another period', () => {
    expect(run('last month it blew up a road', '이달에는 도로를 폭파했다')).toEqual(['relative-time:last-month->this-month']);
    expect(run('local elections next year', '올해 지방선거')).toEqual(['relative-time:next-year->this-year']);
    expect(run('the rest to follow by the end of the year', '나머지는 내년에 보낸다')).toEqual(['relative-time:year-end->next-year']);
    expect(run('in April last year', '올해 4월')).toEqual(['relative-time:last-year->this-year']);
  });
  it('accepts the usual renderings, added or implicit time words', () => {
    expect(run('by the end of the year', '연내에')).toEqual([]);
    expect(run('later this year', '올해 안에')).toEqual([]);
    expect(run('this year', '연내')).toEqual([]);
    expect(run('last year', '작년')).toEqual([]);
    expect(run('in March', '내년 3월')).toEqual([]);
    expect(run('next month', '내달')).toEqual([]);
    expect(run('this year', '이번 협상은')).toEqual([]);
  });
  it('reads "since the start of the year" as this year (연초, 올 들어), not last year', () => {
    expect(run('investors have bet on it since the start of the year', '투자자들은 지난해 초부터 베팅해 왔다')).toEqual([
      'relative-time:this-year->last-year',
    ]);
    expect(run('since the beginning of the year', '내년 초부터')).toEqual(['relative-time:this-year->next-year']);
    expect(run('investors have bet on it since the start of the year', '투자자들은 연초부터 베팅해 왔다')).toEqual([]);
    expect(run('since the start of the year', '올 들어')).toEqual([]);
    expect(run('since the start of this year', '올해 초부터')).toEqual([]);
    // A year the text names is no relative time: 2019년 초 passes.
    expect(run('in 2019, since the start of the year', '2019년 초부터')).toEqual([]);
  });
  it('knows "that year" / "that month" of a story about the past (그해, 같은 해, 그달)', () => {
    const en = 'The two Koreas agreed in October of that year to exchange information.';
    expect(run(en, '남북은 이듬해 10월 정보를 교환하기로 합의했다.')).toEqual(['relative-time:that-year->next-year']);
    expect(run(en, '남북은 그해 10월 정보를 교환하기로 합의했다.')).toEqual([]);
    expect(run(en, '남북은 같은 해 10월 정보를 교환하기로 합의했다.')).toEqual([]);
    expect(run(en, '남북은 2009년 10월 정보를 교환하기로 합의했다.')).toEqual([]);
    expect(run('Later the same month, talks resumed.', '다음 달 말 회담이 재개됐다.')).toEqual(['relative-time:that-month->next-month']);
    expect(run('Later the same month, talks resumed.', '그달 말 회담이 재개됐다.')).toEqual([]);
    // Not a time word: 같은 해결책, 그 해외 공장.
    expect(run('Last year the same fix was tried abroad.', '지난해 같은 해결책을 그 해외 공장에서 시도했다.')).toEqual([]);
  });

  it('reads "before the end of the year" as 연내 (before the end of the year → 내년 is a shift)', () => {
    const en = 'rationing could reach Jeju City before the end of the year';
    expect(run(en, '연내에 제주시까지 제한급수가 확대될 수 있다')).toEqual([]);
    expect(run(en, '연말까지 제주시까지 제한급수가 확대될 수 있다')).toEqual([]);
    expect(run(en, '내년에 제주시까지 제한급수가 확대될 수 있다')).toEqual(['relative-time:year-end->next-year']);
    expect(run('until the end of the year', '내년까지')).toEqual(['relative-time:year-end->next-year']);
    // Before the end of January is no year deixis.
    expect(run('cut output until the end of January', '1월 말까지 생산량을 줄인다')).toEqual([]);
  });
  it('weighs yesterday, today and tomorrow against each other (어제 → 오늘, 오늘 오후 → 어제 오후), not against a year or a week', () => {
    const en = 'after three schools moved to half days yesterday';
    expect(run(en, '어제 초등학교 세 곳이 단축 수업에 들어간 가운데')).toEqual([]);
    expect(run(en, '오늘 초등학교 세 곳이 단축 수업에 들어간 가운데')).toEqual(['relative-time:yesterday->today']);
    expect(run('Tomorrow on Island Report, we look at schools.', '오늘 〈아일랜드 리포트〉에서는 학교를 살펴봅니다.')).toEqual([
      'relative-time:tomorrow->today',
    ]);
    expect(run('The governor warned this afternoon.', '지사는 오늘 오후 경고했다.')).toEqual([]);
    expect(run('The governor warned this afternoon.', '지사는 어제 오후 경고했다.')).toEqual(['relative-time:today->yesterday']);
    expect(run('We spoke earlier today with her.', '오늘 앞서 그와 이야기를 나눴다.')).toEqual([]);
    // “Today” as “nowadays” (지금은), and 오늘 for a weekday: no day word of the source is shifted.
    expect(run('Today it has about 670,000 residents.', '지금은 주민이 67만 명가량이다.')).toEqual([]);
    expect(run('Today it has about 670,000 residents.', '올해 주민이 67만 명가량이다.')).toEqual([]);
    expect(run('The ministry said on Tuesday.', '부처는 오늘 밝혔다.')).toEqual([]);
    expect(run('The ministry said so last week.', '부처는 오늘 그렇게 밝혔다.')).toEqual([]);
  });

  it('points at both words and speaks Korean', () => {
    const [i] = relativeTimeCheck.run(seg('last month', '이달'), ctxFor([], 'ko'));
    expect(i!.sourceSpan).toEqual({ start: 0, end: 10 });
    expect(i!.targetSpan).toEqual({ start: 0, end: 2 });
    expect(i!.message).toMatch(/“이달”이 있습니다/);
  });
  it('reads "within the week" and "earlier in the year" and flags the other part of a year (early next year → 내년 말)', () => {
    expect(run('return to mediation within the week', '다음 주 안에 조정 절차로 돌아오라고')).toEqual([
      'relative-time:this-week->next-week',
    ]);
    expect(run('return to mediation within the week', '이번 주 안에 조정 절차로 돌아오라고')).toEqual([]);
    expect(run('the bank held off earlier in the year', '한은이 지난해 초 인하를 미뤘다')).toEqual(['relative-time:this-year->last-year']);
    expect(run('the bank held off earlier in the year', '한은이 올해 초 인하를 미뤘다')).toEqual([]);
    expect(run('A summit is planned for early next year.', '내년 말에는 정상회담이 예정돼 있다.')).toEqual([
      'relative-time:part:early->late',
    ]);
    expect(run('A summit is planned for early next year.', '내년 초에는 정상회담이 예정돼 있다.')).toEqual([]);
    expect(run('A summit is planned for early next year.', '내년 상반기 정상회담이 예정돼 있다.')).toEqual([]);
    expect(run('A summit is planned for early next year.', '내년 1월 정상회담이 예정돼 있다.')).toEqual([]);
    expect(run('It needs 12 billion won by the end of the year.', '연초까지 120억 원이 필요하다.')).toEqual([
      'relative-time:part:late->early',
    ]);
    expect(run('It needs 12 billion won by the end of the year.', '연말까지 120억 원이 필요하다.')).toEqual([]);
  });
  it('knows the year before last and the year after next, and the days around yesterday and tomorrow', () => {
    expect(run('Last year the government eased the rules.', '정부는 재작년 재건축 규제를 완화했다.')).toEqual([
      'relative-time:last-year->year-before-last',
    ]);
    expect(run('The year before last the rules were eased.', '지난해 규제가 완화됐다.')).toEqual([
      'relative-time:year-before-last->last-year',
    ]);
    expect(run('The year before last the rules were eased.', '재작년 규제가 완화됐다.')).toEqual([]);
    expect(run('Two years ago the rules were eased.', '2년 전 규제가 완화됐다.')).toEqual([]);
    expect(run('The plant opens the year after next.', '공장은 내후년 문을 연다.')).toEqual([]);
    expect(run('The plant opens next year.', '공장은 내후년 문을 연다.')).toEqual(['relative-time:next-year->year-after-next']);
    expect(run('They met the day before yesterday.', '그들은 그제 만났다.')).toEqual([]);
    expect(run('They meet the day after tomorrow.', '그들은 내일 만난다.')).toEqual(['relative-time:day-after-tomorrow->tomorrow']);
  });
  it('reads a count of periods back (five years ago, six months earlier) and flags it turned into another period', () => {
    expect(run('Five years ago the dam was built.', '지난해 댐이 지어졌다.')).toEqual(['relative-time:ago:five years ago->지난해']);
    expect(run('Six months earlier, prices fell.', '지난달 가격이 내렸다.')).toEqual(['relative-time:ago:six months earlier->지난달']);
    expect(run('Three days ago the talks ended.', '어제 회담이 끝났다.')).toEqual(['relative-time:ago:three days ago->어제']);
    const [i] = runOne(relativeTimeCheck, 'Five years ago the dam was built.', '지난해 댐이 지어졌다.');
    expect(i!.message).toBe('“Five years ago” in the source became “지난해” in the translation (expected “5년 전” or the like).');
    expect(i!.targetSpan).toEqual({ start: 0, end: 3 });
    // Kept (digits, Korean numerals, native day counts, 석 달), or no other period shown: nothing.
    for (const [en, ko] of [
      ['Five years ago the dam was built.', '5년 전 댐이 지어졌다.'],
      ['Five years ago the dam was built.', '다섯 해 전 댐이 지어졌다.'],
      ['Three months ago prices fell, and last year they rose.', '석 달 전 가격이 내렸고 지난해에는 올랐다.'],
      ['Three days ago the talks ended.', '사흘 전 회담이 끝났다.'],
      ['Twelve years ago, and 20 years ago.', '예전에, 그리고 20년 전에.'],
      ['Ten years ago the law passed; last year it was amended.', '10년 전 법이 통과됐고 지난해 개정됐다.'],
    ])
      expect(run(en!, ko!), en).toEqual([]);
  });
  it('flags a count of periods turned the other way in time (two years ago → 2년 뒤, in five years → 5년 전)', () => {
    const src = 'The province asked for a discount, as it did for the Shinbundang Line two years ago.';
    expect(run(src, '경기도는 2년 뒤 신분당선 때처럼 할인을 요청했다.')).toEqual(['relative-time:direction:two years ago->2년 뒤']);
    expect(run('The dam will be finished in five years.', '댐은 5년 전 완공된다.')).toEqual([
      'relative-time:direction:in five years->5년 전',
    ]);
    expect(run('Three months later, prices fell.', '석 달 전 가격이 내렸다.')).toEqual([
      'relative-time:direction:three months later->석 달 전',
    ]);
    expect(run('A week before the vote, he quit.', '투표 일주일 뒤 그는 사퇴했다.')).toEqual([]);
    expect(run('A week before the vote, he quit.', '투표 1주 뒤 그는 사퇴했다.')).toEqual([
      'relative-time:direction:a week before->1주 뒤',
    ]);
    for (const [en, ko] of [
      [src, '경기도는 2년 전 신분당선 때처럼 할인을 요청했다.'],
      ['Two days after the vote, he quit.', '투표 이틀 뒤 그는 사퇴했다.'],
      ['It rose for the first time in two years.', '2년 만에 처음 올랐다.'],
      ['The plant opened in 2020 and will close in five years.', '2020년 문을 연 공장은 5년 뒤 문을 닫는다. 5년 전 계획이다.'],
      ['Two years ago he left; he returns two years later.', '2년 전 떠난 그는 2년 뒤 돌아온다.'],
    ])
      expect(run(en!, ko!), ko).toEqual([]);
  });
  it('reads "from a year earlier" as the year before (전년보다) and knows the quarters of a company year', () => {
    const en = 'Sales reached 2.2 trillion won last year, up 19.3 percent from a year earlier.';
    expect(run(en, '지난해 매출은 2조2000억 원으로 전년보다 19.3% 늘었다.')).toEqual([]);
    expect(run(en, '올해 매출은 2조2000억 원으로 전년보다 19.3% 늘었다.')).toEqual(['relative-time:last-year->this-year']);
    expect(run('Exports rose 5 percent from a month earlier.', '수출은 전월보다 5% 늘었다.')).toEqual([]);
    const q = 'Revenue rose 41 percent last quarter to $38 million.';
    expect(run(q, '지난 분기 매출은 3800만 달러로 41% 늘었다.')).toEqual([]);
    expect(run(q, '매출은 직전 분기에 3800만 달러로 41% 늘었다.')).toEqual([]);
    expect(run(q, '이번 분기 매출은 3800만 달러로 41% 늘었다.')).toEqual(['relative-time:last-quarter->this-quarter']);
    expect(run('It expects a profit next quarter.', '이번 분기에는 흑자를 낼 것으로 본다.')).toEqual([
      'relative-time:next-quarter->this-quarter',
    ]);
    // A numbered quarter is no relative one: 1분기 passes, and so does a quarter left implicit.
    expect(run('Sales fell this quarter.', '1분기 매출은 줄었다.')).toEqual([]);
    expect(run('Sales fell this quarter.', '매출은 줄었다.')).toEqual([]);
  });
});

describe('relative-time: a month after “since”', () => {
  it('is past in any tense: 오는 3월 for “since March” moves it a year', () => {
    const en = 'It usually takes 150 days, but dementia drugs have been given priority since March, the official said.';
    expect(run(en, '심사에 보통 150일이 걸리지만 치매 치료제는 오는 3월부터 우선 심사 대상이 됐다고 설명했다.')).toEqual([
      'relative-time:month:March->오는 3월',
    ]);
    expect(run(en, '심사에 보통 150일이 걸리지만 치매 치료제는 지난 3월부터 우선 심사 대상이 됐다고 설명했다.')).toEqual([]);
    expect(run(en, '치매 치료제는 3월부터 우선 심사 대상이 됐다.')).toEqual([]);
  });
});

describe('relative-time: a weekend counted from the story’s week', () => {
  it('flags this weekend written as last or next weekend, and the reverse', () => {
    expect(run('Universities hold interviews this weekend.', '대학들은 지난 주말 면접을 치른다.')).toContain(
      'relative-time:this-weekend->last-weekend',
    );
    expect(run('The festival opens this weekend.', '축제는 다음 주말 개막한다.')).toContain('relative-time:this-weekend->next-weekend');
    expect(
      run('Thousands marched last weekend.', '수천 명이 이번 주말 행진했다.').some((k) =>
        k.startsWith('relative-time:last-weekend->this-week'),
      ),
    ).toBe(true);
    expect(run('Talks resume next weekend.', '협상은 지난 주말 재개된다.')).toContain('relative-time:next-weekend->last-weekend');
  });
  it('accepts each weekend’s usual Korean forms, and keeps the week words apart', () => {
    expect(run('Universities hold interviews this weekend.', '대학들은 이번 주말 면접을 치른다.')).toEqual([]);
    expect(run('Universities hold interviews this weekend.', '대학들은 주말에 면접을 치른다.')).toEqual([]);
    expect(run('The festival opens this coming weekend.', '축제는 오는 주말 개막한다.')).toEqual([]);
    expect(run('Thousands marched last weekend.', '수천 명이 지난 주말 행진했다.')).toEqual([]);
    expect(run('Talks resume next weekend.', '협상은 다음 주말 재개된다.')).toEqual([]);
    expect(run('Talks resumed last week and end this weekend.', '협상은 지난주 재개돼 이번 주말 끝난다.')).toEqual([]);
    expect(run('The vote is next week.', '표결은 다음 주에 열린다.')).toEqual([]);
    expect(run('The vote was held last week.', '표결은 지난 주말 열렸다.')).toContain('relative-time:last-week->last-weekend');
  });
});
