import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { provenanceOrigin } from './enums.js';
import { program } from './program.js';
import { sourceDocument } from './source-document.js';

/**
 * Where one recorded value came from: the document, the section of it, and the raw text byte for byte as
 * the document has it. Values point here, so a figure on a page can always be traced back to its source.
 * Every column that points here is indexed: replacing a program deletes its provenance, and PostgreSQL
 * checks each of those columns for every row deleted.
 */
export const provenance = pgTable(
  'provenance',
  {
    id: serial().primaryKey(),
    origin: provenanceOrigin().notNull(),
    documentId: integer().references((): AnyPgColumn => sourceDocument.id, {
      onDelete: 'restrict',
    }),
    section: text(),
    rawText: text(),
    note: text(),
    /** The program whose record this belongs to, so replacing a program's record removes its
     * provenance with it; NULL for facts about a municipality. */
    programId: integer().references((): AnyPgColumn => program.id, { onDelete: 'cascade' }),
  },
  (t) => [
    index('provenance_program').on(t.programId),
    check(
      'provenance_document_has_section',
      sql`${t.origin} <> 'document' or (${t.documentId} is not null and ${t.section} is not null)`,
    ),
    check('provenance_other_has_note', sql`${t.origin} = 'document' or ${t.note} is not null`),
  ],
);

export type Provenance = typeof provenance.$inferSelect;
