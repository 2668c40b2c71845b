import { sql } from 'drizzle-orm';
import {
  index,
  check,
  integer,
  numeric,
  pgTable,
  serial,
  smallint,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { absenceOnlyWhenNull, fiscalYear, plausibleFiscalYear } from './columns.js';
import { absence, kpiDirection, kpiKind, kpiRole } from './enums.js';
import { program } from './program.js';
import { provenance } from './provenance.js';

// Unbounded: a workbook's figures carry up to 15 significant digits, fractions included.
const quantity = () => numeric({ mode: 'number' });
const provenanceRef = () => integer().references((): AnyPgColumn => provenance.id);

/** A key performance indicator (KPI, 成果指標) of a program. */
export const kpi = pgTable(
  'kpi',
  {
    id: serial().primaryKey(),
    programId: integer()
      .notNull()
      .references((): AnyPgColumn => program.id, { onDelete: 'cascade' }),
    /** Order within the program as printed (① is 1). */
    position: smallint().notNull(),
    nameJa: text().notNull(),
    nameEn: text(),
    /** A few words for legends and sentences (CM育成人数), chosen by the dataset. */
    shortName: text(),
    shortNameEn: text(),
    unit: text().notNull(),
    unitEn: text(),
    /** NULL where the source does not say whether the figure is a level or a year's addition (its
     * `kind_absence` then says so); the product then computes nothing that depends on it. */
    kind: kpiKind(),
    kindAbsence: absence(),
    /** Activity, target size or outcome, where the form sorts its indicators so. */
    role: kpiRole(),
    /** Null where the source does not say which way is better. */
    direction: kpiDirection(),
    baselineValue: quantity(),
    baselineAbsence: absence(),
    baselineFiscalYear: fiscalYear(),
    /** The baseline's time as printed (令和2年度, 事業開始前). */
    baselineLabel: text(),
    /** The target for the whole plan period, where the source prints one. */
    planTarget: quantity(),
    planTargetAbsence: absence(),
    /** The plan-period actual as printed. */
    planActual: quantity(),
    planActualAbsence: absence(),
    /** The plan-period status in the source's own word (達成). */
    planStatus: text(),
    note: text(),
    provenanceId: provenanceRef().notNull(),
    unitProvenanceId: provenanceRef().notNull(),
    kindProvenanceId: provenanceRef().notNull(),
    baselineProvenanceId: provenanceRef(),
    planTargetProvenanceId: provenanceRef(),
    planActualProvenanceId: provenanceRef(),
    planStatusProvenanceId: provenanceRef(),
    /** Raised by every write, so an edit based on an older reading is refused rather than lost. */
    version: integer().notNull().default(1),
  },
  (t) => [
    index('kpi_provenance_id').on(t.provenanceId),
    index('kpi_unit_provenance_id').on(t.unitProvenanceId),
    index('kpi_kind_provenance_id').on(t.kindProvenanceId),
    index('kpi_baseline_provenance_id')
      .on(t.baselineProvenanceId)
      .where(sql`${t.baselineProvenanceId} is not null`),
    index('kpi_plan_target_provenance_id')
      .on(t.planTargetProvenanceId)
      .where(sql`${t.planTargetProvenanceId} is not null`),
    index('kpi_plan_actual_provenance_id')
      .on(t.planActualProvenanceId)
      .where(sql`${t.planActualProvenanceId} is not null`),
    index('kpi_plan_status_provenance_id')
      .on(t.planStatusProvenanceId)
      .where(sql`${t.planStatusProvenanceId} is not null`),
    unique('kpi_program_position').on(t.programId, t.position),
    check('kpi_position', sql`${t.position} >= 1`),
    check('kpi_unit_not_blank', sql`btrim(${t.unit}) <> ''`),
    plausibleFiscalYear('kpi_baseline_fiscal_year', t.baselineFiscalYear),
    check('kpi_kind_or_absence', sql`(${t.kind} is null) = (${t.kindAbsence} is not null)`),
    absenceOnlyWhenNull('kpi_baseline_absence', t.baselineValue, t.baselineAbsence),
    absenceOnlyWhenNull('kpi_plan_target_absence', t.planTarget, t.planTargetAbsence),
    absenceOnlyWhenNull('kpi_plan_actual_absence', t.planActual, t.planActualAbsence),
  ],
);

export type Kpi = typeof kpi.$inferSelect;

/**
 * A KPI's figures for one fiscal year. NULL is never 0: a NULL figure is either not part of the form
 * (a stock has no running total) or has a reason in its `*_absence` column.
 */
export const kpiValue = pgTable(
  'kpi_value',
  {
    id: serial().primaryKey(),
    kpiId: integer()
      .notNull()
      .references((): AnyPgColumn => kpi.id, { onDelete: 'cascade' }),
    fiscalYear: fiscalYear().notNull(),
    target: quantity(),
    targetAbsence: absence(),
    actual: quantity(),
    actualAbsence: absence(),
    /** Running total since the start (累計), as printed, for increments. */
    runningTotal: quantity(),
    runningTotalAbsence: absence(),
    /** The source's own status word (達成, 未達成, 未実施). */
    status: text(),
    note: text(),
    targetProvenanceId: provenanceRef(),
    actualProvenanceId: provenanceRef(),
    runningTotalProvenanceId: provenanceRef(),
    statusProvenanceId: provenanceRef(),
    /** Raised by every write, so an edit based on an older reading is refused rather than lost. */
    version: integer().notNull().default(1),
  },
  (t) => [
    index('kpi_value_target_provenance_id')
      .on(t.targetProvenanceId)
      .where(sql`${t.targetProvenanceId} is not null`),
    index('kpi_value_actual_provenance_id')
      .on(t.actualProvenanceId)
      .where(sql`${t.actualProvenanceId} is not null`),
    index('kpi_value_running_total_provenance_id')
      .on(t.runningTotalProvenanceId)
      .where(sql`${t.runningTotalProvenanceId} is not null`),
    index('kpi_value_status_provenance_id')
      .on(t.statusProvenanceId)
      .where(sql`${t.statusProvenanceId} is not null`),
    unique('kpi_value_kpi_year').on(t.kpiId, t.fiscalYear),
    plausibleFiscalYear('kpi_value_fiscal_year', t.fiscalYear),
    absenceOnlyWhenNull('kpi_value_target_absence', t.target, t.targetAbsence),
    absenceOnlyWhenNull('kpi_value_actual_absence', t.actual, t.actualAbsence),
    absenceOnlyWhenNull('kpi_value_running_total_absence', t.runningTotal, t.runningTotalAbsence),
  ],
);

export type KpiValue = typeof kpiValue.$inferSelect;
