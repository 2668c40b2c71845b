import { boolean, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { program } from './program.js';

/**
 * The terms that say what a program does (domain `themeTerms`), one row a term, derived with the
 * program's summary whenever its record is written. Similar programs are those that share rare terms;
 * the index by term lets one statement count how rare each term is and find who shares it.
 */
export const programTerm = pgTable(
  'program_term',
  {
    programId: integer()
      .notNull()
      .references((): AnyPgColumn => program.id, { onDelete: 'cascade' }),
    term: text().notNull(),
    /** Whether the term stands alone in the program's texts, not only as a pair cut from a compound. */
    word: boolean().notNull(),
    // Copied from the municipality: made-up programs are compared with made-up ones only, and a term's
    // rarity is counted among programs of the same kind.
    synthetic: boolean().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.programId, t.term] }),
    index('program_term_by_term').on(t.synthetic, t.term, t.programId),
  ],
);
