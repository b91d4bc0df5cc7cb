import { describe, expect, it } from 'vitest';
import { checklistCheck, compileChecklist, validateChecklist } from './checklist';
import { ZChecklist } from './checklist-schema';
import { runDocumentChecks } from './index';
import { ctxFor, seg } from './testing';

const entries = ZChecklist.parse([
  { pattern: '북측', side: 'target', message: 'House style: write 북한, not 북측.', severity: 'error' },
  { pattern: '\\b(?:DPRK|D\\.P\\.R\\.K\\.)', regex: true, side: 'source', message: 'The source uses DPRK: check the house style.' },
  { pattern: 'tbd', side: 'both', message: 'A placeholder is left.' },
]);
const run = (en: string, ko: string) => checklistCheck.run(seg(en, ko), { ...ctxFor(), checklist: compileChecklist(entries) });

describe('project checklist', () => {
  it('flags a segment whose target, source or either side matches an entry, with its message, severity and span', () => {
    const [a] = run('The North said so.', '북측은 그렇게 말했다.');
    expect(a).toMatchObject({
      check: 'checklist',
      severity: 'error',
      message: 'House style: write 북한, not 북측.',
      targetSpan: { start: 0, end: 2 },
    });
    const [b] = run('The DPRK said so.', '북한은 그렇게 말했다.');
    expect(b).toMatchObject({ severity: 'warning', sourceSpan: { start: 4, end: 8 } });
    expect(run('Price TBD.', '가격 미정.').map((i) => i.sourceSpan)).toEqual([{ start: 6, end: 9 }]);
    expect(run('Price.', '가격 tbd.').map((i) => i.targetSpan)).toEqual([{ start: 3, end: 6 }]);
  });
  it('raises nothing when no entry matches, or a pattern matches only the side it does not watch', () => {
    expect(run('The North said so.', '북한은 그렇게 말했다.')).toEqual([]);
    expect(run('Seoul said 북측.', '서울은 말했다.')).toEqual([]);
  });
  it('refuses invalid patterns with a reason and skips them if one is stored', () => {
    const bad = ZChecklist.parse([
      { pattern: '(a', regex: true, side: 'target', message: 'x' },
      { pattern: '(a)\\1', regex: true, side: 'target', message: 'x' },
      { pattern: 'a*', regex: true, side: 'target', message: 'x' },
      { pattern: 'ok', side: 'target', message: 'x' },
    ]);
    expect(validateChecklist(bad).map((b) => b.index)).toEqual([0, 1, 2]);
    expect(validateChecklist(bad)[1]!.reason).toMatch(/Backreferences/);
    expect(compileChecklist(bad)).toHaveLength(1);
  });
  it('runs through runDocumentChecks from the context, and a linear-time engine on hostile text', () => {
    const doc = [seg('The North said so.', '북측은 말했다.')];
    expect(runDocumentChecks(doc, { checklist: entries })[0]!.issues.map((i) => i.check)).toContain('checklist');
    const slow = ZChecklist.parse([{ pattern: '(a+)+$', regex: true, side: 'target', message: 'x' }]);
    // A backtracking engine would never finish (a+)+$ over 30,000 letters: the test timeout catches it.
    expect(checklistCheck.run(seg('x', `${'a'.repeat(30000)}!`), { ...ctxFor(), checklist: compileChecklist(slow) })).toEqual([]);
  });
});
