import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { cookies, headers } from 'next/headers';
import Link from 'next/link';
import { currentUser } from '@/lib/server/auth/current-user';
import { publicEditionLanguage } from '@/lib/server/editions/get-edition';
import { parseTheme, THEME_COOKIE, themeAttribute } from '@/lib/ui/theme';
import { LanguageSwitcher } from './_components/language-switcher';
import { StyleNonce } from './_components/style-nonce';
import { AppShell } from './_components/shell/app-shell';
import './styles/tokens.css';
import './_components/ui/ui.css';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return { title: { default: t('name'), template: `%s · ${t('name')}` }, description: t('tagline') };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Public editions (/e/…, flagged by proxy.ts): the edition's own language and no workbench chrome.
  const editionSlug = (await headers()).get('x-wb-public-edition');
  if (editionSlug !== null) {
    const lang =
      (await Promise.resolve()
        .then(() => publicEditionLanguage(decodeURIComponent(editionSlug)))
        .catch(() => null)) ?? 'en';
    // The edition keeps its own light page (data-theme="light": the workbench's dark theme is not its look).
    return (
      <html lang={lang} data-theme="light">
        <body className="public-edition">
          <main id="main">{children}</main>
        </body>
      </html>
    );
  }
  const [locale, t, user, jar] = await Promise.all([getLocale(), getTranslations('app'), currentUser(), cookies()]);
  // The theme comes from a cookie read here, so the first paint has it (no inline script under the CSP).
  const theme = parseTheme(jar.get(THEME_COOKIE)?.value);
  const tShell = await getTranslations('shell');
  return (
    <html lang={locale} data-theme={themeAttribute(theme)}>
      <body>
        <StyleNonce />
        <NextIntlClientProvider>
          <a className="skip-link" href="#main">
            {t('skipToContent')}
          </a>
          {user ? (
            <AppShell
              user={{ id: user.id, name: user.name, email: user.email }}
              theme={theme}
              brand={t('name')}
              closeLabel={tShell('close')}
              toastsLabel={tShell('toasts')}
            >
              {children}
            </AppShell>
          ) : (
            <>
              <header className="topbar">
                <Link className="brand" href="/">
                  {t('name')}
                </Link>
                <span className="spacer" />
                <LanguageSwitcher current={locale} />
              </header>
              <main id="main">{children}</main>
            </>
          )}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
