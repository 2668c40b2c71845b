import { normalizeText, yenFromThousands } from '@muni/domain';
import { z } from 'zod';
import { costCategory, staffType } from '../db/schema/enums.js';
import { fiscalYear, money, municipalityCode, quantity, yenUnit } from '../dataset/format.js';
import type { DatasetProblem } from '../dataset/read.js';
import type { CsvRecord } from './csv.js';

/** Why a cell is empty, as the data model stores it: never 0. */
export type CellAbsence = 'not_reported' | 'not_applicable';

export interface Cell<T> {
  value: T | null;
  absence: CellAbsence | null;
}

/** One row of a KPI values table: a KPI's figures for one fiscal year. */
export interface KpiValueRow {
  table: 'kpi_values';
  file: string;
  line: number;
  municipalityCode: string;
  programNumber: string;
  kpiPosition: number;
  fiscalYear: number;
  /** Undefined where the table has no such column: the stored figure is kept. */
  target?: Cell<number> | undefined;
  actual?: Cell<number> | undefined;
  runningTotal?: Cell<number> | undefined;
  status?: string | null | undefined;
  note?: string | null | undefined;
  /** Where the figures were read (a document, a page), kept in their provenance. */
  source: string | null;
}

/** One row of a costs table: an amount for a fiscal year or a range of them. */
export interface CostRow {
  table: 'costs';
  file: string;
  line: number;
  municipalityCode: string;
  programNumber: string;
  category: (typeof costCategory.enumValues)[number];
  staffType: (typeof staffType.enumValues)[number] | null;
  fiscalYearFrom: number;
  fiscalYearTo: number;
  amountYen: number | null;
  amountAbsence: CellAbsence | null;
  precisionYen: number;
  staffFte?: Cell<number> | undefined;
  note?: string | null | undefined;
  source: string | null;
}

export type TableRow = KpiValueRow | CostRow;

/** The columns of each table, in the order the templates and exports write them; required ones first. */
export const KPI_VALUE_COLUMNS = {
  required: ['municipality_code', 'program_number', 'kpi_position', 'fiscal_year'],
  optional: ['target', 'actual', 'running_total', 'status', 'note', 'source'],
} as const;

export const COST_COLUMNS = {
  required: ['municipality_code', 'program_number', 'category', 'fiscal_year', 'amount', 'unit'],
  optional: ['staff_type', 'fiscal_year_to', 'staff_fte', 'note', 'source'],
} as const;

export const KPI_VALUE_HEADER = [...KPI_VALUE_COLUMNS.required, ...KPI_VALUE_COLUMNS.optional];
export const COST_HEADER = [
  'municipality_code',
  'program_number',
  'category',
  'staff_type',
  'fiscal_year',
  'fiscal_year_to',
  'amount',
  'unit',
  'staff_fte',
  'note',
  'source',
];

/** Dashes that mean "no figure this year" in Japanese tables (－ in Asahi's report). */
const DASHES = new Set(['-', '－', '―', '—', '‐', '−']);

type Problem = Omit<DatasetProblem, 'file'>;

/** Reads one numeric cell: empty is not reported, a dash not applicable, else a number (1,593; ＋10). */
function numberCell(raw: string, column: string, at: string, problems: Problem[]): Cell<number> {
  const text = normalizeText(raw).trim();
  if (text === '') return { value: null, absence: 'not_reported' };
  if (DASHES.has(text) || DASHES.has(raw.trim())) return { value: null, absence: 'not_applicable' };
  const plain = text.replace(/^\+/, '');
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(plain)) {
    problems.push({
      path: `${at}, ${column}`,
      message: `must be a number, got ${JSON.stringify(raw)}`,
    });
    return { value: null, absence: null };
  }
  const value = Number(plain.replace(/,/g, ''));
  const checked = quantity.safeParse(value);
  if (!checked.success)
    problems.push({ path: `${at}, ${column}`, message: checked.error.issues[0]!.message });
  return { value, absence: null };
}

