import { sql } from 'drizzle-orm';
import {
  index,
  check,
  integer,
  pgTable,
  serial,
  smallint,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { absenceOnlyWhenNull, fiscalYear, plausibleFiscalYear } from './columns.js';
import { absence } from './enums.js';
import { program } from './program.js';
import { provenance } from './provenance.js';

/** A line of a program's schedule (事業行程), e.g. 大学等との連携. */
export const activity = pgTable(
  'activity',
  {
    id: serial().primaryKey(),
    programId: integer()
      .notNull()
      .references((): AnyPgColumn => program.id, { onDelete: 'cascade' }),
    position: smallint().notNull(),
    name: text().notNull(),
    provenanceId: integer()
      .notNull()
      .references((): AnyPgColumn => provenance.id),
  },
  (t) => [
    index('activity_provenance_id').on(t.provenanceId),
    unique('activity_program_position').on(t.programId, t.position),
    check('activity_position', sql`${t.position} >= 1`),
  ],
);

export type Activity = typeof activity.$inferSelect;

/** What an activity planned and what it did in one fiscal year, as printed. */
export const activityYear = pgTable(
  'activity_year',
  {
    id: serial().primaryKey(),
    activityId: integer()
      .notNull()
      .references((): AnyPgColumn => activity.id, { onDelete: 'cascade' }),
    fiscalYear: fiscalYear().notNull(),
    planned: text(),
    plannedAbsence: absence(),
    done: text(),
    doneAbsence: absence(),
    plannedProvenanceId: integer().references((): AnyPgColumn => provenance.id),
    doneProvenanceId: integer().references((): AnyPgColumn => provenance.id),
  },
  (t) => [
    index('activity_year_planned_provenance_id')
      .on(t.plannedProvenanceId)
      .where(sql`${t.plannedProvenanceId} is not null`),
    index('activity_year_done_provenance_id')
      .on(t.doneProvenanceId)
      .where(sql`${t.doneProvenanceId} is not null`),
    unique('activity_year_activity_year').on(t.activityId, t.fiscalYear),
    plausibleFiscalYear('activity_year_fiscal_year', t.fiscalYear),
    absenceOnlyWhenNull('activity_year_planned_absence', t.planned, t.plannedAbsence),
    absenceOnlyWhenNull('activity_year_done_absence', t.done, t.doneAbsence),
  ],
);

export type ActivityYear = typeof activityYear.$inferSelect;
