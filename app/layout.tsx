import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { currentUser } from '@/lib/server/auth/current-user';
import { LanguageSwitcher } from './_components/language-switcher';
import { SignOutButton } from './_components/sign-out-button';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return { title: { default: t('name'), template: `%s · ${t('name')}` }, description: t('tagline') };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t, user] = await Promise.all([getLocale(), getTranslations('app'), currentUser()]);
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <a className="skip-link" href="#main">{t('skipToContent')}</a>
          <header className="topbar">
            <Link className="brand" href="/">{t('name')}</Link>
            <span className="spacer" />
            <nav aria-label={t('name')}>
              {user && <Link href="/projects">{t('projects')}</Link>}
              {user && <Link href="/account">{t('account')}</Link>}
              <LanguageSwitcher current={locale} />
              {user && <span className="muted">{user.name}</span>}
              {user && <SignOutButton />}
            </nav>
          </header>
          <main id="main">{children}</main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
