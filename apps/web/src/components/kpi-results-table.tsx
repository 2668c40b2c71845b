import {
  readsTurned,
  turned,
  type ResultCell,
  type ResultRow,
  type ResultTable,
} from '@/lib/view/kpi-results';
import { fiscalYearHeading } from '@/lib/format';
import type { Lang } from '@/lib/i18n';
import { csvHref } from './chart-figure';
import { ProgramRow } from './program-row';
import { YearRowsTable } from './year-rows-table';

const SHAPE = {
  ACHIEVED: '●',
  NEARLY_ACHIEVED: '◐',
  NOT_MET: '○',
  NOT_IMPLEMENTED: '×',
  OTHER: '◇',
} as const;

function Cell({ cell, lang }: { cell: ResultCell | null; lang: Lang }) {
  if (cell === null)
    return (
      <td className="result">
        <span className="missing">
          {lang === 'ja' ? '計画期間の値なし' : 'no plan-period figures'}
        </span>
      </td>
    );
  if (cell.kind === 'absent')
    return (
      <td className="result">
        <span className="missing">{cell.text}</span>
      </td>
    );
  return (
    <td className="result">
      <span className="line">
        <span className="word">{lang === 'ja' ? '目標' : 'Target'}</span>{' '}
        <span className={cell.targetMissing ? 'missing' : 'number'}>{cell.target}</span>
      </span>
      <span className="line">
        <span className="word">{lang === 'ja' ? '実績' : 'Actual'}</span>{' '}
        <span className={cell.actualMissing ? 'missing' : 'number'}>{cell.actual}</span>
      </span>
      {cell.status ? (
        <span className={`line status status-${cell.status.code.toLowerCase()}`}>
          <span aria-hidden="true">{SHAPE[cell.status.code]}</span> {cell.status.text}
          {cell.status.computed ? <sup>*</sup> : null}
        </span>
      ) : null}
    </td>
  );
}

/** A KPI as a row or column heading: its mark and name, its unit and what a figure of it is. */
function KpiHeading({ row, lang }: { row: ResultRow; lang: Lang }) {
  return (
    <>
      <span lang={row.name.ja ? 'ja' : undefined}>
        {row.mark} {row.name.text}
      </span>
      <span className="unit">
        {lang === 'ja' ? '（' : ' ('}
        <span lang={row.unit.ja ? 'ja' : undefined}>{row.unit.text}</span>
        {lang === 'ja' ? '、' : ', '}
        {row.basis}
        {lang === 'ja' ? '）' : ')'}
      </span>
    </>
  );
}

/** One program's long series, turned: a row per year, a column per KPI (see readsTurned). */
function TurnedTable({ table, lang, title }: { table: ResultTable; lang: Lang; title: string }) {
  return (
    <YearRowsTable
      className="results-table"
      title={title}
      lang={lang}
      columns={table.rows.map((row) => ({
        heading: <KpiHeading row={row} lang={lang} />,
        className: 'kpi',
      }))}
      rows={turned(table).map((row) => ({
        heading:
          row.year === null
            ? lang === 'ja'
              ? '計画期間'
              : 'Plan period'
            : fiscalYearHeading(lang, row.year),
        cells: row.cells.map((cell, i) => <Cell key={i} cell={cell} lang={lang} />),
      }))}
    />
  );
}

/**
 * Every KPI's target, actual and status for every year, always on the page and on paper: the figures
 * the verdict cites, in a table that wraps rather than scrolls.
 */
export function KpiResultsTable({
  table,
  lang,
  title,
  id,
}: {
  table: ResultTable;
  lang: Lang;
  title: string;
  id: string;
}) {
  const programs = [...new Set(table.rows.map((row) => row.program))];
  const many = programs.length > 1;
  const columns = [
    ...(many ? [lang === 'ja' ? '事業' : 'Program'] : []),
    lang === 'ja' ? 'KPI' : 'KPI',
    ...table.years.map((year) => fiscalYearHeading(lang, year)),
    ...(table.hasPlan ? [lang === 'ja' ? '計画期間' : 'Plan period'] : []),
  ];
  const csv = {
    id,
    title,
    columns: [
      { label: lang === 'ja' ? '事業' : 'Program' },
      { label: 'KPI' },
      { label: lang === 'ja' ? '単位' : 'Unit' },
      ...columns.slice(many ? 2 : 1).map((label) => ({ label })),
    ],
    rows: table.rows.map((row) => ({ cells: [], csv: row.csv })),
  };
  return (
    <figure className="results" id={id}>
      {readsTurned(table) ? (
        <TurnedTable table={table} lang={lang} title={title} />
      ) : (
        <table className="results-table">
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
                <th key={index} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, index) => (
              <ProgramRow key={index} rows={table.rows} index={index} many={many}>
                <th scope="row" className="kpi">
                  <KpiHeading row={row} lang={lang} />
                </th>
                {row.cells.map((cell, i) => (
                  <Cell key={i} cell={cell} lang={lang} />
                ))}
                {table.hasPlan ? <Cell cell={row.plan} lang={lang} /> : null}
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
