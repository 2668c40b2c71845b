import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../src/dataset/load.js';
import { backends, freshDatabase } from './support/databases.js';
import { shippedSources } from './support/dataset.js';
import { fuzzServer } from './support/fuzz.js';
import { startHttpServer, type TestHttpServer } from './support/http-server.js';

// `pnpm bench` sends 10,000; the suite sends enough to cover every root field many times over.
const OPERATIONS = 1_500;

describe.each(backends())('random operations against the server on %s', (backend) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let server: TestHttpServer;

  beforeAll(async () => {
    database = await freshDatabase(backend);
    await loadDataset(database.db, await shippedSources());
    server = await startHttpServer(database, { production: true });
  });
  afterAll(async () => {
    await server.close();
    await database.drop();
  });

  it(`answers ${OPERATIONS} schema-aware random operations without a 5xx or an unexpected error`, async () => {
    const report = await fuzzServer(server.url, { count: OPERATIONS, seed: 7 });
    expect(report.failures.slice(0, 3)).toEqual([]);
    // Not all refusals: the stream reaches the resolvers, so a clean run means something.
    expect(report.answered).toBeGreaterThan(OPERATIONS / 10);
    expect(report.codes.GRAPHQL_VALIDATION_FAILED).toBeGreaterThan(0);
    expect(report.codes.BAD_USER_INPUT).toBeGreaterThan(0);
  });

  it('refuses text holding a NUL character, naming the argument or variable', async () => {
    const literal = await server.post(
      '{ programByNumber(municipalityCode: "14214", number: "25-\\u0000") { name } }',
    );
    expect(literal.status).toBe(400);
    expect(literal.body.errors[0]).toMatchObject({
      message: 'number: text may not contain the NUL character (U+0000)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const variable = await server.post(
      'query ($text: String) { programs(filter: { text: $text }) { totalCount } }',
      { text: 'a\u0000b' },
    );
    expect(variable.status).toBe(400);
    expect(variable.body.errors[0].message).toBe(
      '$text: text may not contain the NUL character (U+0000)',
    );
  });
});
