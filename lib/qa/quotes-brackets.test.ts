import { describe, expect, it } from 'vitest';
import { findUnbalanced, quotesBracketsCheck } from './quotes-brackets';
import { ctxFor, keys, runOne, seg } from './testing';

describe('quotes-brackets', () => {
  it('finds unbalanced marks and reads ’ between letters as an apostrophe', () => {
    expect(findUnbalanced('“새로운 길”')).toEqual([]);
    expect(findUnbalanced('Kim’s “plan” (and ‘that’)')).toEqual([]);
    expect(findUnbalanced('“새로운 길').map((u) => u.char)).toEqual(['“']);
    expect(findUnbalanced('a) b').map((u) => u.char)).toEqual([')']);
    expect(findUnbalanced('「가」 『나』 [다] "라"')).toEqual([]);
    expect(findUnbalanced('"라').map((u) => u.char)).toEqual(['"']);
  });

  it('flags the target only when the source is balanced', () => {
    expect(keys(runOne(quotesBracketsCheck, 'a “new path.”', '“새로운 길.'))).toEqual(['quotes-brackets:unbalanced:“']);
    expect(keys(runOne(quotesBracketsCheck, 'via WFP (the agency).', '세계식량계획(WFP을 통해.'))).toEqual([
      'quotes-brackets:unbalanced:(',
    ]);
    // A quotation opened here and closed in a later paragraph.
    expect(runOne(quotesBracketsCheck, '“We will go on,', '“우리는 계속할 것이다,')).toEqual([]);
  });

  it('counts straight single quotes as quotation marks, apostrophes between letters aside', () => {
    expect(keys(runOne(quotesBracketsCheck, 'a ‘distance’', "이렇게 '거리를 두면"))).toEqual(["quotes-brackets:unbalanced:'"]);
    expect(findUnbalanced("'거리'를 두고 Kim's plan, don't")).toEqual([]);
    expect(keys(runOne(quotesBracketsCheck, 'as “a cheap trick.”', '"값싼 술책이라고 일축했다.'))).toEqual([
      'quotes-brackets:unbalanced:"',
    ]);
  });
  it('flags balanced straight quotes next to Hangul when the text uses typographic ones', () => {
    const ctx = (doc: string) => ({ ...ctxFor([]), docText: () => doc });
    const s = (target: string) => seg('He said "no."', target);
    // The document quotes with “ ”: a pair typed straight is the odd one out.
    expect(keys(quotesBracketsCheck.run(s('그는 "아니다"라고 말했다.'), ctx('“그렇다”라고 했다. 그는 "아니다"라고 말했다.')))).toEqual([
      'quotes-brackets:straight:"',
    ]);
    expect(keys(runOne(quotesBracketsCheck, "a 'pause'", "‘가’와 '숨 고르기'"))).toEqual(["quotes-brackets:straight:'"]);
    // A document that quotes straight throughout, and straight marks away from Hangul, are fine.
    expect(quotesBracketsCheck.run(s('그는 "아니다"라고 말했다.'), ctx('그는 "아니다"라고 말했다.'))).toEqual([]);
    // Yonhap style: speech in straight ", emphasis in ‘ ’.
    expect(quotesBracketsCheck.run(s('그는 "아니다"라고 말했다.'), ctx('‘가’ 그는 "아니다"라고 말했다.'))).toEqual([]);
    expect(quotesBracketsCheck.run(seg('a 5\'10" player', '키 5\'10" 선수'), ctx('“가”'))).toEqual([]);
  });
});

