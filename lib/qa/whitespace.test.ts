import { describe, expect, it } from 'vitest';
import { keys, runOne } from './testing';
import { whitespaceCheck } from './whitespace';

describe('whitespace', () => {
  it('flags leading, trailing and double spaces with their spans', () => {
    const issues = runOne(whitespaceCheck, 'a b', ' 가  나 ');
    expect(keys(issues)).toEqual(['whitespace:leading', 'whitespace:trailing', 'whitespace:double']);
    expect(issues[2]!.targetSpan).toEqual({ start: 2, end: 4 });
    expect(runOne(whitespaceCheck, 'a b', '가 나')).toEqual([]);
  });

  it('allows double spaces the source has too', () => {
    expect(runOne(whitespaceCheck, 'a  b', '가  나')).toEqual([]);
  });
});
