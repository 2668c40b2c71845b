import { isPlausibleFiscalYear, MAX_FISCAL_YEAR, MIN_PROGRAM_START_YEAR } from '@muni/domain';
import { z } from 'zod';
import {
  absence,
  amountKind,
  costCategory,
  documentForm,
  evaluationAxis,
  fundingScheme,
  kpiDirection,
  kpiKind,
  kpiRole,
  narrativeKind,
  provenanceOrigin,
  staffType,
} from '../db/schema/enums.js';

// A missing key reads "is required" rather than zod's "expected object, received undefined".
z.config({ customError: (issue) => (issue.input === undefined ? 'is required' : undefined) });

/** The version this loader reads; a file names it in `format`. */
export const DATASET_FORMAT = 'muni-program/1';

export const fiscalYear = z
  .number()
  .int('must be a whole year')
  .refine(isPlausibleFiscalYear, 'must be a plausible fiscal year (1947 to 2100)');

/** The year a program began, which may be before the years of any figure. */
const programStartYear = z
  .number()
  .int('must be a whole year')
  .min(MIN_PROGRAM_START_YEAR, `must be ${MIN_PROGRAM_START_YEAR} (明治元年) or later`)
  .max(MAX_FISCAL_YEAR, `must be ${MAX_FISCAL_YEAR} or earlier`);

export const nonBlank = z.string().trim().min(1, 'must not be empty');

/**
 * Where a value was read. `origin: document` (the default) needs the section of the file's document and
 * the raw text as the document has it, byte for byte; `external` and `editorial` need a note saying
 * where the fact comes from or why the dataset chose it.
 */
const provenanceFields = {
  origin: z.enum(provenanceOrigin.enumValues).default('document'),
  section: nonBlank.optional(),
  raw: nonBlank.optional(),
  note: nonBlank.optional(),
};

const absenceReason = z.enum(absence.enumValues);

type ProvenanceShape = {
  origin: (typeof provenanceOrigin.enumValues)[number];
  section?: string | undefined;
  raw?: string | undefined;
  note?: string | undefined;
  value: unknown;
  absence?: string | undefined;
};

function checkProvenance(item: ProvenanceShape, ctx: z.RefinementCtx): void {
  if (item.origin === 'document') {
    if (!item.section)
      ctx.addIssue({
        code: 'custom',
        path: ['section'],
        message: 'a value read from the document needs its section',
      });
    if (item.value !== null && !item.raw)
      ctx.addIssue({
        code: 'custom',
        path: ['raw'],
        message: 'a value read from the document needs its raw text',
      });
  } else if (!item.note) {
    ctx.addIssue({
      code: 'custom',
      path: ['note'],
      message: `an ${item.origin} value needs a note saying where it comes from`,
    });
  }
  if (item.value === null && !item.absence) {
    ctx.addIssue({
      code: 'custom',
      path: ['absence'],
      message: `a null value needs its reason: ${absence.enumValues.join(', ')}`,
    });
  }
  if (item.value !== null && item.absence) {
    ctx.addIssue({
      code: 'custom',
      path: ['absence'],
      message: 'only a null value can have an absence reason',
    });
  }
}

/** A value with its provenance; null only with the reason it is missing (never 0 for "not reported"). */
export function sourced<T extends z.ZodType>(value: T) {
  return z
    .object({ value: value.nullable(), absence: absenceReason.optional(), ...provenanceFields })
    .strict()
    .superRefine((item, ctx) => checkProvenance(item as ProvenanceShape, ctx));
}

/** A value that is always present. */
function required<T extends z.ZodType>(value: T) {
  return z
    .object({ value, ...provenanceFields })
    .strict()
    .superRefine((item, ctx) => checkProvenance(item as ProvenanceShape, ctx));
}

/** Reports every item whose key repeats an earlier one's, naming the field that makes it a duplicate. */
function uniqueBy<T>(
  items: readonly T[],
  keyOf: (item: T) => unknown,
  at: (string | number)[],
  field: string,
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = JSON.stringify(keyOf(item));
    if (seen.has(key))
      ctx.addIssue({
        code: 'custom',
        path: [...at, index, field],
        message: `duplicates an earlier entry (${key})`,
      });
    seen.add(key);
  });
}

