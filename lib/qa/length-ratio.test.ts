import { describe, expect, it } from 'vitest';
import { loadFixturePairs } from './fixtures/load-fixture';
import { calibrateLengthRatio, LENGTH_RATIO_CALIBRATION, lengthRatioCheck } from './length-ratio';
import { keys, runOne } from './testing';

describe('length-ratio check', () => {
  it('uses the figures calibrated from the clean reference translation', () => {
    const stats = calibrateLengthRatio(loadFixturePairs());
    expect(stats.n).toBe(18);
    expect(stats.logMean).toBeCloseTo(LENGTH_RATIO_CALIBRATION.logMean, 3);
    expect(stats.logStd).toBeCloseTo(LENGTH_RATIO_CALIBRATION.logStd, 3);
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
});
