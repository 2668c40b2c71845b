import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The bytes of each shipped program file when the API last loaded it at start. A file whose bytes have
 * not changed is not loaded again, so a correction imported or entered since then is not overwritten by
 * the copy in the repository; a file that has changed replaces its program's record (and the audit log
 * says so).
 */
export const datasetFile = pgTable('dataset_file', {
  /** Path relative to the repository's `data/` folder. */
  path: text().primaryKey(),
  sha256: text().notNull(),
  loadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
