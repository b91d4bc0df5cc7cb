import { describe, expect, it } from 'vitest';
import { loadFixturePairs } from './fixtures/load-fixture';
import { calibrateLengthRatio, headlineStyle, LENGTH_RATIO_CALIBRATION, lengthRatioCheck, politeExcess } from './length-ratio';
import { ctxFor, keys, runOne, seg } from './testing';

describe('length-ratio check', () => {
  it('uses the figures calibrated from the clean reference translation', () => {
    const stats = calibrateLengthRatio(loadFixturePairs());
    expect(stats.n).toBe(18);
    expect(stats.logMean).toBeCloseTo(LENGTH_RATIO_CALIBRATION.logMean, 3);
    expect(stats.logStd).toBeCloseTo(LENGTH_RATIO_CALIBRATION.logStd, 3);
  });

  it('recomputes the fixture’s whole-document ratio (English without spaces and hyphens)', () => {
    const pairs = loadFixturePairs();
    const t = pairs.map((p) => p.target).join('\n').length;
    const s = pairs.map((p) => p.source.replace(/[-‐\s]/g, '')).join('\n').length;
    expect(Math.log(t / s)).toBeCloseTo(LENGTH_RATIO_CALIBRATION.docLogRatio, 3);
  });

  it('judges a long paragraph against its own document’s habit, only when the rest of the document is long enough', () => {
    const en = 'a b '.repeat(75); // 300 characters, 150 without spaces
    const ko = '가'.repeat(190); // 63 %: long for the calibration
    const inDoc = (restEn: string, restKo: string) =>
      keys(
        lengthRatioCheck.run(seg(en, ko), {
          ...ctxFor([]),
          docText: () => `${ko}\n${restKo}`,
          docSourceCompact: () => `${'AB'.repeat(75)}\n${restEn}`,
        }),
      );
    // A document that runs at 0.6 of its compact English (the fixture: 0.51): this paragraph is its usual.
    expect(inDoc('A'.repeat(3000), '가'.repeat(1800))).toEqual([]);
    // A document like the fixture: the paragraph stays long.
    expect(inDoc('A'.repeat(3000), '가'.repeat(1520))).toEqual(['length-ratio:long']);
    // Too little of the rest to judge a habit.
    expect(inDoc('A'.repeat(1000), '가'.repeat(800))).toEqual(['length-ratio:long']);
    // A paragraph repeated twice over stays long in a long-running document.
    expect(
      keys(
        lengthRatioCheck.run(seg(en, ko + ko), {
          ...ctxFor([]),
          docText: () => `${ko + ko}\n${'가'.repeat(1800)}`,
          docSourceCompact: () => `${'AB'.repeat(75)}\n${'A'.repeat(3000)}`,
        }),
      ),
    ).toEqual(['length-ratio:long']);
  });

  it('flags targets far shorter or longer than usual, only for sources of 40+ characters', () => {
    const en = 'a'.repeat(100);
    expect(runOne(lengthRatioCheck, en, '가'.repeat(42))).toEqual([]);
    expect(keys(runOne(lengthRatioCheck, en, '가'.repeat(20)))).toEqual(['length-ratio:short']);
    expect(keys(runOne(lengthRatioCheck, en, '가'.repeat(90)))).toEqual(['length-ratio:long']);
    expect(runOne(lengthRatioCheck, 'a'.repeat(39), '가')).toEqual([]);
  });

  it('does not count a gloss copied from the source, 라르스 하우겐(Lars Haugen), towards the length', () => {
    const en = `said Lars Haugen, head of research at Nordkapp Shipbroking in Oslo ${'x'.repeat(40)}`;
    const ko = '가'.repeat(60);
    expect(runOne(lengthRatioCheck, en, ko)).toEqual([]);
    expect(runOne(lengthRatioCheck, en, `라르스 하우겐(Lars Haugen) 노르카프십브로킹(Nordkapp Shipbroking)${ko}`)).toEqual([]);
    // Brackets the source does not hold are text the translator added: they count.
    expect(keys(runOne(lengthRatioCheck, en, `라르스 하우겐(Norway's biggest shipbroker) 노르카프(${'나'.repeat(30)})${ko}`))).toEqual([
      'length-ratio:long',
    ]);
  });

  it('counts polite endings at their 해라체 length before calling a paragraph long, never before calling it short', () => {
    expect(politeExcess('있습니다. 듭니다. 합니까? 있어요. 있습니다”라면서 든다. 아니다.')).toBe(2 + 1 + 1 + 1 + 3);
    expect(politeExcess('비가 왔다. 물이 없다.')).toBe(0);
    const en =
      'Anchor: "Once seawater gets into a coastal aquifer, it can take years, sometimes decades, to flush it out," she said. "Pumping less in the dry months is far cheaper than cleaning up afterwards." Whitfield added that Jeju\'s network of 131 observation wells is one of the best in Asia.';
    const plain =
      '앵커: 휫필드는 “바닷물이 한번 해안 대수층에 들어오면 빼내는 데 몇 년, 길게는 수십 년이 걸릴 수 있다”면서 “건기에 지하수를 덜 퍼 올리는 편이 나중에 정화하는 것보다 비용이 훨씬 적게 든다”고 말했습니다. 휫필드는 또 관측정 131곳으로 이뤄진 제주의 관측망이 아시아에서 손꼽히는 수준이라고 덧붙였습니다.';
    const polite = plain.replace('있다”면서', '있습니다”라면서').replace('든다”고', '듭니다”라고');
    expect(runOne(lengthRatioCheck, en, plain)).toEqual([]);
    expect(runOne(lengthRatioCheck, en, polite)).toEqual([]);
    // A sentence repeated is still long, in either register.
    const again = ' 휫필드는 또 관측정 131곳으로 이뤄진 제주의 관측망이 아시아에서 손꼽히는 수준이라고 덧붙였습니다.';
    expect(keys(runOne(lengthRatioCheck, en, polite + again))).toEqual(['length-ratio:long']);
    // Short stays judged on the plain count.
    expect(keys(runOne(lengthRatioCheck, 'a'.repeat(100), '합니다.'.repeat(6)))).toEqual(['length-ratio:short']);
  });

  it('reads Korean headline style (noun endings, …, no full stop) and gives it a 4σ short bound', () => {
    expect(headlineStyle('[라디오 논평] 산지 쌀값 18만 원 선 붕괴…농민·야당 “법 개정만이 해법”')).toBe(true);
    expect(headlineStyle('수출 6개월째 감소…반도체 부진 여파')).toBe(true);
    expect(headlineStyle('정부는 쌀 20만t을 추가로 사들인다.')).toBe(false);
    expect(headlineStyle('정부, 쌀 20만t 추가 매입')).toBe(true);
    expect(headlineStyle('농민들은 “해법은 법 개정”이라고 말했습니다.')).toBe(false);
    expect(headlineStyle('그는 “다 끝났다”고 했다')).toBe(false);
    const en = 'a'.repeat(250);
    // 30 % of the source: short for prose, not for a headline-style standfirst.
    expect(keys(runOne(lengthRatioCheck, en, `${'가'.repeat(74)}다.`))).toEqual(['length-ratio:short']);
    expect(runOne(lengthRatioCheck, en, `${'가'.repeat(35)}…${'나'.repeat(39)}`)).toEqual([]);
    // Far shorter (20 %) is short in any style.
    expect(keys(runOne(lengthRatioCheck, en, `${'가'.repeat(24)}…${'나'.repeat(25)}`))).toEqual(['length-ratio:short']);
  });
});
