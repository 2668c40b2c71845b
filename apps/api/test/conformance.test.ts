import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../src/dataset/load.js';
import { backends, freshDatabase } from './support/databases.js';
import { shippedSources } from './support/dataset.js';
import { startHttpServer, type TestHttpServer } from './support/http-server.js';

describe.each(backends())('GraphQL over HTTP conformance (graphql-http audit) on %s', (backend) => {
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

  it('passes every MUST of the audit', async () => {
    const results = await auditServer({ url: `${server.url}/graphql`, fetchFn: fetch });
    const byStatus = (status: string) => results.filter((result) => result.status === status);
    for (const result of [...byStatus('warn'), ...byStatus('notice')]) {
      console.log(
        `${backend}: ${result.status.toUpperCase()} ${result.name}: ${'reason' in result ? result.reason : ''}`,
      );
    }
    expect(results.length).toBeGreaterThan(30);
    expect(
      byStatus('error').map(
        (result) => `${result.name}: ${'reason' in result ? result.reason : ''}`,
      ),
    ).toEqual([]);
  });
});
