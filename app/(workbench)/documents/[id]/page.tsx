import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { orNotFound } from '@/app/_components/or-not-found';
import { ProgressBar } from '@/app/_components/progress-bar';
import { RichText } from '@/app/_components/rich-text';
import { requireUser } from '@/lib/server/auth/current-user';
import { getDocument, listSegments } from '@/lib/server/documents/get-document';

export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const document = await orNotFound(getDocument(user, id));
  const { segments } = await listSegments(user, id, { offset: 0, limit: 20_000 });
  const [t, ts, to, tp] = await Promise.all([getTranslations('document'), getTranslations('states'), getTranslations('origins'), getTranslations('project')]);
  const done = document.progress.TRANSLATED + document.progress.APPROVED;
  return (
    <>
      <p className="muted"><Link href={`/projects/${document.projectId}`}>← {(await getTranslations('app'))('back')}</Link></p>
      <h1 lang="en">{document.title}</h1>
      <div className="row" style={{ marginBottom: '1rem' }}>
        <ProgressBar progress={document.progress} label={tp('progress', { done, total: document.progress.total })} />
        <span className="muted">{tp('progress', { done, total: document.progress.total })}</span>
      </div>
      <table className="segments">
        <thead>
          <tr><th>{t('number')}</th><th>{t('source')}</th><th>{t('target')}</th><th>{t('state')}</th></tr>
        </thead>
        <tbody>
          {segments.map((s) => (
            <tr key={s.id} id={`s${s.position + 1}`} data-segment-id={s.id}>
              <td className="num">{s.position + 1}</td>
              <td className="text" lang="en"><RichText doc={s.source} /></td>
              <td className="text" lang="ko">{s.target ? <RichText doc={s.target} /> : <span className="muted" lang={undefined}>{t('emptyTarget')}</span>}</td>
              <td>
                {s.doNotTranslate ? <span className="badge">{t('doNotTranslate')}</span> : <span className={`badge s-${s.state}`}>{ts(s.state)}</span>}
                {s.origin && <div className="muted">{to(s.origin)}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
