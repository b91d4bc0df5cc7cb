'use client';
// Invites (owners): invite an email address with a role; the one-time link is shown once, to copy and
// send (the workbench sends no email); pending invites can be revoked. The link is valid for 7 days.
import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ApiError } from '@/app/_components/api';
import { call } from '@/app/_components/api-client/client';
import { useErrorText } from '@/app/_components/use-error-text';
import type { TInvite } from '@/lib/server/invites/invites';
import { EmailRoleForm } from './email-role-form';

const ROLES = ['TRANSLATOR', 'REVIEWER', 'OWNER'] as const;

export function Invites({ projectId, invites }: { projectId: string; invites: TInvite[] }) {
  const t = useTranslations('invites');
  const tr = useTranslations('roles');
  const format = useFormatter();
  const router = useRouter();
  const [link, setLink] = useState<{ url: string; email: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const errorText = useErrorText();
  const fail = (err: unknown) => setError(err instanceof ApiError && err.status === 400 ? t('badEmail') : errorText(err));

  return (
    <section aria-labelledby="invites-title" className="card" style={{ marginTop: '1rem' }}>
      <h3 id="invites-title" style={{ marginTop: 0 }}>
        {t('title')}
      </h3>
      <p className="muted small">{t('help')}</p>
      <EmailRoleForm
        idPrefix="invite"
        roles={ROLES}
        emailLabel={t('email')}
        roleLabel={t('role')}
        submitLabel={t('create')}
        onSubmit={(body, form) => {
          setError(null);
          setCopied(false);
          call('createInvite', { params: { id: projectId }, body }).then((r) => {
            setLink({ url: `${window.location.origin}${r.path}`, email: r.invite.email });
            form.reset();
            router.refresh();
          }, fail);
        }}
      />
      {link && (
        <div role="status" data-testid="invite-link">
          <p>{t('linkFor', { email: link.email })}</p>
          <div className="invite-link">
            <input readOnly value={link.url} aria-label={t('linkLabel')} onFocus={(e) => e.currentTarget.select()} />
            <button
              type="button"
              className="secondary small"
              onClick={() =>
                navigator.clipboard?.writeText(link.url).then(
                  () => setCopied(true),
                  () => {},
                )
              }
            >
              {copied ? t('copied') : t('copy')}
            </button>
          </div>
          <p className="muted small">{t('linkOnce')}</p>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <h4>{t('pending')}</h4>
      {invites.length === 0 ? (
        <p className="muted small">{t('none')}</p>
      ) : (
        <ul className="list" data-testid="pending-invites">
          {invites.map((i) => (
            <li key={i.id} className="row" style={{ justifyContent: 'space-between' }}>
              <span>
                {i.email} · {tr(i.role)} ·{' '}
                <span className="muted small">
                  {t('expires', { when: format.dateTime(new Date(i.expiresAt), { dateStyle: 'medium' }) })}
                </span>
              </span>
              <button
                type="button"
                className="danger small"
                aria-label={t('revokeFor', { email: i.email })}
                onClick={() => call('revokeInvite', { params: { id: projectId, inviteId: i.id } }).then(() => router.refresh(), fail)}
              >
                {t('revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