export const quantity = z.number().finite('must be a finite number');
export const yenUnit = z.enum(['円', '千円']);
export const money = z.number().finite().nonnegative('must not be negative');
export const policyAreaKey = z
  .string()
  .regex(/^[a-z][a-z-]*$/, 'must be a lower-case key such as city-promotion');
export const municipalityCode = z
  .string()
  .regex(/^[0-9]{5}$/, 'must be a five-digit local government code');

const municipalitySchema = z
  .object({
    code: municipalityCode,
    nameJa: nonBlank,
    nameEn: nonBlank.optional(),
    prefecture: z
      .object({ code: z.number().int().min(1).max(47), ja: nonBlank, en: nonBlank.optional() })
      .strict(),
    note: nonBlank,
  })
  .strict();

const documentSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens'),
    file: nonBlank,
    form: z.enum(documentForm.enumValues),
    formName: nonBlank,
    formNameEn: nonBlank.optional(),
    title: nonBlank,
    titleEn: nonBlank.optional(),
    fiscalYear,
  })
  .strict();

const planLevelSchema = z
  .object({
    level: nonBlank,
    number: nonBlank.optional(),
    name: nonBlank,
    section: nonBlank,
    raw: nonBlank,
  })
  .strict();

const kpiValueSchema = z
  .object({
    fiscalYear,
    target: sourced(quantity).optional(),
    actual: sourced(quantity).optional(),
    runningTotal: sourced(quantity).optional(),
    status: sourced(nonBlank).optional(),
    note: nonBlank.optional(),
  })
  .strict();

const kpiSchema = z
  .object({
    position: z.number().int().min(1),
    name: required(nonBlank),
    nameEn: nonBlank.optional(),
    shortName: nonBlank.optional(),
    shortNameEn: nonBlank.optional(),
    unit: required(nonBlank),
    unitEn: nonBlank.optional(),
    kind: sourced(z.enum(kpiKind.enumValues)),
    role: z.enum(kpiRole.enumValues).optional(),
    /** Which way is better; left out (null) where the source does not say: never assumed. */
    direction: z.enum(kpiDirection.enumValues).nullable().default(null),
    baseline: sourced(quantity)
      .and(z.object({ fiscalYear: fiscalYear.optional(), label: nonBlank.optional() }))
      .optional(),
    planTarget: sourced(quantity).optional(),
    planActual: sourced(quantity).optional(),
    planStatus: sourced(nonBlank).optional(),
    statusNote: required(nonBlank).optional(),
    note: nonBlank.optional(),
    values: z.array(kpiValueSchema),
  })
  .strict()
  .superRefine((kpi, ctx) => {
    uniqueBy(kpi.values, (value) => value.fiscalYear, ['values'], 'fiscalYear', ctx);
  });

const yearsSchema = z
  .object({
    fiscalYear: fiscalYear.optional(),
    period: z.object({ first: fiscalYear, last: fiscalYear }).strict().optional(),
  })
  .superRefine((entry, ctx) => {
    if ((entry.fiscalYear === undefined) === (entry.period === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['fiscalYear'],
        message: 'give either fiscalYear or period',
      });
    }
    if (entry.period && entry.period.last < entry.period.first) {
      ctx.addIssue({
        code: 'custom',
        path: ['period', 'last'],
        message: 'the period ends before it starts',
      });
    }
  });

const costSchema = z
  .object({
    category: z.enum(costCategory.enumValues),
    staffType: z.enum(staffType.enumValues).optional(),
    /** The amount as printed, in `unit`; stored as whole yen. */
    amount: sourced(money),
    unit: yenUnit,
    amountKind: z.enum(amountKind.enumValues).default('actual'),
    staffFte: sourced(money).optional(),
    staffHours: sourced(money).optional(),
    note: nonBlank.optional(),
  })
  .strict()
  .and(yearsSchema);

const gradeSchema = z.object({ grade: nonBlank, label: nonBlank }).strict();

