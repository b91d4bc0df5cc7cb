'use client';
// Using an invite link: signed in, one button joins the project; signed out, the person sets a name
// and a password (at least 8 characters) for the invited address, joins and is signed in.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { call } from '@/app/_components/api-client/client';
import { useErrorText } from '@/app/_components/use-error-text';

export function InviteForm({ token, mode, project, email }: { token: string; mode: 'join' | 'create'; project: string; email?: string }) {
  const t = useTranslations('invite');
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        setBusy(true);
        setError(null);
        try {
          const body = mode === 'join' ? { token } : { token, name: data.get('name') as string, password: data.get('password') as string };
          // The route answers with a Response of its own (it sets the session cookie): its body is { projectId, user }.
          const { projectId } = (await call('acceptInvite', { body })) as { projectId: string };
          // A full load, so every server component renders with the new session cookie.
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- see above
          window.location.href = `/projects/${projectId}`;
        } catch (err) {
          setError(errorText(err));
          setBusy(false);
        }
      }}
    >
      {mode === 'create' && (
        <>
          <div className="field">
            <label htmlFor="invite-account-email">{t('email')}</label>
            <input id="invite-account-email" type="email" value={email} readOnly autoComplete="username" style={{ width: '100%' }} />
          </div>
          <div className="field">
            <label htmlFor="invite-name">{t('name')}</label>
            <input id="invite-name" name="name" required maxLength={100} autoComplete="name" style={{ width: '100%' }} />
          </div>
          <div className="field">
            <label htmlFor="invite-password">{t('password')}</label>
            <input
              id="invite-password"
              name="password"
              type="password"
              required
              minLength={8}
              maxLength={1024}
              autoComplete="new-password"
              aria-describedby="invite-password-help"
              style={{ width: '100%' }}
            />
            <p id="invite-password-help" className="muted small">
              {t('passwordHelp', { n: 8 })}
            </p>
          </div>
        </>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {mode === 'join' ? t('join', { project }) : t('createAndJoin')}
      </button>
    </form>
  );
}
