'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { api, ApiError } from '@/app/_components/api';

export function NewDocumentForm({ projectId }: { projectId: string }) {
  const t = useTranslations('project');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <details className="card">
      <summary>{t('newDocument')}</summary>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          setBusy(true);
          setError(null);
          try {
            const doc = await api<{ id: string }>(`/api/v1/projects/${projectId}/documents`, {
              body: { title: data.get('title'), content: data.get('content') },
            });
            router.push(`/documents/${doc.id}`);
          } catch (err) {
            setError(err instanceof ApiError ? err.message : String(err));
            setBusy(false);
          }
        }}
      >
        <div className="field">
          <label htmlFor="doc-title">{t('title')}</label>
          <input id="doc-title" name="title" required maxLength={300} style={{ width: '100%' }} />
        </div>
        <div className="field">
          <label htmlFor="doc-content">{t('content')}</label>
          <textarea id="doc-content" name="content" required lang="en" />
        </div>
        {error && <p className="error" role="alert">{error}</p>}
        <button type="submit" disabled={busy}>{t('importSubmit')}</button>
      </form>
    </details>
  );
}
