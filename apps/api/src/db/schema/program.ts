import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { MAX_FISCAL_YEAR, MIN_PROGRAM_START_YEAR } from '@muni/domain';
import { absence, fundingScheme } from './enums.js';
import { fiscalYear, plausibleFiscalYear } from './columns.js';
import { municipality } from './municipality.js';
import { provenance } from './provenance.js';
import { sourceDocument } from './source-document.js';

/** A municipal program (事務事業 or a grant-funded project) as one source document reports it. */
export const program = pgTable(
  'program',
  {
    id: serial().primaryKey(),
    municipalityId: integer()
      .notNull()
      .references((): AnyPgColumn => municipality.id, { onDelete: 'cascade' }),
    /** The program's number within its municipality: the printed one (25-102) or, where the source
     * prints none, one this dataset assigns (its provenance then says so). With the municipality code it
     * is the program's natural key. */
    number: text().notNull(),
    nameJa: text().notNull(),
    nameEn: text(),
    /** The document the program's record was transcribed from. */
    documentId: integer()
      .notNull()
      .references((): AnyPgColumn => sourceDocument.id, { onDelete: 'restrict' }),
    department: text(),
    departmentHead: text(),
    division: text(),
    divisionHead: text(),
    /** The team within the division (係), where the form names it. */
    section: text(),
    /** How the program runs in time as the form classifies it (単年度繰返, 期間限定複数年度). */
    periodKind: text(),
    /** The form's category of program (Ａ 政策事業, Ｃ 施設管理). */
    programCategory: text(),
    /** A cross-municipality policy area (this dataset's classification, e.g. city-promotion). */
    policyArea: text().notNull(),
    fundingScheme: fundingScheme().notNull(),
    /** The scheme as the document names it (e.g. デジタル田園都市国家構想交付金（地方創生推進タイプ）). */
    fundingSchemeName: text(),
    budgetLine: text(),
    relatedPlan: text(),
    legalBasis: text(),
    firstFiscalYear: fiscalYear(),
    firstFiscalYearAbsence: absence(),
    lastFiscalYear: fiscalYear(),
    lastFiscalYearAbsence: absence(),
    /** The plan period a grant or plan fixes for the program, where the source gives one. */
    planFirstFiscalYear: fiscalYear(),
    planLastFiscalYear: fiscalYear(),
    /** SHA-256 of the dataset record last loaded into this program, so loading the same record again
     * writes nothing. */
    recordHash: text().notNull(),
    /** Raised by every write, so an edit based on an older reading is refused rather than lost. */
    version: integer().notNull().default(1),
  },
  (t) => [
    unique('program_municipality_number').on(t.municipalityId, t.number),
    index('program_document').on(t.documentId),
    check(
      'program_first_fiscal_year',
      sql`${t.firstFiscalYear} between ${sql.raw(String(MIN_PROGRAM_START_YEAR))} and ${sql.raw(String(MAX_FISCAL_YEAR))}`,
    ),
    plausibleFiscalYear('program_last_fiscal_year', t.lastFiscalYear),
    plausibleFiscalYear('program_plan_first_fiscal_year', t.planFirstFiscalYear),
    plausibleFiscalYear('program_plan_last_fiscal_year', t.planLastFiscalYear),
    check(
      'program_years_in_order',
      sql`${t.lastFiscalYear} is null or ${t.firstFiscalYear} is null or ${t.lastFiscalYear} >= ${t.firstFiscalYear}`,
    ),
    check(
      'program_plan_years_in_order',
      sql`(${t.planFirstFiscalYear} is null) = (${t.planLastFiscalYear} is null) and (${t.planLastFiscalYear} is null or ${t.planLastFiscalYear} >= ${t.planFirstFiscalYear})`,
    ),
    check(
      'program_first_absence',
      sql`${t.firstFiscalYearAbsence} is null or ${t.firstFiscalYear} is null`,
    ),
    check(
      'program_last_absence',
      sql`${t.lastFiscalYearAbsence} is null or ${t.lastFiscalYear} is null`,
    ),
  ],
);

export type Program = typeof program.$inferSelect;

/** Where each of a program's own fields was read, one row per field the source states. */
export const programFieldSource = pgTable(
  'program_field_source',
  {
    programId: integer()
      .notNull()
      .references((): AnyPgColumn => program.id, { onDelete: 'cascade' }),
    field: text().notNull(),
    provenanceId: integer()
      .notNull()
      .references((): AnyPgColumn => provenance.id),
  },
  (t) => [
    index('program_field_source_provenance_id').on(t.provenanceId),
    primaryKey({ columns: [t.programId, t.field] }),
  ],
);

/** The program's place in its municipality's plan hierarchy, from the top level down. */
export const planLevel = pgTable(
  'plan_level',
  {
    id: serial().primaryKey(),
    programId: integer()
      .notNull()
      .references((): AnyPgColumn => program.id, { onDelete: 'cascade' }),
    depth: smallint().notNull(),
    /** The level's name as printed, e.g. 基本政策. */
    level: text().notNull(),
    /** Its number within the plan, where printed (6 in 基本政策 6). */
    number: text(),
    name: text().notNull(),
    provenanceId: integer()
      .notNull()
      .references((): AnyPgColumn => provenance.id),
  },
  (t) => [
    index('plan_level_provenance_id').on(t.provenanceId),
    unique('plan_level_program_depth').on(t.programId, t.depth),
    check('plan_level_depth', sql`${t.depth} >= 0`),
  ],
);

export type PlanLevel = typeof planLevel.$inferSelect;