/** A cell through one of the dataset format's rules, so messages match those of a program file. */
function checkCell<T>(
  schema: z.ZodType<T>,
  input: unknown,
  column: string,
  at: string,
  problems: Problem[],
): T | null {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  problems.push({ path: `${at}, ${column}`, message: parsed.error.issues[0]!.message });
  return null;
}

function intCell(raw: string, column: string, at: string, problems: Problem[]): number | null {
  const text = normalizeText(raw).trim();
  if (text === '') {
    problems.push({ path: `${at}, ${column}`, message: 'is required' });
    return null;
  }
  if (!/^\d+$/.test(text)) {
    problems.push({
      path: `${at}, ${column}`,
      message: `must be a whole number, got ${JSON.stringify(raw)}`,
    });
    return null;
  }
  return Number(text);
}

/** A text cell as written (only trimmed): notes quote sources, and NFKC would change them. */
function textCell(raw: string | undefined): string | null {
  const text = (raw ?? '').trim();
  return text === '' ? null : text;
}

/** Which table a header is for, and where each column stands in it. */
function readHeader(
  cells: string[],
): { table: 'kpi_values' | 'costs'; index: Map<string, number> } | { problems: Problem[] } {
  const names = cells.map((cell) => normalizeText(cell).trim().toLowerCase());
  const index = new Map(names.map((name, i) => [name, i]));
  const table = index.has('kpi_position') ? 'kpi_values' : index.has('category') ? 'costs' : null;
  if (!table) {
    return {
      problems: [
        {
          path: 'line 1 (header)',
          message: `is not the header of a KPI values table (${KPI_VALUE_HEADER.join(',')}) or of a costs table (${COST_HEADER.join(',')})`,
        },
      ],
    };
  }
  const columns = table === 'kpi_values' ? KPI_VALUE_COLUMNS : COST_COLUMNS;
  const known = new Set<string>([...columns.required, ...columns.optional]);
  const problems: Problem[] = [];
  for (const name of columns.required)
    if (!index.has(name))
      problems.push({ path: 'line 1 (header)', message: `lacks the column ${name}` });
  names.forEach((name, i) => {
    if (!known.has(name))
      problems.push({
        path: `line 1 (header), column ${i + 1}`,
        message: `unknown column ${JSON.stringify(cells[i])}`,
      });
    else if (names.indexOf(name) !== i)
      problems.push({
        path: `line 1 (header), column ${i + 1}`,
        message: `repeats the column ${name}`,
      });
  });
  return problems.length ? { problems } : { table, index };
}

/**
 * Reads a CSV table's records into rows, checking every cell; every problem is returned with its line and
 * column, so a user fixes them all in one pass.
 */
