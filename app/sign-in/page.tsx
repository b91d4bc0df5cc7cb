import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/server/auth/current-user';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDemoMode } from '@/lib/server/system/demo';
import { SignInForm } from './sign-in-form';

export async function generateMetadata() {
  return { title: (await getTranslations('signIn'))('title') };
}

export default async function SignInPage() {
  if (await currentUser()) redirect('/projects');
  const t = await getTranslations('signIn');
  const demo = isDemoMode();
  return (
    <div className="auth-box card">
      <h1>{t('title')}</h1>
      <SignInForm />
      {demo && (
        <div className="muted" style={{ marginTop: '1rem' }}>
          <p>{t('demoAccounts', { password: DEMO_PASSWORD })}</p>
          <ul>
            {DEMO_ACCOUNTS.map((a) => (
              <li key={a.email}>
                <code>{a.email}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
