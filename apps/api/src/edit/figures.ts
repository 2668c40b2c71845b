import { yenFromThousands } from '@muni/domain';
import type { z } from 'zod';
import type { Caller } from '../auth/caller.js';
import { costFact, costKey, kpiValueFact, kpiValueKey, programKey } from '../audit/facts.js';
import type { Database } from '../db/client.js';
import {
  kpiById,
  programContext,
  upsertCostEntry,
  upsertKpiValue,
  type KpiValueFigures,
  type NewProvenance,
} from '../db/queries/record-writes.js';
import type { CostEntry, KpiValue } from '../db/schema/index.js';
import { fiscalYear, money, nonBlank, quantity, sourced } from '../dataset/format.js';
import {
  editInTransaction,
  invalid,
  notFound,
  provenanceOf,
  Refused,
  stale,
  zodErrors,
  type EditResult,
  type SourceInput,
  type UserError,
} from './common.js';

type StoredAbsence = NonNullable<KpiValue['actualAbsence']>;
type Absence = Uppercase<StoredAbsence>;

export interface MeasureInput {
  value?: number | null;
  absence?: Absence | null;
}

/** An id argument as a database id, or a user error. */
export function idOf(field: string[], id: string, errors: UserError[]): number {
  if (/^[1-9][0-9]{0,9}$/.test(id) && Number(id) <= 2_147_483_647) return Number(id);
  errors.push(invalid(field, `"${id}" is not a valid id`));
  return 0;
}

function checkYear(field: string[], year: number, errors: UserError[]): void {
  const parsed = fiscalYear.safeParse(year);
  if (!parsed.success) errors.push(...zodErrors(field, parsed.error));
}

/** A figure checked by the program-file format's rule for a sourced value: null needs its reason. */
function checkMeasure(
  name: string,
  measure: MeasureInput,
  rule: z.ZodType,
  provenance: NewProvenance,
  errors: UserError[],
): { value: number | null; absence: StoredAbsence | null } {
  const value = measure.value ?? null;
  const absence = measure.absence ? (measure.absence.toLowerCase() as StoredAbsence) : null;
  const parsed = sourced(rule).safeParse({
    value,
    ...(absence && { absence }),
    origin: provenance.origin,
    section: provenance.section ?? undefined,
    raw: provenance.rawText ?? undefined,
    note: provenance.note ?? undefined,
  });
  if (!parsed.success) errors.push(...zodErrors(['input', name], parsed.error));
  return { value, absence };
}

export interface KpiValueUpsertInput {
  kpiId: string;
  fiscalYear: number;
  expectedVersion?: number | null;
  target?: MeasureInput | null;
  actual?: MeasureInput | null;
  runningTotal?: MeasureInput | null;
  status?: string | null;
  note?: string | null;
  source?: SourceInput | null;
}

/** Adds a KPI's year or changes its figures; figures left out keep their value and their source. */
export async function kpiValueUpsert(
  db: Database,
  caller: Caller,
  input: KpiValueUpsertInput,
): Promise<EditResult<KpiValue>> {
  const errors: UserError[] = [];
  const kpiId = idOf(['input', 'kpiId'], input.kpiId, errors);
  checkYear(['input', 'fiscalYear'], input.fiscalYear, errors);
  if (errors.length) return { userErrors: errors, result: null };
  return editInTransaction(db, caller, async (db) => {
    const kpi = await kpiById(db, kpiId);
    const context = kpi && (await programContext(db, kpi.programId));
    if (!kpi || !context) throw new Refused([notFound(['input', 'kpiId'], `KPI ${input.kpiId}`)]);
    const provenance = await provenanceOf(caller, input.source, {
      programId: kpi.programId,
      document: context.document,
    });
    const figures: KpiValueFigures = {};
    for (const name of ['target', 'actual', 'runningTotal'] as const) {
      const measure = input[name];
      if (!measure) continue;
      const checked = checkMeasure(name, measure, quantity, provenance, errors);
      figures[name] = checked.value;
      figures[`${name}Absence`] = checked.absence;
    }
    if (input.status !== undefined) {
      const status = input.status === null ? null : nonBlank.safeParse(input.status);
      if (status && !status.success) errors.push(...zodErrors(['input', 'status'], status.error));
      figures.status = status?.success ? status.data : null;
    }
    if (input.note !== undefined) figures.note = input.note?.trim() || null;
    if (Object.keys(figures).length === 0)
      errors.push(
        invalid(['input'], 'gives no figure to set (target, actual, runningTotal, status or note)'),
      );
    if (errors.length) throw new Refused(errors);
    const written = await upsertKpiValue(db, {
      kpiId,
      fiscalYear: input.fiscalYear,
      figures,
      provenance,
      expectedVersion: input.expectedVersion ?? null,
    });
    if (!written.ok)
      throw new Refused([
        stale(['input', 'expectedVersion'], input.expectedVersion, written.currentVersion),
      ]);
    const program = programKey(context.code, context.program.number);
    return {
      result: written.row,
      programId: kpi.programId,
      changes: [
        {
          key: kpiValueKey(program, kpi.position, input.fiscalYear),
          entity: 'kpi_value',
          program,
          action: written.before ? 'changed' : 'added',
          before: written.before && kpiValueFact(written.before),
          after: kpiValueFact(written.row),
        },
      ],
    };
  });
}

