'use client';
import { Switch as S } from 'radix-ui';
import { useId, type ReactNode } from 'react';

/** An on/off setting that takes effect at once (role=switch). For a choice saved with a form, use Checkbox. */
export function Switch({
  checked,
  onCheckedChange,
  label,
  id,
  disabled,
}: {
  checked: boolean;
  onCheckedChange: (v: boolean) => void;
  label: ReactNode;
  id?: string;
  disabled?: boolean;
}) {
  const auto = useId();
  const sid = id ?? auto;
  return (
    <span className="ui-check">
      <S.Root id={sid} className="ui-switch" checked={checked} disabled={disabled} onCheckedChange={onCheckedChange}>
        <S.Thumb className="ui-switch-thumb" />
      </S.Root>
      <label htmlFor={sid}>{label}</label>
    </span>
  );
}
