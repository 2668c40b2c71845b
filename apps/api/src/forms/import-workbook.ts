import { createHash } from 'node:crypto';
import path from 'node:path';
import { fiscalYearLabel, fiscalYearLabelEn, parseEraYear } from '@muni/domain';
import type { DatasetProblem, ProgramSource } from '../dataset/read.js';
import { numberColumns, sameHeader, type FormDefinition } from './definition.js';
import { readProgramRow, type WorkbookDocument } from './program-row.js';
import { columnIndex, columnLetters, readWorkbookSheet, type Sheet } from './workbook.js';

/** What a workbook gave: a program per row, or every problem found in it; notices either way. */
export interface WorkbookRead {
  programs: ProgramSource[];
  problems: DatasetProblem[];
  notices: string[];
  /** The rows read as programs. */
  rows: number;
}

/** Every column the definition reads, with the header the form prints above it. */
function expectedHeaders(definition: FormDefinition): { column: string; header: string }[] {
  const { program } = definition;
  const single = [
    definition.documentYear,
    program.number,
    program.name,
    program.legalBasis,
    program.department,
    program.section,
    program.periodKind,
    program.firstFiscalYear,
    program.lastFiscalYear,
    program.programCategory,
    ...program.relatedPlans,
    ...definition.planHierarchy.flatMap((level) => [level.name, ...numberColumns(level.number)]),
    ...definition.narratives,
    ...definition.indicators.flatMap((indicator) => [indicator.name, indicator.unit]),
    ...(definition.overallPlan?.columns ?? []),
    ...definition.evaluations.questions.flatMap((question) => [
      question.grade,
      ...(question.reason ? [question.reason] : []),
    ]),
  ].filter((entry): entry is { column: string; header: string } => entry !== undefined);
  const budget = program.budgetLine
    ? program.budgetLine.columns.map((column, index) => ({
        column,
        header: program.budgetLine!.headers[index]!,
      }))
    : [];
  const years = definition.years.flatMap((group) =>
    definition.yearColumns.map((spec, offset) => ({
      column: columnLetters(columnIndex(group.firstColumn) + offset),
      header: spec.header,
    })),
  );
  return [...single, ...budget, ...years];
}

/** A column whose header is not the one the definition expects is a problem: the layout differs. */
export function headerProblems(
  definition: FormDefinition,
  sheet: Sheet,
  file: string,
): DatasetProblem[] {
  return expectedHeaders(definition).flatMap(({ column, header: expected }) => {
    const found = sheet.cell(definition.headerRow, column).text;
    if (sameHeader(found, expected)) return [];
    return [
      {
        file,
        path: `row ${definition.headerRow}, column ${column}`,
        message: found.trim()
          ? `the header should be "${expected.replace(/\s+/g, ' ')}" (form ${definition.key}), found "${found.replace(/\s+/g, ' ')}"`
          : `the header "${expected.replace(/\s+/g, ' ')}" (form ${definition.key}) is missing`,
      },
    ];
  });
}

/** The document's fiscal year: every row must say the same year. */
function documentYear(
  definition: FormDefinition,
  sheet: Sheet,
  rows: number[],
  file: string,
): { year: number | null; problems: DatasetProblem[] } {
  const { column, era } = definition.documentYear;
  const years = new Map<number, number[]>();
  const problems: DatasetProblem[] = [];
  for (const row of rows) {
    const text = sheet.cell(row, column).text.trim();
    try {
      const year = parseEraYear(`${era}${text}`);
      years.set(year, [...(years.get(year) ?? []), row]);
    } catch {
      problems.push({
        file,
        path: `row ${row}, column ${column} (${definition.documentYear.header})`,
        message: `"${text}" is not a year of ${era}`,
      });
    }
  }
  if (years.size > 1)
    problems.push({
      file,
      path: `column ${column} (${definition.documentYear.header})`,
      message: `the rows are for different years (${[...years.keys()].map(fiscalYearLabel).join(', ')}); a workbook is one year's evaluation`,
    });
  return { year: years.size === 1 ? [...years.keys()][0]! : null, problems };
}

