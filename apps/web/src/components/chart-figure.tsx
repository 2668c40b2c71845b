import { csvDataUrl } from '@/lib/csv';
import type { ReactNode } from 'react';
import type { Lang } from '@/lib/i18n';

export interface TableColumn {
  label: string;
  numeric?: boolean;
}

export interface TableRow {
  /** What the reader sees in each cell. */
  cells: ReactNode[];
  /** The same row for the CSV: raw numbers, and words for what is missing. */
  csv: (string | number | null)[];
}

export interface FigureData {
  id: string;
  title: string;
  /** Footnotes: what is not reported, what is derived, what may not be compared. */
  notes?: string[];
  chart?: ReactNode;
  columns: TableColumn[];
  rows: TableRow[];
}

/** The figure's data as CSV with a BOM, which Excel in Japan needs to read UTF-8. */
export function csvHref(figure: FigureData): string {
  return csvDataUrl([figure.columns.map((c) => c.label), ...figure.rows.map((row) => row.csv)]);
}

export function DataTable({ figure }: { figure: FigureData }) {
  return (
    // Focusable, so a keyboard can scroll a table wider than the screen.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={figure.title}>
      <table>
        <caption>{figure.title}</caption>
        <thead>
          <tr>
            {figure.columns.map((column, index) => (
              <th key={index} scope="col" className={column.numeric ? 'number' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figure.rows.map((row, index) => (
            <tr key={index}>
              {row.cells.map((cell, cellIndex) =>
                cellIndex === 0 ? (
                  <th key={cellIndex} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td
                    key={cellIndex}
                    className={figure.columns[cellIndex]?.numeric ? 'number' : undefined}
                  >
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A chart with its data table a click away, its CSV, and its footnotes. */
export function ChartFigure({ figure, lang }: { figure: FigureData; lang: Lang }) {
  return (
    <figure className="chart-figure" id={figure.id} aria-labelledby={`${figure.id}-title`}>
      <figcaption id={`${figure.id}-title`}>{figure.title}</figcaption>
      {figure.chart}
      <div className="figure-actions">
        {figure.chart ? (
          <details className="screen-only">
            <summary>{lang === 'ja' ? '表で見る' : 'Show as table'}</summary>
            <DataTable figure={figure} />
          </details>
        ) : (
          <DataTable figure={figure} />
        )}
        <a className="csv-link" href={csvHref(figure)} download={`${figure.id}.csv`}>
          {lang === 'ja' ? 'CSV をダウンロード' : 'Download CSV'}
        </a>
      </div>
      {figure.notes?.length ? (
        <ul className="figure-notes">
          {figure.notes.map((note, index) => (
            <li key={index}>{note}</li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
}