const evaluationSchema = z
  .object({
    fiscalYear,
    axis: z.enum(evaluationAxis.enumValues),
    axisLabel: nonBlank,
    grade: sourced(nonBlank),
    scale: z.array(gradeSchema).min(1, 'must list the grades the form offers'),
    reasonLabel: nonBlank.optional(),
    reason: required(nonBlank).optional(),
    note: nonBlank.optional(),
  })
  .strict()
  .superRefine((evaluation, ctx) => {
    const grade = evaluation.grade.value;
    if (grade !== null && !evaluation.scale.some((option) => option.grade === grade)) {
      ctx.addIssue({
        code: 'custom',
        path: ['grade', 'value'],
        message: `grade ${grade} is not on the scale`,
      });
    }
  });

const activitySchema = z
  .object({
    position: z.number().int().min(1),
    name: required(nonBlank),
    years: z.array(
      z
        .object({
          fiscalYear,
          planned: sourced(nonBlank).optional(),
          done: sourced(nonBlank).optional(),
        })
        .strict(),
    ),
  })
  .strict();

const narrativeSchema = z
  .object({
    // A KPI's status note is given with its KPI, as kpis[].statusNote.
    kind: z.enum(narrativeKind.enumValues).exclude(['kpi_status_note']),
    position: z.number().int().min(1).default(1),
    fiscalYear: fiscalYear.optional(),
    heading: nonBlank,
    text: required(nonBlank),
  })
  .strict();

/** A unit cost the form prints (対象数, 単位当たりコスト), as printed. */
const unitCostSchema = z
  .object({
    fiscalYear,
    targetCount: sourced(quantity),
    targetUnit: nonBlank.optional(),
    targetDefinition: sourced(nonBlank).optional(),
    unitCost: sourced(money),
    unit: yenUnit,
    formula: sourced(nonBlank).optional(),
    note: nonBlank.optional(),
  })
  .strict();

/** The dataset's English for one Japanese text of the file, as that text is stored (its `value`). */
const glossSchema = z.object({ ja: nonBlank, en: nonBlank }).strict();

const programSchema = z
  .object({
    number: required(nonBlank),
    name: required(nonBlank),
    nameEn: nonBlank.optional(),
    department: sourced(nonBlank).optional(),
    departmentHead: sourced(nonBlank).optional(),
    division: sourced(nonBlank).optional(),
    divisionHead: sourced(nonBlank).optional(),
    section: sourced(nonBlank).optional(),
    periodKind: sourced(nonBlank).optional(),
    programCategory: sourced(nonBlank).optional(),
    policyArea: required(policyAreaKey),
    fundingScheme: required(z.enum(fundingScheme.enumValues)),
    fundingSchemeName: sourced(nonBlank).optional(),
    budgetLine: sourced(nonBlank).optional(),
    relatedPlan: sourced(nonBlank).optional(),
    legalBasis: sourced(nonBlank).optional(),
    firstFiscalYear: sourced(programStartYear),
    lastFiscalYear: sourced(fiscalYear),
    planPeriod: required(z.object({ first: fiscalYear, last: fiscalYear }).strict()).optional(),
    planHierarchy: z.array(planLevelSchema),
  })
  .strict();

