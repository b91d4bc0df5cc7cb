'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { call } from '../_components/api-client/client';
import { useErrorText } from '../_components/use-error-text';

export function SignInForm() {
  const t = useTranslations('signIn');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorText = useErrorText();
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        setBusy(true);
        setError(null);
        try {
          await call('signIn', { body: { email: form.get('email') as string, password: form.get('password') as string } });
          // Back where the person came from (an invite link), only ever a path on this site.
          const next = new URLSearchParams(window.location.search).get('next') ?? '';
          window.location.href = /^\/(?![/\\])/.test(next) ? next : '/projects';
        } catch (err) {
          setError(errorText(err));
          setBusy(false);
        }
      }}
    >
      <div className="field">
        <label htmlFor="email">{t('email')}</label>
        <input id="email" name="email" type="email" autoComplete="username" required style={{ width: '100%' }} />
      </div>
      <div className="field">
        <label htmlFor="password">{t('password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required style={{ width: '100%' }} />
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
