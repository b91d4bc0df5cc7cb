'use client';
import { Check, Minus } from 'lucide-react';
import { Checkbox as C } from 'radix-ui';
import { useId, type ReactNode } from 'react';

export interface CheckboxProps {
  checked: boolean | 'indeterminate';
  onCheckedChange: (checked: boolean) => void;
  label: ReactNode;
  id?: string;
  name?: string;
  disabled?: boolean;
}

/** A styled checkbox with its label (role=checkbox, Space toggles). Plain <input type=checkbox> is styled too (globals.css). */
export function Checkbox({ checked, onCheckedChange, label, id, name, disabled }: CheckboxProps) {
  const auto = useId();
  const cid = id ?? auto;
  return (
    <span className="ui-check">
      <C.Root
        id={cid}
        name={name}
        className="ui-checkbox"
        checked={checked}
        disabled={disabled}
        onCheckedChange={(c) => onCheckedChange(c === true)}
      >
        <C.Indicator className="ui-checkbox-mark">{checked === 'indeterminate' ? <Minus size={12} /> : <Check size={12} />}</C.Indicator>
      </C.Root>
      <label htmlFor={cid}>{label}</label>
    </span>
  );
}
