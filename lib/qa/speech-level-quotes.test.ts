import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { quoteSlips } from './speech-level-quotes';
import { seg } from './testing';

const slips = (...paragraphs: string[]) =>
  [...quoteSlips(paragraphs)].map(([i, s]) => `${i}:${s.map((x) => `${x.l.level}:${x.l.word}`).join(',')}`);

describe('speech level inside quoted speech', () => {
  it('flags a sentence of one quotation in another register than the rest', () => {
    // A 해요체 quote with one sentence in -다, and a 합쇼체 quote with one sentence in 해요체.
    expect(slips('배 씨는 “엄마가 아직도 생일을 기억하세요. 이제 괜찮다. 전에는 생각도 못 했어요”라고 말했다.')).toEqual([
      '0:haera:괜찮다',
    ]);
    expect(slips('장관은 “문은 열려 있습니다. 대화를 기다려요. 지원은 계속됩니다”라고 말했다.')).toEqual(['0:haeyo:기다려요']);
    // On a tie, the sentence that leaves the register the quotation opens in.
    expect(slips('그는 “생일도 기억하세요. 오래 가리라고는 생각도 못 했다”라고 말했다.')).toEqual(['0:haera:했다']);
  });
  it('reads a quote’s last word before 라고/라며 as a whole 반말 sentence (“…기뻐”라고)', () => {
    expect(slips('한 씨는 “딸이 대학에 붙었어요”라며 “정말 기뻐”라고 말했다.')).toEqual(['0:banmal:기뻐']);
    expect(slips('박 과장은 “예산은 충분합니다”라며 “결과는 다음 주에 나와”라고 말했다.')).toEqual(['0:banmal:나와']);
    // A 반말 quote alone, one whose register agrees, and a fragment with 고 after it are left alone.
    expect(slips('아이는 “엄마, 나 배고파”라고 말했다.')).toEqual([]);
    expect(slips('친구는 “벌써 왔어”라며 “정말 기뻐”라고 했다.')).toEqual([]);
    expect(slips('그는 “가격은 올랐습니다”라며 “회의의 해”라는 말을 되풀이했다.')).toEqual([]);
  });
  it('flags an official or expert quoted wholly in 반말 in a story whose other quotes are polite (rule 5)', () => {
    const story = (third: string) => [
      '시청 앞 광장에서 11일 축제가 열렸다.',
      '정미경 축제위원장은 “올해는 관람객이 두 배로 늘었습니다”라고 말했다.',
      '관람객 오상훈 씨는 “아이들이 정말 좋아해요”라고 했다.',
      third,
    ];
    expect(slips(...story('한규석 시 문화과장은 “예산은 작년의 절반이야”라고 말했다.'))).toEqual(['3:banmal:절반이야']);
    expect(slips(...story('윤재희 교수는 “이런 행사는 오래 못 갈 거야”라고 지적했다.'))).toEqual(['3:banmal:거야']);
    // A speaker without a title of office (씨, 군), a child, a story with other 반말 quotes, or
    // too few polite quotes elsewhere: left alone.
    expect(slips(...story('관람객 한규석 씨는 “예산이 절반이래, 그래도 재밌어”라고 말했다.'))).toEqual([]);
    expect(slips(...story('한 어린이는 “엄마, 또 오고 싶어”라고 말했다.'))).toEqual([]);
    expect(
      slips(...story('한규석 과장은 “예산은 작년의 절반이야”라고 말했다.'), '친구 사이인 김 군은 “벌써 다 본 거야”라고 웃었다.'),
    ).toEqual([]);
    expect(
      slips(
        '시청 앞 광장에서 축제가 열렸다.',
        '정 위원장은 “관람객이 늘었습니다”라고 말했다.',
        '한규석 과장은 “예산은 작년의 절반이야”라고 말했다.',
      ),
    ).toEqual([]);
  });
  it('reads one speaker’s quotes in one sentence as one quotation (“…”라며 “…”라고)', () => {
    expect(slips('노 대표는 “가격을 정했습니다”라며 “내년까지 1만 명이 목표예요”라고 말했다.')).toEqual(['0:haeyo:목표예요']);
  });
  it('reads a quote in a sentence with no subject as the paragraph’s last speaker’s (이어 “…”고 덧붙였다)', () => {
    expect(slips('김 씨는 “아침마다 아이를 맡겨요. 퇴근이 늦어요”라고 말했다. 이어 “그래도 둘째는 생각하고 있다”고 덧붙였다.')).toEqual([
      '0:haera:있다',
    ]);
    expect(slips('김 씨는 “아침마다 아이를 맡겨요”라고 말했다. 또 “둘째는 어렵습니다”라고 했다.')).toEqual(['0:hapsyo:어렵습니다']);
    // A speaker named after the quote, or in the quote's own sentence, is another voice.
    expect(slips('김 씨는 “아침마다 아이를 맡겨요. 퇴근이 늦어요”라고 말했다. 이어 “대책이 필요하다”고 한 전문가가 지적했다.')).toEqual([]);
    expect(slips('김 씨는 “아침마다 아이를 맡겨요. 퇴근이 늦어요”라고 말했다. 이어 박 교수는 “대책이 필요하다”고 지적했다.')).toEqual([]);
    // A quote in a list takes no speaker on to the next.
    expect(
      slips('시민들은 “좋아요”, “별로예요” 등의 반응을 보였다. 이어 “세금 낭비다”라는 비판이 나왔다. “대책이 필요하다”고 했다.'),
    ).toEqual([]);
  });
  it('flags a named speaker quoted in 반말 in one paragraph and politely in the others', () => {
    const doc = [
      '노상우 한빛바이오 대표는 “가격을 낮췄습니다”라고 말했다.',
      '노 대표는 “내년에는 1만 명이 투여받을 것입니다”라고 밝혔다.',
      '노 대표는 새 제형도 시험하고 있다고 말했다. 그는 “그 약이 일상을 바꿀 거야”라고 말했다.',
    ];
    expect(slips(...doc)).toEqual(['2:banmal:거야']);
    const r = runDocumentChecks(doc.map((t, i) => seg('x', t, { id: `s${i}` })));
    expect(r[2]!.issues.map((i) => i.key)).toContain('speech-level:quote:banmal:거야');
  });
  it('flags a named speaker quoted in 합쇼체 in one paragraph and in 해요체 in another', () => {
    const doc = [
      '유민재 교통실장은 적자를 설명했다. 유 실장은 “빚을 내서 열차를 계속 운행할 수는 없습니다”라고 말했다.',
      '시의회는 인상안을 통과시켰다.',
      '유 실장은 2028년에 요금을 다시 검토하겠다고 말했다. 그는 “분기마다 회계를 공개할게요”라고 말했다.',
    ];
    expect(slips(...doc)).toEqual(['2:haeyo:공개할게요']);
    const r = runDocumentChecks(doc.map((t, i) => seg('x', t, { id: `s${i}` })));
    expect(r[2]!.issues.map((i) => i.key)).toContain('speech-level:quote:haeyo:공개할게요');
    // 그는 is the person named before it in the paragraph, not a figure's 약 read as a surname.
    const long =
      '유 실장은 요금을 검토하겠다며, 늘어나는 연간 약 2900억 원의 수입은 전동차 교체에 쓰겠다고 말했다. 그는 “회계를 공개할게요”라고 말했다.';
    expect(slips(doc[0]!, long)).toEqual(['1:haeyo:공개할게요']);
    // The register of more sentences wins over the first paragraph's.
    expect(
      slips(
        '김 교수는 “좋아요”라고 말했다.',
        '김 교수는 “효과가 있습니다. 안전합니다”라고 말했다.',
        '김 교수는 “지켜보겠습니다”라고 말했다.',
      ),
    ).toEqual(['0:haeyo:좋아요']);
  });
  it('leaves one polite register per speaker, -죠 beside 합쇼체 and two speakers in two registers alone', () => {
    expect(slips('유 실장은 “운행할 수는 없습니다”라고 말했다.', '유 실장은 “회계를 공개하겠습니다. 그게 원칙이죠”라고 말했다.')).toEqual(
      [],
    );
    expect(
      slips('유민재 실장은 “운행할 수는 없습니다”라고 말했다.', '임서연 씨는 “한 시간을 더 보낼 수 있다면 낼 거예요”라고 말했다.'),
    ).toEqual([]);
    // 그는 with no person named in its paragraph (이 대표: 이 reads as “this”) is too loose a guess.
    expect(
      slips(
        '신 작가는 “다 읽을 거예요”라고 말했다.',
        '스튜디오를 이끄는 이 대표는 말했다. 그는 “저희 숫자를 봅니다”라고 말했다.',
        '신 작가는 “또 볼 거예요”라고 했다.',
      ),
    ).toEqual([]);
    // Two paragraphs off the speaker's register: no single slip to point at.
    expect(
      slips(
        '박 위원은 “좋습니다”라고 말했다.',
        '박 위원은 “좋아요”라고 말했다.',
        '박 위원은 “괜찮아요”라고 말했다.',
        '박 위원은 “됩니다”라고 말했다.',
      ),
    ).toEqual([]);
  });
  it('leaves different speakers, -죠 beside 합쇼체, questions, exclamations and slogans alone', () => {
    // Two speakers in one paragraph, each in a register of their own.
    expect(slips('김 장관은 “협상을 이어가겠습니다”라고 했고, 박 위원장은 “정부가 약속을 어겼다”고 반박했다.')).toEqual([]);
    // Spoken 합쇼체 with -죠, a rhetorical question in -는가, an exclamation in -다.
    expect(slips('그는 “문제는 가격입니다. 그게 핵심이죠. 누가 책임질 것인가? 다행이다! 끝까지 가겠습니다”라고 말했다.')).toEqual([]);
    // A slogan named in the speaker's sentence, embedded indirect speech (-다고 했어요).
    expect(slips('위원장은 “함께 가자”라는 구호를 외치며 “끝까지 싸우겠습니다”라고 말했다.')).toEqual([]);
    expect(slips('배 씨는 “의사가 좋아졌다고 했어요. 정말 기뻤어요”라고 말했다.')).toEqual([]);
    // Quotes listed side by side are several voices.
    expect(slips('시민들은 “정말 좋습니다”, “세금 낭비다”, “잘 모르겠어요” 등 엇갈린 반응을 보였다.')).toEqual([]);
    expect(slips('시민들은 “정말 좋습니다” “세금 낭비다” 같은 반응을 보였다.')).toEqual([]);
    // A fragment quoted inside narration has no sentence ending of its own.
    expect(slips('그는 이 효과를 “크지는 않지만 분명한” 것이라고 평가했다. 그는 “결코 작은 일이 아닙니다”라고 말했다.')).toEqual([]);
  });
  it('flags a speaker whose own voice is kept in 해요체, quoted wholly in 해라체 in one other paragraph', () => {
    const owner = (last: string) => [
      '서귀포에서 게스트하우스를 운영하는 양미숙(52) 씨는 손님이 줄었다고 했다. 양 씨는 “외국인들은 큰 호텔에 묵어요. 저 같은 작은 집에는 안 와요”라고 말했다.',
      '도는 관광객 수가 늘었다고 밝혔다.',
      `양 씨는 올해 숙박료를 20% 내렸다고 했다. 그는 “이대로 내년 여름까지 가면 ${last}”라고 말했다.`,
    ];
    expect(slips(...owner('문을 닫아야 해요'))).toEqual([]);
    expect(slips(...owner('문을 닫아야 한다'))).toEqual(['2:haera:한다']);
  });
  it('leaves a 해라체 quote of a 해요체 speaker who has one 해요체 sentence, or other registers, or a carried pronoun', () => {
    // One 해요체 sentence elsewhere is too little to call it the speaker's voice.
    expect(slips('양미숙(52) 씨는 “손님이 없어요”라고 말했다.', '양 씨는 “문을 닫아야 한다”고 말했다.')).toEqual([]);
    // 양 without a full name introduced is not read as a surname (양 측은 = both sides).
    expect(slips('양 측은 “손님이 없어요. 방이 비어요”라고 말했다.', '양 측은 “문을 닫아야 한다”고 말했다.')).toEqual([]);
    // A 그는 resolved only from an earlier paragraph.
    expect(slips('양미숙(52) 씨는 “손님이 없어요. 방이 비어요”라고 말했다.', '그는 “문을 닫아야 한다”고 말했다.')).toEqual([]);
  });
  it('lets a speaker be quoted in the 해라체 papers use for statements in one paragraph and 합쇼체 in others', () => {
    const doc = [
      '노상우 대표는 “가격을 낮췄습니다”라고 말했다.',
      '노 대표는 “내년에는 1만 명이 투여받을 것입니다”라고 밝혔다.',
      '노 대표는 새 제형도 시험한다고 말했다. 그는 “그 약이 일상을 바꿀 것이다”라고 말했다.',
    ];
    expect(slips(...doc)).toEqual([]);
    // Different people, one polite and one in 반말, are not one speaker (이 = this, not a surname).
    expect(
      slips(
        '김민수 교수는 “효과가 있습니다”라고 말했다.',
        '김 교수는 “안전합니다”라고 덧붙였다.',
        '이 환자는 “이제 살 것 같아”라고 말했다.',
      ),
    ).toEqual([]);
  });
});
