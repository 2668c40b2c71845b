import { sql, type SQL } from 'drizzle-orm';
import type { Database } from './client.js';

/** Each database's prepared statements, by name: a transaction is its own database and prepares its own. */
const preparedByDatabase = new WeakMap<Database, Map<string, unknown>>();

/**
 * The statement `build` prepares on `db`, built once per database and name. Drizzle then skips building
 * the query, and PostgreSQL parses and plans it once per connection.
 */
export function preparedOn<Statement>(
  db: Database,
  name: string,
  build: (db: Database) => Statement,
): Statement {
  let statements = preparedByDatabase.get(db);
  if (!statements) preparedByDatabase.set(db, (statements = new Map()));
  let statement = statements.get(name) as Statement | undefined;
  if (!statement) statements.set(name, (statement = build(db)));
  return statement;
}

/**
 * The items of a list parameter (sent as a JSON array, `listParameter`), as a set whose size
 * PostgreSQL cannot see when it plans. Over `= any($1)` or `unnest($1)` it sees each call's list, judges
 * its one plan for any list dearer than a plan for that list, and plans the statement again at every
 * call, often for longer than it runs. Over this set every plan looks alike, and from the sixth call
 * on it keeps one.
 */
export const listItems = (name: string, type: 'int' | 'text'): SQL =>
  sql`(select jsonb_array_elements_text(${sql.placeholder(name)}::jsonb)::${sql.raw(type)})`;

/** A list as `listItems` reads it. */
export const listParameter = (items: readonly (number | string)[]): string => JSON.stringify(items);
