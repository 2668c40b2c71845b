import { createHash } from 'node:crypto';
import { asc, getTableName, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../client.js';
import { preparedOn } from '../prepared.js';

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
  const shape = [getTableName(table), key.name, ...order.map((column) => column.name)].join(' ');
  const name = `rows_${createHash('sha1').update(shape).digest('hex').slice(0, 16)}`;
  const read = preparedOn(db, name, (on) =>
    on
      .select()
      .from(table as PgTable)
      // `= any($1)`, not `in ($1, $2, …)`: one statement text for any number of keys.
      .where(sql`${key} = any(${sql.placeholder('keys')})`)
      .orderBy(...order.map((column) => asc(column)))
      .prepare(name),
  );
  return (await read.execute({ keys: [...keys] })) as T['$inferSelect'][];
}
