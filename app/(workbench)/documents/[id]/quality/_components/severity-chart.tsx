'use client';
// Counted annotations (open or won't fix) by severity, with the penalty points each carries, and the
// same numbers in a table.
import { useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTable } from '@/app/_components/charts/chart-table';
import { MQM_SEVERITIES, PENALTY, type MqmSeverity } from '@/lib/review/mqm';

const FILL: Record<MqmSeverity, string> = {
  neutral: 'var(--state-empty-bar)',
  minor: 'var(--state-translated-bar)',
  major: 'var(--sev-major-line)',
  critical: 'var(--state-rejected-bar)',
};

export function SeverityChart({ bySeverity }: { bySeverity: Record<MqmSeverity, number> }) {
  const t = useTranslations('review');
  const tq = useTranslations('qualityReport');
  const data = MQM_SEVERITIES.map((s) => ({ key: s, name: t(`severity_${s}`), count: bySeverity[s] }));
  return (
    <section className="chart-card" aria-labelledby="q-severity">
      <h2 id="q-severity">{tq('severityTitle')}</h2>
      <p className="chart-help">{tq('severityHelp')}</p>
      <div className="chart-box" aria-hidden="true" style={{ height: 200 }}>
        <ResponsiveContainer>
          <BarChart accessibilityLayer={false} data={data} margin={{ left: 0, right: 16, top: 8 }}>
            <CartesianGrid vertical={false} />
            <XAxis dataKey="name" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Bar dataKey="count" name={t('count')} isAnimationActive={false} barSize={40}>
              {data.map((d) => (
                <Cell key={d.key} fill={FILL[d.key]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartTable
        summary={tq('showTable')}
        caption={tq('severityTitle')}
        head={[t('severity'), t('count'), t('penaltyPoints')]}
        rows={data.map((d) => ({ key: d.key, cells: [d.name, d.count, d.count * PENALTY[d.key]] }))}
      />
    </section>
  );
}
