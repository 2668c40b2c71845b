import { and, desc, eq, inArray, lt, max, type SQL } from 'drizzle-orm';
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

/** Newest first, `limit + 1` rows, so the caller can tell whether more follow. */
export async function auditHistory(
  db: Database,
  filter: { programId?: number; entity?: string; entityKey?: string },
  options: { beforeId: number | null; limit: number },
): Promise<AuditEvent[]> {
  const where: (SQL | undefined)[] = [
    filter.programId === undefined ? undefined : eq(auditEvent.programId, filter.programId),
    filter.entity === undefined ? undefined : eq(auditEvent.entity, filter.entity),
    filter.entityKey === undefined ? undefined : eq(auditEvent.entityKey, filter.entityKey),
    options.beforeId === null ? undefined : lt(auditEvent.id, options.beforeId),
  ];
  return db
    .select()
    .from(auditEvent)
    .where(and(...where))
    .orderBy(desc(auditEvent.id))
    .limit(options.limit + 1);
}

/** When each program last changed, for any number of programs in one statement. */
export async function lastChanges(
  db: Database,
  programIds: readonly number[],
): Promise<{ programId: number; at: Date }[]> {
  if (programIds.length === 0) return [];
  const rows = await db
    .select({ programId: auditEvent.programId, at: max(auditEvent.at) })
    .from(auditEvent)
    .where(inArray(auditEvent.programId, [...programIds]))
    .groupBy(auditEvent.programId);
  return rows.flatMap((row) =>
    row.programId === null || row.at === null ? [] : [{ programId: row.programId, at: row.at }],
  );
}
