import { describe, expect, it } from 'vitest';
import { anchorTerms, droppedSentenceCheck, englishJoins, englishSentences, koreanJoins, koreanSentenceCount } from './dropped-sentence';
import { maskFormulas, maskKoreanFormulas } from './dropped-sentence-joins';
import { compileTerms } from './term-matching';
import { ctxFor } from './testing';
import { applyVariant, riceSegments } from './testing/load';
import { TUNE_VARIANTS } from './testing/variants';

describe('dropped-sentence check', () => {
  it('counts sentences without splitting at abbreviations', () => {
    expect(englishSentences('The U.S. agreed on Oct. 4. Seoul said no. “Fine,” he said.').length).toBe(3);
    expect(koreanSentenceCount('정부가 제안했다. 북한은 거부했다. 이 같은 제안은 4년 만이다')).toBe(3);
  });
  it('blanks English sentences of nothing but a broadcasting formula, and the Korean formulae that render them', () => {
    const blank = (t: string) => maskFormulas(t).trim();
    expect(blank("That's all from Hallim. Back to you in the studio.")).toBe('');
    expect(blank('Anchor: Good evening. Thank you for joining us. Over to you, Ji-hoon. Welcome back.')).toBe('');
    expect(maskFormulas("It rained. That's all from Hallim.")).toBe(`It rained.${' '.repeat(24)}`);
    // A sentence with anything more than the formula stays.
    for (const kept of [
      'Good evening, and welcome to Island Report for Tuesday, Nov. 17.',
      'Back to the drawing board.',
      "That's all the money we have.",
      'Thank you for the rice, she said.',
      'Over to the courts now to decide.',
    ])
      expect(maskFormulas(kept)).toBe(kept);
    const ko = (t: string) => maskKoreanFormulas(t).trim();
    expect(ko('저수율은 19%까지 떨어졌습니다. 지금까지 한림에서 전해 드렸습니다.')).toBe('저수율은 19%까지 떨어졌습니다.');
    expect(ko('고 교수: 감사합니다. 지금까지 KBS 강도현이었습니다.')).toBe('');
    expect(ko('지금까지 가장 큰 피해였습니다. 지금까지 피해는 없었습니다. 감사할 일입니다.')).toBe(
      '지금까지 가장 큰 피해였습니다. 지금까지 피해는 없었습니다. 감사할 일입니다.',
    );
  });
  it('reads a sign-off and hand-back merged into one Korean formula as rendered, and still flags a sentence dropped beside them', () => {
    const en =
      "Reporter: Farmers here say the timing could not be worse. The tangerine harvest began this month, and the provincial agricultural office estimates that if the drought lasts another four weeks, the crop could shrink by a fifth, a loss of about 180 billion won, or roughly $130 million. The Korea Rural Community Corporation (KRC) says its farm reservoirs in the west are down to 19 percent of capacity. That's all from Hallim. Back to you in the studio.";
    const ko =
      '기자: 이곳 농민들은 시기가 더없이 나쁘다고 말합니다. 감귤 수확은 이달 시작됐는데, 제주도 농업기술원은 가뭄이 4주 더 이어지면 수확량이 5분의 1가량 줄어 약 1,800억 원, 미화로 약 1억 3,000만 달러의 손실이 날 것으로 추산했습니다. 한국농어촌공사(KRC)에 따르면 서부 지역 농업용 저수지의 저수율은 19%까지 떨어졌습니다. 지금까지 한림에서 전해 드렸습니다.';
    const other = {
      sourceText: 'The foundation has paid eleven of the fifteen families who won earlier cases in the courts.',
      targetText: '재단은 앞서 소송에서 승소한 유족 15가구 가운데 11가구에 판결금을 지급했습니다.',
    };
    const mk = (k: string) =>
      ['x', 'y', 'z', 'w', 'v'].map((id, i) => ({
        id,
        state: 'TRANSLATED' as const,
        ...(i === 0 ? { sourceText: en, targetText: k } : other),
      }));
    expect(droppedSentenceCheck.run(mk(ko), ctxFor()).size).toBe(0);
    const dropped = ko.replace(' 한국농어촌공사(KRC)에 따르면 서부 지역 농업용 저수지의 저수율은 19%까지 떨어졌습니다.', '');
    expect(droppedSentenceCheck.run(mk(dropped), ctxFor()).get('x')).toBeDefined();
  });
  it('flags a sentence lost with its figures where the Korean split a neighbour and kept the count, not figures said otherwise', () => {
    const en =
      "Reporter: Seo-yeon, I'm standing outside the Hallim community center, where a water truck from K-water, the state water corporation, arrived at about 10 a.m. By noon there was a line of more than 200 people, many of them elderly, holding plastic jugs. Each household is allowed 40 liters a day. The truck left just after two o'clock, and it will be back tomorrow morning.";
    const ko =
      '기자: 네, 저는 지금 한림읍 복지회관 앞에 나와 있습니다. 이곳에는 오전 10시쯤 공기업인 한국수자원공사(K-water)의 급수차가 도착했습니다. 정오 무렵에는 플라스틱 물통을 든 주민 200여 명이 줄을 섰는데, 상당수가 어르신들이었습니다. 가구당 하루 40리터까지 받을 수 있습니다. 급수차는 오후 2시가 조금 넘어 떠났고, 내일 아침 다시 옵니다.';
    const other = {
      sourceText: 'The foundation has paid eleven of the fifteen families who won earlier cases in the courts.',
      targetText: '재단은 앞서 소송에서 승소한 유족 15가구 가운데 11가구에 판결금을 지급했습니다.',
    };
    const mk = (e: string, k: string) =>
      ['x', 'y', 'z', 'w', 'v'].map((id, i) => ({
        id,
        state: 'TRANSLATED' as const,
        ...(i === 0 ? { sourceText: e, targetText: k } : other),
      }));
    expect(droppedSentenceCheck.run(mk(en, ko), ctxFor()).size).toBe(0);
    const [issue] = droppedSentenceCheck.run(mk(en, ko.replace(' 가구당 하루 40리터까지 받을 수 있습니다.', '')), ctxFor()).get('x')!;
    expect(issue!.key).toBe('dropped-sentence:unmatched');
    expect(en.slice(issue!.sourceSpan!.start, issue!.sourceSpan!.end).trim()).toBe('Each household is allowed 40 liters a day.');
    // A sentence with a date is left out (the Korean may write the day alone or not at all); a count
    // in words is no figure (“those two numbers” → 이 두 수치).
    const dated = en.replace('Each household is allowed 40 liters a day.', 'The province will review it on Monday, Nov. 30.');
    const datedKo = ko.replace('가구당 하루 40리터까지 받을 수 있습니다.', '도는 오는 30일 월요일에 이를 검토합니다.');
    expect(droppedSentenceCheck.run(mk(dated, datedKo.replace('오는 30일 월요일에', '다음 주에')), ctxFor()).size).toBe(0);
    const words = en.replace('Each household is allowed 40 liters a day.', 'Those two numbers tell the story.');
    const wordsKo = ko.replace('가구당 하루 40리터까지 받을 수 있습니다.', '이 수치가 상황을 말해 줍니다.');
    expect(droppedSentenceCheck.run(mk(words, wordsKo), ctxFor()).size).toBe(0);
  });
  it('flags a paragraph that lost a sentence and not the clean translation', () => {
    const clean = riceSegments();
    expect(droppedSentenceCheck.run(clean, ctxFor()).size).toBe(0);
    const v = TUNE_VARIANTS.find((x) => x.id === 't-drop-2')!;
    const { segments, faultyId } = applyVariant(clean, v);
    const issues = droppedSentenceCheck.run(segments, ctxFor()).get(faultyId)!;
    expect(issues[0]!.key).toBe('dropped-sentence:missing:2>1');
    // Points at the English sentence that has no counterpart.
    const src = segments.find((s) => s.id === faultyId)!.sourceText;
    expect(src.slice(issues[0]!.sourceSpan!.start, issues[0]!.sourceSpan!.end)).toContain('The agency said in a statement');
  });
  it('aligns the sentences of a paragraph a little short and names the English sentence left without Korean', () => {
    const mk = (ko: string) =>
      ['x', 'y', 'z', 'w', 'v'].map((id, i) => ({
        id,
        state: 'TRANSLATED' as const,
        sourceText:
          i === 0
            ? 'The dispute has deep roots. Relations hit their lowest point in 2019. Japan restricted exports of three chemicals used in chipmaking, and Seoul threatened to end a pact.'
            : 'The foundation has paid eleven of the fifteen families who won earlier cases.',
        targetText: i === 0 ? ko : '재단은 앞서 승소한 유족 15가구 가운데 11가구에 판결금을 지급했다.',
      }));
    const full =
      '이 분쟁의 뿌리는 깊다. 양국 관계는 2019년 최악으로 치달았다. 당시 일본은 반도체 제조에 쓰이는 화학물질 3종의 수출을 규제했고, 한국은 협정의 종료를 예고했다.';
    expect(droppedSentenceCheck.run(mk(full), ctxFor()).size).toBe(0);
    const dropped = full.replace(' 양국 관계는 2019년 최악으로 치달았다.', '');
    const [issue] = droppedSentenceCheck.run(mk(dropped), ctxFor()).get('x')!;
    expect(issue!.key).toBe('dropped-sentence:unmatched');
    expect(issue!.message).toContain('Relations hit their lowest point in 2019.');
    // Two English sentences merged into one Korean sentence are no drop.
    const merged =
      '이 분쟁의 뿌리는 깊어 양국 관계는 2019년 최악으로 치달았다. 당시 일본은 반도체 제조에 쓰이는 화학물질 3종의 수출을 규제했고, 한국은 협정의 종료를 예고했다.';
    expect(droppedSentenceCheck.run(mk(merged), ctxFor()).size).toBe(0);
  });
  it('compares a quotation of two sentences or more with its Korean one and flags a quotation that lost a sentence', () => {
    const mk = (ko: string) => [
      {
        id: 'x',
        state: 'TRANSLATED' as const,
        sourceText:
          '"Buyers call me before a listing even goes up," said Yoon Mi-ra, who has run an agency in Seongsu-dong for 16 years. "Last Saturday a couple bought a flat they had never seen. I had never had that happen before."',
        targetText: ko,
      },
    ];
    const full =
      '성수동에서 16년째 부동산 중개업소를 운영하는 윤미라 씨는 “매물이 올라오기도 전에 사겠다는 전화가 온다”며 “지난 6일에는 집을 한 번도 보지 않은 부부가 계약을 했다. 이런 일은 처음”이라고 말했다.';
    expect(droppedSentenceCheck.run(mk(full), ctxFor()).size).toBe(0);
    const [issue] = droppedSentenceCheck.run(mk(full.replace('계약을 했다. 이런 일은 처음”이라고', '계약을 했다”고')), ctxFor()).get('x')!;
    expect(issue!.key).toBe('dropped-sentence:quote');
    expect(issue!.message).toContain('Last Saturday a couple');
    // The two sentences merged into one: no judgement.
    expect(
      droppedSentenceCheck.run(mk(full.replace('계약을 했다. 이런 일은 처음”이라고', '계약을 했는데, 이런 일은 처음”이라고')), ctxFor())
        .size,
    ).toBe(0);
    // A whole quotation gone from a paragraph shorter than usual is a sentence lost (quotationLost,
    // dropped-sentence-traces.ts), not a quotation of fewer sentences.
    const [gone] = droppedSentenceCheck.run(mk(full.replace('“매물이 올라오기도 전에 사겠다는 전화가 온다”며 ', '')), ctxFor()).get('x')!;
    expect(gone!.key).toBe('dropped-sentence:unmatched');
    expect(gone!.message).toContain('Buyers call me');
  });
  it('flags an English sentence whose Korean is far too short in a paragraph a sentence short with as many sentences', () => {
    const en =
      'What worries officials most is who is buying. People in their thirties made up 38 percent of apartment purchases in Seoul in April, the highest share since 2019. Many borrow from banks, parents and credit-card lenders at once, a practice Koreans call "young-kkeul", short for scraping together every last bit of one\'s soul.';
    const full =
      '당국이 가장 우려하는 것은 누가 사느냐다. 4월 서울 아파트 매수자 가운데 30대 비중은 38%로, 2019년 이후 가장 높았다. 상당수는 은행과 부모, 카드사에서 한꺼번에 돈을 빌린다. 이른바 ‘영혼까지 끌어모은다’는 뜻의 ‘영끌’이다.';
    const mk = (ko: string) => [{ id: 'x', state: 'TRANSLATED' as const, sourceText: en, targetText: ko }];
    expect(droppedSentenceCheck.run(mk(full), ctxFor()).size).toBe(0);
    const [issue] = droppedSentenceCheck
      .run(mk(full.replace(' 상당수는 은행과 부모, 카드사에서 한꺼번에 돈을 빌린다.', '')), ctxFor())
      .get('x')!;
    expect(issue!.key).toBe('dropped-sentence:partial');
    expect(issue!.message).toContain('Many borrow from banks');
  });
  it('flags a far-short sentence link whose English number the whole Korean paragraph lacks (a long sentence split in two, half dropped)', () => {
    const en =
      'The port is busier than ever. Ulsan handled 48 million tonnes of cargo last year and hired 1,200 dockworkers, the first rise in staff since the strikes of 2016, when hundreds of crane drivers quit for jobs in Busan. Most new hires are under 30.';
    const full =
      '항만은 그 어느 때보다 붐빈다. 울산항은 지난해 화물 4800만t을 처리했고 항만 노동자 1200명을 새로 뽑았다. 인력이 늘어난 것은 수백 명의 크레인 기사가 부산으로 떠난 2016년 파업 이후 처음이다. 신규 채용 인력 대부분은 30세 미만이다.';
    const mk = (ko: string) =>
      ['x', 'y', 'z', 'w', 'v'].map((id, i) => ({
        id,
        state: 'TRANSLATED' as const,
        sourceText: i === 0 ? en : 'The foundation has paid eleven of the fifteen families who won earlier cases.',
        targetText: i === 0 ? ko : '재단은 앞서 승소한 유족 15가구 가운데 11가구에 판결금을 지급했다.',
      }));
    expect(droppedSentenceCheck.run(mk(full), ctxFor()).size).toBe(0);
    const dropped = full.replace(' 인력이 늘어난 것은 수백 명의 크레인 기사가 부산으로 떠난 2016년 파업 이후 처음이다.', '');
    const [issue] = droppedSentenceCheck.run(mk(dropped), ctxFor()).get('x')!;
    expect(issue!.key).toBe('dropped-sentence:partial');
    expect(issue!.message).toContain('Ulsan handled 48 million');
    // The same half dropped but its year kept elsewhere in the paragraph: the link is short, not far short.
    const kept = dropped.replace('항만은 그 어느 때보다 붐빈다.', '항만은 2016년 이후 그 어느 때보다 붐빈다.');
    expect(droppedSentenceCheck.run(mk(kept), ctxFor()).get('x')?.[0]?.key).not.toBe('dropped-sentence:partial');
  });
  const doc = (en: string, ko: string) =>
    ['x', 'y', 'z', 'w', 'v'].map((id, i) => ({
      id,
      state: 'TRANSLATED' as const,
      sourceText: i === 0 ? en : 'The foundation has paid eleven of the fifteen families who won earlier cases.',
      targetText: i === 0 ? ko : '재단은 앞서 승소한 유족 15가구 가운데 11가구에 판결금을 지급했다.',
    }));
  it('flags a short contrastive sentence dropped where the Korean has fewer sentences and no contrast marker', () => {
    const en =
      'Exports of ramen rose 31 percent in the first half to a record $620 million, customs data showed on Tuesday. But the growth is slowing. Shipments to China fell for a second month in June.';
    const full =
      '관세청 자료에 따르면 올 상반기 라면 수출액은 6억2000만 달러로 31% 늘어 역대 최대를 기록했다. 하지만 증가세는 둔화하고 있다. 대중국 수출은 6월 두 달째 감소했다.';
    expect(droppedSentenceCheck.run(doc(en, full), ctxFor()).size).toBe(0);
    const [issue] = droppedSentenceCheck.run(doc(en, full.replace(' 하지만 증가세는 둔화하고 있다.', '')), ctxFor()).get('x')!;
    // Found by the aligner first now (a two-to-one link without a clause join); the contrast test is its fallback.
    expect(['dropped-sentence:contrast', 'dropped-sentence:unmatched']).toContain(issue!.key);
    expect(issue!.message).toContain('But the growth is slowing.');
    // The contrast joined to its neighbour by -지만: no drop.
    const joined =
      '관세청 자료에 따르면 올 상반기 라면 수출액은 6억2000만 달러로 31% 늘어 역대 최대를 기록했지만 증가세는 둔화하고 있다. 대중국 수출은 6월 두 달째 감소했다.';
    expect(droppedSentenceCheck.run(doc(en, joined), ctxFor()).size).toBe(0);
    // A long contrastive sentence is left to the length tests (translators often drop a But there).
    const long =
      'Exports of ramen rose 31 percent in the first half, customs data showed. But shipments to China, the biggest market for a decade, fell for a second month in June.';
    expect(
      droppedSentenceCheck.run(
        doc(long, '관세청에 따르면 올 상반기 라면 수출은 31% 늘었다. 10년째 최대 시장인 중국으로의 수출은 6월 두 달째 감소했다.'),
        ctxFor(),
      ).size,
    ).toBe(0);
  });
  it('aligns a paragraph of usual length whose Korean has two sentences or more fewer, and names the sentence left without Korean', () => {
    const en =
      'Only two of the original crew are still alive. The elder, Park Man-sik, is 91. "We sailed for six weeks without seeing land," he said at the ceremony in Mokpo. "Nobody believed we would come home."';
    const full =
      '원래 승조원 가운데 생존자는 2명뿐이다. 그중 연장자인 박만식(91) 씨는 목포에서 열린 기념식에서 “6주 동안 육지를 한 번도 보지 못하고 항해했다”며 “아무도 우리가 돌아올 거라고 믿지 않았다”고 말했다.';
    const mk = (ko: string) => [
      { id: 'x', state: 'TRANSLATED' as const, sourceText: en, targetText: ko },
      ...['y', 'z', 'w', 'v'].map((id) => ({
        id,
        state: 'TRANSLATED' as const,
        sourceText: 'The foundation has paid eleven of the fifteen families who won earlier cases.',
        targetText: '재단은 앞서 승소한 유족 15가구 가운데 11가구에 판결금을 지급했다.',
      })),
    ];
    // Four English sentences, two Korean ones (three merged into a quotation): no drop.
    expect(droppedSentenceCheck.run(mk(full), ctxFor()).size).toBe(0);
    // The paragraph is then of usual length (ln ratio -0.07): only the count tells.
    const dropped = full.replace('원래 승조원 가운데 생존자는 2명뿐이다. ', '');
    const [issue] = droppedSentenceCheck.run(mk(dropped), ctxFor()).get('x')!;
    expect(issue!.key).toBe('dropped-sentence:unmatched');
    expect(issue!.message).toContain('Only two of the original crew');
  });
  it('flags a short sentence whose Korean partner is the split-off half of its neighbour, given away by a moved number', () => {
    const en =
      'Samsung Electronics shares fell 2.4 percent to 71,200 won on Friday, their lowest close since March, while the KOSDAQ lost 1.1 percent. Chipmakers also fell. Foreign investors have sold local stocks for nine straight sessions on worries about US tariffs.';
    const full =
      '삼성전자 주가는 이날 2.4% 내린 7만1200원에 마감해 3월 이후 최저 종가를 기록했다. 같은 날 코스닥은 1.1% 떨어졌다. 다른 반도체주도 함께 내렸다. 외국인 투자자들은 미국의 관세 우려에 9거래일 연속 국내 주식을 팔아 치웠다.';
    const mk = (ko: string) => [
      { id: 'x', state: 'TRANSLATED' as const, sourceText: en, targetText: ko },
      ...['y', 'z', 'w', 'v'].map((id) => ({
        id,
        state: 'TRANSLATED' as const,
        sourceText: 'The foundation has paid eleven of the fifteen families who won earlier cases.',
        targetText: '재단은 앞서 승소한 유족 15가구 가운데 11가구에 판결금을 지급했다.',
      })),
    ];
    expect(droppedSentenceCheck.run(mk(full), ctxFor()).size).toBe(0);
    const [issue] = droppedSentenceCheck.run(mk(full.replace(' 다른 반도체주도 함께 내렸다.', '')), ctxFor()).get('x')!;
    expect(issue!.key).toBe('dropped-sentence:unmatched');
    expect(issue!.message).toContain('Chipmakers also fell.');
    // The number repeated in the first Korean sentence has not moved: no judgement from it.
    const repeated = full
      .replace(' 다른 반도체주도 함께 내렸다.', '')
      .replace('최저 종가를 기록했다.', '최저 종가를 기록했고 코스닥은 1.1% 내렸다.');
    expect(droppedSentenceCheck.run(mk(repeated), ctxFor()).get('x')?.[0]?.message ?? '').not.toContain('Chipmakers also fell.');
  });
  it('takes the short form of a glossary body or company as its anchor, not of a person or a generic first word', () => {
    const shorts = anchorTerms(
      compileTerms([
        { source: 'Haeorum Marine Engineering', target: '해오름해양엔지니어링', kind: 'TERM' },
        { source: 'International Maritime Organization', target: '국제해사기구', kind: 'TERM' },
        { source: 'Choi Min-ho', target: '최민호', kind: 'NAME' },
      ]).list,
    );
    const byTarget = new Map(shorts.map((t) => [t.target, t.short?.source]));
    expect(byTarget.get('해오름해양엔지니어링')).toBe('\\bHaeorum\\b');
    expect(byTarget.get('국제해사기구')).toBeUndefined();
    expect(byTarget.get('최민호')).toBeUndefined();
  });
  it('flags a short last sentence dropped where the glossary term moved to the wrong English sentence shows the shift', () => {
    const terms = [
      { source: 'Haeorum Marine Engineering', target: '해오름해양엔지니어링', kind: 'TERM' as const },
      { source: 'Busan Port Authority', target: '부산항만공사', kind: 'TERM' as const },
    ];
    const en =
      'A delay at the Busan Port Authority terminal would hold up the new cranes, which are due to arrive in the first quarter of next year. Under the contract, Haeorum must pay a fee for each week of delay, people familiar with the deal said. The size of the fee was not made public.';
    const full =
      '부산항만공사 터미널 공사가 늦어지면 새 크레인 도입도 미뤄진다. 이 크레인들은 내년 1분기에 들어올 예정이다. 사정에 밝은 관계자들에 따르면 계약상 해오름해양엔지니어링은 공사가 한 주 늦어질 때마다 지연 배상금을 내야 한다. 배상금 규모는 공개되지 않았다.';
    const mk = (ko: string) => [
      { id: 'x', state: 'TRANSLATED' as const, sourceText: en, targetText: ko },
      ...['y', 'z', 'w', 'v'].map((id) => ({
        id,
        state: 'TRANSLATED' as const,
        sourceText: 'The foundation has paid eleven of the fifteen families who won earlier cases.',
        targetText: '재단은 앞서 승소한 유족 15가구 가운데 11가구에 판결금을 지급했다.',
      })),
    ];
    expect(droppedSentenceCheck.run(mk(full), ctxFor(terms)).size).toBe(0);
    const dropped = full.replace(' 배상금 규모는 공개되지 않았다.', '');
    const [issue] = droppedSentenceCheck.run(mk(dropped), ctxFor(terms)).get('x')!;
    expect(issue!.key).toBe('dropped-sentence:unmatched');
    expect(issue!.message).toContain('The size of the fee was not made public.');
    // Without the glossary nothing anchors the shift: no judgement.
    expect(droppedSentenceCheck.run(mk(dropped), ctxFor()).size).toBe(0);
  });
  describe('a paragraph of usual length with one Korean sentence fewer', () => {
    const filler = ['y', 'z', 'w', 'v'].map((id) => ({
      id,
      state: 'TRANSLATED' as const,
      sourceText: 'The foundation has paid eleven of the fifteen families who won earlier cases.',
      targetText: '재단은 앞서 승소한 유족 15가구 가운데 11가구에 판결금을 지급했다.',
    }));
    const run = (en: string, ko: string) =>
      droppedSentenceCheck.run([{ id: 'x', state: 'TRANSLATED' as const, sourceText: en, targetText: ko }, ...filler], ctxFor()).get('x');
    it('counts clause joins outside quotations, not the quotative -라고/-다고', () => {
      expect(koreanJoins('주민들은 결정을 반겼지만, 상인들은 달가워하지 않는다.')).toBe(1);
      expect(koreanJoins('그는 “차를 타고 오는 손님들을 잃게 될 것”이라고 말했다.')).toBe(0);
      expect(koreanJoins('비가 와서 경기가 취소됐고 관중은 돌아갔다.')).toBe(2);
    });
    it('flags a short sentence merged away without a clause join, and not a merge joined by -지만', () => {
      const en =
        'The city council approved the new bus routes on Monday after a long debate. Residents of the eastern districts welcomed the decision. Shop owners are less pleased. "We will lose the customers who come by car," said Kim Young-ho, who runs a bakery near the station.';
      const merged =
        '시의회는 긴 토론 끝에 월요일 새 버스 노선을 승인했다. 동부 지역 주민들은 결정을 반겼지만, 상인들은 달가워하지 않는다. 역 근처에서 빵집을 운영하는 김영호 씨는 “차를 타고 오는 손님들을 잃게 될 것”이라고 말했다.';
      expect(run(en, merged)).toBeUndefined();
      // The sentence on shop owners dropped: the aligner pairs it with the quotation's Korean, which has no join.
      const [issue] = run(en, merged.replace('반겼지만, 상인들은 달가워하지 않는다.', '반겼다.'))!;
      expect(issue!.key).toBe('dropped-sentence:unmatched');
      expect(issue!.message).toContain('Shop owners are less pleased.');
    });
    it('counts English clause joins (a comma and a conjunction before a clause opener), not lists', () => {
      expect(englishJoins('They signed in 2019, and this spring the mayors agreed. It works, but it is slow.')).toBe(2);
      expect(englishJoins('Buses, trams and bikes; all of them run late.')).toBe(1);
      expect(englishJoins('Buses, trams, and bikes run late.')).toBe(0);
      expect(englishJoins('“It works, but it is slow,” she said.')).toBe(0);
    });
    it('does not count a conjunctive adverb opening a sentence (하지만, 그리고) as a clause join', () => {
      expect(koreanJoins('하지만 첫 시즌은 가능성을 보여 줬다. 그리고 팬들은 돌아왔다.')).toBe(0);
      expect(koreanJoins('첫 시즌은 짧았지만 가능성을 보여 줬다.')).toBe(1);
    });
    it('flags a short sentence dropped where the Korean join renders one the English has of its own', () => {
      const en =
        'The two port cities signed a sister-city pact in 2019 after a decade of exchanges between their schools, and this spring their mayors agreed to open a joint trade office near the harbour. Neither has named a budget.';
      const full =
        '두 항구 도시는 10년 동안 학교끼리 교류해 온 끝에 2019년 자매결연을 맺었고, 올봄 두 시장은 항구 근처에 공동 무역사무소를 열기로 합의했다. 어느 쪽도 예산은 밝히지 않았다.';
      expect(run(en, full)).toBeUndefined();
      // Merged with a join of its own (-지만): no drop.
      expect(run(en, full.replace('합의했다. 어느', '합의했지만 어느'))).toBeUndefined();
      const [issue] = run(en, full.replace(' 어느 쪽도 예산은 밝히지 않았다.', ''))!;
      expect(issue!.message).toContain('Neither has named a budget.');
      // The same at the opening: a short first sentence dropped before a sentence of two clauses.
      const en2 = `That will not be easy. ${en.replace(' Neither has named a budget.', '')}`;
      const ko2 = `쉽지 않은 일이다. ${full.replace(' 어느 쪽도 예산은 밝히지 않았다.', '')}`;
      expect(run(en2, ko2)).toBeUndefined();
      expect(run(en2, ko2.replace('쉽지 않은 일이다. ', ''))![0]!.message).toContain('That will not be easy.');
    });
    it('flags a sentence dropped inside a quotation, not one joined to its neighbour', () => {
      const en =
        'The coach admits the problems. "Three years is not long," she said. "But the first season proved the players can win together. That is what we build on."';
      const full =
        '감독도 문제를 인정한다. 그는 “3년은 긴 시간이 아니다”라며 “하지만 첫 시즌은 선수들이 함께 이길 수 있다는 것을 보여 줬다. 우리는 그 토대 위에서 쌓아 간다”고 말했다.';
      expect(run(en, full)).toBeUndefined();
      expect(run(en, full.replace('보여 줬다. 우리는', '보여 줬고, 우리는'))).toBeUndefined();
      const [issue] = run(en, full.replace('보여 줬다. 우리는 그 토대 위에서 쌓아 간다”고', '보여 줬다”고'))!;
      expect(issue!.key).toBe('dropped-sentence:unmatched');
      expect(issue!.message).toContain('That is what we build on.');
    });
    it('flags a short opening sentence dropped before two quotations merged with one join (three sentences, one join)', () => {
      const en =
        'For now, the message from the capital is firm. "The talks are already over," the minister wrote at the end of his letter to parliament last week. "Those who call for them to resume will only waste their time."';
      const full =
        '당분간 수도의 메시지는 단호하다. 장관은 지난주 의회에 보낸 서한 말미에 “협상은 이미 끝났다”며 “협상 재개를 요구하는 이들은 시간만 낭비할 것”이라고 썼다.';
      // A document whose usual ratio is this paragraph's: the drop leaves it about a fifth short.
      const run = (e: string, k: string) =>
        droppedSentenceCheck
          .run(
            [
              { id: 'x', state: 'TRANSLATED' as const, sourceText: e, targetText: k },
              ...['y', 'z', 'w', 'v'].map((id) => ({ id, state: 'TRANSLATED' as const, sourceText: en, targetText: full })),
            ],
            ctxFor(),
          )
          .get('x');
      expect(run(en, full)).toBeUndefined();
      // All three in one Korean sentence with a join for each merge: nothing lost.
      expect(run(en, full.replace('단호하다. 장관은', '단호하고, 장관은'))).toBeUndefined();
      const [issue] = run(en, full.replace('당분간 수도의 메시지는 단호하다. ', ''))!;
      expect(issue!.key).toBe('dropped-sentence:unmatched');
      expect(issue!.message).toContain('For now, the message from the capital is firm.');
    });
    it('aligns where an English number is missing from the Korean and names the sentence dropped with it', () => {
      const en =
        'Behind the figures lies the weather. The region had its driest spring on record, and reservoirs are at a third of capacity. Farmers planted late this year. By 2027, the ministry expects water to be rationed.';
      const full =
        '이런 수치의 배경에는 날씨가 있다. 이 지역은 관측 사상 가장 건조한 봄을 보냈고, 저수지 수위는 용량의 3분의 1에 그친다. 농민들은 올해 모내기를 늦게 했다. 농림부는 2027년이면 물을 배급제로 나눠야 할 것으로 본다.';
      expect(run(en, full)).toBeUndefined();
      const [issue] = run(en, full.replace(' 농림부는 2027년이면 물을 배급제로 나눠야 할 것으로 본다.', ''))!;
      expect(issue!.message).toContain('By 2027');
    });
  });
});