describe('quotes-brackets: look-alike quotation marks and speech in corner brackets', () => {
  const r = (en: string, ko: string) => keys(runOne(quotesBracketsCheck, en, ko));
  it('flags an acute accent, a grave or a prime typed for a quotation mark beside Hangul', () => {
    expect(r("the novel 'Night Train'", '소설 ´밤기차´를 펴냈다.')).toEqual(['quotes-brackets:lookalike:´']);
    expect(r("the slogan 'One Team'", '`한 팀`이라는 구호')).toEqual(['quotes-brackets:lookalike:`']);
    expect(r('he called it "a deal"', '그는 이를 ″거래″라고 불렀다.')).toEqual(['quotes-brackets:lookalike:″']);
  });
  it('flags full-width apostrophes and quotes and ornamental quotes of a symbol font beside Hangul', () => {
    expect(r("the 'green bond' plan", '＇녹색 채권＇ 계획을 내놨다.')).toEqual(['quotes-brackets:lookalike:＇']);
    expect(r('he said "we are ready"', '그는 ＂준비가 됐다＂고 말했다.')).toEqual(['quotes-brackets:lookalike:＂']);
    expect(r('"We will win," she said.', '그는 ❝반드시 이긴다❞고 말했다.')).toEqual([
      'quotes-brackets:lookalike:❝',
      'quotes-brackets:lookalike:❞',
    ]);
    expect(r("the 'quiet quitting' trend", '❛조용한 퇴사❜ 현상')).toEqual(['quotes-brackets:lookalike:❛', 'quotes-brackets:lookalike:❜']);
  });
  it('flags the modifier letters ʼ ʻ ˈ and the reversed ‛ ‟ of other keyboard layouts used as quotes beside Hangul', () => {
    expect(r("a 'scarlet letter'", 'ʼ주홍글씨ʼ를 새겼다.')).toEqual(['quotes-brackets:lookalike:ʼ']);
    expect(r("the 'red line'", '정부는 ʻ레드라인ʼ을 그었다.')).toEqual(['quotes-brackets:lookalike:ʻ', 'quotes-brackets:lookalike:ʼ']);
    expect(r("called 'caution'", 'ˈ주의ˈ 단계로 올렸다.')).toEqual(['quotes-brackets:lookalike:ˈ']);
    expect(r('he said "no"', '그는 ‟안 된다”고 했다.')).toContain('quotes-brackets:lookalike:‟');
    // In romanised names (McCune–Reischauer, Hawaiian) they are letters, away from Hangul.
    expect(r("P'yŏngyang", 'Pʼyŏngyang은 평양의 옛 표기다.')).toEqual([]);
    expect(r('Chʼŏngju', 'Chʼŏngju(청주)')).toEqual([]);
    expect(r('in Oʻahu', 'Oʻahu 섬에서')).toEqual([]);
    expect(r('a ʻquoteʼ', '인용 부호 ʻ ʼ를 쓴다.')).toEqual([]);
  });
  it('leaves full-width and ornamental marks alone away from Hangul or where the source has them', () => {
    expect(r('Press ＇A＇ to start.', '＇A＇를 누르면 시작한다.')).toEqual([]);
    expect(r('a ❝quote❞ sign', '장식 기호 ❝ ❞를 쓴다.')).toEqual([]);
    expect(r('the plan', '계획을 내놨다.')).toEqual([]);
  });
  it('leaves primes after figures, marks the source has, and Latin text alone', () => {
    expect(r('He is 6′2″ tall.', '그의 키는 6′2″다.')).toEqual([]);
    expect(r('Run `npm test` first.', '먼저 `npm test`를 실행한다.')).toEqual([]);
    expect(r('Café owners', 'Café ´owner´ 모임')).toEqual([]);
  });
  it('flags speech in 「 」 where the text quotes speech in “ ”, not a law’s name or a text that uses 「 」 alone', () => {
    const run = (ko: string, doc: string) => keys(quotesBracketsCheck.run(seg('x', ko), { ...ctxFor(), docText: () => doc }));
    const doc = '그는 “다시 오겠다”고 말했다.\n';
    expect(run('그는 「늘 감사했다」라며 고개를 숙였다.', doc + '그는 「늘 감사했다」라며 고개를 숙였다.')).toEqual([
      'quotes-brackets:corner-speech:「',
    ]);
    expect(run('「국가유산기본법」에 따라 지정한다.', doc)).toEqual([]);
    expect(run('그는 「늘 감사했다」라며 고개를 숙였다.', '그는 「늘 감사했다」라며 고개를 숙였다.')).toEqual([]);
  });

  it('flags another language’s quotation marks around Korean (« », ‹ ›, „ “), once per segment', () => {
    const r = (en: string, ko: string) => keys(runOne(quotesBracketsCheck, en, ko));
    expect(r('He said: "Costs will fall."', '그는 «비용이 줄어든다»고 말했다.')).toEqual(['quotes-brackets:foreign:«']);
    expect(r("the word 'risk'", '‹위험›이라는 말')).toEqual(['quotes-brackets:foreign:‹']);
    // (Its closer “ is also an unbalanced opener.)
    expect(r('He said: "Costs will fall."', '그는 „비용이 줄어든다“고 말했다.')).toContain('quotes-brackets:foreign:„');
    // The source's own marks (a French title as printed), marks away from Hangul, and Korean marks.
    expect(r('the daily «Le Monde»', '프랑스 일간지 «Le Monde»에 따르면')).toEqual([]);
    expect(r('the code « x »', '코드 « x » 참조')).toEqual([]);
    expect(r('He said: "Costs will fall."', '그는 “비용이 줄어든다”고 말했다.')).toEqual([]);
  });

  it('flags the double acute, modifier accents, reversed primes and the full-width grave typed for quotes beside Hangul', () => {
    expect(r('"We are ready," she said.', '그는 ˝준비가 됐다˝고 말했다.')).toEqual(['quotes-brackets:lookalike:˝']);
    expect(r("the 'Open Day' event", '｀열린 날｀ 행사를 연다.')).toEqual(['quotes-brackets:lookalike:｀']);
    expect(r("the 'safe zone'", '‵안전지대′를 넓혔다.')).toContain('quotes-brackets:lookalike:‵');
    expect(r('a "fair deal"', 'ˮ공정한 거래ˮ를 요구했다.')).toEqual(['quotes-brackets:lookalike:ˮ']);
    // A quotation that opens or closes on a figure: the word it opens is Korean.
    expect(r('"Once a year," he said.', '그는 ˝1년에 한 번˝이라고 말했다.')).toEqual(['quotes-brackets:lookalike:˝']);
    expect(r("the '3% rule'", '이른바 ｀3%룰｀ 논란')).toEqual(['quotes-brackets:lookalike:｀']);
    expect(r("the 'top 10'", '이른바 ´상위 10´ 명단')).toEqual(['quotes-brackets:lookalike:´']);
    // Primes after figures, in a measure or a time, stay what they are.
    expect(r('a 5-foot wall', '높이 5′ 담장과 30″ 기록')).toEqual([]);
    expect(r('at 12′30″', '12′30″에 골을 넣었다.')).toEqual([]);
    expect(r('lat. 37°30′', '북위 37°30′ 지점')).toEqual([]);
    // Away from Hangul (a Hungarian name, a code sample), they are letters or code.
    expect(r('Erdős and Pál', 'Erdős와 Pál Őry˝ 표기')).toEqual([]);
    expect(r('type ｀ here', '여기에 ｀ 를 입력한다.')).toEqual([]);
  });
});

