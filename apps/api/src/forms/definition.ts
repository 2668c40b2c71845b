import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import {
  absence,
  costCategory,
  evaluationAxis,
  kpiRole,
  narrativeKind,
} from '../db/schema/enums.js';
import { fiscalYear, municipalityCode, nonBlank, policyAreaKey } from '../dataset/format.js';
import { DatasetError, type DatasetProblem } from '../dataset/read.js';
import { formFormat, formKey, sheetFormSchema, type SheetForm } from './sheet-form.js';

/** A column as Excel letters it (A, BT, HB). */
const columnLetters = z
  .string()
  .regex(/^[A-Z]{1,3}$/, 'must be a column in Excel letters, e.g. BT');

/** Whether two headers are the same as a reader sees them: white space, line breaks and full-width
 * forms aside (`事業費計  （A）` is `事業費計（A）`). */
export function sameHeader(a: string, b: string): boolean {
  const plain = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
  return plain(a) === plain(b);
}

/** A total must name columns of its own group: a typo would leave a blank total printed as 0. */
function checkTotals(
  columns: readonly { header: string; totalOf?: string[] | undefined }[],
  path: (string | number)[],
  ctx: z.RefinementCtx,
): void {
  columns.forEach((column, index) =>
    column.totalOf?.forEach((header, part) => {
      if (!columns.some((other) => sameHeader(other.header, header)))
        ctx.addIssue({
          code: 'custom',
          path: [...path, index, 'totalOf', part],
          message: `names no column of the group: "${header}"`,
        });
    }),
  );
}

/** How a cell's text is read into a value. */
export const cellReading = z.enum([
  /** Text as the cell shows it, normalised (NFKC), lines kept, blank ends trimmed. */
  'text',
  /** A code whose leading zeros matter (0086): the text as it stands. */
  'code',
  /** A figure: an Excel number, or text holding one (1,593; full-width digits). */
  'number',
  /** An era year (平成13, 令和元, 令和7年度) as a Western year. */
  'era_year',
]);
export type CellReading = z.infer<typeof cellReading>;

/** One column of the sheet, checked against the header the form prints above it. */
const column = z
  .object({
    column: columnLetters,
    header: nonBlank,
    read: cellReading.default('text'),
  })
  .strict();
export type FormColumn = z.infer<typeof column>;

/** A value built from several neighbouring cells read together (a budget code in five parts). */
const columns = z
  .object({
    columns: z.array(columnLetters).min(2),
    headers: z.array(nonBlank).min(2),
  })
  .strict()
  .refine((entry) => entry.columns.length === entry.headers.length, {
    message: 'give one header per column',
    path: ['headers'],
  });

/** A column of marks (○ or blank) naming one plan the program belongs to. */
const flag = column.extend({ name: nonBlank });

/** What a cell of a fiscal year's group of columns holds. */
const yearColumn = z
  .object({
    header: nonBlank,
    /** A cost or funding amount of that year, in `money.unit`. */
    cost: z.enum(costCategory.enumValues).optional(),
    /** Staff of the personnel cost: full-time equivalents or hours worked. */
    staff: z.enum(['fte', 'hours']).optional(),
    /** The value of the indicator at this position. */
    indicator: z.number().int().min(1).optional(),
    /** For a total: the columns (by header, in the same group) it adds up. A total of blanks is
     * blank, whatever the form's formula printed. */
    totalOf: z.array(nonBlank).optional(),
  })
  .strict()
  .refine(
    (entry) =>
      [entry.cost, entry.staff, entry.indicator].filter((part) => part !== undefined).length === 1,
    { message: 'give exactly one of cost, staff or indicator' },
  );

const yearGroup = z
  .object({
    fiscalYear,
    /** Figures spent and observed, or planned and aimed at. */
    kind: z.enum(['actual', 'plan']),
    firstColumn: columnLetters,
    /** How the workbook labels the group (a shape drawn above the header, not a cell). */
    label: nonBlank,
  })
  .strict();

const indicator = z
  .object({
    position: z.number().int().min(1),
    role: z.enum(kpiRole.enumValues),
    /** The letter the form gives it (ア, カ, サ). */
    label: nonBlank,
    name: column,
    unit: column,
  })
  .strict();

