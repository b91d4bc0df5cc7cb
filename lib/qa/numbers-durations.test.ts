import { describe, expect, it } from 'vitest';
import { numbersCheck } from './numbers';
import { swappedDurations } from './numbers-durations';
import { keys, runOne } from './testing';

const SRC = 'The largest single loss was 1.2 billion won, taken from a retired doctor in Busan in 11 transfers over nine days.';

describe('swappedDurations', () => {
  it('flags a duration whose number the English gives another noun (11일 동안 9차례 for 11 transfers over nine days)', () => {
    expect(swappedDurations(SRC, '부산의 은퇴한 의사가 11일 동안 9차례에 걸쳐 송금한 돈이었다.')).toEqual([
      { text: '11일', start: 12, end: 15, want: 9 },
    ]);
    expect(swappedDurations('They met 3 times in two weeks.', '그들은 3주 만에 두 차례 만났다.').map((s) => s.text)).toEqual(['3주']);
  });
  it('leaves right durations, dates, other units and durations the English does not count alone', () => {
    expect(swappedDurations(SRC, '부산의 은퇴한 의사가 9일 동안 11차례에 걸쳐 송금한 돈이었다.')).toEqual([]);
    // A date is no duration; the unit written another way (14 days → 2주) is not a swap.
    expect(swappedDurations('On the 11th, after nine days of talks', '11일, 9일간의 협상 끝에')).toEqual([]);
    expect(swappedDurations('The 14-day quarantine for 2 visitors', '방문객 2명의 2주 동안의 격리')).toEqual([]);
    // A number the English does not give elsewhere: a plain wrong number, the numbers check's.
    expect(swappedDurations('over nine days', '11일 동안')).toEqual([]);
    // Both durations there: 3 years and 6 months.
    expect(swappedDurations('He was jailed for three years and six months.', '징역 3년 6개월 동안 복역했다')).toEqual([]);
  });
  it('is reported by the numbers check', () => {
    expect(keys(runOne(numbersCheck, SRC, '1.2조… 12억 원으로, 부산의 은퇴한 의사가 11일 동안 9차례에 걸쳐 송금한 돈이었다.'))).toContain(
      'numbers:counter:11일',
    );
  });
});
