'use client';
// The header's user menu: account, theme (light, dark, as the system: a cookie the root layout reads,
// applied at once here), interface language (the NEXT_LOCALE cookie), sign out.
import { LogOut, Monitor, Moon, Sun, UserRound } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { parseTheme, themeAttribute, themeCookie, type Theme } from '@/lib/ui/theme';
import { call } from '../api-client/client';
import { Button, DropdownMenu, MenuItem, MenuLabel, MenuRadioGroup, MenuSeparator } from '../ui';
import { useShell } from './shell-context';

export function applyTheme(theme: Theme) {
  document.cookie = themeCookie(theme);
  const attr = themeAttribute(theme);
  if (attr) document.documentElement.dataset.theme = attr;
  else delete document.documentElement.dataset.theme;
}

export function UserMenu({ initialTheme }: { initialTheme: Theme }) {
  const t = useTranslations('shell');
  const tApp = useTranslations('app');
  const locale = useLocale();
  const router = useRouter();
  const { user } = useShell();
  const [theme, setTheme] = useState<Theme>(initialTheme);
  const [, start] = useTransition();
  const ThemeIcon = theme === 'dark' ? Moon : theme === 'light' ? Sun : Monitor;
  return (
    <DropdownMenu
      label={t('userMenu', { name: user.name })}
      trigger={
        <Button variant="ghost" size="sm" className="user-menu-trigger" aria-label={t('userMenu', { name: user.name })}>
          <UserRound size={16} aria-hidden="true" />
          <span className="user-name">{user.name}</span>
          <ThemeIcon size={14} aria-hidden="true" className="muted-icon" />
        </Button>
      }
    >
      <MenuLabel>
        {user.name} · {user.email}
      </MenuLabel>
      <MenuItem asChild>
        <Link href="/account" className="ui-menu-item">
          <span className="ui-menu-icon" aria-hidden="true">
            <UserRound size={14} />
          </span>
          {tApp('account')}
        </Link>
      </MenuItem>
      <MenuSeparator />
      <MenuLabel>{t('theme')}</MenuLabel>
      <MenuRadioGroup
        label={t('theme')}
        value={theme}
        onValueChange={(v) => {
          const next = parseTheme(v);
          setTheme(next);
          applyTheme(next);
        }}
        options={[
          { value: 'light', label: t('themeLight') },
          { value: 'dark', label: t('themeDark') },
          { value: 'system', label: t('themeSystem') },
        ]}
      />
      <MenuSeparator />
      <MenuLabel>{tApp('language')}</MenuLabel>
      <MenuRadioGroup
        label={tApp('language')}
        value={locale}
        onValueChange={(v) => {
          document.cookie = `NEXT_LOCALE=${v === 'ko' ? 'ko' : 'en'}; path=/; max-age=31536000; samesite=lax`;
          start(() => router.refresh());
        }}
        options={[
          { value: 'en', label: <span lang="en">English</span> },
          { value: 'ko', label: <span lang="ko">한국어</span> },
        ]}
      />
      <MenuSeparator />
      <MenuItem
        icon={<LogOut size={14} />}
        onSelect={async () => {
          await call('signOut').catch(() => {}); // signed out either way: on to the sign-in page
          // A full load: nothing of the signed-out session may stay in the client's memory.
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- see above
          window.location.href = '/sign-in';
        }}
      >
        {tApp('signOut')}
      </MenuItem>
    </DropdownMenu>
  );
}
