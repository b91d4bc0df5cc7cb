'use client';
import { X } from 'lucide-react';
import { Dialog as D } from 'radix-ui';
import type { ReactNode } from 'react';

export interface DialogProps {
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The element that opens it (rendered asChild), if the dialog is not controlled from elsewhere. */
  trigger?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  /** The close button's accessible name (translated by the caller). */
  closeLabel: string;
  wide?: boolean;
  className?: string;
  children: ReactNode;
}

/** A modal dialog: focus trapped inside, Escape and the close button close it, focus returns to the trigger. */
export function Dialog({ open, onOpenChange, trigger, title, description, closeLabel, wide, className, children }: DialogProps) {
  return (
    <D.Root open={open} onOpenChange={onOpenChange}>
      {trigger && <D.Trigger asChild>{trigger}</D.Trigger>}
      <D.Portal>
        <D.Overlay className="ui-overlay" />
        <D.Content className={`ui-dialog${wide ? ' ui-dialog-wide' : ''} ${className ?? ''}`}>
          <div className="ui-dialog-head">
            <D.Title className="ui-dialog-title">{title}</D.Title>
            <D.Close className="ui-btn ui-btn-ghost ui-btn-sm ui-icon-btn" aria-label={closeLabel}>
              <X size={16} aria-hidden="true" />
            </D.Close>
          </div>
          {description ? (
            <D.Description className="ui-dialog-desc">{description}</D.Description>
          ) : (
            <D.Description className="sr-only">{title}</D.Description>
          )}
          {children}
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}

export const DialogClose = D.Close;