export interface CostEntryUpsertInput {
  programId: string;
  category: string;
  staffType?: string | null;
  fiscalYear: number;
  fiscalYearTo?: number | null;
  expectedVersion?: number | null;
  amount: MeasureInput;
  unit: 'YEN' | 'THOUSAND_YEN';
  staffFte?: number | null;
  note?: string | null;
  source?: SourceInput | null;
}

/** Adds or changes one cost line, found by program, category, staff type and years. */
export async function costEntryUpsert(
  db: Database,
  caller: Caller,
  input: CostEntryUpsertInput,
): Promise<EditResult<CostEntry>> {
  const errors: UserError[] = [];
  const programId = idOf(['input', 'programId'], input.programId, errors);
  const from = input.fiscalYear;
  const to = input.fiscalYearTo ?? input.fiscalYear;
  checkYear(['input', 'fiscalYear'], from, errors);
  checkYear(['input', 'fiscalYearTo'], to, errors);
  if (to < from)
    errors.push(invalid(['input', 'fiscalYearTo'], 'the period ends before it starts'));
  const category = input.category.toLowerCase() as CostEntry['category'];
  const staffType = (input.staffType?.toLowerCase() ?? null) as CostEntry['staffType'];
  if (staffType && category !== 'personnel_cost')
    errors.push(invalid(['input', 'staffType'], 'is only for personnel_cost'));
  if (input.staffFte != null) {
    const fte = money.safeParse(input.staffFte);
    if (!fte.success) errors.push(...zodErrors(['input', 'staffFte'], fte.error));
  }
  if (errors.length) return { userErrors: errors, result: null };
  return editInTransaction(db, caller, async (db) => {
    const context = await programContext(db, programId);
    if (!context)
      throw new Refused([notFound(['input', 'programId'], `program ${input.programId}`)]);
    const provenance = await provenanceOf(caller, input.source, {
      programId,
      document: context.document,
    });
    const amount = checkMeasure('amount', input.amount, money, provenance, errors);
    let amountYen: number | null = null;
    if (amount.value !== null && amount.value >= 0) {
      try {
        if (input.unit === 'THOUSAND_YEN') amountYen = yenFromThousands(amount.value);
        else if (Number.isSafeInteger(amount.value)) amountYen = amount.value;
        else throw new RangeError(`${amount.value} 円 is not a whole number of yen`);
      } catch (error) {
        errors.push(invalid(['input', 'amount', 'value'], (error as Error).message));
      }
    }
    if (errors.length) throw new Refused(errors);
    const written = await upsertCostEntry(db, {
      key: { programId, category, staffType, fiscalYearFrom: from, fiscalYearTo: to },
      figures: {
        amountYen,
        amountAbsence: amount.absence,
        precisionYen: input.unit === 'THOUSAND_YEN' ? 1_000 : 1,
        staffFte: input.staffFte ?? null,
        ...(input.note !== undefined && { note: input.note?.trim() || null }),
      },
      withStaff: category === 'personnel_cost' || input.staffFte != null,
      provenance,
      expectedVersion: input.expectedVersion ?? null,
    });
    if (!written.ok)
      throw new Refused([
        stale(['input', 'expectedVersion'], input.expectedVersion, written.currentVersion),
      ]);
    const program = programKey(context.code, context.program.number);
    return {
      result: written.row,
      programId,
      changes: [
        {
          key: costKey(program, category, staffType, from, to),
          entity: 'cost_entry',
          program,
          action: written.before ? 'changed' : 'added',
          before: written.before && costFact(written.before),
          after: costFact(written.row),
        },
      ],
    };
  });
}
