import { describe, expect, it } from 'vitest';
import { mentionedMembers, parseMentions } from './user-mentions';

const members = [
  { id: 'u1', name: 'Kim Min-ji', email: 'minji@example.test' },
  { id: 'u2', name: 'Kim', email: 'kim@example.test' },
  { id: 'u3', name: '이서연', email: 'seoyeon@example.test' },
];

describe('parseMentions', () => {
  it('finds names (longest first) and emails', () => {
    expect(mentionedMembers('@Kim Min-ji please check; cc @kim@example.test and @이서연.', members)).toEqual([
      { id: 'u1', name: 'Kim Min-ji' },
      { id: 'u2', name: 'Kim' },
      { id: 'u3', name: '이서연' },
    ]);
  });
  it('is case-insensitive and reports positions', () => {
    expect(parseMentions('hi @KIM MIN-JI', members)).toEqual([{ userId: 'u1', name: 'Kim Min-ji', start: 3, end: 14 }]);
  });
  it('ignores email addresses in prose, unknown names and longer words', () => {
    expect(parseMentions('write to a@kim.test or @Kimberly or @nobody', members)).toEqual([]);
  });
  it('lists each member once', () => {
    expect(mentionedMembers('@Kim, @kim and @Kim', members)).toEqual([{ id: 'u2', name: 'Kim' }]);
  });
  it('does not take a name that continues into a longer word', () => {
    expect(parseMentions('@이서연님', members)).toEqual([]);
  });
});
