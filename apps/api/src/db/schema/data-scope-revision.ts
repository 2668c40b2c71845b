import { bigint, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * The revision at which each part of the data last changed, so that one edit leaves every answer that
 * did not read what it touched still valid. Triggers (migration 0016) write it inside the writing
 * transaction, from the rows each statement changed: the global revision that transaction moved to,
 * for every scope the rows belong to. A scope without a row has not changed since scopes were kept.
 *
 * Scopes (see db/read-scopes.ts, which names them for readers):
 * - `p:<id>`: one program's record, everything hanging from it and its audit trail;
 * - `m:<id>`: one municipality, and every figure over its programs;
 * - `programs`: which programs exist and their derived figures: every list, search and ranking;
 * - `area:<policy area>`: the derived figures of the programs of one policy area, which its stored
 *   rankings are computed from;
 * - `terms`: the terms that say what programs do, which similar programs are found by;
 * - `d:<id>`: one source document; `documents`: any of them;
 * - `*`: everything, moved by what no narrower scope says: a truncation, or a change to provenance
 *   or an audit event that belonged to no program.
 */
export const dataScopeRevision = pgTable('data_scope_revision', {
  scope: text().primaryKey(),
  revision: bigint({ mode: 'number' }).notNull(),
});
