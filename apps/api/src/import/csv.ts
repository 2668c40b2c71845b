import { fromSpreadsheetSafe, spreadsheetSafe } from '@muni/domain';
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/** One record of a CSV file, with the line it starts on (1 is the header), for error messages. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type CsvParse =
  { ok: true; records: CsvRecord[] } | { ok: false; line: number; problem: string };

/** What a reader of the import's report is told for each way quoting can break. */
const QUOTING: Record<string, (error: CsvError) => string> = {
  CSV_QUOTE_NOT_CLOSED: () => 'a quoted field is never closed',
  CSV_INVALID_CLOSING_QUOTE: (error) =>
    `text after a closing quote (column ${Number(error.column ?? 0) + 1})`,
  INVALID_OPENING_QUOTE: (error) =>
    `a quote inside an unquoted field (column ${Number(error.column ?? 0) + 1}); quote the whole field and double the quote`,
};

/** The 1-based line of each byte offset of `bytes`: CRLF, LF and a lone CR each end a line. */
function lineOf(bytes: Buffer): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < bytes.length; i += 1) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) i += 1;
    if (bytes[i] === 0x0a || bytes[i] === 0x0d) starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/**
 * Parses CSV as RFC 4180 and Excel write it (csv-parse): commas, CRLF, LF or CR, fields in double quotes
 * with `""` for a quote, line breaks allowed inside quotes. Broken quoting is an error naming its line,
 * not a guess: a half-read table would import wrong figures silently. Blank lines are skipped.
 */
export function parseCsv(text: string): CsvParse {
  const bytes = Buffer.from(text);
  const line = lineOf(bytes);
  try {
    const rows = parse(bytes, {
      bom: false,
      info: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { bytes: number } }[];
    let start = 0;
    const records = rows.map(({ record, info }) => {
      // A record begins where the one before it ended, after any blank lines between them.
      while (bytes[start] === 0x0d || bytes[start] === 0x0a) start += 1;
      const at = line(start);
      start = info.bytes;
      return { line: at, cells: record.map(fromSpreadsheetSafe) };
    });
    return { ok: true, records };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return {
      ok: false,
      // Where the parser stopped; its own line count runs to the end of an unclosed quote.
      line: line(Number(error.bytes ?? 0)),
      problem: QUOTING[error.code]?.(error) ?? error.message,
    };
  }
}

/**
 * A CSV file with CRLF line ends, as Excel writes and expects (csv-stringify): a field is quoted when it
 * holds a comma, a quote or a line break, and a text a spreadsheet would run as a formula is made text
 * (the import reads it back as written).
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  return stringify(
    [header, ...rows].map((row) =>
      row.map((value) => (typeof value === 'string' ? spreadsheetSafe(value) : value)),
    ),
    { record_delimiter: '\r\n', quoted_match: /[\r\n]/ },
  );
}
