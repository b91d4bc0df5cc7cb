'use client';
import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { buttonClass, type ButtonVariant } from './button';
import { Tooltip } from './tooltip';

export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  /** The accessible name, also shown as the tooltip. */
  label: string;
  icon: ReactNode;
  variant?: ButtonVariant;
  /** Leave out the tooltip (e.g. inside a trigger that already has one). */
  noTooltip?: boolean;
}

/** A square button with only an icon: the label is its accessible name and its tooltip. */
export const IconButton = forwardRef<HTMLButtonElement, IconButtonProps>(function IconButton(
  { label, icon, variant = 'ghost', noTooltip, className, type, ...rest },
  ref,
) {
  const button = (
    <button
      ref={ref}
      type={type ?? 'button'}
      aria-label={label}
      className={buttonClass(variant, 'sm', `ui-icon-btn ${className ?? ''}`)}
      {...rest}
    >
      <span aria-hidden="true">{icon}</span>
    </button>
  );
  return noTooltip ? button : <Tooltip content={label}>{button}</Tooltip>;
});
