import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'accent' | 'ok' | 'warning' | 'danger';
export type SegmentStateName = 'EMPTY' | 'DRAFT' | 'TRANSLATED' | 'APPROVED' | 'REJECTED';

/** A small label. `state` colours it as a segment state (tokens --state-*), `tone` otherwise. */
export function Badge({
  children,
  tone = 'neutral',
  state,
  className,
  title,
}: {
  children: ReactNode;
  tone?: BadgeTone;
  state?: SegmentStateName;
  className?: string;
  title?: string;
}) {
  const cls = state ? `ui-badge ui-badge-state s-${state}` : `ui-badge ui-badge-${tone}`;
  return (
    <span className={`${cls} ${className ?? ''}`} title={title}>
      {children}
    </span>
  );
}
