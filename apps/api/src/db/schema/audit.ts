import { index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { auditSource } from './enums.js';
import { program } from './program.js';

/**
 * One accepted change to the data: who made it, when, by which route, and the value before and after.
 * Rows are only ever added, in the same transaction as the change, so a figure cannot change unrecorded.
 * Entities are named by their natural key (`14214/25-102/kpi/1/2021`), not by id: a program whose record
 * is replaced whole gets new ids, and its history must still read as one.
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: serial().primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The token's name for a mutation, `import:<file>` for the import command, `dataset:<file>` at start. */
    actor: text().notNull(),
    source: auditSource().notNull(),
    /** program, kpi, kpi_value, cost_entry, evaluation, narrative. */
    entity: text().notNull(),
    /** The entity's natural key. */
    entityKey: text().notNull(),
    /** The program the change belongs to; kept NULL-able so history outlives a deleted program. */
    programId: integer().references((): AnyPgColumn => program.id, { onDelete: 'set null' }),
    /** `added`, `changed` or `removed`. */
    action: text().notNull(),
    before: jsonb(),
    after: jsonb(),
  },
  (t) => [
    index('audit_event_program').on(t.programId, t.id),
    index('audit_event_entity').on(t.entity, t.entityKey, t.id),
  ],
);

export type AuditEvent = typeof auditEvent.$inferSelect;
