// Every review annotation of the document in reading order: severity, category, status, the quoted
// words and the comment, each linked to its segment in the editor (?s=number).
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { categoryMessageKey } from '@/lib/review/mqm';
import type { TReportAnnotation } from '@/lib/server/review/quality-report';

export async function AnnotationList({ documentId, annotations }: { documentId: string; annotations: TReportAnnotation[] }) {
  const t = await getTranslations('review');
  const tq = await getTranslations('qualityReport');
  return (
    <section className="chart-card" aria-labelledby="q-annotations">
      <h2 id="q-annotations">{tq('annotationsTitle', { count: annotations.length })}</h2>
      {annotations.length === 0 ? (
        <p className="chart-empty">{tq('noAnnotations')}</p>
      ) : (
        <ol className="q-annotations" data-testid="quality-annotations">
          {annotations.map((a) => (
            <li key={a.id} className={`q-annotation status-${a.status}`}>
              <Link href={`/documents/${documentId}?s=${a.segmentNumber}`} className="q-seg">
                {tq('segmentLink', { n: a.segmentNumber })}
              </Link>
              <span className={`q-sev sev-${a.severity}`}>{t(`severity_${a.severity}`)}</span>
              <span className="q-cat">{t(`category_${categoryMessageKey(a.category)}`)}</span>
              <span className="q-status">
                {t(`status_${a.status}`)}
                {a.detached ? ` · ${t('detached')}` : ''}
              </span>
              <q className="q-quote" lang={a.side === 'source' ? 'en' : 'ko'}>
                {a.quote}
              </q>
              {a.comment && <p className="q-comment">{a.comment}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
