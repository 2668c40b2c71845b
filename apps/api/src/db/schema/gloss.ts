import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { program } from './program.js';

/**
 * The dataset's English for a Japanese text of a program's record: a label the form prints (進捗状況),
 * a grade's wording, a heading or a whole passage. Sources stay Japanese; a gloss is shown beside them
 * to English readers, keyed by the text as stored, so one wording has one English within a program.
 */
export const gloss = pgTable(
  'gloss',
  {
    programId: integer()
      .notNull()
      .references((): AnyPgColumn => program.id, { onDelete: 'cascade' }),
    ja: text().notNull(),
    en: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.ja] })],
);

export type Gloss = typeof gloss.$inferSelect;
