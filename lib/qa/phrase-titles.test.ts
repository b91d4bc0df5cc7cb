import { describe, expect, it } from 'vitest';
import { titleFindings } from './phrase-titles';

const segs = (ko: string[]) => ko.map((targetText, i) => ({ id: `s${i}`, targetText }));
const found = (ko: string[]) => titleFindings(segs(ko)).map((f) => `${f.segmentId} ${f.mention} / ${f.usual}`);

describe('phrase-consistency: one person’s title rendered two ways (엄태훈 식량정책관 → 엄 국장)', () => {
  it('flags a surname mention whose title the paragraphs naming the person in full never write', () => {
    expect(found(['엄태훈 농식품부 식량정책관은 매입 의무화에 반대했다. 엄 국장은 “공급 조절이 먼저”라고 말했다.'])).toEqual([
      's0 엄 국장 / 식량정책관',
    ]);
    expect(
      found(['김서윤 한국개발연구원 선임연구위원은 성장률 전망을 낮췄다.', '김 교수는 “내년에도 둔화가 이어질 것”이라고 말했다.']),
    ).toEqual(['s1 김 교수 / 선임연구위원']);
    expect(found(['박정우 국토교통부 차관은 이날 현장을 찾았다.', '박 장관은 안전 점검을 지시했다.'])).toEqual(['s1 박 장관 / 차관']);
  });

  it('accepts the same title, its end, or a title written before the name', () => {
    for (const doc of [
      ['엄태훈 농식품부 식량정책관은 매입 의무화에 반대했다. 엄 정책관은 “공급 조절이 먼저”라고 말했다.'],
      ['남궁서연 교육부 대입정책국장은 부정행위가 11건이라고 밝혔다.', '남궁 국장은 “예외는 없다”고 말했다.'],
      ['출제위원장을 맡은 라은석 공주대 교수는 문항을 세 차례 검토했다고 설명했다.', '라 위원장은 “학교 수업이 기준”이라고 말했다.'],
      ['표은정 한국농촌경제연구원 선임연구위원은 격차가 좁혀지지 않을 것이라고 했다.', '표 위원은 기금 도입을 제안했다.'],
      ['황보찬호 의원은 법안을 대표 발의했다.', '황보 의원은 “최저선”이라고 강조했다.'],
      ['맹도현 씨는 블로그에 글을 올렸다. 맹 씨는 정답이 둘이라고 주장했다.'],
    ])
      expect(found(doc), doc.join(' ')).toEqual([]);
  });

  it('reads no determiner, count or prefix as a surname, and needs the person named in full', () => {
    for (const doc of [
      // 이 “this”, 현 “incumbent”, 전 “former”: no surname here.
      ['김민수 교수는 연구 결과를 발표했다.', '이 장관은 회의에 불참했다.'],
      ['최영호 의원은 법안을 냈다.', '현 장관과 전 장관이 모두 반대했다.'],
      // A number before the word (3국 장관: the ministers of three countries).
      ['안정민 산업부 장관은 회담에 나섰다.', '3국 장관은 11월 도쿄에서 다시 만난다.'],
      // Only the surname in the text: no full name to compare with.
      ['송 교수는 자료를 공개했다.', '송 위원장은 결과에 만족한다고 했다.'],
      // A person first named with no title at all.
      ['윤지아 씨는 가게를 운영한다.', '윤 대표는 “손님이 줄었다”고 말했다.'],
    ])
      expect(found(doc), doc.join(' ')).toEqual([]);
  });
});
