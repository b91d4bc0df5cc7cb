'use client';
import { X } from 'lucide-react';
import { Toast as T } from 'radix-ui';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type ToastTone = 'info' | 'success' | 'error';
interface ToastItem {
  id: number;
  title: string;
  description?: string;
  tone: ToastTone;
}
type Show = (t: { title: string; description?: string; tone?: ToastTone }) => void;

const ToastContext = createContext<Show>(() => {});

/** `const toast = useToast(); toast({ title: t('saved'), tone: 'success' })` anywhere under the shell. */
export function useToast(): Show {
  return useContext(ToastContext);
}

/** Mounted once by the shell: announces toasts politely (errors assertively), bottom right, 5 s each. */
export function ToastProvider({ children, closeLabel, regionLabel }: { children: ReactNode; closeLabel: string; regionLabel: string }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const show = useCallback<Show>(({ title, description, tone = 'info' }) => {
    setItems((xs) => [...xs.slice(-3), { id: Date.now() + Math.random(), title, description, tone }]);
  }, []);
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      <T.Provider duration={5000} label={regionLabel}>
        {children}
        {items.map((it) => (
          <T.Root
            key={it.id}
            className={`ui-toast ui-toast-${it.tone}`}
            type={it.tone === 'error' ? 'foreground' : 'background'}
            onOpenChange={(open) => {
              if (!open) setItems((xs) => xs.filter((x) => x.id !== it.id));
            }}
          >
            <T.Title className="ui-toast-title">{it.title}</T.Title>
            {it.description && <T.Description className="ui-toast-desc">{it.description}</T.Description>}
            <T.Close className="ui-btn ui-btn-ghost ui-btn-sm ui-icon-btn" aria-label={closeLabel}>
              <X size={14} aria-hidden="true" />
            </T.Close>
          </T.Root>
        ))}
        <T.Viewport className="ui-toast-viewport" label={regionLabel} />
      </T.Provider>
    </ToastContext.Provider>
  );
}
