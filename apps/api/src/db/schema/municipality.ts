import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  serial,
  smallint,
  text,
} from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { provenance } from './provenance.js';

/** A municipality (市区町村), keyed by its five-digit local government code (地方公共団体コード, without
 * the check digit). */
export const municipality = pgTable(
  'municipality',
  {
    id: serial().primaryKey(),
    code: text().notNull().unique(),
    nameJa: text().notNull(),
    nameEn: text(),
    prefectureCode: smallint().notNull(),
    prefectureJa: text().notNull(),
    prefectureEn: text(),
    /** Residents, for population-band peers; null where no source gives it (the real programs' do not). */
    population: integer(),
    /** Generated test data, never shown under a real city's name. */
    isSynthetic: boolean().notNull().default(false),
    provenanceId: integer()
      .notNull()
      .references((): AnyPgColumn => provenance.id),
  },
  (t) => [
    index('municipality_provenance_id').on(t.provenanceId),
    check('municipality_code_format', sql`${t.code} ~ '^[0-9]{5}$'`),
    check('municipality_population_positive', sql`${t.population} > 0`),
    // The synthetic dataset's prefectures are numbered apart (101 to 147), so a real city's
    // prefecture peers are never made-up cities.
    check(
      'municipality_prefecture_code',
      sql`${t.prefectureCode} between 1 and 47 or (${t.isSynthetic} and ${t.prefectureCode} between 101 and 147)`,
    ),
    index('municipality_prefecture').on(t.prefectureCode, t.code),
  ],
);

export type Municipality = typeof municipality.$inferSelect;
