import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/client.js';
import { loadDataset } from '../src/dataset/load.js';
import { createApp } from '../src/server.js';
import { freshDatabase } from './support/databases.js';
import { shippedSources } from './support/dataset.js';
import { silentLogger } from './support/graphql.js';

describe('the HTTP server', () => {
  let database: DatabaseHandle & { drop(): Promise<void> };
  let server: Server;
  let base: string;

  beforeAll(async () => {
    database = await freshDatabase('pglite');
    await loadDataset(database.db, await shippedSources());
    const { app } = await createApp({ database, logger: silentLogger, production: true });
    server = app.listen(0);
    await new Promise((resolve) => server.once('listening', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    server.close();
    await database.drop();
  });

  it('serves GraphQL over POST at /graphql with a request id', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-1' },
      body: JSON.stringify({ query: '{ municipalities { code } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('req-1');
    expect(await response.json()).toEqual({
      data: { municipalities: [{ code: '12215' }, { code: '14214' }] },
    });
  });

  it("refuses a GET without a CSRF-safe header, as Apollo's CSRF prevention requires", async () => {
    const response = await fetch(
      `${base}/graphql?query=${encodeURIComponent('{ municipalities { code } }')}`,
    );
    expect(response.status).toBe(400);
  });

  it('says it is alive and, while the database answers, ready', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('says it is not ready once the database is gone', async () => {
    const closed = await freshDatabase('pglite');
    await closed.close();
    const { app } = await createApp({ database: closed, logger: silentLogger, production: true });
    const other = app.listen(0);
    await new Promise((resolve) => other.once('listening', resolve));
    const address = other.address();
    const response = await fetch(
      `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/readyz`,
    );
    other.close();
    expect(response.status).toBe(503);
  });
});
