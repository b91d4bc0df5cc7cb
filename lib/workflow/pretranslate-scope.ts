// Which segments pre-translation may fill. Human work is never overwritten: a segment whose
// origin is HUMAN, any segment at TRANSLATED or beyond (TRANSLATED, APPROVED, REJECTED), and
// ALIGNED drafts (an aligned target is a human translation) are out of reach in every scope.
//   empty   (default): EMPTY segments only;
//   machine: also DRAFT segments that came from the memory (TM) or the engine (MT).
import { MACHINE_WRITABLE_STATES } from './segment-rule';
import type { Origin, SegmentState } from './segment-states';

export const PRETRANSLATE_SCOPES = ['empty', 'machine'] as const;
export type PretranslateScope = (typeof PRETRANSLATE_SCOPES)[number];

export interface ScopeSegment {
  state: SegmentState;
  origin: Origin | null;
  doNotTranslate: boolean;
}

export function isPretranslatable(s: ScopeSegment, scope: PretranslateScope): boolean {
  if (s.doNotTranslate) return false;
  if (!MACHINE_WRITABLE_STATES.includes(s.state)) return false; // the segment rule's answer for machine drafts
  if (s.origin === 'HUMAN' || s.origin === 'ALIGNED') return false;
  if (s.state === 'EMPTY') return true;
  return scope === 'machine' && s.state === 'DRAFT' && (s.origin === 'TM' || s.origin === 'MT');
}
