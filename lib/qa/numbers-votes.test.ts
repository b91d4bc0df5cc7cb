import { describe, expect, it } from 'vitest';
import { numbersCheck } from './numbers';
import { swappedVotes } from './numbers-votes';
import { keys, runOne } from './testing';

const SRC = 'The city council approved the increase on Nov. 20 by 68 votes to 31, with 12 abstentions.';

describe('swappedVotes', () => {
  it('flags a tally whose sides were swapped', () => {
    expect(swappedVotes(SRC, '시의회는 지난달 20일 찬성 31표, 반대 68표, 기권 12표로 인상안을 통과시켰다.')).toMatchObject({
      text: '찬성 31표',
      yes: 68,
      no: 31,
    });
    expect(swappedVotes('The bill passed 150-120.', '법안은 찬성 120, 반대 150으로 통과됐다.')?.text).toBe('찬성 120');
    expect(swappedVotes('The motion was defeated by 200 votes to 150.', '동의안은 찬성 200표, 반대 150표로 부결됐다.')?.text).toBe(
      '찬성 200표',
    );
    expect(swappedVotes('with 52 in favour and 47 against', '찬성 47명, 반대 52명으로')?.text).toBe('찬성 47명');
  });
  it('leaves a right tally, a tally with no side and other pairs of numbers alone', () => {
    expect(swappedVotes(SRC, '시의회는 지난달 20일 찬성 68표, 반대 31표, 기권 12표로 인상안을 통과시켰다.')).toBeNull();
    expect(swappedVotes('The motion was defeated by 200 votes to 150.', '동의안은 찬성 150표, 반대 200표로 부결됐다.')).toBeNull();
    // The English ties no figure to a side: not judged.
    expect(swappedVotes('The vote was 68 to 31.', '표결 결과는 찬성 31표, 반대 68표였다.')).toBeNull();
    expect(swappedVotes('Support rose from 31% to 68%.', '찬성은 31%에서 68%로 늘고 반대는 줄었다.')).toBeNull();
  });
  it('is reported by the numbers check', () => {
    expect(keys(runOne(numbersCheck, SRC, '시의회는 지난달 20일 찬성 31표, 반대 68표, 기권 12표로 인상안을 통과시켰다.'))).toEqual([
      'numbers:votes:찬성 31표',
    ]);
  });
});
