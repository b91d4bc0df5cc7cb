'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api, ApiError } from '@/app/_components/api';

interface Published { version: number; slug: string; url: string }

export function PublishForm({ documentId, blocked, nextVersion }: { documentId: string; blocked: boolean; nextVersion: number }) {
  const t = useTranslations('publish');
  const router = useRouter();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Published | null>(null);

  async function publish() {
    setBusy(true);
    setError(null);
    try {
      const body = blocked ? { overrideReason: reason } : {};
      const res = await api<Published>(`/api/v1/documents/${documentId}/editions`, { method: 'POST', body });
      setDone(res);
      setReason('');
      router.refresh();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={(e) => { e.preventDefault(); void publish(); }} aria-labelledby="publish-heading">
      <h2 id="publish-heading" style={{ marginTop: 0 }}>{t('publishVersion', { version: nextVersion })}</h2>
      {blocked && (
        <div className="field">
          <label htmlFor="override-reason">{t('overrideReason')}</label>
          <textarea id="override-reason" value={reason} onChange={(e) => setReason(e.target.value)} required minLength={3} maxLength={1000} aria-describedby="override-help" style={{ minHeight: '4rem' }} />
          <p id="override-help" className="muted">{t('overrideHelp')}</p>
        </div>
      )}
      {error && <p className="error" role="alert">{error}</p>}
      <button type="submit" disabled={busy || (blocked && reason.trim().length < 3)}>
        {busy ? t('publishing') : blocked ? t('publishAnyway') : t('publish')}
      </button>
      {done && (
        <p role="status" style={{ marginTop: '.75rem' }}>
          {t('published', { version: done.version })} <a href={done.url} data-testid="published-link">{done.url}</a>
        </p>
      )}
    </form>
  );
}
