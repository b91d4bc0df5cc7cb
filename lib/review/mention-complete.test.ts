import { describe, expect, it } from 'vitest';
import { applyMention, matchMembers, mentionQueryAt } from './mention-complete';
import { parseMentions } from './user-mentions';

const members = [
  { id: 'a', name: 'Kim Min-ji', email: 'minji@example.test' },
  { id: 'b', name: '이서연', email: 'seoyeon@example.test' },
  { id: 'c', name: 'Demo Reviewer', email: 'reviewer@demo.test' },
  { id: 'd', name: 'Kang', email: 'kang@example.test' },
];

describe('mention completion', () => {
  it('finds the mention being typed at the caret', () => {
    expect(mentionQueryAt('Please check @Ki', 16)).toEqual({ start: 13, query: 'Ki' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQueryAt('cc @Kim Min', 11)).toEqual({ start: 3, query: 'Kim Min' });
    expect(mentionQueryAt('(@이서', 4)).toEqual({ start: 1, query: '이서' });
    expect(mentionQueryAt('mail me at a@b', 14)).toBeNull(); // an address, not a mention
    expect(mentionQueryAt('@Kim Min ji and more', 20)).toBeNull(); // typed past the name
    expect(mentionQueryAt('@Kim\nnext', 9)).toBeNull();
    expect(mentionQueryAt('no at sign', 5)).toBeNull();
  });

  it('matches names by any word, then emails; Korean too', () => {
    expect(matchMembers(members, 'k').map((m) => m.id)).toEqual(['d', 'a']);
    expect(matchMembers(members, 'min').map((m) => m.id)).toEqual(['a']);
    expect(matchMembers(members, '이').map((m) => m.id)).toEqual(['b']);
    expect(matchMembers(members, 'seoy').map((m) => m.id)).toEqual(['b']);
    expect(matchMembers(members, '').length).toBe(4);
    expect(matchMembers(members, 'zzz')).toEqual([]);
  });

  it('puts the member in, with a space, and the result parses as that mention', () => {
    const text = 'Please check @Ki and reply';
    const q = mentionQueryAt(text, 16)!;
    const out = applyMention(text, q, 16, members[0]!);
    expect(out).toEqual({ text: 'Please check @Kim Min-ji and reply', caret: 25 });
    expect(parseMentions(out.text, members).map((m) => m.userId)).toEqual(['a']);
    expect(applyMention('@', { start: 0, query: '' }, 1, members[1]!)).toEqual({ text: '@이서연 ', caret: 5 });
  });
});
