import { describe, expect, it } from 'vitest';
import { buildDashboard, editionScore, weekStart, workKind, type DashboardInput, type DashSegment } from './aggregate';

const d = (iso: string) => new Date(iso);
const seg = (id: string, documentId: string, state: DashSegment['state'], words: number, doNotTranslate = false): DashSegment => ({
  id,
  documentId,
  state,
  sourceText: Array.from({ length: words }, (_, i) => `word${i}`).join(' '),
  doNotTranslate,
});

function input(over: Partial<DashboardInput> = {}): DashboardInput {
  return {
    now: d('2026-12-03T12:00:00Z'), // a Thursday; its week starts on Monday 2026-11-30
    weeks: 4,
    threshold: 95,
    documents: [
      { id: 'd1', title: 'One' },
      { id: 'd2', title: 'Two' },
    ],
    people: [
      { id: 'u1', name: 'Tran' },
      { id: 'u2', name: 'Rev' },
    ],
    segments: [
      seg('s1', 'd1', 'APPROVED', 10),
      seg('s2', 'd1', 'TRANSLATED', 20),
      seg('s3', 'd1', 'EMPTY', 5, true),
      seg('s4', 'd2', 'DRAFT', 7),
    ],
    revisions: [],
    annotations: [],
    qaByCheck: {},
    editions: [],
    ...over,
  };
}

