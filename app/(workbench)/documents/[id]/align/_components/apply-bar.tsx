'use client';
// The last step: apply as draft (or translated, for an owner), the question when segments already
// have human work, errors, and the result.
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { ApplyState, useAlignment } from './use-alignment';

type Alignment = ReturnType<typeof useAlignment>;

export function ApplyBar({ a, documentId, isOwner }: { a: Alignment; documentId: string; isOwner: boolean }) {
  const t = useTranslations('align');
  const ts = useTranslations('states');
  return (
    <>
      <div className="align-card align-apply">
        <label htmlFor="align-state">{t('applyAs')}</label>
        <select id="align-state" value={a.state} onChange={(e) => a.setState(e.target.value as ApplyState)}>
          <option value="DRAFT">{ts('DRAFT')}</option>
          {isOwner && <option value="TRANSLATED">{ts('TRANSLATED')}</option>}
        </select>
        <button type="button" disabled={a.busy} onClick={() => a.apply(false)}>
          {a.busy ? t('applying') : t('apply')}
        </button>
        <button type="button" className="secondary" onClick={a.startOver}>
          {t('startOver')}
        </button>
      </div>
      {a.conflict && (
        <div className="align-card align-conflict" role="alertdialog" aria-label={t('humanConflict')}>
          <p>{t('humanConflict')}</p>
          <ul>
            {a.conflict.map((c) => (
              <li key={c.segmentId}>
                {c.position + 1}. <span lang="ko">{c.targetText}</span>
              </li>
            ))}
          </ul>
          <div className="row">
            <button type="button" className="danger" onClick={() => a.apply(true)}>
              {t('replaceAnyway')}
            </button>
            <button
              type="button"
              onClick={() =>
                a.apply(
                  false,
                  a.conflict!.map((c) => c.position),
                )
              }
            >
              {t('skipThose')}
            </button>
          </div>
        </div>
      )}
      {a.error && (
        <p className="error" role="alert">
          {a.error}
        </p>
      )}
      {a.done !== null && (
        <p role="status" className="align-card">
          {t('applied', { count: a.done })} <Link href={`/documents/${documentId}`}>{t('backToEditor')}</Link>
        </p>
      )}
    </>
  );
}
