import type { ReactNode } from 'react';
import type { Lang } from '@/lib/i18n';

/**
 * A table turned for a long series: a row per year (and any rows after them, such as the plan period's),
 * a column per series. Ten year columns on A4 break every heading and figure mid-word; ten rows do not.
 */
export function YearRowsTable({
  className,
  title,
  lang,
  columns,
  rows,
}: {
  className: string;
  title: string;
  lang: Lang;
  /** Each column's heading, and its class. */
  columns: { heading: ReactNode; className?: string }[];
  /** Each row's heading, and its cells (a cell spanning rows above it is left out of the rows it covers). */
  rows: { heading: string; cells: ReactNode[] }[];
}) {
  return (
    <table className={`${className} turned`}>
      <caption>{title}</caption>
      <colgroup>
        <col style={{ width: '16%' }} />
        {columns.map((_, index) => (
          <col key={index} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{lang === 'ja' ? '年度' : 'Fiscal year'}</th>
          {columns.map((column, index) => (
            <th key={index} scope="col" className={column.className}>
              {column.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            <th scope="row">{row.heading}</th>
            {row.cells}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
