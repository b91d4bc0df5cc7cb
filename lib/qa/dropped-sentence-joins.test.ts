import { describe, expect, it } from 'vitest';
import { droppedSentenceCheck, englishJoins, englishSentences, koreanJoins } from './dropped-sentence';
import { ctxFor } from './testing';

// A document whose usual ratio is the paragraph's own: x is the paragraph tested, four clean copies beside it.
const run = (en: string, full: string, ko: string) =>
  droppedSentenceCheck
    .run(
      [
        { id: 'x', state: 'TRANSLATED' as const, sourceText: en, targetText: ko },
        ...['y', 'z', 'w', 'v'].map((id) => ({ id, state: 'TRANSLATED' as const, sourceText: en, targetText: full })),
      ],
      ctxFor(),
    )
    .get('x');

describe('dropped-sentence: English sentences around a.m. and p.m.', () => {
  it('does not end a sentence at a.m. or p.m. before a lowercase word or a figure', () => {
    expect(englishSentences('The quake struck at 3:10 a.m. on Sunday, officials said. Nobody was hurt.').length).toBe(2);
    expect(englishSentences('Trains ran from 6 a.m. to 11 p.m. on weekdays.').length).toBe(1);
    expect(englishSentences('The rally began at 7 p.m., police said.').length).toBe(1);
  });
  it('ends one at a.m. or p.m. before a capital', () => {
    expect(englishSentences('The polls closed at 8 p.m. Counting began at once.').length).toBe(2);
    expect(englishSentences('He landed at 5 a.m. The minister met him.').length).toBe(2);
  });
});

describe('dropped-sentence: clause joins', () => {
  it('counts no join for the -고 of an auxiliary verb (-고 있다, -고 싶다), one for a -고 between clauses', () => {
    expect(koreanJoins('계약은 아직 그 변화를 따라오지 못하고 있습니다.', true)).toBe(0);
    expect(koreanJoins('독자들은 다음 화를 보고 싶어 한다.', true)).toBe(0);
    expect(koreanJoins('넷플릭스는 판권료를 냈고 보너스도 주기로 했다.', true)).toBe(1);
    expect(koreanJoins('회사는 웹툰을 공급하고, 있는 판권은 모두 팔았다.', true)).toBe(1);
    // Counted as before where not asked (a whole paragraph).
    expect(koreanJoins('계약은 아직 그 변화를 따라오지 못하고 있습니다.')).toBe(1);
  });
  it('reads “, plus a …” as the English’s own join, like “, and a …”', () => {
    expect(englishJoins('Netflix paid a fee of $250,000, plus a bonus tied to a second season.')).toBe(1);
    expect(englishJoins('Two plus two is four.')).toBe(0);
  });
  it('flags a short sentence dropped beside a sentence whose -고 renders the English “, plus”', () => {
    const en =
      'Netflix paid a licensing fee of about $250,000 for the rights, two people familiar with the deal said, plus a bonus tied to a second season. That is modest by Hollywood standards. A best-selling American novel can fetch ten times as much.';
    const full =
      '거래 내용을 잘 아는 관계자 두 명에 따르면 넷플릭스는 판권료로 약 25만 달러를 냈고, 시즌 2 제작과 연동된 보너스도 주기로 했다. 할리우드 기준으로는 많지 않은 금액이다. 미국 베스트셀러 소설은 그 열 배를 받기도 한다.';
    expect(run(en, full, full)).toBeUndefined();
    const [issue] = run(en, full, full.replace('할리우드 기준으로는 많지 않은 금액이다. ', ''))!;
    expect(issue!.message).toContain('That is modest by Hollywood standards.');
    // Merged with a join of the Korean's own (-는데): nothing lost.
    expect(run(en, full, full.replace('했다. 할리우드', '했는데 할리우드'))).toBeUndefined();
  });
  it('flags a sentence dropped inside a quotation that ends on -고 있습니다', () => {
    const en =
      '“Five years ago we were grateful if anyone called. Now the studios call us first. But the contracts have not caught up with that,” said Rhee Da-som, chief executive of a studio.';
    const full =
      '“5년 전만 해도 누가 연락만 해 와도 고마웠습니다. 이제는 제작사들이 먼저 연락합니다. 하지만 계약은 아직 그 변화를 따라오지 못하고 있습니다.” 한 스튜디오의 이다솜 대표의 말이다.';
    expect(run(en, full, full)).toBeUndefined();
    const [issue] = run(en, full, full.replace(' 이제는 제작사들이 먼저 연락합니다.', ''))!;
    expect(issue!.key).toBe('dropped-sentence:unmatched');
  });
});
