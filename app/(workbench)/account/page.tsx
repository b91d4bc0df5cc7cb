import { getTranslations } from 'next-intl/server';
import { listApiTokens } from '@/lib/server/auth/api-tokens';
import { requireUser } from '@/lib/server/auth/current-user';
import { Tokens } from './tokens';

export default async function AccountPage() {
  const user = await requireUser();
  const t = await getTranslations('account');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>
        {user.name} <span className="muted">{user.email}</span>
      </p>
      <h2>{t('tokens')}</h2>
      <p className="muted">{t('tokensHelp')}</p>
      <Tokens initial={await listApiTokens(user)} />
    </>
  );
}
