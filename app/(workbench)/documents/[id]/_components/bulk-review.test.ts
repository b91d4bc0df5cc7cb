import { describe, expect, it } from 'vitest';
import { codeOfStatus, fromApproveSkips, precheck } from './bulk-review';

const seg = (state: string, targetText = '번역', doNotTranslate = false) => ({ state, targetText, doNotTranslate }) as never;

describe('bulk review prechecks', () => {
  it('reject needs a translation that is not already rejected and is to be translated', () => {
    expect(precheck('reject', seg('TRANSLATED'))).toBeNull();
    expect(precheck('reject', seg('APPROVED'))).toBeNull();
    expect(precheck('reject', seg('DRAFT', '  '))).toBe('empty');
    expect(precheck('reject', seg('REJECTED'))).toBe('already_rejected');
    expect(precheck('reject', seg('TRANSLATED', '번역', true))).toBe('do_not_translate');
  });
  it('reopen applies to approved segments only', () => {
    expect(precheck('reopen', seg('APPROVED'))).toBeNull();
    expect(precheck('reopen', seg('TRANSLATED'))).toBe('not_approved');
  });
  it('maps refused requests to codes', () => {
    expect([409, 403, 404, 400].map(codeOfStatus)).toEqual(['changed', 'forbidden', 'not_found', 'failed']);
  });
  it('turns the bulk approve answer into one entry per segment with its numbered reasons', () => {
    expect(
      fromApproveSkips([
        {
          segmentId: 'x',
          position: 2,
          reasons: [{ code: 'qa_error', check: 'numbers' }, { code: 'qa_error', check: 'numbers' }, { code: 'open_major' }],
        },
        { segmentId: 'y', position: null, reasons: [{ code: 'not_found' }] },
      ]),
    ).toEqual([
      { segmentId: 'x', n: 3, codes: ['qa_error', 'open_major'], detail: 'numbers' },
      { segmentId: 'y', n: null, codes: ['not_found'] },
    ]);
  });
});