const scaleWord = z
  .object({
    grade: nonBlank,
    label: nonBlank,
    /** The dataset's English for the label, given to every program as a gloss. */
    labelEn: nonBlank.optional(),
    /** The cell's text for this choice, exactly, where it differs from the grade. */
    raw: nonBlank.optional(),
  })
  .strict();

const evaluation = z
  .object({
    axis: z.enum(evaluationAxis.enumValues),
    label: nonBlank,
    labelEn: nonBlank.optional(),
    grade: column,
    scale: z.array(scaleWord).min(2),
    reason: column.optional(),
  })
  .strict();

const narrative = column.extend({
  kind: z.enum(narrativeKind.enumValues),
  /** The dataset's English for the heading. */
  headerEn: nonBlank.optional(),
  /** The fiscal year the text is about, relative to the document's year (-1: the year before). */
  yearOffset: z.number().int().optional(),
});

const planLevel = z
  .object({
    level: nonBlank,
    levelEn: nonBlank.optional(),
    /** The level's number, from one cell or from its digits in neighbouring cells. */
    number: z.union([column, columns]),
    name: column,
  })
  .strict();

/** A text a cell may hold in place of a figure, and what it means. */
const mark = z
  .object({
    text: nonBlank,
    absence: z.enum(absence.enumValues),
    meaning: nonBlank,
  })
  .strict();

const programColumns = z
  .object({
    number: column,
    name: column,
    legalBasis: column.optional(),
    department: column.optional(),
    section: column.optional(),
    periodKind: column.optional(),
    firstFiscalYear: column.optional(),
    lastFiscalYear: column.optional(),
    programCategory: column.optional(),
    budgetLine: columns.optional(),
    relatedPlans: z.array(flag).default([]),
  })
  .strict();

/**
 * A form definition: where each field of one kind of source sits and what it means, so that a
 * municipality's workbook of a known layout is imported by a file, not by code. This one describes a
 * workbook of one row a program (`layout: row_per_program`); sheet-form.ts, a sheet a program.
 */
export const formDefinitionSchema = z
  .object({
    format: formFormat,
    key: formKey,
    layout: z.literal('row_per_program'),
    formName: nonBlank,
    formNameEn: nonBlank,
    municipality: z
      .object({
        code: municipalityCode,
        nameJa: nonBlank,
        nameEn: nonBlank,
        prefecture: z
          .object({ code: z.number().int().min(1).max(47), ja: nonBlank, en: nonBlank })
          .strict(),
        note: nonBlank,
      })
      .strict(),
    sheet: nonBlank,
    headerRow: z.number().int().min(1),
    firstRow: z.number().int().min(1),
    /** The document's fiscal year, read from this column of every row (they must agree), as a year
     * of `era` (7 in a 令和 column is FY2025). */
    documentYear: z.object({ column: columnLetters, header: nonBlank, era: nonBlank }).strict(),
    /** Money columns are in this unit; `note` says how that is known. */
    money: z.object({ unit: z.enum(['円', '千円']), note: nonBlank }).strict(),
    /** Columns never read, and why (staff names, telephone numbers). */
    ignored: z.array(z.object({ columns: z.array(columnLetters), why: nonBlank }).strict()),
    marks: z.array(mark),
    /** What the second figure means where a cell gives one in parentheses after the first (36（1））;
     * without it such a cell is a problem. The first figure is the value. */
    parenthesisedPart: nonBlank.optional(),
    program: programColumns,
    fundingScheme: z.object({ value: z.literal('municipal'), note: nonBlank }).strict(),
    /** This product's policy area, by the code of the program's second plan level (施策). */
    policyArea: z
      .object({
        level: z.number().int().min(0),
        byNumber: z.record(z.string(), policyAreaKey),
        note: nonBlank,
      })
      .strict(),
    planHierarchy: z.array(planLevel).min(1),
    narratives: z.array(narrative),
    indicators: z.array(indicator),
    /** The indicators' kind (stock or increment), which this form does not state. */
    indicatorKindNote: nonBlank,
    years: z.array(yearGroup).min(1),
    yearColumns: z.array(yearColumn).min(1),
    /** The whole plan of a program limited to a period: its funding over that period. */
    overallPlan: z
      .object({
        /** Only programs of this period kind describe an overall plan. */
        periodKind: nonBlank,
        columns: z.array(yearColumn.and(z.object({ column: columnLetters }))),
      })
      .strict()
      .optional(),
    evaluations: z
      .object({
        /** The year evaluated, relative to the document's year (-1: the year before). */
        yearOffset: z.number().int(),
        questions: z.array(evaluation),
      })
      .strict(),
  })
  .strict()
  .superRefine((definition, ctx) => {
    checkTotals(definition.yearColumns, ['yearColumns'], ctx);
    if (definition.overallPlan)
      checkTotals(definition.overallPlan.columns, ['overallPlan', 'columns'], ctx);
  });

