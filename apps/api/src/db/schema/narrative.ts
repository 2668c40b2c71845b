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
import { fiscalYear, plausibleFiscalYear } from './columns.js';
import { narrativeKind } from './enums.js';
import { kpi } from './kpi.js';
import { program } from './program.js';
import { provenance } from './provenance.js';

/**
 * A text of a program's record: its purpose, the issues it faces, a self-evaluation. `text` is normalised
 * for display and search (NFKC, line wraps of the PDF joined); the provenance keeps the raw text.
 */
export const narrative = pgTable(
  'narrative',
  {
    id: serial().primaryKey(),
    programId: integer()
      .notNull()
      .references((): AnyPgColumn => program.id, { onDelete: 'cascade' }),
    /** For texts about one KPI (a status note). */
    kpiId: integer().references((): AnyPgColumn => kpi.id, { onDelete: 'cascade' }),
    kind: narrativeKind().notNull(),
    /** Order among texts of the same kind (components 1. and 2.). */
    position: smallint().notNull().default(1),
    fiscalYear: fiscalYear(),
    /** The heading as printed, e.g. 事業推進上の課題. */
    heading: text().notNull(),
    text: text().notNull(),
    provenanceId: integer()
      .notNull()
      .references((): AnyPgColumn => provenance.id),
    /** Raised by every write, so an edit based on an older reading is refused rather than lost. */
    version: integer().notNull().default(1),
  },
  (t) => [
    index('narrative_provenance_id').on(t.provenanceId),
    unique('narrative_key').on(t.programId, t.kind, t.kpiId, t.position).nullsNotDistinct(),
    plausibleFiscalYear('narrative_fiscal_year', t.fiscalYear),
    check('narrative_text_not_blank', sql`btrim(${t.text}) <> ''`),
  ],
);

export type Narrative = typeof narrative.$inferSelect;
