'use client';
// Open review annotations per MQM category and QA issues per check: horizontal bars, most first;
// only what has something open is listed.
import { useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTable } from '@/app/_components/charts/chart-table';

export interface IssueRow {
  key: string;
  label: string;
  count: number;
}

function Bars({ rows, colour, label }: { rows: IssueRow[]; colour: string; label: string }) {
  return (
    <div className="chart-box" aria-hidden="true" style={{ height: 24 + rows.length * 30 }}>
      <ResponsiveContainer>
        <BarChart accessibilityLayer={false} data={rows} layout="vertical" margin={{ left: 8, right: 16 }}>
          <CartesianGrid horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={200} />
          <Tooltip />
          <Bar dataKey="count" name={label} fill={colour} isAnimationActive={false} barSize={16} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function IssuesChart({
  id,
  title,
  help,
  empty,
  rows,
  colour,
}: {
  id: string;
  title: string;
  help: string;
  empty: string;
  rows: IssueRow[];
  colour: string;
}) {
  const t = useTranslations('dashboard');
  return (
    <section className="chart-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="chart-help">{help}</p>
      {rows.length === 0 ? <p className="chart-empty">{empty}</p> : <Bars rows={rows} colour={colour} label={t('count')} />}
      {rows.length > 0 && (
        <ChartTable
          summary={t('showTable')}
          caption={title}
          head={[t('kind'), t('count')]}
          rows={rows.map((r) => ({ key: r.key, cells: [r.label, r.count] }))}
          foot={[t('total'), rows.reduce((n, r) => n + r.count, 0)]}
        />
      )}
    </section>
  );
}
