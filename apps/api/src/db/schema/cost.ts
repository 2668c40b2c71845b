import { sql } from 'drizzle-orm';
import {
  index,
  bigint,
  check,
  integer,
  numeric,
  pgTable,
  serial,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { absenceOnlyWhenNull, fiscalYear, plausibleFiscalYear } from './columns.js';
import { absence, amountKind, costCategory, staffType } from './enums.js';
import { program } from './program.js';
import { provenance } from './provenance.js';

/**
 * One amount of a program's cost or funding for a fiscal year or, where the source prints only a total,
 * for a range of fiscal years (the plan period). Money is whole yen; `precision_yen` says how exact the
 * printed figure is (1,000 for a sheet in 千円).
 */
export const costEntry = pgTable(
  'cost_entry',
  {
    id: serial().primaryKey(),
    programId: integer()
      .notNull()
      .references((): AnyPgColumn => program.id, { onDelete: 'cascade' }),
    fiscalYearFrom: fiscalYear().notNull(),
    fiscalYearTo: fiscalYear().notNull(),
    category: costCategory().notNull(),
    /** For personnel cost: which staff the line is for; NULL for other categories and for the total. */
    staffType: staffType(),
    amountYen: bigint({ mode: 'number' }),
    amountAbsence: absence(),
    precisionYen: integer().notNull().default(1),
    /** Spent, or planned for the year. */
    amountKind: amountKind().notNull().default('actual'),
    /** Staff in full-time equivalents (人), for personnel cost. */
    staffFte: numeric({ precision: 8, scale: 3, mode: 'number' }),
    /** The hours staff worked on the program in the year (延べ業務時間), for personnel cost. */
    staffHours: numeric({ mode: 'number' }),
    note: text(),
    provenanceId: integer()
      .notNull()
      .references((): AnyPgColumn => provenance.id),
    staffFteProvenanceId: integer().references((): AnyPgColumn => provenance.id),
    staffHoursProvenanceId: integer().references((): AnyPgColumn => provenance.id),
    /** Raised by every write, so an edit based on an older reading is refused rather than lost. */
    version: integer().notNull().default(1),
  },
  (t) => [
    index('cost_entry_provenance_id').on(t.provenanceId),
    index('cost_entry_staff_fte_provenance_id')
      .on(t.staffFteProvenanceId)
      .where(sql`${t.staffFteProvenanceId} is not null`),
    index('cost_entry_staff_hours_provenance_id')
      .on(t.staffHoursProvenanceId)
      .where(sql`${t.staffHoursProvenanceId} is not null`),
    unique('cost_entry_key')
      .on(t.programId, t.category, t.staffType, t.fiscalYearFrom, t.fiscalYearTo)
      .nullsNotDistinct(),
    plausibleFiscalYear('cost_entry_fiscal_year_from', t.fiscalYearFrom),
    plausibleFiscalYear('cost_entry_fiscal_year_to', t.fiscalYearTo),
    check('cost_entry_years_in_order', sql`${t.fiscalYearTo} >= ${t.fiscalYearFrom}`),
    check('cost_entry_amount_non_negative', sql`${t.amountYen} >= 0`),
    check('cost_entry_staff_fte_non_negative', sql`${t.staffFte} >= 0`),
    check('cost_entry_staff_hours_non_negative', sql`${t.staffHours} >= 0`),
    check('cost_entry_precision', sql`${t.precisionYen} >= 1`),
    check(
      'cost_entry_staff_type_only_for_personnel',
      sql`${t.staffType} is null or ${t.category} = 'personnel_cost'`,
    ),
    absenceOnlyWhenNull('cost_entry_amount_absence', t.amountYen, t.amountAbsence),
  ],
);

export type CostEntry = typeof costEntry.$inferSelect;
