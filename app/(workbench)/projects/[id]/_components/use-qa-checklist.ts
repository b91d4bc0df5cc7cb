'use client';
// The QA checklist's state for <QaChecklist>: the entries loaded from the server, saving a new list
// (the server validates it and names a bad entry), and the JSON file export and import.
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { call, type CallOptions, type CallResult } from '@/app/_components/api-client/client';
import { useErrorText } from '@/app/_components/use-error-text';

export type Entry = CallResult<'getQaChecklist'>['entries'][number];

export function useQaChecklist(projectId: string) {
  const t = useTranslations('projectSettings');
  const errorText = useErrorText();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('getQaChecklist', { params: { id: projectId } }).then(
      (r) => setEntries(r.entries),
      (err) => setError(errorText(err)),
    );
  }, [projectId, errorText]);

  async function put(next: unknown[]): Promise<boolean> {
    setError(null);
    setStatus(null);
    try {
      // `next` may be an imported file's list: the server validates it and names a bad entry.
      const body = { entries: next } as CallOptions<'putQaChecklist'>['body'];
      setEntries((await call('putQaChecklist', { params: { id: projectId }, body })).entries);
      setStatus(t('checklistSaved'));
      return true;
    } catch (err) {
      setError(errorText(err));
      return false;
    }
  }

  function exportJson() {
    const blob = new Blob([JSON.stringify({ entries }, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'qa-checklist.json';
    a.click();
    URL.revokeObjectURL(a.href);
  }

  async function importJson(file: File) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setError(t('checklistImportInvalid'));
      return;
    }
    const list = Array.isArray(parsed) ? parsed : (parsed as { entries?: unknown } | null)?.entries;
    if (!Array.isArray(list)) {
      setError(t('checklistImportInvalid'));
      return;
    }
    await put(list);
  }

  return { entries, status, error, put, exportJson, importJson };
}
