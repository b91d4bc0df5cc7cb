import { describe, expect, it } from 'vitest';
import { textToDoc } from '../editor/doc';
import { blockingSegments, bodySegments, buildSnapshot, creditsFrom, frontMatter, slugify, uniqueSlug } from './snapshot';

const seg = (
  position: number,
  state: 'EMPTY' | 'DRAFT' | 'TRANSLATED' | 'APPROVED' | 'REJECTED',
  extra: Partial<{ kind: string; doNotTranslate: boolean; target: string }> = {},
) => ({
  position,
  kind: extra.kind ?? 'paragraph',
  level: extra.kind === 'heading' ? 1 : null,
  source: textToDoc(`Source ${position + 1}`),
  target: extra.target ? textToDoc(extra.target) : null,
  state,
  doNotTranslate: extra.doNotTranslate ?? false,
});

describe('slugify', () => {
  it('makes an ASCII slug from a title', () => {
    expect(slugify('Seoul and Pyongyang Test the Waters')).toBe('seoul-and-pyongyang-test-the-waters');
    expect(slugify("Kim's Café — «Déjà vu»!")).toBe('kims-cafe-deja-vu');
    expect(slugify('오늘의 한반도')).toBe('edition');
    expect(slugify('<script>alert(1)</script>')).toBe('script-alert-1-script');
    expect(slugify('a'.repeat(30) + ' ' + 'b'.repeat(40)).length).toBeLessThanOrEqual(60);
    expect(slugify('word '.repeat(30))).toMatch(/^word(-word)*$/);
  });
  it('finds the first free suffix', () => {
    expect(uniqueSlug('a', new Set())).toBe('a');
    expect(uniqueSlug('a', new Set(['a', 'a-2']))).toBe('a-3');
  });
});

describe('blockingSegments', () => {
  it('lists translatable segments that are not approved, by number, skipping do-not-translate ones', () => {
    const b = blockingSegments([seg(2, 'DRAFT'), seg(0, 'APPROVED'), seg(1, 'EMPTY', { doNotTranslate: true }), seg(3, 'REJECTED')]);
    expect(b.map((x) => [x.segment, x.state])).toEqual([
      [3, 'DRAFT'],
      [4, 'REJECTED'],
    ]);
  });
});

describe('creditsFrom', () => {
  const users = new Map([
    ['t', { name: 'Tina', role: 'TRANSLATOR' }],
    ['r', { name: 'Rhee', role: 'REVIEWER' }],
    ['o', { name: 'Olga', role: 'OWNER' }],
  ]);
  const at = (n: number) => new Date(2026, 0, 1, 0, 0, n);
  it('credits savers as translators, approvers and acting reviewers as reviewers, in order of first contribution', () => {
    const c = creditsFrom(
      [
        { userId: 'o', action: 'save', state: 'APPROVED', createdAt: at(5) },
        { userId: 't', action: 'confirm', state: 'TRANSLATED', createdAt: at(1) },
        { userId: 'r', action: 'save', state: 'TRANSLATED', createdAt: at(3) },
        { userId: 't', action: 'save', state: 'DRAFT', createdAt: at(2) },
        { userId: null, action: 'mt', state: 'DRAFT', createdAt: at(0) },
        { userId: 'o', action: 'approve', state: 'APPROVED', createdAt: at(6) },
      ],
      users,
    );
    expect(c).toEqual({ translators: ['Tina'], reviewers: ['Rhee', 'Olga'] });
  });
});

