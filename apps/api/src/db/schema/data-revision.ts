import { sql } from 'drizzle-orm';
import { bigint, boolean, check, pgTable } from 'drizzle-orm/pg-core';

/**
 * One number that moves whenever anything a query can read changes: a statement-level trigger on every
 * data table (migration 0003) bumps it inside the writing transaction, so it commits, and replicates,
 * together with the change. An answer computed at one revision is the answer at that revision in every
 * process, which is what lets each API process keep answers without keeping state of its own.
 */
export const dataRevision = pgTable(
  'data_revision',
  {
    /** Always true: the table holds one row. */
    id: boolean().primaryKey().default(true),
    revision: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [check('data_revision_single_row', sql`${t.id}`)],
);
