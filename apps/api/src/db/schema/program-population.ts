import { boolean, integer, pgTable } from 'drizzle-orm/pg-core';

/**
 * How many programs there are of each kind (real, made up), kept by triggers on program_summary
 * (migration 0018) in the transaction that adds or removes a program. Similar programs weigh a term by
 * how rare it is among programs of its kind; counting the 34,820 made-up programs on every request
 * cost more than the rest of the search.
 */
export const programPopulation = pgTable('program_population', {
  synthetic: boolean().primaryKey(),
  programs: integer().notNull(),
});
