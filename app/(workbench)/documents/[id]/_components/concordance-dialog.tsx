'use client';
// Concordance (Ctrl+K): searches the project's translation memory (GET /api/v1/projects/:id/tm/search)
// for words in English or Korean, prefilled with the text selected when the shortcut was pressed.
// Each hit shows both sides, its state, origin, author and date; "Insert" puts its Korean into the
// active segment (hits: concordance-hits.tsx). Esc or Close returns the focus (the dialog restores it).
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { call, type CallResult } from '@/app/_components/api-client/client';
import { ConcordanceHits } from './concordance-hits';
import { Modal } from './modal';
import { useLatest } from './use-latest';

export function ConcordanceDialog({
  projectId,
  open,
  initial,
  onClose,
  onInsert,
}: {
  projectId: string;
  open: boolean;
  initial: string;
  onClose: () => void;
  onInsert?: (text: string) => void;
}) {
  const t = useTranslations('tmMatch');
  const te = useTranslations('editor');
  const [q, setQ] = useState(initial);
  const [result, setResult] = useState<CallResult<'searchTm'> | null>(null);
  const [status, setStatus] = useState<'idle' | 'busy' | 'failed'>('idle');
  const input = useRef<HTMLInputElement>(null);

  const search = async (query: string) => {
    if (query.trim() === '') return setResult(null);
    setStatus('busy');
    try {
      setResult(await call('searchTm', { params: { id: projectId }, query: { q: query, limit: 20 } }));
      setStatus('idle');
    } catch {
      setStatus('failed');
    }
  };

  useEffect(() => {
    if (!open) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- each opening starts from its own query
    setQ(initial);
    setResult(null);
    void search(initial);
    setTimeout(() => input.current?.select(), 0);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, initial]);

  return (
    <Modal open={open} title={t('concordanceTitle')} onClose={onClose} testId="concordance-dialog" className="concordance">
      <form
        role="search"
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void search(q);
        }}
      >
        <label className="grow">
          <span className="sr-only">{t('query')}</span>
          <input
            ref={input}
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder={t('query')}
            aria-label={t('query')}
            maxLength={500}
          />
        </label>
        <button type="submit">{t('search')}</button>
      </form>
      <p className="muted small" role="status" aria-live="polite">
        {status === 'busy' ? t('searching') : status === 'failed' ? t('failed') : result ? t('results', { total: result.total }) : ''}
      </p>
      {result && result.units.length > 0 && <ConcordanceHits units={result.units} onInsert={onInsert} onClose={onClose} />}
      <button type="button" onClick={onClose}>
        {te('close')}
      </button>
    </Modal>
  );
}

/**
 * Ctrl/⌘+K anywhere in the editor (caught before the segment editor's keymap) opens the concordance
 * with the selected text, from the source or the target, prefilled. Returns the opener (for the side
 * panel's button) and the dialog to render.
 */
export function useConcordance(projectId: string | undefined, onInsert: (text: string) => void) {
  const [state, setState] = useState<{ open: boolean; initial: string }>({ open: false, initial: '' });
  const openWith = (text?: string) =>
    setState({ open: true, initial: (text ?? window.getSelection()?.toString() ?? '').replace(/\s+/g, ' ').trim().slice(0, 500) });
  const opener = useLatest(openWith);
  useEffect(() => {
    if (!projectId) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.code === 'KeyK') {
        e.preventDefault();
        e.stopPropagation();
        opener.current();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [projectId, opener]);
  const dialog = projectId ? (
    <ConcordanceDialog
      projectId={projectId}
      open={state.open}
      initial={state.initial}
      onInsert={onInsert}
      onClose={() => setState((s) => ({ ...s, open: false }))}
    />
  ) : null;
  return { open: projectId ? () => opener.current() : undefined, dialog };
}
