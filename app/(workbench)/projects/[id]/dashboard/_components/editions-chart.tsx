'use client';
// The quality score of each published edition, in publishing order, against the project's threshold.
// An edition published with too little reviewed has no point on the line (its score says little).
import { useTranslations } from 'next-intl';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTable } from '@/app/_components/charts/chart-table';
import type { TDashboard } from '@/lib/dashboard/aggregate';

export function EditionsChart({ editions, threshold, dates }: { editions: TDashboard['editions']; threshold: number; dates: string[] }) {
  const t = useTranslations('dashboard');
  const tr = useTranslations('review');
  const data = editions.map((e) => ({
    name: `${e.title.slice(0, 18)} v${e.version}`,
    score: e.result === 'insufficient' ? null : e.score,
  }));
  const min = Math.min(threshold - 5, ...editions.map((e) => e.score ?? 100));
  const low = Math.max(0, Math.floor((min - 5) / 5) * 5);
  const step = 100 - low > 40 ? 20 : 100 - low > 20 ? 10 : 5;
  const ticks = Array.from({ length: Math.floor((100 - low) / step) + 1 }, (_, i) => 100 - i * step).reverse();
  return (
    <section className="chart-card" aria-labelledby="dash-editions">
      <h2 id="dash-editions">{t('editionsTitle')}</h2>
      <p className="chart-help">{t('editionsHelp', { threshold })}</p>
      {editions.length === 0 ? (
        <p className="chart-empty">{t('noEditions')}</p>
      ) : (
        <div className="chart-box" aria-hidden="true" style={{ height: 240 }}>
          <ResponsiveContainer>
            <LineChart accessibilityLayer={false} data={data} margin={{ left: 0, right: 24, top: 8 }}>
              <CartesianGrid vertical={false} />
              <XAxis dataKey="name" />
              <YAxis domain={[low, 100]} ticks={ticks} />
              <Tooltip />
              <ReferenceLine y={threshold} stroke="var(--danger)" strokeDasharray="4 4" />
              <Line
                dataKey="score"
                name={tr('score')}
                stroke="var(--accent)"
                strokeWidth={2}
                isAnimationActive={false}
                connectNulls={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
      {editions.length > 0 && (
        <ChartTable
          summary={t('showTable')}
          caption={t('editionsTitle')}
          head={[t('edition'), t('published'), tr('score'), tr('result')]}
          rows={editions.map((e, i) => ({
            key: `${e.documentId}:${e.version}`,
            lang: 'en',
            cells: [`${e.title} v${e.version}`, dates[i] ?? '', e.score ?? '—', tr(`result_${e.result}`)],
          }))}
        />
      )}
    </section>
  );
}
