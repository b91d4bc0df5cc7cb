import { describe, expect, it } from 'vitest';
import { TmIndex } from './tm-index';

const units = [
  {
    id: 'u1',
    source: 'The talks resumed on Monday.',
    target: '회담은 월요일에 재개됐다.',
    prevSource: 'Intro.',
    nextSource: 'Outro.',
    createdAt: '2026-01-01T00:00:00Z',
  },
  {
    id: 'u2',
    source: 'The talks resumed on Monday.',
    target: '회담이 월요일 재개.',
    prevSource: 'Other.',
    nextSource: '',
    createdAt: '2026-01-02T00:00:00Z',
  },
  {
    id: 'u3',
    source: 'North Korea fired two missiles into the sea on Sunday morning.',
    target: '북한은 일요일 아침 미사일 두 발을 바다로 발사했다.',
  },
  { id: 'u4', source: 'Completely unrelated sentence about rice prices.', target: '쌀값에 관한 문장.' },
];

describe('TmIndex', () => {
  const index = new TmIndex(units);

  it('finds a context match (101) when the neighbours match too, then the exact one (100)', () => {
    const m = index.lookup('The talks resumed on Monday.', { prev: 'Intro.', next: 'Outro.' });
    expect(m.map((x) => [x.entry.id, x.kind, x.score])).toEqual([
      ['u1', 'context', 101],
      ['u2', 'exact', 100],
    ]);
    expect(m[0]!.diff).toEqual([]);
  });

  it('finds an exact match with other neighbours, newest first', () => {
    const m = index.lookup('the talks resumed on monday.', { prev: 'x' });
    // Case differs: same normalised text, shown as 99 so it is not taken as an exact match.
    expect(m.map((x) => x.score)).toEqual([99, 99]);
    const exact = index.lookup('The talks resumed on Monday.', { prev: 'x' });
    expect(exact.map((x) => [x.entry.id, x.kind, x.score])).toEqual([
      ['u2', 'exact', 100],
      ['u1', 'exact', 100],
    ]);
    expect(index.bestExact('The talks resumed on Monday.', 'Intro.', 'Outro.')?.entry.id).toBe('u1');
    expect(index.bestExact('The talks resumed on Tuesday.')).toBeNull();
  });

  it('finds fuzzy matches at or above 75 % with diff spans, and nothing below', () => {
    // 12 tokens, 2 changed: 83 %.
    const m = index.lookup('North Korea fired three missiles into the sea on Saturday morning.');
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ kind: 'fuzzy', score: 83, entry: { id: 'u3' } });
    expect(m[0]!.diff.filter((d) => d.op !== 'equal')).toEqual([
      { op: 'delete', text: 'two' },
      { op: 'insert', text: 'three' },
      { op: 'delete', text: 'Sunday' },
      { op: 'insert', text: 'Saturday' },
    ]);
    // 4 of 12 changed: 66 % -> no match at the default threshold, one at 60 %.
    const far = 'North Korea launched three rockets into the sea on Saturday morning.';
    expect(index.lookup(far)).toEqual([]);
    expect(index.lookup(far, { minScore: 60 })[0]?.score).toBe(66);
  });

  it('uses exactly 75 % as the threshold', () => {
    const i = new TmIndex([{ id: 'a', source: 'alpha beta gamma delta', target: 'A' }]);
    expect(i.lookup('alpha beta gamma epsilon')[0]?.score).toBe(75);
    expect(i.lookup('alpha beta gamma epsilon zeta')).toEqual([]); // 3/5 = 60 %
  });

  it('searches sources and targets (concordance)', () => {
    expect(index.search('missiles').entries.map((e) => e.id)).toEqual(['u3']);
    expect(
      index
        .search('월요일')
        .entries.map((e) => e.id)
        .sort(),
    ).toEqual(['u1', 'u2']);
    expect(index.search('RICE prices').total).toBe(1);
    expect(index.search('  ').total).toBe(0);
  });

  it('ranks an approved unit above a newer confirmed one at the same score, in lookups and in concordance', () => {
    const idx = new TmIndex([
      {
        id: 'old-approved',
        source: 'Aid shipments resumed.',
        target: '지원 물자 수송이 재개됐다.',
        createdAt: '2026-01-01T00:00:00Z',
        state: 'APPROVED',
      },
      {
        id: 'new-confirmed',
        source: 'Aid shipments resumed.',
        target: '원조 물자 선적이 재개됐다.',
        createdAt: '2026-02-01T00:00:00Z',
        state: 'CONFIRMED',
      },
      {
        id: 'newer-confirmed-fuzzy',
        source: 'Aid shipments resumed today.',
        target: '오늘 원조가 재개됐다.',
        createdAt: '2026-03-01T00:00:00Z',
        state: 'CONFIRMED',
      },
    ]);
    expect(idx.lookup('Aid shipments resumed.', { prev: 'Elsewhere.' }).map((m) => [m.entry.id, m.score])).toEqual([
      ['old-approved', 100],
      ['new-confirmed', 100],
      ['newer-confirmed-fuzzy', 80],
    ]);
    expect(idx.bestExact('Aid shipments resumed.', 'Elsewhere.')?.entry.id).toBe('old-approved');
    expect(idx.search('shipments').entries.map((e) => e.id)).toEqual(['old-approved', 'newer-confirmed-fuzzy', 'new-confirmed']);
    // Between two confirmed units the newest still comes first.
    expect(
      new TmIndex([
        { id: 'a', source: 'X happened.', target: '가', createdAt: '2026-01-01T00:00:00Z', state: 'CONFIRMED' },
        { id: 'b', source: 'X happened.', target: '나', createdAt: '2026-02-01T00:00:00Z', state: 'CONFIRMED' },
      ])
        .lookup('X happened.')
        .map((m) => m.entry.id),
    ).toEqual(['b', 'a']);
  });
});
