import { readSheet, SheetNotFoundError, type SheetData } from 'read-excel-file/node';

/** A cell as a planner sees it in Excel: its text, and its number when Excel stores one. */
export interface Cell {
  /** What the cell shows ('' for an empty cell): line breaks as \n, nothing trimmed. */
  text: string;
  /** The number Excel holds, as it shows it (15 significant digits); null for text. */
  number: number | null;
}

/** One sheet of a workbook, read cell by cell with 1-based rows and columns in Excel letters. */
export interface Sheet {
  name: string;
  rowCount: number;
  cell(row: number, column: string): Cell;
}

/** Column letters (A, Z, AA, HB) as a 1-based index. */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index;
}

/** A 1-based column index in letters. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let rest = index; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/**
 * Excel keeps numbers as binary doubles and shows at most 15 significant digits: 17757.399999999994
 * is the 17757.4 a planner typed and sees. The product reads what the planner sees.
 */
function asShown(value: number): number {
  return Number(value.toPrecision(15));
}

const EMPTY: Cell = { text: '', number: null };

/**
 * Reads one sheet of an .xlsx file. Phonetic guides (furigana runs) are not part of a cell's text;
 * line breaks are \n as Excel shows them (the file stores \r\n); codes keep their leading zeros,
 * since the workbook stores them as text.
 */
export async function readWorkbookSheet(
  file: string | Buffer,
  sheet: string,
): Promise<{ ok: true; sheet: Sheet } | { ok: false; problem: string }> {
  let rows: SheetData;
  try {
    rows = await readSheet(file, sheet, { trim: false });
  } catch (error) {
    if (error instanceof SheetNotFoundError)
      return { ok: false, problem: `has no sheet "${sheet}"` };
    return {
      ok: false,
      problem: `cannot be read as an Excel workbook (.xlsx): ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  return {
    ok: true,
    sheet: {
      name: sheet,
      rowCount: rows.length,
      cell(row, column) {
        const value = rows[row - 1]?.[columnIndex(column) - 1];
        if (value === null || value === undefined) return EMPTY;
        if (typeof value === 'number') {
          const shown = asShown(value);
          return { text: String(shown), number: shown };
        }
        if (value instanceof Date) return { text: value.toISOString().slice(0, 10), number: null };
        return { text: String(value).replace(/\r\n?/g, '\n'), number: null };
      },
    },
  };
}
