import {
  costsReadTurned,
  turnedCosts,
  type CostCell,
  type CostTable as Model,
} from '@/lib/view/cost-table';
import { fiscalYearHeading } from '@/lib/format';
import type { Lang } from '@/lib/i18n';
import { csvHref } from './chart-figure';
import { ProgramRow } from './program-row';
import { YearRowsTable } from './year-rows-table';

/** A cell; a total over several years spans their columns, or their rows in a turned table. */
function Cell({ cell, rows }: { cell: CostCell; rows?: number }) {
  if (cell.kind === 'missing')
    return (
      <td className="number">
        <span className="missing">{cell.text}</span>
      </td>
    );
  if (cell.kind === 'span')
    return (
      <td
        className="span"
        colSpan={rows === undefined ? cell.span : undefined}
        rowSpan={rows}
        title={cell.formula ?? undefined}
      >
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

/** A year's heading, saying so where its amounts are planned rather than spent. */
const yearHeading = (lang: Lang, table: Model, year: number) =>
  `${fiscalYearHeading(lang, year)}${table.plannedYears.includes(year) ? (lang === 'ja' ? ' 計画' : ' plan') : ''}`;

/** One program's long series of costs, turned: a row per year, a column per line (costsReadTurned). */
function TurnedCostTable({ table, lang, title }: { table: Model; lang: Lang; title: string }) {
  return (
    <YearRowsTable
      className="cost-table"
      title={title}
      lang={lang}
      columns={table.rows.map((row) => ({ heading: row.line, className: 'number' }))}
      rows={turnedCosts(table).map((row) => ({
        heading:
          row.year === null
            ? lang === 'ja'
              ? '複数年度の合計'
              : 'Multi-year total'
            : yearHeading(lang, table, row.year),
        cells: row.cells.map((held, i) =>
          held ? <Cell key={i} cell={held.cell} rows={held.rows} /> : null,
        ),
      }))}
    />
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
    ...table.years.map((year) => yearHeading(lang, table, year)),
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
      {costsReadTurned(table) ? (
        <TurnedCostTable table={table} lang={lang} title={title} />
      ) : (
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
            {table.rows.map((row, index) => (
              <ProgramRow key={index} rows={table.rows} index={index} many={many}>
                <th scope="row">{row.line}</th>
                {row.cells.map((cell, i) => (
                  <Cell key={i} cell={cell} />
                ))}
                {row.total ? <Cell cell={row.total} /> : null}
              </ProgramRow>
            ))}
          </tbody>
        </table>
      )}
      <a className="csv-link" href={csvHref(csv)} download={`${id}.csv`}>
        {lang === 'ja' ? 'CSV をダウンロード' : 'Download CSV'}
      </a>
    </figure>
  );
}
