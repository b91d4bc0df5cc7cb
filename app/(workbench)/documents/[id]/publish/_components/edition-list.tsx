'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { call, urlOf } from '@/app/_components/api-client/client';
import { useErrorText } from '@/app/_components/use-error-text';

interface Edition {
  id: string;
  version: number;
  url: string;
  hidden: boolean;
  overrideReason: string | null;
  title: string | null;
  publishedAt: string;
  publishedBy: string | null;
}

export function EditionList({ editions, canManage }: { editions: Edition[]; canManage: boolean }) {
  const t = useTranslations('publish');
  const errorText = useErrorText();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function setHidden(e: Edition, hidden: boolean) {
    setBusy(e.id);
    setError(null);
    try {
      await call('updateEdition', { params: { id: e.id }, body: { hidden } });
      router.refresh();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(null);
    }
  }

  if (editions.length === 0) return <p className="muted">{t('noEditions')}</p>;
  return (
    <>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ul className="edition-cards" data-testid="editions">
        {editions.map((e) => (
          <li key={e.id} className={e.hidden ? 'edition-card is-hidden' : 'edition-card'}>
            <div className="edition-head">
              <span className="edition-version">{t('version', { version: e.version })}</span>
              {e.hidden ? (
                <span className="badge">{t('hidden')}</span>
              ) : (
                <a href={e.url} className="edition-url">
                  {e.url}
                </a>
              )}
              {canManage && (
                <button className="secondary edition-toggle" disabled={busy === e.id} onClick={() => setHidden(e, !e.hidden)}>
                  {e.hidden ? t('show') : t('unpublish')}
                </button>
              )}
            </div>
            {e.title && <p className="edition-title">{e.title}</p>}
            <p className="muted small" data-time>
              {t('publishedOn', { date: e.publishedAt.slice(0, 10), name: e.publishedBy ?? '—' })}
            </p>
            {e.overrideReason && (
              <p className="muted small">
                {t('overrideNote')}: <span>{e.overrideReason}</span>
              </p>
            )}
            <p className="muted small">{t('membersOnlyFormats')}</p>
            <div className="edition-formats">
              {(['epub', 'pdf', 'docx', 'xliff', 'tmx'] as const).map((f) => (
                <a key={f} href={urlOf('downloadEdition', { id: e.id }, { format: f })}>
                  {f.toUpperCase()}
                </a>
              ))}
              <a href={urlOf('downloadEdition', { id: e.id }, { format: 'md', variant: 'bilingual' })}>MD</a>
              <a href={urlOf('downloadEdition', { id: e.id }, { format: 'md', variant: 'ko' })}>MD (KO)</a>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
