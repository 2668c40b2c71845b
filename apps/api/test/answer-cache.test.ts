import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../src/auth/caller.js';
import type { Database } from '../src/db/client.js';
import { deleteProgramChildren } from '../src/db/queries/program-children.js';
import { insertToken } from '../src/db/queries/tokens.js';
import { backends } from './support/databases.js';
import { servedShippedData } from './support/http-server.js';

const ISEHARA_NAME =
  'query Name { programByNumber(municipalityCode: "14214", number: "25-102") { municipality { nameEn } } }';

describe.each(backends())('answers kept by data revision, on %s', (backend) => {
  const served = servedShippedData(backend);
  let token: string;

  beforeAll(async () => {
    token = newToken();
    await insertToken(served.database.db, {
      name: 'cache test',
      role: 'viewer',
      tokenSha256: hashToken(token),
    });
  });

  const nameEn = (response: { body: any }) =>
    response.body.data.programByNumber.municipality.nameEn as string;

  it('sends a public query answered before at this revision again, running one statement', async () => {
    const first = await served.server.post(ISEHARA_NAME, {}, { 'x-request-id': 'cache-first' });
    const second = await served.server.post(ISEHARA_NAME, {}, { 'x-request-id': 'cache-second' });
    expect(first.headers.get('x-cache')).toBe('miss');
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('cache-control')).toBe('max-age=60, public');
    expect(second.headers.get('x-request-id')).toBe('cache-second');
    // The ETag Express would give the body, worked out once and sent with every copy.
    expect(first.headers.get('etag')).toMatch(/^W\/"[0-9a-f]+-/);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    const logOf = (id: string) => served.server.logs.find((log) => log.requestId === id);
    expect(logOf('cache-first')).toMatchObject({ statements: 3 });
    expect(logOf('cache-second')).toMatchObject({ statements: 1, cache: 'hit', status: 200 });
  });

  // On PostgreSQL, where another connection can hold the table the query reads, so that all twenty
  // requests surely arrive while the first is still computing.
  it.runIf(backend === 'postgres')(
    'computes an answer asked for by many at once a single time, and sends it to all',
    async () => {
      const query = ISEHARA_NAME.replace('query Name', 'query Herd');
      let asked: Promise<{ body: any; headers: Headers }[]> | undefined;
      await served.database.db.transaction(async (tx) => {
        await tx.execute(sql`lock table municipality in access exclusive mode`);
        asked = Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            served.server.post(query, {}, { 'x-request-id': `herd-${i}` }),
          ),
        );
        await new Promise((resolve) => setTimeout(resolve, 500));
      });
      const answers = await asked!;
      for (const answer of answers) expect(answer.body).toEqual(answers[0]!.body);
      expect(answers[0]!.body.data.programByNumber.municipality.nameEn).toBe('Isehara City');
      expect(answers.filter((answer) => answer.headers.get('x-cache') === 'miss')).toHaveLength(1);
      // One computed it (three statements); the others read the revision and waited for its answer.
      const logs = served.server.logs.filter((log) => String(log.requestId).startsWith('herd-'));
      expect(logs.filter((log) => log.cache !== 'hit')).toEqual([
        expect.objectContaining({ statements: 3 }),
      ]);
      expect(logs.filter((log) => log.cache === 'hit' && log.statements === 1)).toHaveLength(19);
    },
  );

  it('answers afresh once anything changes, whoever changed it', async () => {
    await served.server.post(ISEHARA_NAME);
    // Another process's write, straight to the database: only the revision can tell this one.
    await served.database.db.execute(
      sql`update municipality set name_en = 'Isehara (renamed)' where code = '14214'`,
    );
    const after = await served.server.post(ISEHARA_NAME);
    expect(after.headers.get('x-cache')).toBe('miss');
    expect(nameEn(after)).toBe('Isehara (renamed)');
    expect(nameEn(await served.server.post(ISEHARA_NAME))).toBe('Isehara (renamed)');
  });

  it('keeps the answers about other programs when one program changes, and only those', async () => {
    const kpiValues = (code: string, number: string) =>
      `query Values { programByNumber(municipalityCode: "${code}", number: "${number}") { name kpis { values { fiscalYear { year } actual { value } } } } }`;
    const isehara = kpiValues('14214', '25-102');
    const asahi = kpiValues('12215', 'DDN-1');
    const list = '{ programs(first: 5) { totalCount nodes { name } } }';
    for (const query of [isehara, asahi, list]) {
      const first = await served.server.post(query);
      expect(first.body.errors, query).toBeUndefined();
      expect((await served.server.post(query)).headers.get('x-cache')).toBe('hit');
    }
    // Another process's edit to one of Isehara's actuals, straight to the database.
    await served.database.db.execute(sql`
      update kpi_value set actual = actual + 1 where id = (
        select v.id from kpi_value v join kpi k on k.id = v.kpi_id join program p on p.id = k.program_id
        where p.number = '25-102' and v.actual is not null order by v.id limit 1)`);
    const edited = await served.server.post(isehara);
    expect(edited.headers.get('x-cache')).toBe('miss');
    // Asahi's program read nothing the edit touched: its answer is still the database's.
    const other = await served.server.post(asahi, {}, { 'x-request-id': 'other-program' });
    expect(other.headers.get('x-cache')).toBe('hit');
    expect(served.server.logs.find((log) => log.requestId === 'other-program')).toMatchObject({
      statements: 1,
    });
    // A list reads every program's derived figures: the summary rewritten with an edit moves it.
    await served.database.db.execute(
      sql`update program_summary set kpi_count = kpi_count where program_id = (select id from program where number = '25-102')`,
    );
    expect((await served.server.post(list)).headers.get('x-cache')).toBe('miss');
    expect((await served.server.post(asahi)).headers.get('x-cache')).toBe('hit');
    // A change to the document a program was read from moves the answers that read it, and only those.
    const withDocument =
      'query Document { programByNumber(municipalityCode: "12215", number: "DDN-1") { name document { title } } }';
    await served.server.post(withDocument);
    expect((await served.server.post(withDocument)).headers.get('x-cache')).toBe('hit');
    await served.database.db.execute(
      sql`update source_document set title = title where id = (select document_id from program where number = 'DDN-1')`,
    );
    expect((await served.server.post(withDocument)).headers.get('x-cache')).toBe('miss');
    expect((await served.server.post(asahi)).headers.get('x-cache')).toBe('hit');
  });

  it('computes afresh when the client asks with Cache-Control: no-cache', async () => {
    await served.server.post(ISEHARA_NAME);
    const fresh = await served.server.post(ISEHARA_NAME, {}, { 'cache-control': 'no-cache' });
    expect(fresh.headers.get('x-cache')).toBe('miss');
  });

  it('keeps neither answers read with a token nor answers with errors', async () => {
    const withToken = { authorization: `Bearer ${token}` };
    await served.server.post(ISEHARA_NAME, {}, withToken);
    const again = await served.server.post(ISEHARA_NAME, {}, withToken);
    expect(again.headers.get('x-cache')).toBeNull();
    expect(again.headers.get('cache-control')).toBe('max-age=60, private');

    const missing = '{ programByNumber(municipalityCode: "14214", number: "nope") { name } }';
    await served.server.post(missing);
    const failed = await served.server.post(missing);
    expect(failed.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(failed.headers.get('x-cache')).toBeNull();
  });

  it('moves the revision from every table a query can read', async () => {
    const result = (await served.database.db.execute(sql`
      select c.relname as name, exists (
        select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = c.relname || '_bumps_revision'
      ) as bumps
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r' order by c.relname`)) as unknown as {
      rows: { name: string; bumps: boolean }[];
    };
    const silent = result.rows.filter((row) => !row.bumps).map((row) => row.name);
    // Tokens and the loaded-file marks are never read by a query; the revisions are the revisions; a
    // stored record is read only while no change to its program is newer than it.
    expect(silent).toEqual([
      'api_token',
      'data_revision',
      'data_scope_revision',
      'dataset_file',
      'program_record',
    ]);
  });

  it('moves the scopes of what changed from every table that moves the revision', async () => {
    const result = (await served.database.db.execute(sql`
      select c.relname as name, count(g.tgname)::int as triggers
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      left join pg_trigger g on g.tgrelid = c.oid and g.tgname like c.relname || '_bumps_scopes_%'
      where n.nspname = 'public' and c.relkind = 'r'
        and exists (select 1 from pg_trigger r where r.tgrelid = c.oid and r.tgname = c.relname || '_bumps_revision')
      group by c.relname order by c.relname`)) as unknown as {
      rows: { name: string; triggers: number }[];
    };
    expect(result.rows.length).toBeGreaterThan(15);
    // Inserted, deleted, updated from, updated to, truncated.
    for (const row of result.rows) expect(row, row.name).toMatchObject({ triggers: 5 });
  });

  // Last: it removes a program the tests above read.
  it('keeps the answers about other programs when a program is removed', async () => {
    const asahi =
      'query Kept { programByNumber(municipalityCode: "12215", number: "DDN-1") { name kpis { name } } }';
    await served.server.post(asahi);
    expect((await served.server.post(asahi)).headers.get('x-cache')).toBe('hit');
    const [isehara] = (
      (await served.database.db.execute(
        sql`select p.id from program p join municipality m on m.id = p.municipality_id where m.code = '14214'`,
      )) as unknown as { rows: { id: number }[] }
    ).rows;
    // Its history stays, no longer of any program: that moves nothing else.
    await served.database.db.transaction(async (tx) => {
      await deleteProgramChildren(tx as unknown as Database, [isehara!.id]);
      await tx.execute(sql`delete from program where id = ${isehara!.id}`);
    });
    expect((await served.server.post(asahi)).headers.get('x-cache')).toBe('hit');
    const gone = await served.server.post(ISEHARA_NAME);
    expect(gone.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
