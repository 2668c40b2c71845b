import { z } from 'zod';
import { absence, costCategory, documentForm } from '../db/schema/enums.js';
import { municipalityCode, nonBlank } from '../dataset/format.js';
import { formatPath, type DatasetProblem, type ProgramSource } from '../dataset/read.js';

/** The version of form definitions this reader knows; a definition names it in `format`. */
export const FORM_FORMAT = 'muni-form/1';
export const formFormat = z.literal(FORM_FORMAT, { error: `must be "${FORM_FORMAT}"` });
export const formKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens');

/**
 * A form printed one sheet a program (a PDF of a 事務事業評価シート, a grant's result report): where
 * each field stands on the sheet and what it means. Such a sheet is read by hand into a program file
 * (data/programs, as SEEDS.md says), and every value there names the section of the sheet it was read
 * from; the definition is the contract those files are checked against (`checkAgainstSheetForm`), so a
 * value read from the wrong place, or money in the wrong unit, is named before it is loaded.
 */
export const sheetFormSchema = z
  .object({
    format: formFormat,
    key: formKey,
    layout: z.literal('sheet_per_program'),
    formName: nonBlank,
    formNameEn: nonBlank,
    /** The municipality whose sheets these are, and the `document.form` its program files name. */
    municipality: z.object({ code: municipalityCode, nameJa: nonBlank }).strict(),
    documentForm: z.enum(documentForm.enumValues),
    /** What one sheet is (pages, tables) and how it is transcribed. */
    sheet: nonBlank,
    /** Money on the sheet is in this unit; every cost read from it says so. */
    money: z.object({ unit: z.enum(['円', '千円']), note: nonBlank }).strict(),
    /** What an empty cell means. */
    blank: z.object({ absence: z.enum(absence.enumValues), meaning: nonBlank }).strict(),
    /** Texts the sheet prints in place of a value, and what they mean. */
    marks: z.array(
      z.object({ text: nonBlank, absence: z.enum(absence.enumValues), meaning: nonBlank }).strict(),
    ),
    fields: z
      .array(
        z
          .object({
            /** The program file's field, its list indexes left out: `kpis.values.target`. */
            field: z
              .string()
              .regex(/^[a-zA-Z]+(\.[a-zA-Z]+)*$/, 'must be a field path, e.g. kpis.values.target'),
            /** Which entry of a list: a cost's category, an evaluation's axis, a narrative's kind. */
            of: nonBlank.optional(),
            /** Where on the sheet, as program files name it: its block, then the heading in it. */
            section: nonBlank,
            /** What the sheet prints beside the value. */
            label: nonBlank,
            labelEn: nonBlank,
            /** Which fiscal years the value covers and whether it is planned or done, where it matters. */
            years: nonBlank.optional(),
            /** How the value is read, where it is not plain. */
            reading: nonBlank.optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((form, ctx) => {
    const categories: readonly string[] = costCategory.enumValues;
    form.fields.forEach((field, index) => {
      if (field.field.startsWith('costs.') && field.of && !categories.includes(field.of))
        ctx.addIssue({
          code: 'custom',
          path: ['fields', index, 'of'],
          message: `is not a cost category: "${field.of}"`,
        });
    });
  });

export type SheetForm = z.infer<typeof sheetFormSchema>;

/** The list entries whose values are told apart by one of their own fields. */
const ENTRY_KEYS: Record<string, string> = {
  costs: 'category',
  evaluations: 'axis',
  narratives: 'kind',
};

interface SourcedValue {
  field: string;
  of: string | undefined;
  section: string;
  path: string;
}

/** Every value of a program file that names where on its sheet it was read. */
function* sourcedValues(
  node: unknown,
  field: string[] = [],
  at: PropertyKey[] = [],
  of?: string,
): Generator<SourcedValue> {
  if (Array.isArray(node)) {
    const key = ENTRY_KEYS[field.join('.')];
    for (const [index, item] of node.entries())
      yield* sourcedValues(
        item,
        field,
        [...at, index],
        key && item && typeof item === 'object'
          ? String((item as Record<string, unknown>)[key])
          : of,
      );
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.section === 'string')
      yield { field: field.join('.'), of, section: record.section, path: formatPath(at) };
    for (const [name, value] of Object.entries(record))
      if (name !== 'section') yield* sourcedValues(value, [...field, name], [...at, name], of);
  }
}

/**
 * What in a program file disagrees with the forms its sheet may be (its municipality's, for its kind
 * of document): none where one of them fits it, or where none is defined; else each form's mismatches.
 */
export function sheetFormProblems(
  forms: readonly SheetForm[],
  source: ProgramSource,
): { form: SheetForm | null; problems: DatasetProblem[] } {
  const checked = sheetFormsFor(forms, source).map((form) => ({
    form,
    problems: checkAgainstSheetForm(form, source),
  }));
  return (
    checked.find((entry) => entry.problems.length === 0) ?? {
      form: null,
      problems: checked.flatMap((entry) => entry.problems),
    }
  );
}

/** The forms that describe this program file's sheet: its municipality's, for its kind of document. */
export function sheetFormsFor(forms: readonly SheetForm[], source: ProgramSource): SheetForm[] {
  return forms.filter(
    (form) =>
      form.municipality.code === source.data.municipality.code &&
      form.documentForm === source.data.document.form,
  );
}

/**
 * What in a program file disagrees with the form of its sheet: a value read from a section the form
 * does not put that field in, a field the form does not have, money in another unit than the sheet's.
 */
export function checkAgainstSheetForm(form: SheetForm, source: ProgramSource): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const problem = (path: string, message: string) =>
    problems.push({ file: source.file, path, message });
  for (const value of sourcedValues(source.data)) {
    const candidates = form.fields.filter(
      (field) => field.field === value.field && (field.of === undefined || field.of === value.of),
    );
    const name = value.of ? `${value.field} (${value.of})` : value.field;
    if (candidates.length === 0)
      problem(value.path, `${name} is not a field of the form ${form.key}`);
    else if (!candidates.some((field) => field.section === value.section))
      problem(
        value.path,
        `${name} is read from "${value.section}", but the form ${form.key} prints it in ${candidates
          .map((field) => `"${field.section}"`)
          .join(' or ')}`,
      );
  }
  source.data.costs.forEach((cost, index) => {
    if (cost.unit !== form.money.unit)
      problem(
        `costs[${index}].unit`,
        `is ${cost.unit}, but the form ${form.key} prints money in ${form.money.unit}`,
      );
  });
  return problems;
}
