// The spelling context as plain data for the QA worker (spelling.ts: spellingQueries, snapshotSpelling,
// spellingFromSnapshot): the check asks the verdict of no word the snapshot lacks, and gives the same
// issues from the snapshot as from the live context.
import { describe, expect, it } from 'vitest';
import type { SpellingContext, WordVerdict } from '../spell/types';
import { runDocumentChecks } from './index';
import { snapshotSpelling, spellingFromSnapshot, spellingQueries } from './spelling';
import { round23Segments } from './testing/round23';

// Every word with 받침 ㅁ is "wrong" (with a suggestion): enough refusals to exercise every branch.
const verdictOf = (w: string): WordVerdict =>
  /[멈함감엄]/.test(w) ? { ok: false, suggestions: [w.replace(/[멈함감엄]/g, '마')], rival: true } : { ok: true, suggestions: [] };

function recording(asked: Set<string>): SpellingContext {
  return { known: new Set(['권정근']), verdict: (w) => (asked.add(w), verdictOf(w)) };
}

const TEXTS = ['사과를 한 계단씩 나눠 담았다.', '그는 감자를 세 상자씩 샀고, 함께 먹었다.', '권정근은 “엄청 많다”고 말했다.'];

describe('spelling snapshot', () => {
  it('lists every word the check asks about, the noun before -씩 too', () => {
    const segments = [...TEXTS, ...round23Segments().map((s) => s.targetText)].map((t, i) => ({
      id: `s${i}`,
      sourceText: 'Source.',
      targetText: t,
      state: 'TRANSLATED' as const,
    }));
    const asked = new Set<string>();
    runDocumentChecks(segments, { spelling: recording(asked) });
    const listed = new Set(segments.flatMap((s) => spellingQueries(s.targetText)));
    expect([...asked].filter((w) => !listed.has(w))).toEqual([]);
    expect(spellingQueries('한 계단씩 올랐다')).toContain('계단');
  });

  it('gives the same issues as the live context, and carries the gate and anchor settings', () => {
    const segments = round23Segments().map((s) => ({ ...s, targetText: s.targetText.replace(/다\./g, '다. 감맘함 엄멈.') }));
    const live: SpellingContext = { known: new Set(['권정근']), verdict: verdictOf, precisionGate: false, anchorLevel: 1 };
    const snap = snapshotSpelling(
      live,
      segments.map((s) => s.targetText),
    );
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    const back = spellingFromSnapshot(snap);
    expect(back.precisionGate).toBe(false);
    expect(back.anchorLevel).toBe(1);
    const issues = (ctx: SpellingContext) =>
      runDocumentChecks(segments, { spelling: ctx }).flatMap((r) => r.issues.filter((i) => i.check === 'spelling'));
    const expected = issues(live);
    expect(expected.length).toBeGreaterThan(0);
    expect(issues(back)).toEqual(expected);
  });
});
