import { describe, expect, it } from 'vitest';
import { canEditSegment, refusedInEveryState, type SegmentChange } from './segment-rule';
import { ROLES, SEGMENT_STATES, type Role, type SegmentState } from './segment-states';

const ON = { reviewersMayEdit: true };
const OFF = { reviewersMayEdit: false };
const ok = (role: Role, state: SegmentState, settings: typeof ON, change: SegmentChange) =>
  canEditSegment(role, state, settings, change).ok;

describe('the segment rule', () => {
  it('keeps approved segments read-only for translators, whatever the write', () => {
    for (const change of [
      { action: 'edit', textChanged: true },
      { action: 'edit', textChanged: false },
      { action: 'edit', textChanged: true, to: 'DRAFT' },
    ] as SegmentChange[]) {
      expect(ok('TRANSLATOR', 'APPROVED', ON, change)).toBe(false);
      expect(ok('OWNER', 'APPROVED', ON, change)).toBe(true);
      expect(ok('REVIEWER', 'APPROVED', ON, change)).toBe(true);
    }
    expect(canEditSegment('TRANSLATOR', 'APPROVED', ON, { action: 'edit', textChanged: true })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('approved'),
    });
  });

  it("honours the owner's reviewer-edit setting for text changes only", () => {
    expect(ok('REVIEWER', 'TRANSLATED', OFF, { action: 'edit', textChanged: true })).toBe(false);
    expect(ok('REVIEWER', 'TRANSLATED', OFF, { action: 'edit', textChanged: false, to: 'DRAFT' })).toBe(true);
    expect(ok('REVIEWER', 'TRANSLATED', ON, { action: 'edit', textChanged: true })).toBe(true);
    expect(ok('TRANSLATOR', 'TRANSLATED', OFF, { action: 'edit', textChanged: true })).toBe(true);
    expect(ok('REVIEWER', 'TRANSLATED', OFF, { action: 'approve' })).toBe(true);
  });

  it('lets a plain write set only the states the role may set (approve and reject are decisions)', () => {
    expect(ok('TRANSLATOR', 'DRAFT', ON, { action: 'edit', textChanged: true, to: 'TRANSLATED' })).toBe(true);
    expect(ok('TRANSLATOR', 'TRANSLATED', ON, { action: 'edit', textChanged: false, to: 'APPROVED' })).toBe(false);
    expect(ok('REVIEWER', 'TRANSLATED', ON, { action: 'edit', textChanged: false, to: 'REJECTED' })).toBe(false);
    expect(ok('OWNER', 'TRANSLATED', ON, { action: 'edit', textChanged: false, to: 'APPROVED' })).toBe(true);
  });

  it('lets pre-translation write only empty segments and drafts, for translators and owners', () => {
    for (const role of ROLES) {
      for (const state of SEGMENT_STATES) {
        expect(ok(role, state, ON, { action: 'pretranslate' }), `${role} ${state}`).toBe(
          role !== 'REVIEWER' && (state === 'EMPTY' || state === 'DRAFT'),
        );
      }
    }
  });

  it('leaves decisions to reviewers and owners', () => {
    for (const action of ['approve', 'reject', 'reopen'] as const) {
      expect(ok('TRANSLATOR', 'TRANSLATED', ON, { action })).toBe(false);
      expect(ok('REVIEWER', 'TRANSLATED', OFF, { action })).toBe(true);
      expect(ok('OWNER', 'APPROVED', ON, { action })).toBe(true);
    }
  });

  it('tells a refusal in every state (the whole request is 403) from a refusal of some segments', () => {
    expect(refusedInEveryState('REVIEWER', OFF, { action: 'edit', textChanged: true })).toMatchObject({ ok: false });
    expect(refusedInEveryState('TRANSLATOR', ON, { action: 'edit', textChanged: true })).toBeNull();
    expect(refusedInEveryState('TRANSLATOR', ON, { action: 'approve' })).toMatchObject({ ok: false });
  });
});
