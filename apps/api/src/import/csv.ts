import { fromSpreadsheetSafe, spreadsheetSafe } from '@muni/domain';
/** One record of a CSV file, with the line it starts on (1 is the header), for error messages. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type CsvParse =
  { ok: true; records: CsvRecord[] } | { ok: false; line: number; problem: string };

/**
 * Parses CSV as RFC 4180 and Excel write it: commas, CRLF or LF, fields in double quotes with `""` for a
 * quote, line breaks allowed inside quotes. Broken quoting is an error naming its line, not a guess: a
 * half-read table would import wrong figures silently. Blank lines are skipped.
 */
export function parseCsv(text: string): CsvParse {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    cells = cells.map(fromSpreadsheetSafe);
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
    afterQuote = false;
  };
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
      } else {
        if (char === '\n') line += 1;
        cell += char;
      }
      i += 1;
      continue;
    }
    if (char === ',') {
      cells.push(cell);
      cell = '';
      afterQuote = false;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      line += 1;
      recordLine = line;
    } else if (afterQuote) {
      return {
        ok: false,
        line,
        problem: `text after a closing quote (column ${cells.length + 1})`,
      };
    } else if (char === '"') {
      if (cell !== '')
        return {
          ok: false,
          line,
          problem: `a quote inside an unquoted field (column ${cells.length + 1}); quote the whole field and double the quote`,
        };
      quoted = true;
    } else {
      cell += char;
    }
    i += 1;
  }
  if (quoted) return { ok: false, line: recordLine, problem: 'a quoted field is never closed' };
  if (cell !== '' || cells.length > 0) endRecord();
  return { ok: true, records };
}

/**
 * A field for a CSV file: quoted when it holds a comma, a quote or a line break; a text a spreadsheet
 * would run as a formula is made text (the import reads it back as written).
 */
export function csvField(value: string | number | null | undefined): string {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'number'
        ? String(value)
        : spreadsheetSafe(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file with CRLF line ends, as Excel writes and expects. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
