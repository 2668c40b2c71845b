import { dataRevision } from '../schema/index.js';
import type { Database } from '../client.js';
import { preparedOn } from '../prepared.js';

/** The revision of everything a query can read, as `db` sees it now (see the `data_revision` table). */
export async function currentDataRevision(db: Database): Promise<number> {
  const read = preparedOn(db, 'data_revision', (on) =>
    on.select({ revision: dataRevision.revision }).from(dataRevision).prepare('data_revision'),
  );
  const [row] = await read.execute();
  return row?.revision ?? 0;
}