/** A whole program as one source document reports it. */
export const programFileSchema = z
  .object({
    format: z.literal(DATASET_FORMAT, { error: `must be "${DATASET_FORMAT}"` }),
    municipality: municipalitySchema,
    document: documentSchema,
    program: programSchema,
    kpis: z.array(kpiSchema),
    costs: z.array(costSchema),
    evaluations: z.array(evaluationSchema),
    activities: z.array(activitySchema),
    narratives: z.array(narrativeSchema),
    unitCosts: z.array(unitCostSchema).default([]),
    glosses: z.array(glossSchema).default([]),
  })
  .strict()
  .superRefine((file, ctx) => {
    uniqueBy(file.unitCosts, (cost) => cost.fiscalYear, ['unitCosts'], 'fiscalYear', ctx);
    uniqueBy(file.glosses, (gloss) => gloss.ja, ['glosses'], 'ja', ctx);
    uniqueBy(file.kpis, (kpi) => kpi.position, ['kpis'], 'position', ctx);
    uniqueBy(
      file.costs,
      (cost) => [cost.category, cost.staffType ?? null, cost.fiscalYear ?? cost.period],
      ['costs'],
      'category',
      ctx,
    );
    uniqueBy(
      file.evaluations,
      (evaluation) => [evaluation.fiscalYear, evaluation.axis],
      ['evaluations'],
      'axis',
      ctx,
    );
    uniqueBy(file.activities, (activity) => activity.position, ['activities'], 'position', ctx);
    file.activities.forEach((activity, index) =>
      uniqueBy(
        activity.years,
        (year) => year.fiscalYear,
        ['activities', index, 'years'],
        'fiscalYear',
        ctx,
      ),
    );
    uniqueBy(
      file.narratives,
      (narrative) => [narrative.kind, narrative.position],
      ['narratives'],
      'position',
      ctx,
    );
    checkGlosses(file, ctx);
  });

/** Every gloss must translate a text the file holds: a gloss of nothing is a typo to put right. */
function checkGlosses(file: z.infer<typeof programFileSchema>, ctx: z.RefinementCtx): void {
  if (file.glosses.length === 0) return;
  // Zod refines a file whose other parts failed too; their problems are reported already, and its
  // texts cannot be listed until they are put right.
  let texts: Set<string>;
  try {
    texts = glossableTexts(file);
  } catch {
    return;
  }
  file.glosses.forEach((gloss, index) => {
    if (!texts.has(gloss.ja))
      ctx.addIssue({
        code: 'custom',
        path: ['glosses', index, 'ja'],
        message: 'matches no text of this file (a gloss translates a label or text as stored)',
      });
  });
}

export type ProgramFile = z.infer<typeof programFileSchema>;

/** The heading a KPI's status note is stored under; the form prints it above the notes. */
export const STATUS_NOTE_HEADING = '状況について';

/** Every Japanese text of a file that a gloss may translate: labels, words of scales, passages. */
export function glossableTexts(
  file: Omit<z.infer<typeof programFileSchema>, 'glosses'> & { glosses?: unknown },
): Set<string> {
  const { program, kpis, evaluations, activities, narratives, unitCosts, document } = file;
  const texts: (string | null | undefined)[] = [
    document.formName,
    document.title,
    program.department?.value,
    program.division?.value,
    program.section?.value,
    program.periodKind?.value,
    program.programCategory?.value,
    program.fundingSchemeName?.value,
    program.budgetLine?.value,
    program.relatedPlan?.value,
    program.legalBasis?.value,
    ...program.planHierarchy.flatMap((level) => [level.level, level.name]),
    ...kpis.flatMap((kpi) => [
      kpi.baseline?.label,
      kpi.planStatus?.value,
      kpi.statusNote?.value,
      kpi.statusNote ? STATUS_NOTE_HEADING : null,
      ...kpi.values.map((value) => value.status?.value),
    ]),
    ...evaluations.flatMap((evaluation) => [
      evaluation.axisLabel,
      evaluation.reasonLabel,
      evaluation.reason?.value,
      evaluation.grade.value,
      ...evaluation.scale.flatMap((option) => [option.grade, option.label]),
    ]),
    ...activities.flatMap((activity) => [
      activity.name.value,
      ...activity.years.flatMap((year) => [year.planned?.value, year.done?.value]),
    ]),
    ...narratives.flatMap((narrative) => [narrative.heading, narrative.text.value]),
    ...unitCosts.flatMap((cost) => [
      cost.targetUnit,
      cost.targetDefinition?.value,
      cost.formula?.value,
    ]),
  ];
  return new Set(texts.filter((text): text is string => typeof text === 'string'));
}
export type SourcedValue<T> = {
  value: T | null;
  absence?: (typeof absence.enumValues)[number] | undefined;
  origin: (typeof provenanceOrigin.enumValues)[number];
  section?: string | undefined;
  raw?: string | undefined;
  note?: string | undefined;
};
