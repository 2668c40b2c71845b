import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, serial, text, unique } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { absenceOnlyWhenNull, fiscalYear, plausibleFiscalYear } from './columns.js';
import { absence, evaluationAxis } from './enums.js';
import { program } from './program.js';
import { provenance } from './provenance.js';

/** One grade on the scale an evaluation uses, e.g. { grade: 'A', label: '計画どおり' }. */
export interface ScaleGrade {
  grade: string;
  label: string;
}

/** An evaluation of a program's fiscal year on one axis (進捗状況, 有効性, ...), with the reason given. */
export const evaluation = pgTable(
  'evaluation',
  {
    id: serial().primaryKey(),
    programId: integer()
      .notNull()
      .references((): AnyPgColumn => program.id, { onDelete: 'cascade' }),
    /** The fiscal year evaluated. */
    fiscalYear: fiscalYear().notNull(),
    axis: evaluationAxis().notNull(),
    /** The axis as the form names it, e.g. 進捗状況. */
    axisLabel: text().notNull(),
    grade: text(),
    gradeAbsence: absence(),
    /** The scale the form offers, in its order. */
    scale: jsonb().$type<ScaleGrade[]>().notNull(),
    /** The heading of the reason as printed (左記判断理由, 他都市の事業内容等). */
    reasonLabel: text(),
    reason: text(),
    note: text(),
    gradeProvenanceId: integer()
      .notNull()
      .references((): AnyPgColumn => provenance.id),
    reasonProvenanceId: integer().references((): AnyPgColumn => provenance.id),
    /** Raised by every write, so an edit based on an older reading is refused rather than lost. */
    version: integer().notNull().default(1),
  },
  (t) => [
    index('evaluation_grade_provenance_id').on(t.gradeProvenanceId),
    index('evaluation_reason_provenance_id')
      .on(t.reasonProvenanceId)
      .where(sql`${t.reasonProvenanceId} is not null`),
    unique('evaluation_program_year_axis').on(t.programId, t.fiscalYear, t.axis),
    plausibleFiscalYear('evaluation_fiscal_year', t.fiscalYear),
    absenceOnlyWhenNull('evaluation_grade_absence', t.grade, t.gradeAbsence),
  ],
);

export type Evaluation = typeof evaluation.$inferSelect;