/** A workbook whose headers differ from a form's in more places than this is not of that form: its
 * rows are not read by it. */
const NEAR_FIT = 5;

/**
 * Reads a row-per-program workbook by the form definition whose layout it has (its sheet, and every
 * header where the definition expects it), then reads every row. Every problem is gathered before
 * anything is given up: a workbook whose headers differ from a form's in a few places is still read
 * by it, so its header problems and its cells' problems are reported together. Nothing here writes.
 */
export async function readWorkbook(
  bytes: Buffer,
  forms: readonly FormDefinition[],
  file: string,
): Promise<WorkbookRead & { form: FormDefinition | null }> {
  const empty = { programs: [], notices: [], rows: 0, form: null };
  if (forms.length === 0)
    return {
      ...empty,
      problems: [{ file, path: '', message: 'no form definition to read it by' }],
    };
  const sheets = new Map<string, Awaited<ReturnType<typeof readWorkbookSheet>>>();
  let closest: {
    definition: FormDefinition;
    sheet: Sheet | null;
    layout: DatasetProblem[];
  } | null = null;
  for (const definition of forms) {
    if (!sheets.has(definition.sheet))
      sheets.set(definition.sheet, await readWorkbookSheet(bytes, definition.sheet));
    const opened = sheets.get(definition.sheet)!;
    const layout = opened.ok
      ? headerProblems(definition, opened.sheet, file)
      : [{ file, path: '', message: `${opened.problem} (form ${definition.key})` }];
    if (closest === null || layout.length < closest.layout.length)
      closest = { definition, sheet: opened.ok ? opened.sheet : null, layout };
    if (layout.length === 0) break;
  }
  const { definition, sheet, layout } = closest!;
  if (!sheet || layout.length > NEAR_FIT) return { ...empty, problems: layout };
  const read = readRows(definition, sheet, bytes, file);
  const problems = [...layout, ...read.problems];
  return {
    ...read,
    programs: problems.length > 0 ? [] : read.programs,
    problems,
    form: definition,
  };
}

function readRows(
  definition: FormDefinition,
  sheet: Sheet,
  bytes: Buffer,
  file: string,
): WorkbookRead {
  const empty = { programs: [], notices: [], rows: 0 };
  const problems: DatasetProblem[] = [];
  const numberColumn = definition.program.number.column;
  const nameColumn = definition.program.name.column;
  const rows: number[] = [];
  for (let row = definition.firstRow; row <= sheet.rowCount; row += 1) {
    const number = sheet.cell(row, numberColumn).text.trim();
    if (number) rows.push(row);
    else if (sheet.cell(row, nameColumn).text.trim())
      problems.push({
        file,
        path: `row ${row}, column ${numberColumn} (${definition.program.number.header})`,
        message: 'the row names a program but gives it no number',
      });
  }
  const year = documentYear(definition, sheet, rows, file);
  problems.push(...year.problems);
  if (year.year === null) return { ...empty, problems };

  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const document: WorkbookDocument = {
    key: `${definition.key}-${year.year}`,
    file: path.basename(file),
    form: 'evaluation_workbook',
    formName: definition.formName,
    formNameEn: definition.formNameEn,
    title: `${definition.municipality.nameJa} ${definition.formName}（${fiscalYearLabel(year.year)}）`,
    titleEn: `${definition.municipality.nameEn}: ${definition.formNameEn} (${fiscalYearLabelEn(year.year)})`,
    fiscalYear: year.year,
  };

  const programs: ProgramSource[] = [];
  const notices: string[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const result = readProgramRow(definition, sheet, row, document, file);
    problems.push(...result.problems);
    notices.push(...result.notices);
    if (!result.data) continue;
    const number = result.data.program.number.value;
    const earlier = seen.get(number);
    if (earlier !== undefined)
      problems.push({
        file,
        path: `row ${row}, column ${numberColumn} (${definition.program.number.header})`,
        message: `program ${number} is also in row ${earlier}`,
      });
    seen.set(number, row);
    programs.push({ file, data: result.data, sourceText: '', sourceSha256: sha256 });
  }
  return { programs: problems.length > 0 ? [] : programs, problems, notices, rows: rows.length };
}
