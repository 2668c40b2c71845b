import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema/index.js';
import { statementCounter } from './statement-counter.js';

export type Schema = typeof schema;
/** The drizzle database, whichever driver is under it: every query is written once for both. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

const MIGRATIONS = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../drizzle');

/** Any fixed number will do, as long as every process that migrates uses the same one. */
const STARTUP_LOCK = 7_421_001;

export interface DatabaseHandle {
  /** The primary: every write, and reads that must see them. */
  db: Database;
  /** Where queries may read: the streaming replica of `readUrl`, else the primary itself. */
  readDb: Database;
  kind: 'postgres' | 'pglite';
  /** Applies the committed migrations. */
  migrate(): Promise<void>;
  /** Runs `work` while no other process holding the same lock runs its own: processes starting together
   * must not both apply a migration or load the same dataset. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** True when a trivial query answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL through `pg` when set. */
  databaseUrl?: string | undefined;
  /** A streaming replica of it, for queries; writes always go to `databaseUrl`. */
  readUrl?: string | undefined;
  /** Otherwise an embedded PGlite persisted in this folder, or in memory when it is `memory://`. */
  pgliteDir: string;
  /** Told when an idle pooled connection fails (PostgreSQL restarted, a connection was killed): the pool
   * replaces it, but unhandled the error would end the process. */
  onIdleError?: (error: Error) => void;
  /** Connections the pool may hold: a bound, so a burst of requests waits rather than swamping PostgreSQL. */
  poolMax?: number;
  /** PostgreSQL stops any statement running longer, so a slow query cannot hold a connection forever. */
  statementTimeoutMs?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = pgPool(options.databaseUrl, options);
    const db = drizzlePg(pool, {
      schema,
      casing: 'snake_case',
      logger: statementCounter,
    }) as unknown as Database;
    const readPool = options.readUrl ? pgPool(options.readUrl, options) : null;
    const readDb = readPool
      ? (drizzlePg(readPool, {
          schema,
          casing: 'snake_case',
          logger: statementCounter,
        }) as unknown as Database)
      : db;
    return {
      db,
      readDb,
      kind: 'postgres',
      migrate: () => migratePg(db as never, { migrationsFolder: MIGRATIONS }),
      async exclusive(work) {
        const client = await pool.connect();
        try {
          await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK]);
          return await work();
        } finally {
          await client
            .query('select pg_advisory_unlock($1)', [STARTUP_LOCK])
            .catch(() => undefined);
          client.release();
        }
      },
      // Ready only while both answer: a process whose replica is gone would fail every query.
      ping: async () =>
        (await Promise.all([ping(db), readPool ? ping(readDb) : true])).every(Boolean),
      close: async () => {
        await Promise.all([pool.end(), readPool?.end()]);
      },
    };
  }
  if (!options.pgliteDir.startsWith('memory://')) {
    await mkdir(options.pgliteDir, { recursive: true });
  }
  const client = await PGlite.create(options.pgliteDir);
  const pgliteDb = drizzlePglite(client, {
    schema,
    casing: 'snake_case',
    logger: statementCounter,
  });
  const db = pgliteDb as unknown as Database;
  return {
    db,
    readDb: db,
    kind: 'pglite',
    migrate: () => migratePglite(pgliteDb, { migrationsFolder: MIGRATIONS }),
    // One process owns an embedded database, so there is no one to exclude.
    exclusive: (work) => work(),
    ping: () => ping(db),
    close: () => client.close(),
  };
}

/** True when a trivial query answers within a second: readiness must answer fast when the database does not. */
function pgPool(connectionString: string, options: DatabaseOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.poolMax ?? 10,
    // A request waits at most this long for a connection before it is told the database is unavailable.
    connectionTimeoutMillis: 2_000,
    idleTimeoutMillis: 10_000,
    statement_timeout: options.statementTimeoutMs ?? 5_000,
  });
  pool.on('error', (error) => options.onIdleError?.(error));
  return pool;
}

async function ping(db: Database): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), 1_000);
  });
  try {
    return await Promise.race([db.execute(sql`select 1`).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
