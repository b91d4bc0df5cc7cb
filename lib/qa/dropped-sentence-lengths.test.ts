import { describe, expect, it } from 'vitest';
import { conjunctionSplitLoss, dropFitsBetter } from './dropped-sentence-lengths';

const RATIO = 0.45;

describe('conjunctionSplitLoss: a split at a conjunction that makes up for a lost sentence', () => {
  const en =
    'The port handled 1.2 million containers last year, but the new terminal is so short of cranes that ships now wait for days. Some captains have started to avoid it. So the city has ordered six new cranes, and the first two arrive in March.';
  const ko =
    '이 항구는 지난해 컨테이너 120만 개를 처리했다. 그런데 새 터미널은 크레인이 워낙 모자라 배들이 며칠씩 기다린다. 일부 선장들은 이 항구를 피하기 시작했다. 그래서 시는 새 크레인 6대를 주문했고, 첫 2대는 3월에 들어온다.';
  const lost = ko.replace(' 일부 선장들은 이 항구를 피하기 시작했다.', '');

  it('finds the sentence lost after the split', () => {
    expect(conjunctionSplitLoss(en, lost, RATIO, [])?.text).toBe('Some captains have started to avoid it.');
  });
  it('finds a sentence lost before the split', () => {
    const en2 =
      'Freight rates fell again. Captains are angry. The port handled 1.2 million containers last year, but the new terminal is so short of cranes that ships now wait for days.';
    const ko2 =
      '운임이 또 떨어졌다. 이 항구는 지난해 컨테이너 120만 개를 처리했다. 그런데 새 터미널은 크레인이 워낙 모자라 배들이 며칠씩 기다린다.';
    expect(conjunctionSplitLoss(en2, ko2, RATIO, [])?.text).toBe('Captains are angry.');
  });
  it('leaves the clean translation alone (one Korean sentence more than English)', () => {
    expect(conjunctionSplitLoss(en, ko, RATIO, [])).toBeNull();
  });
  it('leaves an English sentence that opens with the conjunction itself alone', () => {
    const en3 =
      'The port handled 1.2 million containers last year. But the new terminal is so short of cranes that ships now wait for days. So the city has ordered six new cranes, and the first two arrive in March.';
    expect(conjunctionSplitLoss(en3, lost, RATIO, [])).toBeNull();
  });
  it('never takes a sentence whose figure the Korean has as the lost one', () => {
    const en4 = en.replace('Some captains have started to avoid it.', 'Some 40 captains have started to avoid it.');
    const ko4 = lost
      .replace('그래서 시는', '선장 40명이 항구를 피한다. 그래서 시는')
      .replace(
        ' 그런데 새 터미널은 크레인이 워낙 모자라 배들이 며칠씩 기다린다.',
        ', 그런데 새 터미널은 크레인이 워낙 모자라 배들이 며칠씩 기다린다.',
      );
    expect(conjunctionSplitLoss(en4, ko4, RATIO, [])).toBeNull();
  });
  it('needs the lengths to fit the loss clearly better than sentences paired one to one', () => {
    // The Korean splits at “, but” and leaves out nothing: the short sentence is joined to the
    // second half (…, but the terminal works. Ships wait. → 그런데 터미널은 잘 돌아가고 배들은 기다린다.).
    const en5 = 'The port is busy, but the terminal works. Ships wait. The city has ordered six new cranes for it.';
    const ko5 = '항구는 붐빈다. 그런데 터미널은 잘 돌아가고 배들은 기다린다. 시는 새 크레인 6대를 주문했다.';
    expect(conjunctionSplitLoss(en5, ko5, RATIO, [])).toBeNull();
  });
});

describe('dropFitsBetter: one Korean sentence fewer, explained by a loss rather than a merge', () => {
  const en =
    'Officials say the reservoir is at a record low. Farmers should water their fields in the early morning, not at midday. The city will also close two public pools until the rains return next spring.';
  const ko =
    '당국은 저수지 수위가 사상 최저라고 밝혔다. 농가는 한낮이 아니라 이른 아침에 밭에 물을 줘야 한다. 시는 내년 봄 비가 다시 올 때까지 공공 수영장 두 곳도 닫는다.';
  it('passes a paragraph with a sentence lost', () => {
    expect(dropFitsBetter(en, ko.replace(' 농가는 한낮이 아니라 이른 아침에 밭에 물을 줘야 한다.', ''), RATIO, [])).toBe(true);
  });
  it('not a paragraph whose two sentences the Korean merged', () => {
    const merged =
      '당국은 저수지 수위가 사상 최저라며 농가는 한낮이 아니라 이른 아침에 밭에 물을 줘야 한다고 밝혔다. 시는 내년 봄 비가 다시 올 때까지 공공 수영장 두 곳도 닫는다.';
    expect(dropFitsBetter(en, merged, RATIO, [])).toBe(false);
  });
  it('not with as many sentences', () => {
    expect(dropFitsBetter(en, ko, RATIO, [])).toBe(false);
  });
});

describe('dropFitsBetter: quotations framed by one speech verb', () => {
  it('leaves a paragraph whose Korean frames two quotations in one sentence (the attribution moved)', () => {
    const en =
      'Critics say the plans are still too cautious. "Every time we launch, the whole country watches, and every time we fail, the whole programme is put on trial," said Lim Su-jin, a space policy researcher at the Science and Technology Policy Institute (STEPI). "Nobody builds a space industry like that. You have to be allowed to fail."';
    const ko =
      '비판론자들은 이 계획이 여전히 지나치게 신중하다고 말한다. 과학기술정책연구원(STEPI)에서 우주 정책을 연구하는 임수진 연구위원은 “발사할 때마다 온 나라가 지켜보고, 실패할 때마다 사업 전체가 도마 위에 오른다”며 “그런 식으로 우주산업을 키우는 나라는 없다. 실패해도 되는 여지가 있어야 한다”고 말했다.';
    expect(dropFitsBetter(en, ko, 0.47, [])).toBe(false);
  });
});
