// Penalty points by MQM category: only the categories with counted annotations, most points first,
// each with a bar (its share of the largest) and its counts by severity.
import { getTranslations } from 'next-intl/server';
import { MQM_CATEGORIES, MQM_SEVERITIES, PENALTY, categoryMessageKey } from '@/lib/review/mqm';
import type { TQualityReport } from '@/lib/review/types';

export async function CategoryTable({ r }: { r: TQualityReport }) {
  const t = await getTranslations('review');
  const tq = await getTranslations('qualityReport');
  const rows = MQM_CATEGORIES.filter((c) => r.byCategory[c].count > 0).sort((a, b) => r.byCategory[b].penalty - r.byCategory[a].penalty);
  const max = Math.max(1, ...rows.map((c) => r.byCategory[c].penalty));
  return (
    <section className="chart-card" aria-labelledby="q-table">
      <h2 id="q-table">{t('countsTitle')}</h2>
      {rows.length === 0 ? (
        <p className="chart-empty" data-testid="quality-no-points">
          {tq('noPoints')}
        </p>
      ) : (
        <table className="quality-table" data-testid="quality-table">
          <thead>
            <tr>
              <th scope="col">{t('category')}</th>
              {MQM_SEVERITIES.map((s) => (
                <th scope="col" key={s} className="num">
                  {t(`severity_${s}`)} <span className="muted small">({PENALTY[s]})</span>
                </th>
              ))}
              <th scope="col" className="num">
                {t('penaltyPoints')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c} data-category={c}>
                <th scope="row">
                  {t(`category_${categoryMessageKey(c)}`)}
                  <span className="q-bar" aria-hidden="true">
                    <span style={{ width: `${(r.byCategory[c].penalty / max) * 100}%` }} />
                  </span>
                </th>
                {MQM_SEVERITIES.map((s) => (
                  <td key={s} className="num">
                    {r.counts[c][s] || ''}
                  </td>
                ))}
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
              <td className="num">{r.penaltyPoints}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
