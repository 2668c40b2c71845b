import type { CostCell, CostTable as Model } from '@/lib/view/cost-table';
import { fiscalYearHeading } from '@/lib/format';
import type { Lang } from '@/lib/i18n';
import { csvHref } from './chart-figure';

function Cell({ cell }: { cell: CostCell }) {
  if (cell.kind === 'missing')
    return (
      <td className="number">
        <span className="missing">{cell.text}</span>
      </td>
    );
  if (cell.kind === 'span')
    return (
      <td className="span" colSpan={cell.span} title={cell.formula ?? undefined}>
        {cell.text}
        {cell.derived ? <sup>†</sup> : null}
      </td>
    );
  return (
    <td className="number" title={cell.formula ?? undefined}>
      {cell.text}
      {cell.derived ? <sup>†</sup> : null}
    </td>
  );
}

/** Costs per fiscal year and who paid, in yen, with multi-year totals across the years they cover. */
export function CostTable({
  table,
  lang,
  title,
  id,
}: {
  table: Model;
  lang: Lang;
  title: string;
  id: string;
}) {
  const programs = [...new Set(table.rows.map((row) => row.program))];
  const many = programs.length > 1;
  const columns = [
    ...(many ? [lang === 'ja' ? '事業' : 'Program'] : []),
    lang === 'ja' ? '区分' : 'Line',
    ...table.years.map(
      (year) =>
        `${fiscalYearHeading(lang, year)}${table.plannedYears.includes(year) ? (lang === 'ja' ? ' 計画' : ' plan') : ''}`,
    ),
    ...(table.hasTotals ? [lang === 'ja' ? '複数年度の合計' : 'Multi-year total'] : []),
  ];
  const csv = {
    id,
    title,
    columns: [
      { label: lang === 'ja' ? '事業' : 'Program' },
      ...columns.slice(many ? 1 : 0).map((label) => ({ label })),
    ],
    rows: table.rows.map((row) => ({ cells: [], csv: row.csv })),
  };
  return (
    <figure className="results" id={id}>
      <table className="cost-table">
        <caption>{title}</caption>
        <colgroup>
          {many ? <col style={{ width: '17%' }} /> : null}
          <col style={{ width: many ? '21%' : '28%' }} />
          {columns.slice(many ? 2 : 1).map((_, index) => (
            <col key={index} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((label, index) => (
              <th
                key={index}
                scope="col"
                className={index >= (many ? 2 : 1) ? 'number' : undefined}
              >
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => {
            const first = index === 0 || table.rows[index - 1]!.program !== row.program;
            const span = table.rows.filter((r) => r.program === row.program).length;
            return (
              <tr key={index} className={first ? 'group-start' : undefined}>
                {many && first ? (
                  <th scope="rowgroup" rowSpan={span} className="program">
                    {row.program}
                  </th>
                ) : null}
                <th scope="row">{row.line}</th>
                {row.cells.map((cell, i) => (
                  <Cell key={i} cell={cell} />
                ))}
                {row.total ? <Cell cell={row.total} /> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
      <a className="csv-link" href={csvHref(csv)} download={`${id}.csv`}>
        {lang === 'ja' ? 'CSV をダウンロード' : 'Download CSV'}
      </a>
    </figure>
  );
}
