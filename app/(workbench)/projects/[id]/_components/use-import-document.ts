'use client';
// The import form's state: send a file or pasted text, then keep the result (segments, detected names)
// so the owner can confirm the names.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { call, type CallResult } from '@/app/_components/api-client/client';
import { useErrorText } from '@/app/_components/use-error-text';

export type ImportResult = CallResult<'createDocument'>;
export type DetectedName = ImportResult['detectedNames'][number];

export function useImportDocument(projectId: string) {
  const ti = useTranslations('import');
  const te = useTranslations('errors');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const router = useRouter();
  const errorText = useErrorText();

  async function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const file = data.get('file');
    // A chosen file goes up as it is (an empty one gets the server's "empty file"); with neither a
    // file nor pasted text there is nothing to send.
    const chosen = file instanceof File && file.name !== '';
    if (!chosen && !String(data.get('content') ?? '').trim()) {
      setError(te('choose_file'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      let body: FormData | { title: string; content: string };
      if (chosen) {
        body = new FormData();
        body.set('file', file);
        if (String(data.get('title') ?? '').trim()) body.set('title', String(data.get('title')));
      } else {
        body = { title: (data.get('title') as string | null) || ti('untitled'), content: (data.get('content') as string | null) ?? '' };
      }
      setResult(await call('createDocument', { params: { id: projectId }, body }));
      form.reset();
      router.refresh();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  /** Marks a detected name as confirmed in the shown result (after the server took it). */
  function markConfirmed(termId: string, target?: string) {
    setResult(
      (r) =>
        r && {
          ...r,
          detectedNames: r.detectedNames.map((n) => (n.termId === termId ? { ...n, target: target ?? n.target, status: 'CONFIRMED' } : n)),
        },
    );
  }

  async function confirm(name: DetectedName) {
    try {
      await call('updateTerm', { params: { id: name.termId }, body: { status: 'CONFIRMED' } });
      markConfirmed(name.termId);
    } catch (err) {
      setError(errorText(err));
    }
  }

  return { error, busy, result, submit, confirm, markConfirmed };
}
