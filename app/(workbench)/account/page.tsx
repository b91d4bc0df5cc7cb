import { getTranslations } from 'next-intl/server';
import { Card } from '@/app/_components/ui';
import { listApiTokens } from '@/lib/server/auth/api-tokens';
import { requireUser } from '@/lib/server/auth/current-user';
import { Tokens } from './tokens';

export default async function AccountPage() {
  const user = await requireUser();
  const t = await getTranslations('account');
  return (
    <>
      <h1>{t('title')}</h1>
      <Card>
        <p style={{ margin: 0 }}>
          <strong>{user.name}</strong> <span className="muted">{user.email}</span>
        </p>
      </Card>
      <Card title={t('tokens')}>
        <p className="muted">{t('tokensHelp')}</p>
        <Tokens initial={await listApiTokens(user)} />
      </Card>
    </>
  );
}
