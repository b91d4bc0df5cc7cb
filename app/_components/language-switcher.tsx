'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';

export function LanguageSwitcher({ current }: { current: string }) {
  const t = useTranslations('app');
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <label className="row" style={{ margin: 0 }}>
      <span className="muted">{t('language')}</span>
      <select
        aria-label={t('language')}
        value={current}
        disabled={pending}
        onChange={(e) => {
          document.cookie = `NEXT_LOCALE=${e.target.value}; path=/; max-age=31536000; samesite=lax`;
          start(() => router.refresh());
        }}
      >
        <option value="en" lang="en">
          English
        </option>
        <option value="ko" lang="ko">
          한국어
        </option>
      </select>
    </label>
  );
}
