import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { currentUser } from '@/lib/server/auth/current-user';
import { inviteByToken } from '@/lib/server/invites/invites';
import { InviteForm } from './invite-form';

// The page an invite link opens (signed in or not). The token is in the URL: no referrer is sent on.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('invite'))('title'), referrer: 'no-referrer' };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, tr, info, user] = await Promise.all([getTranslations('invite'), getTranslations('roles'), inviteByToken(token), currentUser()]);
  if (!info || info.state !== 'open') {
    return (
      <div className="auth-box card">
        <h1>{t('title')}</h1>
        <p role="alert" data-testid="invite-unusable">
          {t(`state_${info?.state ?? 'unknown'}`)}
        </p>
        <p>
          <Link href={user ? '/projects' : '/sign-in'}>{user ? t('toProjects') : t('signIn')}</Link>
        </p>
      </div>
    );
  }
  const role = tr(info.role);
  return (
    <div className="auth-box card">
      <h1>{t('title')}</h1>
      <p data-testid="invite-summary">{t('summary', { project: info.projectName, role })}</p>
      {user ? (
        <>
          <p className="muted small">{t('signedInAs', { name: user.name, email: user.email })}</p>
          <InviteForm token={token} mode="join" project={info.projectName} />
        </>
      ) : info.hasAccount ? (
        <p>
          {t('accountExists', { email: info.email })}{' '}
          <Link href={`/sign-in?next=${encodeURIComponent(`/invite/${token}`)}`}>{t('signIn')}</Link>
        </p>
      ) : (
        <InviteForm token={token} mode="create" project={info.projectName} email={info.email} />
      )}
    </div>
  );
}
