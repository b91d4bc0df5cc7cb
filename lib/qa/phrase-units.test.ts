import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { transliterated } from './phrase-lookalike';
import { transliterates } from './phrase-synonyms';
import { seg } from './testing';

const flagged = (pairs: [string, string][]) =>
  runDocumentChecks(pairs.map(([en, ko], i) => seg(en, ko, { id: `s${i}` }))).flatMap((r) =>
    r.issues.filter((i) => i.check === 'phrase-consistency').map((i) => `${r.segmentId} ${i.key}`),
  );

describe('phrase-consistency: number words', () => {
  it('reads a scale or percent word as a number’s unit, no term (trillion won, million tonne)', () => {
    expect(
      flagged([
        ['Sales of the webtoon industry reached 2.2 trillion won last year.', '지난해 산업 매출은 2조2000억 원이었다.'],
        ['It expects industry sales to pass 4 trillion won by 2030.', '업계 매출은 2030년까지 4조 원을 넘어설 것이다.'],
      ]),
    ).toEqual([]);
    expect(
      flagged([
        ['The harvest reached 40 million tonnes of rice.', '쌀 수확량은 4000만t에 이르렀다.'],
        ['Exports were 2 million tonnes of grain.', '곡물 수출량은 200만 톤이었다.'],
      ]),
    ).toEqual([]);
    // A unit written as a symbol in one paragraph and as a word in another (4000만t, 200만 톤).
    expect(
      flagged([
        ['The dam released 40 million tonnes of water on Monday.', '댐은 월요일 물 4000만t을 방류했다.'],
        ['It will release 2 million tonnes of water a day.', '하루 200만 톤의 물을 방류할 예정이다.'],
      ]),
    ).toEqual([]);
  });
  it('still compares a phrase after a number word (a 15 percent tax credit)', () => {
    expect(
      flagged([
        ['It is studying a 15 percent tax credit for producers.', '제작사에 최대 15%의 세액공제를 해 주는 방안을 검토한다.'],
        ['Critics say the tax credit will help broadcasters.', '비판론자들은 세금공제가 방송사에 돌아갈 것이라고 말한다.'],
      ]),
    ).toHaveLength(1);
  });
});

describe('phrase-consistency: an English word of the phrase written in Hangul', () => {
  it('flags 크리에이터 몫 for creators’ share where the other segment wrote 작가 몫 (plural possessive, vowels in hiatus, a one-syllable noun with its particle)', () => {
    expect(transliterates('크리에이터', 'creator')).toBe(true);
    expect(transliterates('라디오', 'radio')).toBe(true);
    expect(transliterated('작가 몫을', '크리에이터 몫도', "creators' share")).toBe(true);
    // Another kept word, or a Hangul word that writes no word of the phrase: no.
    expect(transliterated('작가 몫을', '크리에이터 수입', "creators' share")).toBe(false);
    expect(transliterated('작가 몫을', '화가 몫도', "creators' share")).toBe(false);
    expect(
      flagged([
        [
          "Naver said it had raised creators' share of adaptation income twice.",
          '네이버웹툰은 영상화 수익 가운데 작가 몫을 두 차례 올렸다고 밝혔다.',
        ],
        ["Whether creators' share grows with them is unclear.", '크리에이터 몫도 그만큼 커질지는 알 수 없다.'],
      ]),
    ).toEqual(["s1 phrase-consistency:creators' share"]);
    expect(
      flagged([
        [
          "Naver said it had raised creators' share of adaptation income twice.",
          '네이버웹툰은 영상화 수익 가운데 작가 몫을 두 차례 올렸다고 밝혔다.',
        ],
        ["Whether creators' share grows with them is unclear.", '작가 몫도 그만큼 커질지는 알 수 없다.'],
      ]),
    ).toEqual([]);
  });
  it('flags 라이선스 비용 for licensing fee where the others wrote 판권료 (one word for a pair, soft c, -ing), not a name or a longer word', () => {
    expect(transliterated('판권료', '라이선스 비용', 'licensing fee', true)).toBe(true);
    expect(transliterated('판권료', '라이선스 비용', 'licensing fee')).toBe(false);
    // A name's Hangul (필승교 for Pilseung) is left to the caller (oneWord false); the pair holding the one word is its own.
    expect(transliterated('수위', '필승교 수위계', 'pilseung bridge', true)).toBe(false);
    expect(transliterated('판권료', '판권료 라이선스', 'licensing fee', true)).toBe(false);
    const doc = (third: string) =>
      flagged([
        ['A third came from licensing fees paid by foreign producers.', '3분의 1이 해외 제작사가 낸 판권료에서 나왔다.'],
        ['The platform keeps half of any licensing fee.', '플랫폼이 판권료의 절반을 가져간다.'],
        ['Netflix paid a licensing fee of about $250,000.', third],
      ]);
    expect(doc('넷플릭스는 라이선스 비용으로 약 25만 달러를 냈다.')).toEqual(['s2 phrase-consistency:licensing fee']);
    expect(doc('넷플릭스는 판권료로 약 25만 달러를 냈다.')).toEqual([]);
  });
});
