'use client';
// The glossary page's state: the terms, the search and kind filter, and the error/notice of the last action.
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { call } from '@/app/_components/api-client/client';
import { useErrorText } from '@/app/_components/use-error-text';
import type { TTerm } from '@/lib/server/presenters/term';

export const KINDS = ['NAME', 'TERM', 'DO_NOT_TRANSLATE'] as const;
export type TermKind = (typeof KINDS)[number];

/** The fields of a term form (new entry or edit row). */
export function termFields(form: HTMLFormElement) {
  const d = new FormData(form);
  return {
    source: String(d.get('source') ?? ''),
    target: String(d.get('target') ?? ''),
    kind: String(d.get('kind') ?? 'TERM') as TermKind,
    note: String(d.get('note') ?? ''),
    caseSensitive: d.get('caseSensitive') === 'on',
  };
}

export function useGlossary(projectId: string, initial: TTerm[]) {
  const t = useTranslations('glossary');
  const errorText = useErrorText();
  const [terms, setTerms] = useState(initial);
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const shown = useMemo(() => {
    const needle = q.trim().toLocaleLowerCase();
    return terms.filter(
      (x) => (!kind || x.kind === kind) && (!needle || [x.source, x.target, x.note].some((f) => f.toLocaleLowerCase().includes(needle))),
    );
  }, [terms, q, kind]);

  async function run<T>(fn: () => Promise<T>): Promise<T | undefined> {
    setError(null);
    setNotice(null);
    try {
      return await fn();
    } catch (err) {
      setError(errorText(err));
      return undefined;
    }
  }

  const replace = (term: TTerm) => setTerms((ts) => ts.map((x) => (x.id === term.id ? term : x)));

  async function importFile(file: File) {
    await run(async () => {
      const body = new FormData();
      body.set('file', file);
      setNotice(t('importDone', await call('importTerms', { params: { id: projectId }, body })));
      const r = await call('listTerms', { params: { id: projectId } });
      setTerms(r.terms);
    });
  }

  async function create(form: HTMLFormElement) {
    const created = await run(() => call('createTerm', { params: { id: projectId }, body: termFields(form) }));
    if (created) setTerms((ts) => [...ts, created]);
    return !!created;
  }

  async function update(id: string, body: ReturnType<typeof termFields> | { status: 'CONFIRMED' | 'REJECTED' }) {
    const updated = await run(() => call('updateTerm', { params: { id }, body }));
    if (updated) replace(updated);
    return !!updated;
  }

  async function remove(term: TTerm) {
    if (!window.confirm(t('confirmDelete', { source: term.source }))) return;
    const ok = await run(() => call('deleteTerm', { params: { id: term.id } }));
    if (ok) setTerms((ts) => ts.filter((x) => x.id !== term.id));
  }

  return { shown, q, setQ, kind, setKind, error, notice, importFile, create, update, remove, setTerms };
}
