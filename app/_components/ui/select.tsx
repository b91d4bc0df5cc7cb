'use client';
import { Check, ChevronDown } from 'lucide-react';
import { Select as S } from 'radix-ui';
import { pageNonce } from '../style-nonce';

export interface SelectOption {
  value: string;
  label: string;
  lang?: string;
}

export interface SelectProps {
  value: string;
  onValueChange: (value: string) => void;
  options: SelectOption[];
  /** The accessible name (a visible <label> can point at `id` instead). */
  label?: string;
  id?: string;
  name?: string;
  disabled?: boolean;
  placeholder?: string;
  className?: string;
}

/** A styled single choice (listbox). Radix Select needs non-empty values: map "none" to a token like "-". */
export function Select({ value, onValueChange, options, label, id, name, disabled, placeholder, className }: SelectProps) {
  return (
    <S.Root value={value} onValueChange={onValueChange} name={name} disabled={disabled}>
      <S.Trigger id={id} className={`ui-select ${className ?? ''}`} aria-label={label}>
        <S.Value placeholder={placeholder} />
        <S.Icon className="ui-select-icon">
          <ChevronDown size={14} aria-hidden="true" />
        </S.Icon>
      </S.Trigger>
      <S.Portal>
        <S.Content className="ui-select-content" position="popper" sideOffset={4} collisionPadding={8}>
          <S.Viewport nonce={pageNonce()}>
            {options.map((o) => (
              <S.Item key={o.value} value={o.value} className="ui-select-item" lang={o.lang}>
                <S.ItemText>{o.label}</S.ItemText>
                <S.ItemIndicator className="ui-select-check">
                  <Check size={14} aria-hidden="true" />
                </S.ItemIndicator>
              </S.Item>
            ))}
          </S.Viewport>
        </S.Content>
      </S.Portal>
    </S.Root>
  );
}
