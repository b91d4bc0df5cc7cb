'use client';
import { Check } from 'lucide-react';
import { DropdownMenu as M } from 'radix-ui';
import type { ReactNode } from 'react';

/** A menu of actions on a trigger: arrow keys, typeahead, Escape; items are buttons or links (asChild). */
export function DropdownMenu({
  trigger,
  children,
  align = 'end',
  label,
}: {
  trigger: ReactNode;
  children: ReactNode;
  align?: 'start' | 'end';
  label?: string;
}) {
  return (
    <M.Root>
      <M.Trigger asChild>{trigger}</M.Trigger>
      <M.Portal>
        <M.Content className="ui-menu" align={align} sideOffset={6} collisionPadding={8} aria-label={label}>
          {children}
        </M.Content>
      </M.Portal>
    </M.Root>
  );
}

export function MenuItem({
  children,
  onSelect,
  asChild,
  icon,
}: {
  children: ReactNode;
  onSelect?: (e: Event) => void;
  asChild?: boolean;
  icon?: ReactNode;
}) {
  return (
    <M.Item className="ui-menu-item" onSelect={onSelect} asChild={asChild}>
      {asChild ? (
        children
      ) : (
        <span className="ui-menu-row">
          {icon && (
            <span className="ui-menu-icon" aria-hidden="true">
              {icon}
            </span>
          )}
          {children}
        </span>
      )}
    </M.Item>
  );
}

export function MenuLabel({ children }: { children: ReactNode }) {
  return <M.Label className="ui-menu-label">{children}</M.Label>;
}

export function MenuSeparator() {
  return <M.Separator className="ui-menu-sep" />;
}

/** A group of exclusive choices (e.g. theme) with a check on the chosen one. */
export function MenuRadioGroup({
  label,
  value,
  onValueChange,
  options,
}: {
  label: string;
  value: string;
  onValueChange: (v: string) => void;
  options: { value: string; label: ReactNode }[];
}) {
  return (
    <M.RadioGroup value={value} onValueChange={onValueChange} aria-label={label}>
      {options.map((o) => (
        <M.RadioItem key={o.value} value={o.value} className="ui-menu-item ui-menu-radio">
          <span className="ui-menu-icon" aria-hidden="true">
            <M.ItemIndicator>
              <Check size={14} />
            </M.ItemIndicator>
          </span>
          {o.label}
        </M.RadioItem>
      ))}
    </M.RadioGroup>
  );
}
