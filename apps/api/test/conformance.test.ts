import { auditServer } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { backends } from './support/databases.js';
import { servedShippedData } from './support/http-server.js';

describe.each(backends())('GraphQL over HTTP conformance (graphql-http audit) on %s', (backend) => {
  const served = servedShippedData(backend);

  it('passes every MUST of the audit', async () => {
    const results = await auditServer({ url: `${served.server.url}/graphql`, fetchFn: fetch });
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
