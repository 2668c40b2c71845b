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
