import { describe, expect, it } from 'vitest';
import { commentRecipients, excerpt, EXCERPT_MAX, rejectionRecipient, replyRecipients } from './recipients';

const members = [
  { id: 'rev', name: 'Park Ji-won', email: 'park@example.test' },
  { id: 'tr', name: '김민지', email: 'kim@example.test' },
  { id: 'own', name: 'Owner', email: 'owner@example.test' },
];

describe('notification recipients', () => {
  it('tells each mentioned member once, never the author', () => {
    expect(commentRecipients('@김민지 please check, cc @Owner and @김민지 again; @Park Ji-won', members, 'rev')).toEqual([
      { userId: 'tr', kind: 'mention' },
      { userId: 'own', kind: 'mention' },
    ]);
    expect(commentRecipients('no mentions, mail a@b.c', members, 'rev')).toEqual([]);
  });

  it('a reply tells the thread participants who are members, a mention winning over a reply', () => {
    expect(replyRecipients('Fixed. @Owner', members, 'tr', ['rev', 'tr', 'own', 'gone', 'rev'])).toEqual([
      { userId: 'own', kind: 'mention' },
      { userId: 'rev', kind: 'reply' },
    ]);
  });

  it('a rejection tells the last translator who is not the reviewer', () => {
    const ids = new Set(['tr', 'rev', 'own']);
    expect(
      rejectionRecipient(
        [
          { action: 'confirm', userId: 'tr' },
          { action: 'save', userId: 'tr' },
        ],
        'rev',
        ids,
      ),
    ).toEqual({ userId: 'tr', kind: 'rejection' });
    // The reviewer's own edit and earlier decisions are skipped; an import has no translator.
    expect(
      rejectionRecipient(
        [
          { action: 'save', userId: 'rev' },
          { action: 'reopen', userId: 'own' },
          { action: 'save', userId: 'tr' },
        ],
        'rev',
        ids,
      ),
    ).toEqual({ userId: 'tr', kind: 'rejection' });
    expect(rejectionRecipient([{ action: 'import', userId: 'own' }], 'rev', ids)).toBeNull();
    expect(rejectionRecipient([{ action: 'save', userId: 'former' }], 'rev', ids)).toBeNull();
    expect(rejectionRecipient([{ action: 'mt', userId: null }], 'rev', ids)).toBeNull();
  });

  it('keeps a short one-line excerpt', () => {
    expect(excerpt('  two\n lines ')).toBe('two lines');
    const long = excerpt('가'.repeat(500));
    expect(long).toHaveLength(EXCERPT_MAX);
    expect(long.endsWith('…')).toBe(true);
  });
});
