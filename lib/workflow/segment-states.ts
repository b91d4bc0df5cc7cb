// Segment states as ordered data (Weblate's StringState idea): EMPTY 0 < DRAFT 10 < TRANSLATED 20 <
// APPROVED 30; REJECTED sits beside TRANSLATED (it went back to the translator).

export const SEGMENT_STATES = ['EMPTY', 'DRAFT', 'TRANSLATED', 'APPROVED', 'REJECTED'] as const;
export type SegmentState = (typeof SEGMENT_STATES)[number];

export const STATE_ORDER: Record<SegmentState, number> = {
  EMPTY: 0,
  DRAFT: 10,
  REJECTED: 15,
  TRANSLATED: 20,
  APPROVED: 30,
};

export const ORIGINS = ['HUMAN', 'TM', 'MT', 'ALIGNED'] as const;
export type Origin = (typeof ORIGINS)[number];

export const ROLES = ['OWNER', 'TRANSLATOR', 'REVIEWER'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Which target states each role may set through a plain segment write (PATCH).
 * Approving and rejecting have their own decisions (review), so only owners may set APPROVED/REJECTED here.
 */
export const WRITABLE_STATES: Record<Role, readonly SegmentState[]> = {
  OWNER: SEGMENT_STATES,
  TRANSLATOR: ['EMPTY', 'DRAFT', 'TRANSLATED'],
  REVIEWER: ['EMPTY', 'DRAFT', 'TRANSLATED'],
};

export function canSetState(role: Role, from: SegmentState, to: SegmentState): boolean {
  if (!WRITABLE_STATES[role].includes(to)) return false;
  // An approved segment is read-only for translators until a reviewer or owner reopens it.
  if (from === 'APPROVED' && role === 'TRANSLATOR') return false;
  return true;
}

/** The state a write should end in when the caller does not name one. */
export function impliedState(from: SegmentState, targetText: string): SegmentState {
  if (targetText.trim() === '') return 'EMPTY';
  if (from === 'EMPTY') return 'DRAFT';
  return from;
}

export function isDone(state: SegmentState): boolean {
  return STATE_ORDER[state] >= STATE_ORDER.TRANSLATED && state !== 'REJECTED';
}