describe('weekStart', () => {
  it('is the Monday of the week, in UTC', () => {
    expect(weekStart(d('2026-12-03T23:59:00Z')).toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(weekStart(d('2026-11-30T00:00:00Z')).toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(weekStart(d('2026-12-06T12:00:00Z')).toISOString()).toBe('2026-11-30T00:00:00.000Z'); // Sunday
  });
});

describe('workKind', () => {
  it('counts human saves that leave a segment translated, and review decisions', () => {
    expect(workKind({ action: 'confirm', state: 'TRANSLATED', userId: 'u' })).toBe('translated');
    expect(workKind({ action: 'save', state: 'DRAFT', userId: 'u' })).toBeNull();
    expect(workKind({ action: 'approve', state: 'APPROVED', userId: 'u' })).toBe('reviewed');
    expect(workKind({ action: 'reject', state: 'REJECTED', userId: 'u' })).toBe('reviewed');
    expect(workKind({ action: 'mt', state: 'DRAFT', userId: null })).toBeNull();
    expect(workKind({ action: 'confirm', state: 'TRANSLATED', userId: null })).toBeNull();
  });
});

describe('buildDashboard', () => {
  it('counts segments per state per document, leaving out "do not translate"', () => {
    const r = buildDashboard(input());
    expect(r.progress[0]).toMatchObject({ documentId: 'd1', total: 2, counts: { APPROVED: 1, TRANSLATED: 1, EMPTY: 0 } });
    expect(r.progress[1]).toMatchObject({ documentId: 'd2', total: 1, counts: { DRAFT: 1 } });
  });

  it('sums the words each person translated and reviewed per week, each segment once per week', () => {
    const r = buildDashboard(
      input({
        revisions: [
          { segmentId: 's1', userId: 'u1', action: 'confirm', state: 'TRANSLATED', createdAt: d('2026-11-24T10:00:00Z') },
          { segmentId: 's1', userId: 'u1', action: 'confirm', state: 'TRANSLATED', createdAt: d('2026-11-25T10:00:00Z') },
          { segmentId: 's2', userId: 'u1', action: 'save', state: 'TRANSLATED', createdAt: d('2026-12-01T10:00:00Z') },
          { segmentId: 's1', userId: 'u2', action: 'approve', state: 'APPROVED', createdAt: d('2026-12-02T10:00:00Z') },
          { segmentId: 's3', userId: 'u1', action: 'confirm', state: 'TRANSLATED', createdAt: d('2026-12-02T10:00:00Z') }, // do not translate
          { segmentId: 's2', userId: 'u1', action: 'confirm', state: 'TRANSLATED', createdAt: d('2026-10-01T10:00:00Z') }, // before the window
        ],
      }),
    );
    expect(r.weeks).toEqual(['2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30']);
    const tran = r.work.find((w) => w.userId === 'u1')!;
    expect(tran.translated).toEqual([0, 0, 10, 20]);
    expect(tran.totalTranslated).toBe(30);
    expect(tran.totalReviewed).toBe(0);
    const rev = r.work.find((w) => w.userId === 'u2')!;
    expect(rev).toMatchObject({ name: 'Rev', reviewed: [0, 0, 0, 10], totalReviewed: 10 });
    expect(r.work[0]!.userId).toBe('u1'); // most words first
  });

  it('lists only categories and checks with something open, most first', () => {
    const a = (segmentId: string, category: 'style' | 'terminology', status: string) => ({
      segmentId,
      category,
      severity: 'minor' as const,
      status,
      statusAt: null,
      createdAt: d('2026-12-01T00:00:00Z'),
    });
    const r = buildDashboard(
      input({
        annotations: [
          a('s1', 'style', 'open'),
          a('s2', 'terminology', 'open'),
          a('s2', 'terminology', 'open'),
          a('s1', 'style', 'resolved'),
        ],
        qaByCheck: { numbers: 2, spelling: 0, terms: 5 },
      }),
    );
    expect(r.openAnnotations).toEqual([
      { category: 'terminology', count: 2 },
      { category: 'style', count: 1 },
    ]);
    expect(r.qaIssues).toEqual([
      { check: 'terms', count: 5 },
      { check: 'numbers', count: 2 },
    ]);
  });
});

describe('editionScore', () => {
  const segments = [seg('a', 'd', 'APPROVED', 100), seg('b', 'd', 'APPROVED', 100)];
  const approved = (id: string, at: string) => ({
    segmentId: id,
    userId: 'r',
    action: 'approve',
    state: 'APPROVED' as const,
    createdAt: d(at),
  });
  const major = (createdAt: string, status = 'open', statusAt: string | null = null) => ({
    segmentId: 'a',
    category: 'style' as const,
    severity: 'major' as const,
    status,
    statusAt: statusAt ? d(statusAt) : null,
    createdAt: d(createdAt),
  });

  it('scores with the annotations and reviewed words of the moment it was published', () => {
    const revisions = [approved('a', '2026-11-01T00:00:00Z'), approved('b', '2026-11-01T00:00:00Z')];
    // Published on 11-02: one major (5 points) over 200 reviewed words → 97.5; the later annotation does not count.
    const r = editionScore(
      d('2026-11-02T00:00:00Z'),
      segments,
      revisions,
      [major('2026-11-01T12:00:00Z'), major('2026-11-03T00:00:00Z')],
      95,
    );
    expect(r).toEqual({ score: 97.5, result: 'pass' });
  });

  it('counts an annotation resolved or deleted after publishing as open then', () => {
    const revisions = [approved('a', '2026-11-01T00:00:00Z'), approved('b', '2026-11-01T00:00:00Z')];
    const anns = [
      major('2026-11-01T12:00:00Z', 'resolved', '2026-11-05T00:00:00Z'),
      major('2026-11-01T12:00:00Z', 'deleted', '2026-11-05T00:00:00Z'),
    ];
    expect(editionScore(d('2026-11-02T00:00:00Z'), segments, revisions, anns, 95).score).toBe(95);
    expect(editionScore(d('2026-11-06T00:00:00Z'), segments, revisions, anns, 95).score).toBe(100);
  });

  it('is "not enough reviewed" when too little was reviewed at the time', () => {
    const revisions = [approved('a', '2026-11-01T00:00:00Z'), approved('b', '2026-11-10T00:00:00Z')];
    expect(editionScore(d('2026-11-02T00:00:00Z'), [...segments, seg('c', 'd', 'EMPTY', 100)], revisions, [], 95).result).toBe(
      'insufficient',
    );
    expect(editionScore(d('2026-11-11T00:00:00Z'), [...segments, seg('c', 'd', 'EMPTY', 100)], revisions, [], 95).result).toBe('pass');
  });
});
