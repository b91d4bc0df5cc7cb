'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { call } from '@/app/_components/api-client/client';
import type { TApiToken } from '@/lib/server/auth/api-tokens';
import { useErrorText } from '@/app/_components/use-error-text';
import { DATE_TIME } from '@/lib/ui/i18n/date-time';

export function Tokens({ initial }: { initial: TApiToken[] }) {
  const t = useTranslations('account');
  const errorText = useErrorText();
  const format = useFormatter();
  const [tokens, setTokens] = useState(initial);
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const date = (iso: string) => format.dateTime(new Date(iso), DATE_TIME);

  return (
    <div className="card">
      <form
        className="row"
        style={{ alignItems: 'flex-end' }}
        onSubmit={async (e) => {
          e.preventDefault();
          const form = e.currentTarget;
          setError(null);
          try {
            const created = await call('createToken', { body: { name: new FormData(form).get('name') as string } });
            setSecret(created.token);
            setTokens((ts) => [created, ...ts]);
            form.reset();
          } catch (err) {
            setError(errorText(err));
          }
        }}
      >
        <div className="field">
          <label htmlFor="token-name">{t('tokenName')}</label>
          <input id="token-name" name="name" required maxLength={100} />
        </div>
        <div className="field">
          <button type="submit">{t('createToken')}</button>
        </div>
      </form>
      {secret && (
        <div className="field" role="status">
          <p>{t('newToken')}</p>
          <p className="token-secret" data-testid="new-token">
            {secret}
          </p>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {tokens.length === 0 ? (
        <p className="muted">{t('noTokens')}</p>
      ) : (
        <ul className="list">
          {tokens.map((tk) => (
            <li key={tk.id} className="row" style={{ justifyContent: 'space-between' }}>
              <div>
                <strong>{tk.name}</strong> <code>{tk.prefix}…</code>
                <div className="muted">
                  {t('created', { date: date(tk.createdAt) })} · {tk.lastUsedAt ? t('lastUsed', { date: date(tk.lastUsedAt) }) : t('never')}
                  {tk.revokedAt && (
                    <>
                      {' '}
                      · <strong>{t('revoked')}</strong>
                    </>
                  )}
                </div>
              </div>
              {!tk.revokedAt && (
                <button
                  className="danger"
                  onClick={async () => {
                    const updated = await call('revokeToken', { params: { id: tk.id } });
                    setTokens((ts) => ts.map((x) => (x.id === tk.id ? updated : x)));
                  }}
                >
                  {t('revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
