import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../src/auth/caller.js';
import { openDatabase, type DatabaseHandle } from '../src/db/client.js';
import { insertToken } from '../src/db/queries/tokens.js';
import { loadDataset } from '../src/dataset/load.js';
import { shippedSources } from './support/dataset.js';
import { startHttpServer, type TestHttpServer } from './support/http-server.js';
import {
  findPgBinDir,
  startPgCluster,
  startReplica,
  type PgCluster,
} from './support/pg-cluster.js';

const binDir = findPgBinDir();

const ISEHARA_KPI = `{ programByNumber(municipalityCode: "14214", number: "25-102") { kpis { id values { fiscalYear { year } actual { value } } } } }`;

describe.runIf(binDir)(
  'scale-out: two API instances over a primary and a streaming replica',
  () => {
    let primary: PgCluster;
    let replica: PgCluster;
    const handles: DatabaseHandle[] = [];
    const servers: TestHttpServer[] = [];
    let token: string;

    beforeAll(async () => {
      primary = await startPgCluster(binDir!);
      const admin = new pg.Client({ connectionString: primary.url });
      await admin.connect();
      await admin.query('create database muni');
      await admin.end();
      const setup = await openDatabase({ databaseUrl: primary.urlOf('muni'), pgliteDir: 'unused' });
      await setup.migrate();
      await loadDataset(setup.db, await shippedSources());
      token = newToken();
      await insertToken(setup.db, {
        name: 'replica test',
        role: 'editor',
        tokenSha256: hashToken(token),
      });
      await setup.close();
      replica = await startReplica(binDir!, primary);
      // Two instances that share nothing but the databases, as two processes behind a load balancer would.
      for (let i = 0; i < 2; i += 1) {
        const handle = await openDatabase({
          databaseUrl: primary.urlOf('muni'),
          readUrl: replica.urlOf('muni'),
          pgliteDir: 'unused',
          onIdleError: () => undefined,
        });
        handles.push(handle);
        servers.push(await startHttpServer(handle, { production: true }));
      }
    });
    afterAll(async () => {
      for (const server of servers) await server.close();
      for (const handle of handles) await handle.close();
      replica?.stop();
      primary?.stop();
    });

    it('reads from the replica and writes to the primary', async () => {
      const inRecovery = async (db: DatabaseHandle['db']) =>
        (
          (await db.execute(sql`select pg_is_in_recovery() as standby`)) as unknown as {
            rows: { standby: boolean }[];
          }
        ).rows[0]!.standby;
      expect(await inRecovery(handles[0]!.readDb)).toBe(true);
      expect(await inRecovery(handles[0]!.db)).toBe(false);
    });

    it('answers the same from both instances, and shows a write through the replica once it has caught up', async () => {
      const [first, second] = servers as [TestHttpServer, TestHttpServer];
      const before = await first.post(ISEHARA_KPI);
      expect(before.body.errors).toBeUndefined();
      expect((await second.post(ISEHARA_KPI)).body).toEqual(before.body);

      const kpiId = before.body.data.programByNumber.kpis[0].id;
      const write = await first.post(
        `mutation($input: KpiValueUpsertInput!) { kpiValueUpsert(input: $input) { userErrors { message } kpiValue { actual { value } } } }`,
        {
          input: {
            kpiId,
            fiscalYear: 2023,
            actual: { value: 70 },
            source: { origin: 'ENTRY', note: 'replica test' },
          },
        },
        { authorization: `Bearer ${token}` },
      );
      expect(write.body.data.kpiValueUpsert).toEqual({
        userErrors: [],
        kpiValue: { actual: { value: 70 } },
      });

      const started = Date.now();
      let seen = false;
      while (!seen && Date.now() - started < 10_000) {
        const answer = await second.post(ISEHARA_KPI);
        seen = answer.body.data.programByNumber.kpis[0].values.some(
          (v: any) => v.fiscalYear.year === 2023 && v.actual.value === 70,
        );
        if (!seen) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(seen).toBe(true);
      expect((await first.post(ISEHARA_KPI)).body).toEqual((await second.post(ISEHARA_KPI)).body);
    });
  },
);
