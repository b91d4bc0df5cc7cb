// next-intl's request configuration (reads the request's cookie and headers, so it lives in app/,
// not in lib/): the locale and its messages for each server render.
import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { LOCALE_COOKIE, pickLocale } from '@/lib/ui/i18n/locales';

export default getRequestConfig(async () => {
  const [c, h] = await Promise.all([cookies(), headers()]);
  const locale = pickLocale(c.get(LOCALE_COOKIE)?.value, h.get('accept-language'));
  const messages = (await import(`../../lib/ui/i18n/messages/${locale}.json`)).default;
  return { locale, messages };
});
