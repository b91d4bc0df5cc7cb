import { describe, expect, it } from 'vitest';
import { canSetState, impliedState, isDone, STATE_ORDER } from './segment-states';

describe('segment states', () => {
  it('are ordered like Weblate states', () => {
    expect(STATE_ORDER.EMPTY).toBeLessThan(STATE_ORDER.DRAFT);
    expect(STATE_ORDER.DRAFT).toBeLessThan(STATE_ORDER.TRANSLATED);
    expect(STATE_ORDER.TRANSLATED).toBeLessThan(STATE_ORDER.APPROVED);
  });

  it('lets translators draft and confirm but not approve', () => {
    expect(canSetState('TRANSLATOR', 'EMPTY', 'DRAFT')).toBe(true);
    expect(canSetState('TRANSLATOR', 'DRAFT', 'TRANSLATED')).toBe(true);
    expect(canSetState('TRANSLATOR', 'TRANSLATED', 'APPROVED')).toBe(false);
    expect(canSetState('TRANSLATOR', 'APPROVED', 'DRAFT')).toBe(false);
    expect(canSetState('OWNER', 'APPROVED', 'DRAFT')).toBe(true);
  });

  it('moves EMPTY to DRAFT on the first edit and back to EMPTY when cleared', () => {
    expect(impliedState('EMPTY', '안녕')).toBe('DRAFT');
    expect(impliedState('TRANSLATED', '안녕')).toBe('TRANSLATED');
    expect(impliedState('DRAFT', '  ')).toBe('EMPTY');
    expect(isDone('TRANSLATED')).toBe(true);
    expect(isDone('REJECTED')).toBe(false);
  });
});
