import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { loadDataset } from '../../src/dataset/load.js';
import { createApp, type AppOptions } from '../../src/server.js';
import { freshDatabase, type Backend } from './databases.js';
import { shippedSources } from './dataset.js';

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: any;
}

export interface TestHttpServer {
  url: string;
  logs: Record<string, unknown>[];
  post(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<HttpResponse>;
  close(): Promise<void>;
}

/** The real HTTP app on a free loopback port, logging into an array the test can read. */
export async function startHttpServer(
  database: DatabaseHandle,
  options: { production: boolean; expensiveOperations?: AppOptions['expensiveOperations'] },
): Promise<TestHttpServer> {
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const { app, apollo } = await createApp({
    database,
    logger: pino({ level: 'info' }, sink),
    production: options.production,
    expensiveOperations: options.expensiveOperations,
  });
  const server: Server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    logs,
    async post(
      query: string,
      variables: Record<string, unknown> = {},
      headers: Record<string, string> = {},
    ) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, headers: response.headers, body: await response.json() };
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
    },
  };
}

/**
 * For the tests of one describe block: a fresh database of `backend` holding the shipped programs, served
 * by the production HTTP app, both gone after the block.
 */
export function servedShippedData(backend: Backend): {
  database: Awaited<ReturnType<typeof freshDatabase>>;
  server: TestHttpServer;
} {
  const served = {} as ReturnType<typeof servedShippedData>;
  beforeAll(async () => {
    served.database = await freshDatabase(backend);
    await loadDataset(served.database.db, await shippedSources());
    served.server = await startHttpServer(served.database, { production: true });
  });
  afterAll(async () => {
    await served.server.close();
    await served.database.drop();
  });
  return served;
}
