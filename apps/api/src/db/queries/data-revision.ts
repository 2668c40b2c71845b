import { sql } from 'drizzle-orm';
import { dataRevision, dataScopeRevision } from '../schema/index.js';
import type { Database } from '../client.js';
import { listItems, listParameter, preparedOn } from '../prepared.js';
import { readScope } from '../read-scopes.js';

/** The revision of everything a query can read, as `db` sees it now (see the `data_revision` table). */
export async function currentDataRevision(db: Database): Promise<number> {
  return (await dataRevisions(db, [])).now;
}

/**
 * In one statement: the revision of everything now, and the latest revision at which any of `scopes`
 * changed (see the `data_scope_revision` table). Everything (`*`) counts as one of any scopes: what no
 * narrower scope records moves it.
 */
export async function dataRevisions(
  db: Database,
  scopes: readonly string[],
): Promise<{ now: number; touched: number }> {
  const read = preparedOn(db, 'data_revisions', (on) =>
    on
      .select({
        now: dataRevision.revision,
        touched:
          sql<number>`(select coalesce(max(${dataScopeRevision.revision}), 0) from ${dataScopeRevision}
          where ${dataScopeRevision.scope} in ${listItems('scopes', 'text')})`.mapWith(Number),
      })
      .from(dataRevision)
      .prepare('data_revisions'),
  );
  const [row] = await read.execute({
    scopes: listParameter([readScope.everything, ...scopes]),
  });
  return row ?? { now: 0, touched: 0 };
}
