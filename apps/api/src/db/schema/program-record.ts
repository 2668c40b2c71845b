import { bigint, integer, json, pgTable } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { program } from './program.js';

/**
 * A program's rows as its page reads them, shaped into JSON by PostgreSQL when the program was last
 * written (refreshProgramSummaries), so that a read takes them as they are instead of aggregating a
 * dozen tables again. Kept at the data revision it was shaped at and used only while no change to the
 * program's rows (its scope) is newer: after a write that did not shape it again, the program is read
 * from the tables, never from a stale copy. Never edited by hand.
 */
export const programRecord = pgTable('program_record', {
  programId: integer()
    .primaryKey()
    .references((): AnyPgColumn => program.id, { onDelete: 'cascade' }),
  revision: bigint({ mode: 'number' }).notNull(),
  /** Its KPIs, their yearly values and its cost lines. */
  figures: json().notNull(),
  /** Its provenance and glosses. */
  sourced: json().notNull(),
  /** Its evaluations, activities and their years, narratives, plan levels, printed unit costs and
   * the sources of its own fields. */
  rest: json().notNull(),
});
