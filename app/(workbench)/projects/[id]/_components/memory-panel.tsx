'use client';
// The project's translation memory: concordance search, TMX export, and TMX import (owners).
import { Download, Search, Upload } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { call, urlOf, type CallResult } from '@/app/_components/api-client/client';
import { Button, FileInput, Input, useToast } from '@/app/_components/ui';
import { useErrorText } from '@/app/_components/use-error-text';

export function MemoryPanel({ projectId, canImport }: { projectId: string; canImport: boolean }) {
  const t = useTranslations('memory');
  const errorText = useErrorText();
  const toast = useToast();
  const [q, setQ] = useState('');
  const [hits, setHits] = useState<CallResult<'searchTm'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="memory-panel">
      <form
        className="row"
        role="search"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!q.trim()) return;
          setError(null);
          try {
            setHits(await call('searchTm', { params: { id: projectId }, query: { q, limit: 50 } }));
          } catch (err) {
            setError(errorText(err));
          }
        }}
      >
        <Input
          type="search"
          aria-label={t('search')}
          placeholder={t('searchPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          style={{ flex: 1, width: 'auto' }}
        />
        <Button type="submit" variant="secondary">
          <Search size={14} aria-hidden="true" />
          {t('searchSubmit')}
        </Button>
        <Button asChild variant="secondary">
          <a href={urlOf('exportTm', { id: projectId })} download>
            <Download size={14} aria-hidden="true" />
            {t('export')}
          </a>
        </Button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {hits && (
        <>
          <p className="muted" role="status">
            {t('found', { count: hits.total })}
          </p>
          <table className="memory-hits">
            <thead>
              <tr>
                <th scope="col">{t('source')}</th>
                <th scope="col">{t('target')}</th>
              </tr>
            </thead>
            <tbody>
              {hits.units.map((u) => (
                <tr key={u.id}>
                  <td lang="en">{u.source}</td>
                  <td lang="ko">{u.target}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {canImport && (
        <form
          className="memory-import"
          onSubmit={async (e) => {
            e.preventDefault();
            const formEl = e.currentTarget;
            const form = new FormData(formEl);
            const file = form.get('file');
            if (!(file instanceof File) || file.size === 0) return setError(t('chooseFile'));
            setBusy(true);
            setError(null);
            try {
              const r = await call('importTm', { params: { id: projectId }, body: form });
              toast({ title: t('imported', { count: r.imported, duplicates: r.duplicates }), tone: 'success' });
              formEl.reset();
            } catch (err) {
              setError(errorText(err));
            } finally {
              setBusy(false);
            }
          }}
        >
          <h3>{t('importTitle')}</h3>
          <label htmlFor="tm-file">{t('file')}</label>
          <div className="row">
            <FileInput id="tm-file" name="file" accept=".tmx,application/x-tmx+xml,text/xml" style={{ flex: 1, width: 'auto' }} />
            <Button type="submit" disabled={busy}>
              <Upload size={14} aria-hidden="true" />
              {t('import')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
