import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../src/dataset/load.js';
import { backends, freshDatabase } from './support/databases.js';
import { shippedSources } from './support/dataset.js';
import { startHttpServer, type TestHttpServer } from './support/http-server.js';

describe.each(backends())('the HTTP server on %s', (backend) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let production: TestHttpServer;
  let development: TestHttpServer;

  beforeAll(async () => {
    database = await freshDatabase(backend);
    await loadDataset(database.db, await shippedSources());
    production = await startHttpServer(database, { production: true });
    development = await startHttpServer(database, { production: false });
  });
  afterAll(async () => {
    await production.close();
    await development.close();
    await database.drop();
  });

  it('serves GraphQL over POST at /graphql, echoing the request id', async () => {
    const response = await production.post(
      'query Codes { municipalities { code } }',
      {},
      { 'x-request-id': 'req-1' },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('req-1');
    expect(response.body).toEqual({
      data: { municipalities: [{ code: '12215' }, { code: '14214' }] },
    });
  });

  it('logs each operation with its request id, name, duration and statement count', async () => {
    await production.post(
      'query Codes { municipalities { code } }',
      {},
      // Computed, not the kept answer to the same query above.
      { 'x-request-id': 'req-log', 'cache-control': 'no-cache' },
    );
    const line = production.logs.find(
      (log) => log.requestId === 'req-log' && log.msg === 'graphql request',
    );
    // The data revision, then the query.
    expect(line).toMatchObject({ operationName: 'Codes', statements: 2, status: 200 });
    expect(typeof line?.ms).toBe('number');
  });

  it('answers queries over GET with headers a CDN can cache', async () => {
    const query = encodeURIComponent('{ municipalities { code } }');
    const response = await fetch(`${production.url}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('max-age=60, public');
    expect(await response.json()).toEqual({
      data: { municipalities: [{ code: '12215' }, { code: '14214' }] },
    });
  });

  it("refuses a GET that a browser could send across sites unseen (Apollo's CSRF prevention)", async () => {
    const response = await fetch(
      `${production.url}/graphql?query=${encodeURIComponent('{ municipalities { code } }')}`,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('CSRF');
  });

  it('suggests field names in development only', async () => {
    const typo = '{ municipalities { cod } }';
    expect((await development.post(typo)).body.errors[0].message).toContain('Did you mean "code"');
    const hidden = (await production.post(typo)).body.errors[0].message;
    expect(hidden).toContain('Cannot query field "cod"');
    expect(hidden).not.toContain('Did you mean');
  });

  it('says it is alive and, while the database answers, ready', async () => {
    expect(await (await fetch(`${production.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${production.url}/readyz`)).status).toBe(200);
  });
});

describe('the HTTP server when something fails inside', () => {
  it('says the database is unavailable, and is not ready, when its database is gone', async () => {
    const database = await freshDatabase('pglite');
    await database.close();
    const server = await startHttpServer(database, { production: true });
    try {
      expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
      const response = await server.post('{ municipalities { code } }');
      expect(response.status).toBe(503);
      expect(response.body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    } finally {
      await server.close();
    }
  });

  it('masks an internal error in production and logs its cause with the request id', async () => {
    const database = await freshDatabase('pglite');
    await loadDataset(database.db, await shippedSources());
    // A table the code relies on, gone: the kind of fault only the server can be blamed for.
    await database.db.execute(sql`drop table narrative cascade`);
    const server = await startHttpServer(database, { production: true });
    try {
      const response = await server.post(
        '{ programs { nodes { narratives { text } } } }',
        {},
        { 'x-request-id': 'req-broken' },
      );
      expect(response.body.errors[0]).toEqual({
        message: 'Internal server error',
        path: ['programs', 'nodes', 0, 'narratives'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      const logged = server.logs.find(
        (log) => log.requestId === 'req-broken' && log.msg === 'internal error',
      );
      expect(JSON.stringify(logged)).toContain('narrative');
    } finally {
      await server.close();
      await database.drop();
    }
  });
});
