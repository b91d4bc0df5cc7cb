// The quality bar on real text: the clean reference translation of the fixture raises (almost) no
// issues, and seeded errors are caught by the check meant to catch them.
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, runDocumentChecks } from './index';
import { applySeededError, fixtureSegments } from './fixtures/load-fixture';
import { FIXTURE_TERMS, SEEDED_ERRORS } from './fixtures/seeded-errors';
import { VARIANT_RENDERINGS } from './fixtures/variant-renderings';

// Scores whole-document runs one variant at a time: ~25 s on the slower 2-core CI machine, beside
// the browser tests; the default 30 s leaves no margin.
const SCORING_TIMEOUT = 120_000;

const clean = fixtureSegments();

describe('QA on the Korean Peninsula A to Z fixture', () => {
  it('has all 21 paragraphs translated', () => {
    expect(clean).toHaveLength(21);
    expect(clean.every((s) => /[가-힣]/.test(s.targetText))).toBe(true);
    expect(clean[6]!.targetText).toContain('권정근');
  });

  it('raises at most one false alarm per 20 segments on the clean translation', () => {
    const issues = runDocumentChecks(clean, { terms: FIXTURE_TERMS }).flatMap((r) =>
      r.issues.map((i) => `${r.segmentId} ${i.key}: ${i.message}`),
    );
    if (issues.length) console.log('false alarms on clean text:\n' + issues.join('\n'));
    expect(issues.length).toBeLessThanOrEqual(Math.floor(clean.length / 20));
  });

  it('raises no issues on equally correct variant renderings', () => {
    const doc = clean.map((s) => ({ ...s }));
    for (const v of VARIANT_RENDERINGS) doc[v.paragraph]!.targetText = v.target;
    const issues = runDocumentChecks(doc, { terms: FIXTURE_TERMS }).flatMap((r) =>
      r.issues.map((i) => `${r.segmentId} ${i.key}: ${i.message}`),
    );
    expect(issues).toEqual([]);
  });

  it('lists 30 seeded errors, each for a known check', () => {
    expect(SEEDED_ERRORS).toHaveLength(30);
    expect(new Set(SEEDED_ERRORS.map((e) => e.id)).size).toBe(30);
    for (const e of SEEDED_ERRORS) expect(CHECK_IDS).toContain(e.expectedCheck);
  });

  it('catches at least 28 of the 30 seeded errors with the expected check', { timeout: SCORING_TIMEOUT }, () => {
    const missed: string[] = [];
    for (const e of SEEDED_ERRORS) {
      const { segments, faultyId } = applySeededError(clean, e);
      const result = runDocumentChecks(segments, { terms: FIXTURE_TERMS });
      const issues = result.find((r) => r.segmentId === faultyId)!.issues;
      if (!issues.some((i) => i.check === e.expectedCheck)) {
        missed.push(`${e.id} (${e.expectedCheck}): got ${issues.map((i) => i.key).join(', ') || 'nothing'}`);
      }
    }
    console.log(`seeded errors caught: ${SEEDED_ERRORS.length - missed.length}/${SEEDED_ERRORS.length}`);
    if (missed.length) console.log('missed:\n' + missed.join('\n'));
    expect(SEEDED_ERRORS.length - missed.length).toBeGreaterThanOrEqual(28);
  });

  it('reports seeded errors in Korean when asked', () => {
    const e = SEEDED_ERRORS.find((x) => x.id === 'particle-topic')!;
    const { segments, faultyId } = applySeededError(clean, e);
    const r = runDocumentChecks(segments, { terms: FIXTURE_TERMS, options: { locale: 'ko' } });
    const msg = r.find((x) => x.segmentId === faultyId)!.issues[0]!.message;
    expect(msg).toContain('권정근은');
    expect(msg).toMatch(/조사/);
  });
});
