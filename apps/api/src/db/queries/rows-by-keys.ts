import { asc, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../client.js';

/**
 * The rows of `table` whose `key` is one of `keys`, in `order`: the one shape every batched read takes,
 * so a request reads each table once however many parents ask.
 */
export async function rowsByKeys<T extends PgTable>(
  db: Database,
  table: T,
  key: PgColumn,
  keys: readonly number[],
  order: readonly PgColumn[] = [key],
): Promise<T['$inferSelect'][]> {
  if (keys.length === 0) return [];
  const rows = await db
    .select()
    .from(table as PgTable)
    .where(inArray(key, [...keys]))
    .orderBy(...order.map((column) => asc(column)));
  return rows as T['$inferSelect'][];
}
