// A chart's numbers as a real table, folded under the chart: screen readers and keyboard users read
// the table (the SVG chart is aria-hidden); sighted users may open it to read exact figures.
export interface ChartTableProps {
  summary: string;
  caption: string;
  head: string[];
  rows: { key: string; cells: (string | number)[]; lang?: string }[];
  /** An extra bottom row (totals). */
  foot?: (string | number)[];
}

export function ChartTable({ summary, caption, head, rows, foot }: ChartTableProps) {
  return (
    <details className="chart-table">
      <summary>{summary}</summary>
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              {r.cells.map((c, i) =>
                i === 0 ? (
                  <th key={i} scope="row" lang={r.lang}>
                    {c}
                  </th>
                ) : (
                  <td key={i} className="num">
                    {c}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        {foot && (
          <tfoot>
            <tr>
              {foot.map((c, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {c}
                  </th>
                ) : (
                  <td key={i} className="num">
                    {c}
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        )}
      </table>
    </details>
  );
}
