'use client';
// Progress by document: one stacked bar per document, its segments by state.
import { useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTable } from '@/app/_components/charts/chart-table';
import { SEGMENT_STATES, type TDashboard } from '@/lib/dashboard/aggregate';

const short = (s: string) => (s.length > 28 ? `${s.slice(0, 27)}…` : s);

export function ProgressChart({ progress }: { progress: TDashboard['progress'] }) {
  const t = useTranslations('dashboard');
  const ts = useTranslations('states');
  const data = progress.map((p) => ({ name: short(p.title), ...p.counts }));
  return (
    <section className="chart-card" aria-labelledby="dash-progress">
      <h2 id="dash-progress">{t('progressTitle')}</h2>
      <p className="chart-help">{t('progressHelp')}</p>
      {progress.length === 0 ? (
        <p className="chart-empty">{t('noDocuments')}</p>
      ) : (
        <div className="chart-box" aria-hidden="true" style={{ height: 56 + progress.length * 36 }}>
          <ResponsiveContainer>
            <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
              <CartesianGrid horizontal={false} />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="name" width={190} />
              <Tooltip />
              <Legend itemSorter={null} />
              {SEGMENT_STATES.map((s) => (
                <Bar
                  key={s}
                  dataKey={s}
                  name={ts(s)}
                  stackId="state"
                  fill={`var(--state-${s.toLowerCase()}-bar)`}
                  isAnimationActive={false}
                  barSize={20}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <ChartTable
        summary={t('showTable')}
        caption={t('progressTitle')}
        head={[t('document'), ...SEGMENT_STATES.map((s) => ts(s)), t('total')]}
        rows={progress.map((p) => ({
          key: p.documentId,
          lang: 'en',
          cells: [p.title, ...SEGMENT_STATES.map((s) => p.counts[s]), p.total],
        }))}
      />
    </section>
  );
}
