import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { fiscalYear, plausibleFiscalYear } from './columns.js';
import { documentForm } from './enums.js';
import { municipality } from './municipality.js';

/** A published document the data were read from, shipped as a text file in `data/sources/`. */
export const sourceDocument = pgTable(
  'source_document',
  {
    id: serial().primaryKey(),
    /** Stable key used by dataset files to refer to the document. */
    key: text().notNull().unique(),
    municipalityId: integer()
      .notNull()
      .references((): AnyPgColumn => municipality.id, { onDelete: 'cascade' }),
    form: documentForm().notNull(),
    formName: text().notNull(),
    /** The form's name in English (editorial). */
    formNameEn: text(),
    title: text().notNull(),
    titleEn: text(),
    fiscalYear: fiscalYear().notNull(),
    /** Path of the shipped text, relative to the repository's `data/` folder. */
    filePath: text().notNull(),
    /** SHA-256 of the shipped text, so a provenance record names the exact bytes it quotes. */
    sha256: text().notNull(),
  },
  (t) => [
    index('source_document_municipality').on(t.municipalityId),
    plausibleFiscalYear('source_document_fiscal_year', t.fiscalYear),
    check('source_document_sha256', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
  ],
);

export type SourceDocument = typeof sourceDocument.$inferSelect;
