import { describe, expect, it } from 'vitest';
import { droppedSentenceCheck } from './dropped-sentence';
import { openingLost, quotationLost } from './dropped-sentence-traces';
import { ctxFor, seg } from './testing';

const run = (en: string, ko: string) =>
  (droppedSentenceCheck.run([seg(en, ko)], ctxFor()).get('s1') ?? []).map(
    (i) => `${i.key} ${i.sourceSpan && en.slice(i.sourceSpan.start, i.sourceSpan.end).trim()}`,
  );

describe('dropped-sentence: a whole quotation lost', () => {
  const en =
    'Noh said the company was also testing a version injected under the skin at home, with phase 3 results expected in the second half of 2028. "That is the drug that will change daily life for families," he said.';
  it('flags the quotation when the Korean has none and is short', () => {
    const ko = '노 대표는 집에서 피하주사로 맞을 수 있는 제형도 시험하고 있으며, 3상 결과는 2028년 하반기에 나올 것으로 예상한다고 말했다.';
    expect(run(en, ko)).toEqual(['dropped-sentence:unmatched "That is the drug that will change daily life for families," he said.']);
  });
  it('is silent when the quotation is kept, or turned into reported speech of the full length', () => {
    expect(
      run(
        en,
        '노 대표는 집에서 피하주사로 맞을 수 있는 제형도 시험하고 있으며, 3상 결과는 2028년 하반기에 나올 것으로 예상한다고 말했다. 그는 “그 약이야말로 가족들의 일상을 바꿀 약이 될 것입니다”라고 말했다.',
      ),
    ).toEqual([]);
    expect(
      run(
        en,
        '노 대표는 집에서 피하주사로 맞을 수 있는 제형도 시험하고 있으며, 3상 결과는 2028년 하반기에 나올 것으로 예상한다고 말했다. 그는 그 약이야말로 가족들의 일상을 바꿀 약이 될 것이라고 말했다.',
      ),
    ).toEqual([]);
    // A title in quotation marks is no speech; a Korean quotation of two sentences stands for two.
    const film = 'Delacroix, who stars in "The Lighthouse Keeper\'s Wife" by Nguyen Thanh Lam, walked the red carpet.';
    expect(quotationLost(film, "응우옌 타인 람 감독의 '등대지기의 아내'에 출연한 들라크루아는 레드카펫을 밟았다.", 30, 0.45)).toBeNull();
    const two =
      '"I meant to stay only two weeks," said Lee, laughing. "I work with the sea in front of me and eat grilled fish with the fishermen in the evening."';
    expect(
      quotationLost(two, '이하은 씨는 "2주만 있으려다 두 달로 늘렸어요. 저녁엔 어민들이랑 생선구이를 먹어요"라며 웃었다.', 30, 0.45),
    ).toBeNull();
    expect(
      quotationLost(two, '이하은 씨는 "2주만 있으려다 두 달로 늘렸는데, 저녁엔 어민들이랑 생선구이를 먹어요"라며 웃었다.', 30, 0.45),
    ).toBeNull();
    expect(quotationLost(two, '이하은 씨는 "2주만 있으려다 두 달로 늘렸어요"라며 웃었다.', 30, 0.45)).toMatchObject({
      text: '"I work with the sea in front of me and eat grilled fish with the fishermen in the evening."',
    });
    // As many quotations: nothing for this test (the quotation's own sentences are compared elsewhere).
    expect(quotationLost(en, '“그 약이야말로 가족들의 일상을 바꿀 약”', 0, 0.45)).toBeNull();
    expect(quotationLost(en, '노 대표는 말했다.', 60, 0.45)).toMatchObject({
      text: '"That is the drug that will change daily life for families," he said.',
    });
  });
});

describe('dropped-sentence: a short opening sentence lost before one that opens on a name', () => {
  const en =
    'The deal carries some risk. Cheon had elbow surgery two years ago and threw only 41 innings that season, and two clubs that made offers asked for a club option instead of a guaranteed fourth year, according to people familiar with the talks.';
  const body =
    '천 선수는 2년 전 팔꿈치 수술을 받아 그해 41이닝을 던지는 데 그쳤고, 협상 사정에 밝은 관계자들에 따르면 제안을 낸 구단 가운데 2곳은 4년째 연봉을 보장하는 대신 구단 옵션을 넣자고 요구했다.';
  it('flags the opening when the Korean opens on the second sentence’s name', () => {
    expect(openingLost(en, body)).toMatchObject({ text: 'The deal carries some risk.' });
  });
  it('is silent when the opening is kept, merged first, or the second sentence opens on no name', () => {
    expect(openingLost(en, `이번 계약에 위험 요소가 없는 것은 아니다. ${body}`)).toBeNull();
    expect(openingLost(en, `이번 계약에는 위험도 따르는데, ${body}`)).toBeNull();
    const noName = en.replace('Cheon had', 'He had');
    expect(openingLost(noName, body.replace('천 선수는', '그는'))).toBeNull();
    // An opening with a name of its own, or a long one, is left to the aligner.
    expect(openingLost(en.replace('The deal', 'The Mariners deal'), body)).toBeNull();
  });
});