export function readTable(
  file: string,
  records: CsvRecord[],
): { rows: TableRow[]; problems: DatasetProblem[] } {
  const problems: Problem[] = [];
  const withFile = () => problems.map((problem) => ({ file, ...problem }));
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [{ file, path: '', message: 'the file is empty' }] };
  const head = readHeader(header.cells);
  if ('problems' in head) return { rows: [], problems: head.problems.map((p) => ({ file, ...p })) };
  if (body.length === 0)
    return { rows: [], problems: [{ file, path: '', message: 'has a header but no rows' }] };

  const rows: TableRow[] = [];
  for (const record of body) {
    const at = `line ${record.line}`;
    if (record.cells.length !== header.cells.length) {
      problems.push({
        path: at,
        message: `has ${record.cells.length} cells where the header has ${header.cells.length}`,
      });
      continue;
    }
    const cell = (name: string) => {
      const i = head.index.get(name);
      return i === undefined ? '' : record.cells[i]!;
    };
    const has = (name: string) => head.index.has(name);
    const before = problems.length;
    const code = checkCell(
      municipalityCode,
      normalizeText(cell('municipality_code')).trim(),
      'municipality_code',
      at,
      problems,
    );
    const programNumber = textCell(cell('program_number'));
    if (!programNumber) problems.push({ path: `${at}, program_number`, message: 'is required' });
    const yearNumber = intCell(cell('fiscal_year'), 'fiscal_year', at, problems);
    const year =
      yearNumber === null ? null : checkCell(fiscalYear, yearNumber, 'fiscal_year', at, problems);
    const common = {
      file,
      line: record.line,
      note: has('note') ? textCell(cell('note')) : undefined,
      source: textCell(cell('source')),
    };

    if (head.table === 'kpi_values') {
      const position = intCell(cell('kpi_position'), 'kpi_position', at, problems);
      if (position !== null && position < 1)
        problems.push({ path: `${at}, kpi_position`, message: 'must be 1 or more (① is 1)' });
      const row: KpiValueRow = {
        table: 'kpi_values',
        ...common,
        municipalityCode: code ?? '',
        programNumber: programNumber ?? '',
        kpiPosition: position ?? 0,
        fiscalYear: year ?? 0,
        target: has('target') ? numberCell(cell('target'), 'target', at, problems) : undefined,
        actual: has('actual') ? numberCell(cell('actual'), 'actual', at, problems) : undefined,
        runningTotal: has('running_total')
          ? numberCell(cell('running_total'), 'running_total', at, problems)
          : undefined,
        status: has('status') ? textCell(cell('status')) : undefined,
      };
      if (problems.length === before) rows.push(row);
      continue;
    }

    const category = checkCell(
      costCategoryCell,
      normalizeText(cell('category')).trim(),
      'category',
      at,
      problems,
    );
    const staff = textCell(cell('staff_type'));
    const staffKind =
      staff === null ? null : checkCell(staffTypeCell, staff, 'staff_type', at, problems);
    if (staff !== null && category !== null && category !== 'personnel_cost')
      problems.push({ path: `${at}, staff_type`, message: 'is only for personnel_cost' });
    const toText = textCell(cell('fiscal_year_to'));
    const toNumber = toText === null ? year : intCell(toText, 'fiscal_year_to', at, problems);
    const yearTo =
      toNumber === null ? null : checkCell(fiscalYear, toNumber, 'fiscal_year_to', at, problems);
    if (year !== null && yearTo !== null && yearTo < year)
      problems.push({ path: `${at}, fiscal_year_to`, message: 'the period ends before it starts' });
    const unit = checkCell(
      yenUnit,
      normalizeText(cell('unit')).trim() || undefined,
      'unit',
      at,
      problems,
    );
    const amount = numberCell(cell('amount'), 'amount', at, problems);
    if (amount.value !== null) checkCell(money, amount.value, 'amount', at, problems);
    const fte = has('staff_fte')
      ? numberCell(cell('staff_fte'), 'staff_fte', at, problems)
      : undefined;
    if (fte && fte.value !== null) checkCell(money, fte.value, 'staff_fte', at, problems);
    let amountYen: number | null = null;
    if (amount.value !== null && amount.value >= 0 && unit) {
      try {
        amountYen = unit === '千円' ? yenFromThousands(amount.value) : wholeYen(amount.value);
      } catch (error) {
        problems.push({ path: `${at}, amount`, message: (error as Error).message });
      }
    }
    if (problems.length !== before) continue;
    rows.push({
      table: 'costs',
      ...common,
      municipalityCode: code!,
      programNumber: programNumber!,
      category: category!,
      staffType: staffKind,
      fiscalYearFrom: year!,
      fiscalYearTo: yearTo!,
      amountYen,
      amountAbsence: amount.absence,
      precisionYen: unit === '千円' ? 1_000 : 1,
      staffFte: fte,
    });
  }
  return { rows, problems: withFile() };
}

function wholeYen(amount: number): number {
  if (!Number.isSafeInteger(amount))
    throw new RangeError(`${amount} 円 is not a whole number of yen`);
  return amount;
}

const costCategoryCell = z.enum(costCategory.enumValues, {
  error: `must be one of ${costCategory.enumValues.join(', ')}`,
});
const staffTypeCell = z.enum(staffType.enumValues, {
  error: `must be one of ${staffType.enumValues.join(', ')}`,
});
