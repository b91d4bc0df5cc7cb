'use client';
import { useTranslations } from 'next-intl';

export function SignOutButton() {
  const t = useTranslations('app');
  return (
    <button
      className="secondary"
      onClick={async () => {
        await fetch('/api/v1/auth/session', { method: 'DELETE' });
        window.location.href = '/sign-in';
      }}
    >
      {t('signOut')}
    </button>
  );
}
