import { spreadsheetSafe } from '@muni/domain';

/** A CSV cell; a text a spreadsheet would run as a formula (an imported name, say) is made text. */
export function csvCell(value: string | number | null): string {
  const text =
    value === null ? '' : typeof value === 'number' ? String(value) : spreadsheetSafe(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as a CSV download: UTF-8 with a BOM, which Excel in Japan needs, and CRLF line ends. */
export function csvDataUrl(rows: readonly (readonly (string | number | null)[])[]): string {
  const text = rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${text}\r\n`)}`;
}
