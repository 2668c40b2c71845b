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

  describe('a malformed request', () => {
    const raw = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${production.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
    const refused = async (response: Response, status: number, code: string) => {
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await response.json()) as any;
      expect(body.errors[0].extensions.code).toBe(code);
      return body.errors[0].message as string;
    };

    it('is answered in JSON with a 4xx naming the problem, never an HTML page or a 500', async () => {
      expect(await refused(await raw('{"query": '), 400, 'BAD_REQUEST')).toBe(
        'the body is not valid JSON',
      );
      expect(await refused(await raw('[1, 2]'), 400, 'BAD_REQUEST')).toBe(
        'the body must be a JSON object',
      );
      expect(await refused(await raw('"{ municipalities { code } }"'), 400, 'BAD_REQUEST')).toBe(
        'the body must be a JSON object',
      );
      // About 10 KB of nested arrays in the variables: it once overflowed the stack.
      const nested = `{"query":"{ municipalities { code } }","variables":{"x":${'['.repeat(5000)}${']'.repeat(5000)}}}`;
      expect(await refused(await raw(nested), 400, 'BAD_REQUEST')).toMatch(/nests deeper than/);
      const large = JSON.stringify({
        query: `{ municipalities { code } } #${'x'.repeat(120_000)}`,
      });
      await refused(await raw(large), 413, 'PAYLOAD_TOO_LARGE');
      expect(production.logs.some((log) => log.msg === 'request failed before GraphQL')).toBe(
        false,
      );
    });

    it('names a subscription, a forged cursor and an unknown id as the client’s mistakes', async () => {
      const subscription = await production.post('subscription { municipalities { code } }');
      expect(subscription.status).toBe(400);
      expect(subscription.body.errors[0].extensions.code).toBe('BAD_REQUEST');
      // A cursor of the right shape whose key is a string where the sort's column holds numbers.
      const forged = Buffer.from(JSON.stringify(['latestCostYen', 'abc', 1])).toString('base64url');
      const cursor = await production.post(
        `{ programs(orderBy: { field: LATEST_COST }, after: "${forged}") { totalCount } }`,
      );
      expect(cursor.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(cursor.body.errors[0].message).toBe('after: is not a cursor this API gave out');
      for (const argument of ['peersOf', 'highlight']) {
        const unknown = await production.post(
          `{ ranking(metric: ACHIEVEMENT, ${argument}: "999999") { totalCount } }`,
        );
        expect(unknown.body.errors[0].extensions).toMatchObject({
          code: 'NOT_FOUND',
          argumentName: argument,
        });
      }
      const long = await production.post(`{ program(id: "${'9'.repeat(99_000)}") { id } }`);
      expect(long.body.errors[0].message.length).toBeLessThan(200);
    });

    it('hides enum suggestions in production, and takes only a plain request id', async () => {
      const wrong = await production.post('{ ranking(metric: ACHIEVMENT) { totalCount } }');
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors[0].message).not.toContain('Did you mean');
      const odd = await production.post(
        '{ municipalities { code } }',
        {},
        {
          'x-request-id': 'a b<script>',
        },
      );
      expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('serves no landing page that loads a script or names a version', async () => {
      const page = await fetch(`${production.url}/graphql`, { headers: { accept: 'text/html' } });
      const text = await page.text();
      expect(text).not.toMatch(/<script/i);
      expect(text).not.toMatch(/apollo.*\d+\.\d+\.\d+/i);
    });
  });

  describe('expensive operations', () => {
    // Estimated at some 160,000 fields whatever the data: a hundred programs' every KPI value.
    const EVERY_VALUE = /* GraphQL */ `
      query EveryValue {
        programs(first: 100) {
          nodes {
            name
            kpis {
              name
              values {
                fiscalYear {
                  year
                }
                target {
                  value
                  absence
                }
                actual {
                  value
                  absence
                }
                achievement {
                  value
                }
                status {
                  code
                }
              }
            }
          }
        }
      }
    `;
    // Each computes its own answer: identical requests would otherwise share one.
    const fresh = { 'cache-control': 'no-cache' };
    let crowded: TestHttpServer;
    let hurried: TestHttpServer;
    beforeAll(async () => {
      crowded = await startHttpServer(database, {
        production: true,
        expensiveOperations: { slots: 0, waiting: 0 },
      });
      hurried = await startHttpServer(database, {
        production: true,
        expensiveOperations: { operationMs: 0 },
      });
    });
    afterAll(async () => {
      await crowded.close();
      await hurried.close();
    });

    it('past their slots and waiting room are refused at once with 503 SERVER_BUSY and Retry-After', async () => {
      // No slot and no waiting room: how many fit is the queue's own test (expensive-queue.test.ts).
      const busy = await crowded.post(EVERY_VALUE, {}, fresh);
      expect(busy.status).toBe(503);
      expect(busy.headers.get('retry-after')).toBe('1');
      expect(busy.body.errors).toEqual([
        {
          message:
            'the server is answering as many large requests as it can; try again in a moment',
          extensions: { code: 'SERVER_BUSY' },
        },
      ]);
      // A cheap query never waits for a slot.
      expect((await crowded.post('{ municipalities { code } }', {}, fresh)).status).toBe(200);
      expect(crowded.logs.filter((line) => (line.level as number) >= 50)).toEqual([]);
    });

    it('past their deadline are answered by one 503 OPERATION_TIMEOUT, not half an answer', async () => {
      const late = await hurried.post(EVERY_VALUE, {}, fresh);
      expect(late.status).toBe(503);
      expect(late.headers.get('retry-after')).toBe('5');
      expect(late.body).toEqual({
        data: null,
        errors: [
          {
            message: expect.stringMatching(
              /^the answer took longer than 0 s to compute: ask for fewer/,
            ),
            extensions: { code: 'OPERATION_TIMEOUT' },
          },
        ],
      });
      // Only expensive queries have a deadline.
      const cheap = await hurried.post('{ municipalities { code } }', {}, fresh);
      expect(cheap.status).toBe(200);
      expect(cheap.body.data.municipalities).toHaveLength(2);
      const logged = hurried.logs.find((line) => line.operationName === 'EveryValue');
      expect(logged).toMatchObject({
        status: 503,
        errors: expect.arrayContaining(['OPERATION_TIMEOUT']),
      });
      expect(hurried.logs.filter((line) => (line.level as number) >= 50)).toEqual([]);
    });
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
