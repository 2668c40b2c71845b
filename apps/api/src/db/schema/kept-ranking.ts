import {
  bigint,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { program } from './program.js';

/**
 * Each policy area's national rankings, worked out by the same SQL that ranks any filtered set, when
 * the area's derived figures change (in the same transaction), so that the rankings council members open
 * most are read, not computed: one metric (and one cost basis for a cost metric) over one whole area, in
 * the metric's own direction. `ranking_spread` holds each one's distribution and the revision it was
 * worked out at; a ranking whose area changed since (migration 0016's `area:` scope) is computed instead.
 */
export const rankingEntry = pgTable(
  'ranking_entry',
  {
    metric: text().notNull(),
    /** The cost basis of a cost metric; '' for the others. */
    basis: text().notNull(),
    policyArea: text().notNull(),
    /** 1 for the first, in the metric's order then by program id. */
    position: integer().notNull(),
    programId: integer()
      .notNull()
      .references((): AnyPgColumn => program.id, { onDelete: 'cascade' }),
    value: doublePrecision().notNull(),
    rank: integer().notNull(),
    percentile: doublePrecision(),
  },
  (t) => [
    primaryKey({ columns: [t.metric, t.basis, t.policyArea, t.position] }),
    index('ranking_entry_program').on(t.metric, t.basis, t.policyArea, t.programId),
    index('ranking_entry_program_id').on(t.programId),
  ],
);

export const rankingSpread = pgTable(
  'ranking_spread',
  {
    metric: text().notNull(),
    basis: text().notNull(),
    policyArea: text().notNull(),
    /** The data revision these figures were worked out at. */
    revision: bigint({ mode: 'number' }).notNull(),
    count: integer().notNull(),
    min: doublePrecision(),
    p10: doublePrecision(),
    p25: doublePrecision(),
    median: doublePrecision(),
    p75: doublePrecision(),
    p90: doublePrecision(),
    max: doublePrecision(),
  },
  (t) => [primaryKey({ columns: [t.metric, t.basis, t.policyArea] })],
);
