import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { auditEvent, type AuditEvent } from '../schema/index.js';

export type NewAuditEvent = typeof auditEvent.$inferInsert;

/** Writes audit rows; called inside the transaction of the change they record. */
export async function recordAudit(db: Database, events: readonly NewAuditEvent[]): Promise<void> {
  // PostgreSQL takes at most 65,535 parameters per statement; 1,000 rows of 9 stay well below.
  for (let start = 0; start < events.length; start += 1_000) {
    await db.insert(auditEvent).values(events.slice(start, start + 1_000));
  }
}

/** Whose changes a history lists: a program's whole record, or several entities of one kind. */
export type HistoryOwners =
  { programIds: readonly number[] } | { entity: string; entityKeys: readonly string[] };

/**
 * Each owner's newest `limit + 1` changes before `beforeId` (one more than a page, so the caller can
 * tell whether more follow), for any number of owners in one statement. A lateral join walks each
 * owner's index from the newest and stops at the limit, however long a history has grown.
 */
export async function auditHistories(
  db: Database,
  owners: HistoryOwners,
  options: { beforeId: number | null; limit: number },
): Promise<AuditEvent[]> {
  const byProgram = 'programIds' in owners;
  const wanted = byProgram
    ? sql`unnest(${sql.param([...owners.programIds])}::int[]) as wanted(key)`
    : sql`unnest(${sql.param([...owners.entityKeys])}::text[]) as wanted(key)`;
  const changes = db
    .select()
    .from(auditEvent)
    .where(
      and(
        byProgram
          ? eq(auditEvent.programId, sql`wanted.key`)
          : and(eq(auditEvent.entity, owners.entity), eq(auditEvent.entityKey, sql`wanted.key`)),
        options.beforeId === null ? undefined : lt(auditEvent.id, options.beforeId),
      ),
    )
    .orderBy(desc(auditEvent.id))
    .limit(options.limit + 1)
    .as('change');
  const { id, at, actor, source, entity, entityKey, programId, action, before, after } = changes;
  return db
    .select({ id, at, actor, source, entity, entityKey, programId, action, before, after })
    .from(wanted)
    .crossJoinLateral(changes)
    .orderBy(desc(id));
}