export type FormDefinition = z.infer<typeof formDefinitionSchema>;

/** The cells a plan level's number is read from. */
export function numberColumns(
  spec: FormDefinition['planHierarchy'][number]['number'],
): { column: string; header: string }[] {
  return 'column' in spec
    ? [{ column: spec.column, header: spec.header }]
    : spec.columns.map((column, index) => ({ column, header: spec.headers[index]! }));
}

/** A form file as YAML gives it, before it is validated. */
async function readFormFile(file: string): Promise<{ label: string; data: unknown }> {
  const label = path.relative(process.cwd(), file) || file;
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new DatasetError([
      { file: label, path: '', message: `cannot be read (${error.code ?? error.message})` },
    ]);
  });
  const document = parseDocument(text, { uniqueKeys: true });
  if (document.errors.length > 0)
    throw new DatasetError(
      document.errors.map((error) => ({ file: label, path: '', message: error.message })),
    );
  return { label, data: document.toJS() };
}

/** Validates a form file by `schema`, naming every problem with its path in the file. */
function validated<T>(label: string, data: unknown, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    throw new DatasetError(
      parsed.error.issues.map((issue): DatasetProblem => ({
        file: label,
        path: issue.path.map(String).join('.'),
        message: issue.message,
      })),
    );
  return parsed.data;
}

/** Reads and validates the definition of a workbook form, naming every problem with its path. */
export async function readFormDefinition(file: string): Promise<FormDefinition> {
  const { label, data } = await readFormFile(file);
  return validated(label, data, formDefinitionSchema);
}

/** The form definitions of a folder (data/forms), of both layouts. */
export interface Forms {
  /** Workbooks of one row a program, which `pnpm run import` reads. */
  workbooks: FormDefinition[];
  /** Sheets of one program each, read by hand into program files, which they are checked against. */
  sheets: SheetForm[];
}

/** Every form definition in `dir`, in a stable order, every problem of all of them at once. */
export async function readForms(dir: string): Promise<Forms> {
  const names = (await readdir(dir).catch(() => [])).filter((name) => /\.ya?ml$/.test(name)).sort();
  const results = await Promise.allSettled(
    names.map(async (name) => {
      const { label, data } = await readFormFile(path.join(dir, name));
      const layout = (data as { layout?: unknown } | null)?.layout;
      return layout === 'sheet_per_program'
        ? { sheet: validated(label, data, sheetFormSchema) }
        : { workbook: validated(label, data, formDefinitionSchema) };
    }),
  );
  const problems = results.flatMap((result) =>
    result.status === 'rejected'
      ? result.reason instanceof DatasetError
        ? result.reason.problems
        : [{ file: dir, path: '', message: String(result.reason) }]
      : [],
  );
  if (problems.length > 0) throw new DatasetError(problems);
  const forms: Forms = { workbooks: [], sheets: [] };
  for (const result of results) {
    const form = (
      result as PromiseFulfilledResult<{ workbook?: FormDefinition; sheet?: SheetForm }>
    ).value;
    if (form.workbook) forms.workbooks.push(form.workbook);
    if (form.sheet) forms.sheets.push(form.sheet);
  }
  return forms;
}
