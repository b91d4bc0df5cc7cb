// The quality report of a document, read at a glance (issue #23 item 5): the score beside its
// coverage and result, the penalty points, a severity chart, penalty points by category (only the
// categories with points), every review annotation linked to its segment, and the exports. The score
// counts the reviewed words and shows the coverage beside it (lib/review/score.ts): below half the
// words reviewed the result is "Not enough reviewed".
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { urlOf } from '@/app/_components/api-client/client';
import { orNotFound } from '@/app/_components/or-not-found';
import { requireUser } from '@/lib/server/auth/current-user';
import { qualityReportPage } from '@/lib/server/review/quality-report';
import { round2 } from '@/lib/review/score';
import { AnnotationList } from './_components/annotation-list';
import { CategoryTable } from './_components/category-table';
import { SeverityChart } from './_components/severity-chart';
import '@/app/_components/charts/charts.css';
import './quality.css';

const RESULT_CLASS = { pass: 's-APPROVED', fail: 's-REJECTED', insufficient: 's-DRAFT' } as const;

export default async function QualityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const { report: r, annotations } = await orNotFound(qualityReportPage(user, id));
  const t = await getTranslations('review');
  const num = (n: number | null) => (n === null ? '—' : String(round2(n)));
  return (
    <div className="quality">
      <p className="muted">
        <Link href={`/documents/${id}`}>
          ← <span lang="en">{r.title}</span>
        </Link>
      </p>
      <h1>{t('qualityTitle')}</h1>
      <section aria-labelledby="q-summary" className="q-summary">
        <h2 id="q-summary" className="sr-only">
          {t('summary')}
        </h2>
        <div className={`q-score ${RESULT_CLASS[r.result]}`}>
          <span className="q-score-label">{t('score')}</span>
          <span className="q-score-value" data-testid="quality-score">
            {num(r.score)}
          </span>
          <span className={`badge ${RESULT_CLASS[r.result]}`} data-testid="quality-result">
            {t(`result_${r.result}`)}
          </span>
          <span className="coverage" data-testid="quality-coverage">
            {t('coverage', { reviewed: r.reviewedWords, total: r.sourceWords, percent: r.coverage ?? 0 })}
          </span>
          <span className="q-meter" aria-hidden="true">
            <span style={{ width: `${Math.round((r.coverage ?? 0) * 100)}%` }} />
            <span className="q-meter-min" style={{ left: `${r.minCoverage * 100}%` }} />
          </span>
        </div>
        <dl className="q-metrics">
          <div>
            <dt>{t('threshold')}</dt>
            <dd>{r.threshold}</dd>
          </div>
          <div>
            <dt>{t('penaltyPoints')}</dt>
            <dd data-testid="quality-penalty">{r.penaltyPoints}</dd>
          </div>
          <div>
            <dt>{t('per1000')}</dt>
            <dd>{num(r.penaltyPer1000)}</dd>
          </div>
          <div>
            <dt>{t('sourceWords')}</dt>
            <dd data-testid="quality-words">{r.sourceWords}</dd>
          </div>
          <div className="q-wide">
            <dt>{t('annotationsTotal')}</dt>
            <dd>
              {t('annotationsBreakdown', {
                total: r.annotations,
                open: r.byStatus.open,
                resolved: r.byStatus.resolved,
                wontfix: r.byStatus.wontfix,
                detached: r.detached,
              })}
            </dd>
          </div>
        </dl>
      </section>
      <div className="q-grid">
        <SeverityChart bySeverity={r.bySeverity} />
        <CategoryTable r={r} />
      </div>
      <AnnotationList documentId={id} annotations={annotations} />
      <section aria-labelledby="q-export" className="q-footer">
        <h2 id="q-export">{t('exportTitle')}</h2>
        <p>
          <a className="button" href={urlOf('documentQuality', { id }, { format: 'csv' })} download>
            {t('exportCsv')}
          </a>{' '}
          <a className="button" href={urlOf('documentAnnotationsJsonLd', { id })}>
            {t('exportJsonLd')}
          </a>
        </p>
        <p className="muted small">{t('formula')}</p>
        <p className="muted small">{t('coverageRule', { min: r.minCoverage })}</p>
      </section>
    </div>
  );
}
