import 'server-only';
import { pickLocale, type Locale } from '../../ui/i18n/locales';
import { readCookie } from '../auth/authenticate';

/** The language for messages: ?lang= when given, else the UI language cookie, else Accept-Language. */
export function requestLocale(req: Request, explicit?: Locale): Locale {
  return explicit ?? pickLocale(readCookie(req.headers.get('cookie'), 'NEXT_LOCALE') ?? undefined, req.headers.get('accept-language'));
}