describe('buildSnapshot', () => {
  const base = {
    documentId: 'd',
    documentTitle: 'Doc',
    sourceLang: 'en',
    targetLang: 'ko',
    names: [],
    credits: { translators: [], reviewers: [] },
    publishedBy: 'O',
  };
  it('takes the title from a first heading, in both languages, and leaves it out of the body', () => {
    const s = buildSnapshot({
      ...base,
      segments: [seg(0, 'APPROVED', { kind: 'heading', target: '제목' }), seg(1, 'APPROVED', { target: '본문' })],
    });
    expect(s.title).toEqual({ source: 'Source 1', target: '제목' });
    expect(bodySegments(s).map((x) => x.n)).toEqual([2]);
  });
  it('falls back to the document title; do-not-translate segments are published with their English alone', () => {
    const s = buildSnapshot({
      ...base,
      segments: [
        { ...seg(0, 'APPROVED', { target: '하나' }), source: textToDoc('A sentence, not a title.') },
        seg(1, 'EMPTY', { doNotTranslate: true, target: 'kept' }),
        seg(2, 'DRAFT'),
      ],
    });
    expect(s.title).toEqual({ source: 'Doc', target: 'Doc' });
    expect(s.titleSegment).toBeNull();
    expect(s.segments.map((x) => [x.n, x.segment])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(s.segments[1]!.target).toBeNull();
    expect(s.segments[2]!.target).toBeNull();
    expect(s).not.toHaveProperty('overrideReason');
  });
});

describe('frontMatter: the title, subtitle and what they take out of the body', () => {
  it('takes a first line that reads like a title (plain text has no headings)', () => {
    expect(frontMatter([{ kind: 'paragraph', source: textToDoc('Korean Peninsula A to Z'), target: null }], 'file.en').title).toEqual({
      source: 'Korean Peninsula A to Z',
      target: 'Korean Peninsula A to Z',
    });
    expect(frontMatter([{ kind: 'paragraph', source: textToDoc('Kwon spoke.'), target: null }], 'Doc').titleIndex).toBeNull();
  });
  const doc = (t: string) => textToDoc(t);
  const published = [
    { kind: 'paragraph', source: doc('Korean Peninsula A to Z'), target: doc('한반도 A to Z') },
    { kind: 'paragraph', source: doc('Korea, Today and Tomorrow'), target: doc('한국, 오늘과 내일') },
    { kind: 'paragraph', source: doc('N. Korea Sends Dialogue Signals'), target: doc('북한, 대화 신호') },
  ];
  it('uses a leading segment that the owner names as title and subtitle, with its Korean', () => {
    const f = frontMatter(published, 'korean-peninsula-a-to-z.en', {
      title: { source: 'Korean Peninsula A to Z' },
      subtitle: { source: 'korea, today and  tomorrow' },
    });
    expect(f).toEqual({
      title: { source: 'Korean Peninsula A to Z', target: '한반도 A to Z' },
      subtitle: { source: 'korea, today and  tomorrow', target: '한국, 오늘과 내일' },
      titleIndex: 0,
      subtitleIndex: 1,
    });
  });
  it("keeps the owner's Korean, and a title that repeats no segment leaves the body whole", () => {
    const f = frontMatter(published, 'x', { title: { source: 'An A to Z of Korea', target: '한국 가나다' } });
    expect(f.title).toEqual({ source: 'An A to Z of Korea', target: '한국 가나다' });
    expect([f.titleIndex, f.subtitleIndex, f.subtitle]).toEqual([null, null, null]);
  });
  it('an edition built with them leaves both out of the body and keeps the editor note', () => {
    const s = buildSnapshot({
      documentId: 'd',
      documentTitle: 'Korean Peninsula A to Z',
      sourceLang: 'en',
      targetLang: 'ko',
      names: [],
      credits: { translators: [], reviewers: [] },
      publishedBy: 'O',
      segments: published.map((p, i) => ({ ...p, position: i, level: null, state: 'APPROVED' as const, doNotTranslate: false })),
      subtitle: { source: 'Korea, Today and Tomorrow' },
      editorNote: '  A note.  ',
    });
    expect(bodySegments(s).map((x) => x.n)).toEqual([3]);
    expect(s.editorNote).toBe('A note.');
    expect(
      buildSnapshot({
        ...s,
        segments: [],
        documentTitle: 'D',
        credits: { translators: [], reviewers: [] },
        publishedBy: 'O',
        editorNote: '   ',
      }).editorNote,
    ).toBeNull();
  });
});
