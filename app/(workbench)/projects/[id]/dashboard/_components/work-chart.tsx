'use client';
// Work by person over the last weeks: per week, two stacks (words translated, words reviewed), each
// divided by person.
import { useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTable } from '@/app/_components/charts/chart-table';
import type { TDashboard } from '@/lib/dashboard/aggregate';

/** Distinct hues for people (AA against the surface is not needed for fills; the table has the numbers). */
export const PERSON_COLOURS = ['#1f5fbf', '#2e9a4a', '#c58e00', '#7a3e9d', '#d9453b', '#0f8a8a', '#8a5a2b', '#5b6b8c'];

export function WorkChart({ weeks, work, weekLabels }: { weeks: string[]; work: TDashboard['work']; weekLabels: string[] }) {
  const t = useTranslations('dashboard');
  const data = weeks.map((w, i) => {
    const row: Record<string, string | number> = { week: weekLabels[i] ?? w };
    for (const p of work) {
      row[`t:${p.userId}`] = p.translated[i] ?? 0;
      row[`r:${p.userId}`] = p.reviewed[i] ?? 0;
    }
    return row;
  });
  return (
    <section className="chart-card" aria-labelledby="dash-work">
      <h2 id="dash-work">{t('workTitle')}</h2>
      <p className="chart-help">{t('workHelp', { weeks: weeks.length })}</p>
      {work.length === 0 ? (
        <p className="chart-empty">{t('noWork')}</p>
      ) : (
        <div className="chart-box" aria-hidden="true" style={{ height: 280 }} data-time-axis>
          <ResponsiveContainer>
            <BarChart accessibilityLayer={false} data={data} margin={{ left: 0, right: 16 }}>
              <CartesianGrid vertical={false} />
              <XAxis dataKey="week" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend itemSorter={null} />
              {work.map((p, i) =>
                p.totalTranslated === 0 ? null : (
                  <Bar
                    key={`t:${p.userId}`}
                    dataKey={`t:${p.userId}`}
                    name={t('translatedBy', { name: p.name })}
                    stackId="translated"
                    fill={PERSON_COLOURS[i % PERSON_COLOURS.length]}
                    isAnimationActive={false}
                  />
                ),
              )}
              {work.map((p, i) =>
                p.totalReviewed === 0 ? null : (
                  <Bar
                    key={`r:${p.userId}`}
                    dataKey={`r:${p.userId}`}
                    name={t('reviewedBy', { name: p.name })}
                    stackId="reviewed"
                    fill={PERSON_COLOURS[i % PERSON_COLOURS.length]}
                    fillOpacity={0.45}
                    stroke={PERSON_COLOURS[i % PERSON_COLOURS.length]}
                    isAnimationActive={false}
                  />
                ),
              )}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <ChartTable
        summary={t('showTable')}
        caption={t('workTitle')}
        head={[t('week'), ...work.flatMap((p) => [t('translatedBy', { name: p.name }), t('reviewedBy', { name: p.name })])]}
        rows={weeks.map((w, i) => ({
          key: w,
          cells: [weekLabels[i] ?? w, ...work.flatMap((p) => [p.translated[i] ?? 0, p.reviewed[i] ?? 0])],
        }))}
        foot={[t('total'), ...work.flatMap((p) => [p.totalTranslated, p.totalReviewed])]}
      />
    </section>
  );
}
