// The quality report of a document: MQM counts by category and severity, penalty points per 1,000
// source words, the raw quality score against the project's threshold (pass/fail), a bar chart of
// penalty points by category (plain HTML/CSS, with the numbers as text), and the exports. The score
// counts the reviewed words and shows the coverage beside it (lib/review/score.ts).
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { orNotFound } from '@/app/_components/or-not-found';
import { requireUser } from '@/lib/server/auth/current-user';
import { qualityReport } from '@/lib/server/review/quality-report';
import { MQM_CATEGORIES, MQM_SEVERITIES, PENALTY, categoryMessageKey } from '@/lib/review/mqm';
import { round2 } from '@/lib/review/score';

const RESULT_CLASS = { pass: 's-APPROVED', fail: 's-REJECTED', insufficient: 's-DRAFT' } as const;

export default async function QualityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  const r = await orNotFound(qualityReport(user, id));
  const t = await getTranslations('review');
  const maxPenalty = Math.max(1, ...MQM_CATEGORIES.map((c) => r.byCategory[c].penalty));
  const num = (n: number | null) => (n === null ? '—' : String(round2(n)));
  return (
    <>
      <p className="muted">
        <Link href={`/documents/${id}`}>
          ← <span lang="en">{r.title}</span>
        </Link>
      </p>
      <h1>{t('qualityTitle')}</h1>
      <section aria-labelledby="q-summary" className="quality-summary">
        <h2 id="q-summary" className="sr-only">
          {t('summary')}
        </h2>
        <dl className="metrics">
          <div className="score-coverage">
            <dt>{t('score')}</dt>
            <dd>
              <span data-testid="quality-score">{num(r.score)}</span>
              {' · '}
              <span className="coverage" data-testid="quality-coverage">
                {t('coverage', { reviewed: r.reviewedWords, total: r.sourceWords, percent: r.coverage ?? 0 })}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('threshold')}</dt>
            <dd>{r.threshold}</dd>
          </div>
          <div>
            <dt>{t('result')}</dt>
            <dd>
              <span className={`badge ${RESULT_CLASS[r.result]}`} data-testid="quality-result">
                {t(`result_${r.result}`)}
              </span>
            </dd>
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
          <div>
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
        <p className="muted small">{t('formula')}</p>
        <p className="muted small">{t('coverageRule', { min: r.minCoverage })}</p>
      </section>

      <section aria-labelledby="q-chart">
        <h2 id="q-chart">{t('chartTitle')}</h2>
        <ul className="bar-chart" aria-describedby="q-chart">
          {MQM_CATEGORIES.map((c) => {
            const v = r.byCategory[c];
            const label = t(`category_${categoryMessageKey(c)}`);
            return (
              <li key={c} className="bar-row">
                <span className="bar-label">{label}</span>
                <span className="bar-track" aria-hidden="true">
                  <span className="bar-fill" style={{ width: `${(v.penalty / maxPenalty) * 100}%` }} />
                </span>
                <span className="bar-value">{t('barValue', { points: v.penalty, count: v.count })}</span>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="q-table">
        <h2 id="q-table">{t('countsTitle')}</h2>
        <table className="quality-table" data-testid="quality-table">
          <thead>
            <tr>
              <th scope="col">{t('category')}</th>
              {MQM_SEVERITIES.map((s) => (
                <th scope="col" key={s}>
                  {t(`severity_${s}`)} <span className="muted small">({PENALTY[s]})</span>
                </th>
              ))}
              <th scope="col">{t('count')}</th>
              <th scope="col">{t('penaltyPoints')}</th>
            </tr>
          </thead>
          <tbody>
            {MQM_CATEGORIES.map((c) => (
              <tr key={c} data-category={c}>
                <th scope="row">{t(`category_${categoryMessageKey(c)}`)}</th>
                {MQM_SEVERITIES.map((s) => (
                  <td key={s} className="num">
                    {r.counts[c][s]}
                  </td>
                ))}
                <td className="num">{r.byCategory[c].count}</td>
                <td className="num">{r.byCategory[c].penalty}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('total')}</th>
              {MQM_SEVERITIES.map((s) => (
                <td key={s} className="num">
                  {r.bySeverity[s]}
                </td>
              ))}
              <td className="num">{r.counted}</td>
              <td className="num">{r.penaltyPoints}</td>
            </tr>
          </tfoot>
        </table>
      </section>

      <section aria-labelledby="q-export">
        <h2 id="q-export">{t('exportTitle')}</h2>
        <ul>
          <li>
            <a href={`/api/v1/documents/${id}/quality?format=csv`} download>
              {t('exportCsv')}
            </a>
          </li>
          <li>
            <a href={`/api/v1/documents/${id}/annotations.jsonld`}>{t('exportJsonLd')}</a>
          </li>
        </ul>
      </section>
    </>
  );
}
