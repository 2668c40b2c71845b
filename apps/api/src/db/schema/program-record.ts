import { bigint, integer, json, pgTable, text } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { program } from './program.js';

/**
 * A program's rows as its page reads them, shaped into JSON by PostgreSQL when the program was last
 * written (refreshProgramSummaries), so that a read takes them as they are instead of aggregating a
 * dozen tables again. A write to any of the program's rows deletes it (migration 0020), and it is used
 * only while no change to the program (its scope) is newer than the revision it was shaped at, by the
 * version of the API that shaped it: after a write that did not shape it again, the program is read
 * from its tables, never from a stale copy. Never edited by hand.
 */
export const programRecord = pgTable('program_record', {
  programId: integer()
    .primaryKey()
    .references((): AnyPgColumn => program.id, { onDelete: 'cascade' }),
  revision: bigint({ mode: 'number' }).notNull(),
  /** Which statement shaped it: its rows are arrays read back by column position, so a copy shaped by
   * another version of the API (another column order, another part) is not read as if it were this
   * one's. */
  layout: text().notNull(),
  /** Its KPIs, their yearly values and its cost lines. */
  figures: json().notNull(),
  /** Its provenance and glosses. */
  sourced: json().notNull(),
  /** Its evaluations, activities and their years, narratives, plan levels, printed unit costs and
   * the sources of its own fields. */
  rest: json().notNull(),
});
