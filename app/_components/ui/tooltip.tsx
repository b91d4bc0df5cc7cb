'use client';
import { Tooltip as T } from 'radix-ui';
import type { ReactNode } from 'react';

/** One provider near the root (the shell has it), so tooltips share their open delay. */
export function TooltipProvider({ children }: { children: ReactNode }) {
  return <T.Provider delayDuration={400}>{children}</T.Provider>;
}

/** A short hint on hover and keyboard focus. Not for essential information (touch has no hover). */
export function Tooltip({
  content,
  children,
  side = 'bottom',
}: {
  content: ReactNode;
  children: ReactNode;
  side?: 'top' | 'bottom' | 'left' | 'right';
}) {
  return (
    <T.Root>
      <T.Trigger asChild>{children}</T.Trigger>
      <T.Portal>
        <T.Content className="ui-tooltip" side={side} sideOffset={6}>
          {content}
          <T.Arrow className="ui-tooltip-arrow" />
        </T.Content>
      </T.Portal>
    </T.Root>
  );
}
