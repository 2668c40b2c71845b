import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';

export type Backend = 'pglite' | 'postgres';

/** The backends this run can test: PGlite always, PostgreSQL where the harness started a cluster. */
export function backends(): Backend[] {
  return inject('pgUrl') ? ['pglite', 'postgres'] : ['pglite'];
}

/** A fresh, empty, migrated database of the given backend; `drop` removes it. */
export async function freshDatabase(
  backend: Backend,
): Promise<DatabaseHandle & { drop(): Promise<void>; url?: string }> {
  if (backend === 'pglite') {
    const handle = await openDatabase({ pgliteDir: 'memory://' });
    await handle.migrate();
    return { ...handle, drop: () => handle.close() };
  }
  const admin = new URL(inject('pgUrl'));
  const name = `test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin.href });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin.href);
  url.pathname = `/${name}`;
  const handle = await openDatabase({
    databaseUrl: url.href,
    pgliteDir: 'unused',
    // Dropping the database ends its connections; the pool is closing by then.
    onIdleError: () => undefined,
  });
  await handle.migrate();
  return {
    ...handle,
    url: url.href,
    async drop() {
      await handle.close();
      const dropper = new pg.Client({ connectionString: admin.href });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
