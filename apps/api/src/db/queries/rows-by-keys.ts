import { createHash } from 'node:crypto';
import { asc, getTableName, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../client.js';

type Prepared = { execute(values: { keys: number[] }): Promise<unknown[]> };

/** Each database's prepared reads, by shape: a transaction is its own database and prepares its own. */
const preparedByDatabase = new WeakMap<Database, Map<string, Prepared>>();

function preparedRead(
  db: Database,
  table: PgTable,
  key: PgColumn,
  order: readonly PgColumn[],
): Prepared {
  let prepared = preparedByDatabase.get(db);
  if (!prepared) preparedByDatabase.set(db, (prepared = new Map()));
  const shape = [getTableName(table), key.name, ...order.map((column) => column.name)].join(' ');
  let read = prepared.get(shape);
  if (!read) {
    // One statement text for any number of keys (`= any($1)`, not `in ($1, $2, …)`), so PostgreSQL
    // parses and plans it once per connection and the query is built once per process.
    read = db
      .select()
      .from(table)
      .where(sql`${key} = any(${sql.placeholder('keys')})`)
      .orderBy(...order.map((column) => asc(column)))
      .prepare(`rows_${createHash('sha1').update(shape).digest('hex').slice(0, 16)}`) as Prepared;
    prepared.set(shape, read);
  }
  return read;
}

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
  const rows = await preparedRead(db, table, key, order).execute({ keys: [...keys] });
  return rows as T['$inferSelect'][];
}
