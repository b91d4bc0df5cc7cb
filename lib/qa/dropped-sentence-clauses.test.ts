import { describe, expect, it } from 'vitest';
import { clauseLost } from './dropped-sentence-clauses';
import { droppedSentenceCheck } from './dropped-sentence';
import { amongUsual, ctxFor, USUAL_PARAGRAPH } from './testing';

const EN =
  'After three months, the company said, productivity per hour was up 6%, sick days were down by a quarter and voluntary resignations had fallen to four from 11 in the same period a year earlier.';
const KO =
  '회사 측은 석 달이 지나자 시간당 생산성이 6% 올랐고 병가는 4분의 1 줄었으며, 자발적 퇴사자는 1년 전 같은 기간 11명에서 4명으로 줄었다고 밝혔다.';
const other = USUAL_PARAGRAPH;
const doc = amongUsual;
const ratio = other.targetText.length / other.sourceText.length;

describe('dropped-sentence: a clause lost with its figure', () => {
  it('flags one item of a list left out with its fraction or its digits', () => {
    expect(clauseLost(EN, KO.replace('병가는 4분의 1 줄었으며, ', ''), ratio)?.text).toBe('sick days were down by a quarter');
    const [issue] = droppedSentenceCheck.run(doc(EN, KO.replace('병가는 4분의 1 줄었으며, ', '')), ctxFor()).get('x')!;
    expect(issue!.key).toBe('dropped-sentence:partial');
    const en =
      'Exports rose 12% in November, while shipments of memory chips to China jumped by 48% from a year earlier, the ministry said.';
    const ko = '산업통상자원부는 11월 수출이 12% 늘었으며 중국으로 가는 메모리 반도체 출하는 1년 전보다 48% 급증했다고 밝혔다.';
    expect(clauseLost(en, ko, ratio)).toBeNull();
    expect(clauseLost(en, ko.replace(' 중국으로 가는 메모리 반도체 출하는 1년 전보다 48% 급증했다고', '고'), ratio)?.text).toBe(
      'while shipments of memory chips to China jumped by 48% from a year earlier',
    );
  });
  it('cuts a quoted clause at a comma before the closing quote (“…from last year,” said …)', () => {
    const en = '"Chinese customers now make up 64.8 percent of our sales, up 6.2 percentage points from last year," said Kang Tae-won.';
    const ko = '강태원 대표는 “이제 중국인 고객이 매출의 64.8%를 차지한다. 지난해보다 6.2%포인트 높아졌다”고 말했다.';
    expect(clauseLost(en, ko, 0.48)).toBeNull();
    expect(clauseLost(en, ko.replace('차지한다. 지난해보다 6.2%포인트 높아졌다”고', '차지한다”고'), 0.48)?.text).toBe(
      'up 6.2 percentage points from last year',
    );
  });
  it("does not read a wire dateline's year as a clause lost with its figure", () => {
    const en =
      'SEOUL, Monday, Dec. 7, 2026 — Shareholders of Starhaven Entertainment, the agency behind the girl group Nova Nine, voted on Monday to remove its founder as chief executive, ending a three-month fight.';
    const ko = '걸그룹 노바나인의 소속사 스타헤이븐엔터테인먼트 주주들이 7일 창업자를 해임했다. 석 달 동안 이어진 분쟁이 일단락됐다.';
    expect(clauseLost(en, ko, 0.55)).toBeNull();
  });
  it('leaves the whole translation, a fraction given as a percentage or a day, and reworded figures alone', () => {
    expect(droppedSentenceCheck.run(doc(EN, KO), ctxFor()).size).toBe(0);
    // The quarter as 25%, the figure of a clause cut short elsewhere still there.
    expect(clauseLost(EN, KO.replace('병가는 4분의 1 줄었으며, ', '병가는 25% 줄었으며, ').replace(' 같은 기간', ''), ratio)).toBeNull();
    // “within 30 days” as 30일 안에.
    const en = 'The rule requires platforms to notify creators in writing within 30 days of any foreign licensing deal.';
    expect(clauseLost(en, '플랫폼은 해외 계약 뒤 30일 안에 알려야 한다.', ratio)).toBeNull();
    // A clause whose figure the Korean said otherwise, the clause kept: the paragraph is not short.
    expect(droppedSentenceCheck.run(doc(EN, KO.replace('4분의 1', '크게')), ctxFor()).size).toBe(0);
  });
});
