import {
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  smallint,
  text,
} from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { fiscalYear } from './columns.js';
import { program } from './program.js';

/**
 * A program's derived headline figures, computed by the domain rules whenever its record is written, so
 * that lists can filter, sort and roll up in SQL over every program in the country without recomputing
 * each one per request. Never edited by hand: the record it derives from is the truth.
 */
export const programSummary = pgTable(
  'program_summary',
  {
    programId: integer()
      .primaryKey()
      .references((): AnyPgColumn => program.id, { onDelete: 'cascade' }),
    /** Municipality code and program number, the default order. */
    sortCode: text().notNull(),
    /** The first and last fiscal year with any figure (KPI, baseline or cost). */
    dataFirstFiscalYear: fiscalYear(),
    dataLastFiscalYear: fiscalYear(),
    latestCostFiscalYear: fiscalYear(),
    latestCostYen: doublePrecision(),
    latestCostBasis: text(),
    /** Grant share of the same year as the latest cost (grant ÷ project cost). */
    latestGrantShare: doublePrecision(),
    /** Mean of the KPIs' current achievement (plan period, else latest year). */
    achievementMean: doublePrecision(),
    /** Cost per unit of outcome of the first KPI in its latest year with one. */
    costPerOutcome: doublePrecision(),
    kpiCount: smallint().notNull(),
    kpisWithStatus: smallint().notNull(),
    kpisAchieved: smallint().notNull(),
    allKpisAchieved: boolean().notNull(),
    /** Names, KPI names and narrative, normalised (NFKC, lower case) for substring search. */
    searchText: text().notNull(),
  },
  (t) => [
    index('program_summary_sort_code').on(t.sortCode, t.programId),
    index('program_summary_latest_cost').on(t.latestCostYen, t.programId),
    index('program_summary_achievement').on(t.achievementMean, t.programId),
    index('program_summary_cost_per_outcome').on(t.costPerOutcome, t.programId),
    index('program_summary_grant_share').on(t.latestGrantShare, t.programId),
  ],
);

export type ProgramSummary = typeof programSummary.$inferSelect;
