import { describe, expect, it } from 'vitest';
import { droppedSentenceCheck } from './dropped-sentence';
import { amongUsual, ctxFor } from './testing';

// A paragraph among four others of the usual length ratio.
const doc = amongUsual;

describe('dropped-sentence: a dated sentence lost', () => {
  const en =
    'The bill passed 181 to 12, with 9 abstentions, after the ruling and main opposition parties agreed last month to set aside a dispute over how to fund it. The law takes effect on July 1 next year.';
  const ko =
    '법안은 찬성 181표, 반대 12표, 기권 9표로 가결됐다. 여야는 지난달 재원 조달 방식을 둘러싼 이견을 접어 두기로 합의했다. 법은 내년 7월 1일 시행된다.';
  it('flags a sentence with a month and day lost, where the Korean split its neighbour and kept the count', () => {
    expect(droppedSentenceCheck.run(doc(en, ko), ctxFor()).size).toBe(0);
    const [issue] = droppedSentenceCheck.run(doc(en, ko.replace(' 법은 내년 7월 1일 시행된다.', '')), ctxFor()).get('x')!;
    expect(issue!.key).toBe('dropped-sentence:unmatched');
    expect(en.slice(issue!.sourceSpan!.start, issue!.sourceSpan!.end).trim()).toBe('The law takes effect on July 1 next year.');
  });
  it('leaves a date whose month goes unsaid, and a weekday standing for the day, alone', () => {
    // The month unsaid, the day kept.
    expect(droppedSentenceCheck.run(doc(en, ko.replace('법은 내년 7월 1일 시행된다.', '법은 오는 1일 시행된다.')), ctxFor()).size).toBe(0);
    // A weekday with its date, rendered by the weekday alone.
    const weekday = en.replace('The law takes effect on July 1 next year.', 'The law takes effect on Monday, July 6.');
    const weekdayKo = ko.replace('법은 내년 7월 1일 시행된다.', '법은 다음 주 월요일 시행된다.');
    expect(droppedSentenceCheck.run(doc(weekday, weekdayKo), ctxFor()).size).toBe(0);
  });
});