describe('quotes-brackets: single-quote slips', () => {
  const r = (en: string, ko: string) => keys(runOne(quotesBracketsCheck, en, ko));
  it('flags two single quotes typed for a double one around Korean', () => {
    expect(r('he called for "patience"', '그는 ‘‘인내’’를 당부했다.')).toEqual([
      'quotes-brackets:single-slip:‘‘',
      'quotes-brackets:single-slip:’’',
    ]);
    expect(r('"We will try," he said.', '그는 ‘‘노력하겠다’’고 말했다.')).toContain('quotes-brackets:single-slip:‘‘');
    expect(r('the "green" label', '이른바 ‘‘녹색’’ 인증')).toContain('quotes-brackets:single-slip:’’');
  });
  it('flags a quotation opened with a right single quote', () => {
    expect(r("the so-called 'blue zone'", '이른바 ’청색 구역’이 늘었다.')).toEqual(['quotes-brackets:single-slip:’']);
    expect(r("a 'soft landing'", '정부는 ’연착륙’을 자신했다.')).toEqual(['quotes-brackets:single-slip:’']);
    expect(r("'Zero waste' campaign", '’쓰레기 제로’ 운동')).toEqual(['quotes-brackets:single-slip:’']);
    expect(r('He said "it is a \'test\'"', '그는 “이번은 ’시험’이다”라고 했다.')).toEqual(['quotes-brackets:single-slip:’']);
  });
  it('leaves correct single quotes, nested quotes, apostrophes and abbreviated years alone', () => {
    expect(r("the so-called 'blue zone'", '이른바 ‘청색 구역’이 늘었다.')).toEqual([]);
    expect(r('He said "it is a \'test\'"', '그는 “이번은 ‘시험’”이라고 했다.')).toEqual([]);
    expect(r('"It was a \'miracle\'," she said.', '그는 “‘기적’이었다”고 말했다.')).toEqual([]);
    expect(r('the ’90s boom', '’90년대 호황')).toEqual([]);
    expect(r("Kim's plan", 'Kim’s plan이라는 제목')).toEqual([]);
    expect(r("rock 'n' roll", '로큰롤(rock ’n’ roll) 음악')).toEqual([]);
    expect(r("a 'fair' deal", '‘공정’한 거래와 ‘투명’한 절차')).toEqual([]);
  });
});

describe('quotes-brackets: speech in white corner brackets', () => {
  const run = (ko: string, doc: string) => keys(quotesBracketsCheck.run(seg('x', ko), { ...ctxFor(), docText: () => doc }));
  const doc = '그는 “다시 오겠다”고 말했다.\n';
  it('flags speech in 『 』 before a quotative ending where the text quotes speech in “ ”', () => {
    expect(run('어머니는 『끝까지 기다리겠다』라며 웃었다.', doc)).toEqual(['quotes-brackets:corner-speech:『']);
    expect(run('그는 『늦지 않겠다』고 밝혔다.', doc)).toEqual(['quotes-brackets:corner-speech:『']);
  });
  it('flags a quotation in corner brackets listed beside one in “ ”', () => {
    expect(run('시민들은 『공원을 지켜라』, “개발을 멈춰라”라고 외쳤다.', doc)).toEqual(['quotes-brackets:corner-speech:『']);
    expect(run('학생들은 “등록금을 내려라”, 「기숙사를 늘려라」는 구호를 외쳤다.', doc)).toEqual(['quotes-brackets:corner-speech:「']);
  });
  it('leaves book and law names in corner brackets alone, and texts that quote speech in 『 』 only', () => {
    expect(run('그는 『토지』를 읽었다고 말했다.', doc)).toEqual([]);
    expect(run('『나는 나로 살기로 했다』는 베스트셀러다.', doc)).toEqual([]);
    expect(run('그는 『토지』, 『태백산맥』 같은 대하소설을 꼽았다.', doc)).toEqual([]);
    expect(run('「청탁금지법」에 따라 처벌된다.', doc)).toEqual([]);
    expect(run('그는 『늦지 않겠다』고 밝혔다.', '그는 『늦지 않겠다』고 밝혔다.')).toEqual([]);
    expect(run('『아프니까 청춘이다』, 『미움받을 용기』가 꼽혔다.', doc)).toEqual([]);
  });
});
