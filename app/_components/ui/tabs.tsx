'use client';
import { Tabs as T } from 'radix-ui';
import type { ReactNode } from 'react';

export interface TabDef {
  value: string;
  label: ReactNode;
  content: ReactNode;
}

/**
 * Tabs with arrow-key navigation. Controlled (value + onValueChange) or not (defaultValue).
 * Inactive panels are unmounted; `keepMounted` keeps them (hidden) so forms keep what was typed.
 */
export function Tabs({
  tabs,
  label,
  value,
  defaultValue,
  onValueChange,
  className,
  keepMounted,
}: {
  tabs: TabDef[];
  label: string;
  value?: string;
  defaultValue?: string;
  onValueChange?: (v: string) => void;
  className?: string;
  keepMounted?: boolean;
}) {
  return (
    <T.Root
      className={`ui-tabs ${className ?? ''}`}
      value={value}
      defaultValue={defaultValue ?? tabs[0]?.value}
      onValueChange={onValueChange}
    >
      <T.List className="ui-tabs-list" aria-label={label}>
        {tabs.map((t) => (
          <T.Trigger key={t.value} value={t.value} className="ui-tab">
            {t.label}
          </T.Trigger>
        ))}
      </T.List>
      {tabs.map((t) => (
        <T.Content key={t.value} value={t.value} className="ui-tab-panel" forceMount={keepMounted || undefined}>
          {t.content}
        </T.Content>
      ))}
    </T.Root>
  );
}
