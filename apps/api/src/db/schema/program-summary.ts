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
import { fundingScheme } from './enums.js';
import { municipality } from './municipality.js';
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
    // The program's own columns that lists filter on, copied so that a list or a ranking over the
    // whole country reads this one table and joins nothing it does not show.
    municipalityId: integer()
      .notNull()
      .references((): AnyPgColumn => municipality.id, { onDelete: 'cascade' }),
    policyArea: text().notNull(),
    fundingScheme: fundingScheme().notNull(),
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
    /** What that figure divides: total cost, or project cost alone; rankings never mix the two. */
    costPerOutcomeBasis: text(),
    kpiCount: smallint().notNull(),
    kpisWithStatus: smallint().notNull(),
    kpisAchieved: smallint().notNull(),
    allKpisAchieved: boolean().notNull(),
    /** Names, KPI names and narrative, normalised (NFKC, lower case) for substring search. */
    searchText: text().notNull(),
    /** The search text's pairs of neighbouring characters, which the search index holds. */
    searchBigrams: text().array().notNull(),
    /** How many terms say what the program does (its rows in program_term), to weigh a match by. */
    themeTermCount: smallint().notNull(),
  },
  (t) => [
    index('program_summary_sort_code').on(t.sortCode, t.programId),
    index('program_summary_latest_cost').on(t.latestCostYen, t.programId),
    index('program_summary_achievement').on(t.achievementMean, t.programId),
    index('program_summary_cost_per_outcome').on(t.costPerOutcome, t.programId),
    // Lists sorted the other way: highest first, programs without the figure still last.
    index('program_summary_sort_code_desc').on(t.sortCode.desc(), t.programId),
    index('program_summary_latest_cost_desc').on(t.latestCostYen.desc().nullsLast(), t.programId),
    index('program_summary_achievement_desc').on(t.achievementMean.desc().nullsLast(), t.programId),
    index('program_summary_cost_per_outcome_desc').on(
      t.costPerOutcome.desc().nullsLast(),
      t.programId,
    ),
    index('program_summary_grant_share').on(t.latestGrantShare, t.programId),
    // A ranking within a policy area reads its programs in order from these alone (index-only).
    // Cost rankings hold one cost basis at a time: the basis is part of their order.
    index('program_summary_area_basis_cost_per_outcome').on(
      t.policyArea,
      t.costPerOutcomeBasis,
      t.costPerOutcome,
      t.programId,
    ),
    index('program_summary_area_achievement').on(t.policyArea, t.achievementMean, t.programId),
    index('program_summary_area_grant_share').on(t.policyArea, t.latestGrantShare, t.programId),
    index('program_summary_area_basis_latest_cost').on(
      t.policyArea,
      t.latestCostBasis,
      t.latestCostYen,
      t.programId,
    ),
    index('program_summary_municipality').on(t.municipalityId),
    index('program_summary_search').using('gin', t.searchBigrams),
  ],
);

export type ProgramSummary = typeof programSummary.$inferSelect;
