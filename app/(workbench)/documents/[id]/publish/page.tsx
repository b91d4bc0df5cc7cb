// The publish screen of a document: what blocks publishing (segment numbers and states), the
// publish button (owner; with an override reason when something blocks), and every version with
// its public link, downloads and unpublish / show-again.
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { orNotFound } from '@/app/_components/or-not-found';
import { requireUser } from '@/lib/server/auth/current-user';
import { listEditions } from '@/lib/server/editions/list-editions';
import { EditionList } from './_components/edition-list';
import { PublishForm } from './_components/publish-form';
import './publish.css';

export async function generateMetadata() {
  return { title: (await getTranslations('publish'))('title') };
}

export default async function PublishPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const data = await orNotFound(listEditions(user, id));
  const [t, ts] = await Promise.all([getTranslations('publish'), getTranslations('states')]);
  return (
    <div className="publish-screen">
      <p className="muted">
        <Link href={`/projects/${data.document.projectId}`}>← {(await getTranslations('app'))('back')}</Link>
        {' · '}
        <Link href={`/documents/${id}`}>{t('openDocument')}</Link>
      </p>
      <h1>
        {t('title')}: <span lang="en">{data.document.title}</span>
      </h1>

      <div className="publish-columns">
        <div className="publish-main">
          <section aria-labelledby="blocking-heading" className="publish-card">
            <h2 id="blocking-heading">{t('readiness')}</h2>
            {data.blocking.length === 0 ? (
              <p className="ok publish-ready" role="status">
                {t('allApproved')}
              </p>
            ) : (
              <>
                <p role="status" className="publish-blocked">
                  {t('blockedBy', { count: data.blocking.length })}
                </p>
                <div className="publish-blocking-scroll">
                  <table className="segments publish-blocking" data-testid="blocking">
                    <thead>
                      <tr>
                        <th>{t('segment')}</th>
                        <th>{t('state')}</th>
                        <th>{t('text')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.blocking.slice(0, 200).map((b) => (
                        <tr key={b.segment}>
                          <td className="num">
                            <Link href={`/documents/${id}#s${b.segment}`}>{b.segment}</Link>
                          </td>
                          <td>
                            <span className={`badge s-${b.state}`}>{ts(b.state)}</span>
                          </td>
                          <td className="text" lang="en">
                            {b.text}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {data.blocking.length > 200 && <p className="muted">{t('moreBlocking', { count: data.blocking.length - 200 })}</p>}
              </>
            )}
          </section>

          {data.canPublish ? (
            <PublishForm
              documentId={id}
              blocked={data.blocking.length > 0}
              nextVersion={(data.editions[0]?.version ?? 0) + 1}
              defaults={data.defaults}
            />
          ) : (
            <p className="muted">{t('ownerOnly')}</p>
          )}
        </div>
        <section aria-labelledby="editions-heading" className="publish-card publish-editions">
          <h2 id="editions-heading">{t('editions')}</h2>
          <EditionList editions={data.editions} canManage={data.canPublish} />
        </section>
      </div>
    </div>
  );
}
