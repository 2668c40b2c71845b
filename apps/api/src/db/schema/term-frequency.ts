import { boolean, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * How many programs of each kind hold each term (`program_term`), kept by triggers on program_term
 * (migration 0019) in the transaction that writes the terms. Similar programs weigh a term by how rare
 * it is; counting that on every request read thousands of index entries per term.
 */
export const termFrequency = pgTable(
  'term_frequency',
  {
    synthetic: boolean().notNull(),
    term: text().notNull(),
    programs: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.synthetic, t.term] })],
);
