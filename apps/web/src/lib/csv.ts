import { spreadsheetSafe } from '@muni/domain';
import { stringify } from 'csv-stringify/sync';

/**
 * Rows as CSV text (csv-stringify), CRLF line ends as Excel writes and expects: a field is quoted when it
 * holds a comma, a quote or a line break, and a text a spreadsheet would run as a formula (an imported
 * name, say) is made text.
 */
export function csvText(rows: readonly (readonly (string | number | null)[])[]): string {
  return stringify(
    rows.map((row) =>
      row.map((value) => (typeof value === 'string' ? spreadsheetSafe(value) : value)),
    ),
    { record_delimiter: '\r\n', quoted_match: /[\r\n]/ },
  );
}

/** Rows as a CSV download: UTF-8 with a BOM, which Excel in Japan needs. */
export function csvDataUrl(rows: readonly (readonly (string | number | null)[])[]): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${csvText(rows)}`)}`;
}
