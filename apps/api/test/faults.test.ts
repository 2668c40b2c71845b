import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../src/db/client.js';
import { loadDataset } from '../src/dataset/load.js';
import { databaseFailure } from '../src/graphql/database-errors.js';
import { shippedSources } from './support/dataset.js';
import { startHttpServer, type TestHttpServer } from './support/http-server.js';
import { findPgBinDir, startPgCluster, type PgCluster } from './support/pg-cluster.js';

const binDir = findPgBinDir();

/** Polls until `check` holds, for at most `ms`; returns how long it took. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check().catch(() => false)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not within ${ms} ms`);
}

describe.runIf(binDir)('when PostgreSQL fails', () => {
  let cluster: PgCluster;
  let database: DatabaseHandle;
  let server: TestHttpServer;

  beforeAll(async () => {
    // A cluster of its own: this test stops and starts it.
    cluster = await startPgCluster(binDir!);
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('create database faults');
    await admin.end();
    database = await openDatabase({
      databaseUrl: cluster.urlOf('faults'),
      pgliteDir: 'unused',
      poolMax: 4,
      statementTimeoutMs: 300,
      onIdleError: () => undefined,
    });
    await database.migrate();
    await loadDataset(database.db, await shippedSources());
    server = await startHttpServer(database, { production: true });
  });
  afterAll(async () => {
    await server?.close();
    await database?.close().catch(() => undefined);
    cluster?.stop();
  });

  it('stops a slow statement at the timeout instead of hanging', async () => {
    const started = Date.now();
    const error = await database.db.execute(sql`select pg_sleep(5)`).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(databaseFailure(error)).toBe('QUERY_TIMEOUT');
  });

  it('sheds load with DATABASE_BUSY and Retry-After while every connection stays in use', async () => {
    // Four transactions hold the pool's four connections for longer than a request may wait for one.
    const held = Array.from({ length: 4 }, () =>
      database.db.transaction(() => new Promise((resolve) => setTimeout(resolve, 6_000))),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ municipalities { code } }' }),
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(((await response.json()) as { errors: unknown[] }).errors[0]).toMatchObject({
      message: 'The database is busy with other requests; try again in a moment',
      extensions: { code: 'DATABASE_BUSY' },
    });
    await Promise.all(held);
    expect((await server.post('{ municipalities { code } }')).status).toBe(200);
  });

  it('runs no more statements for a request whose client has gone', async () => {
    const nested = `{ programByNumber(municipalityCode: "14214", number: "25-102") {
      kpis { values { actual { value } } } costs { category } evaluations { axis } } }`;
    // The pool is held while the request waits for its first statement, and its client gives up.
    const held = Array.from({ length: 4 }, () =>
      database.db.transaction(() => new Promise((resolve) => setTimeout(resolve, 1_000))),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const abandoned = new AbortController();
    const asked = fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'client-gone' },
      body: JSON.stringify({ query: nested }),
      signal: abandoned.signal,
    }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 200));
    abandoned.abort();
    expect(await asked).toBeInstanceOf(Error);
    await Promise.all(held);

    const lines = () => server.logs.filter((log) => log.requestId === 'client-gone');
    await within(3_000, async () => lines().some((log) => log.msg === 'graphql request'));
    // Only the data revision, asked before the client left; nothing logged as a fault.
    expect(lines()).toEqual([
      expect.objectContaining({ statements: 1, errors: ['CLIENT_CLOSED_REQUEST'] }),
    ]);
    const stayed = await server.post(nested);
    expect(stayed.status).toBe(200);
    expect(stayed.body.data.programByNumber.kpis.length).toBeGreaterThan(0);
  });

  it('says so within a second while the database is down, and serves again once it is back', async () => {
    const query = '{ municipalities { code } }';
    expect((await server.post(query)).status).toBe(200);

    cluster.pause();
    const notReady = await within(
      1_000,
      async () => (await fetch(`${server.url}/readyz`)).status === 503,
    );
    expect(notReady).toBeLessThan(1_000);
    const started = Date.now();
    const down = await server.post(query);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('5');
    expect(down.body.errors[0]).toMatchObject({
      message: 'The database is unavailable; try again shortly',
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    cluster.resume();
    await within(10_000, async () => (await server.post(query)).status === 200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    expect((await server.post(query)).body).toEqual({
      data: { municipalities: [{ code: '12215' }, { code: '14214' }] },
    });
  });
});
