import { describe, expect, it } from 'vitest';
import { textToDoc } from '../editor/doc';
import { blockingSegments, bodySegments, buildSnapshot, creditsFrom, slugify, uniqueSlug } from './snapshot';

const seg = (position: number, state: 'EMPTY' | 'DRAFT' | 'TRANSLATED' | 'APPROVED' | 'REJECTED', extra: Partial<{ kind: string; doNotTranslate: boolean; target: string }> = {}) => ({
  position, kind: extra.kind ?? 'paragraph', level: extra.kind === 'heading' ? 1 : null, source: textToDoc(`Source ${position + 1}`),
  target: extra.target ? textToDoc(extra.target) : null, state, doNotTranslate: extra.doNotTranslate ?? false,
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
    expect(b.map((x) => [x.segment, x.state])).toEqual([[3, 'DRAFT'], [4, 'REJECTED']]);
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
    const c = creditsFrom([
      { userId: 'o', action: 'save', state: 'APPROVED', createdAt: at(5) },
      { userId: 't', action: 'confirm', state: 'TRANSLATED', createdAt: at(1) },
      { userId: 'r', action: 'save', state: 'TRANSLATED', createdAt: at(3) },
      { userId: 't', action: 'save', state: 'DRAFT', createdAt: at(2) },
      { userId: null, action: 'mt', state: 'DRAFT', createdAt: at(0) },
      { userId: 'o', action: 'approve', state: 'APPROVED', createdAt: at(6) },
    ], users);
    expect(c).toEqual({ translators: ['Tina'], reviewers: ['Rhee', 'Olga'] });
  });
});

describe('buildSnapshot', () => {
  const base = { documentId: 'd', documentTitle: 'Doc', sourceLang: 'en', targetLang: 'ko', names: [], credits: { translators: [], reviewers: [] }, publishedBy: 'O', overrideReason: null };
  it('takes the title from a first heading, in both languages, and leaves it out of the body', () => {
    const s = buildSnapshot({ ...base, segments: [seg(0, 'APPROVED', { kind: 'heading', target: '제목' }), seg(1, 'APPROVED', { target: '본문' })] });
    expect(s.title).toEqual({ source: 'Source 1', target: '제목' });
    expect(bodySegments(s).map((x) => x.n)).toEqual([2]);
  });
  it('falls back to the document title, and numbers only published segments', () => {
    const s = buildSnapshot({ ...base, segments: [seg(0, 'APPROVED', { target: '하나' }), seg(1, 'EMPTY', { doNotTranslate: true }), seg(2, 'DRAFT')] });
    expect(s.title).toEqual({ source: 'Doc', target: 'Doc' });
    expect(s.titleSegment).toBeNull();
    expect(s.segments.map((x) => [x.n, x.segment])).toEqual([[1, 1], [2, 3]]);
    expect(s.segments[1]!.target).toBeNull();
  });
});
