import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../src/auth/caller.js';
import { insertToken } from '../src/db/queries/tokens.js';
import { loadDataset } from '../src/dataset/load.js';
import { backends, freshDatabase } from './support/databases.js';
import { ASAHI, shippedSources } from './support/dataset.js';
import { dataOf, graphqlClient, silentLogger } from './support/graphql.js';
import { prepareDatabase } from '../src/startup.js';
import { startHttpServer, type TestHttpServer } from './support/http-server.js';
import { tableCounts } from './support/table-counts.js';

const UPSERT = /* GraphQL */ `
  mutation Upsert($input: KpiValueUpsertInput!) {
    kpiValueUpsert(input: $input) {
      userErrors {
        field
        message
        code
        currentVersion
      }
      kpiValue {
        fiscalYear {
          year
        }
        version
        actual {
          value
          absence
          source {
            origin
            note
          }
        }
      }
    }
  }
`;

const ASAHI_KPI = /* GraphQL */ `
  query Kpis {
    programByNumber(municipalityCode: "${ASAHI}", number: "DDN-1") {
      id
      version
      lastChangedAt
      kpis { id position values { fiscalYear { year } version } }
      history(first: 50) { nodes { actor source entity entityKey action before after changedFields } pageInfo { hasNextPage } }
    }
  }
`;

describe.each(backends())('editing over GraphQL on %s', (backend) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let http: TestHttpServer;
  const editor = graphqlClientFor('editor');
  let kpi4: string;
  let programId: string;

  function graphqlClientFor(role: 'viewer' | 'editor') {
    return (query: string, variables?: Record<string, unknown>) =>
      graphqlClient(database.db, { caller: { name: `test-${role}`, role } })<any>(query, variables);
  }

  beforeAll(async () => {
    database = await freshDatabase(backend);
    await loadDataset(database.db, await shippedSources());
    await insertToken(database.db, {
      name: 'planner',
      role: 'editor',
      tokenSha256: hashToken('t-editor'),
    });
    await insertToken(database.db, {
      name: 'council',
      role: 'viewer',
      tokenSha256: hashToken('t-viewer'),
    });
    http = await startHttpServer(database, { production: true });
    const program = dataOf(await graphqlClient(database.db)<any>(ASAHI_KPI)).programByNumber;
    kpi4 = program.kpis.find((k: any) => k.position === 4).id;
    programId = program.id;
  });
  afterAll(async () => {
    await http.close();
    await database.drop();
  });

  it('refuses mutations without a token (401) or with a viewer token (403), changing nothing', async () => {
    const before = await tableCounts(database.db);
    const input = { kpiId: kpi4, fiscalYear: 2024, actual: { value: 1 } };
    const anonymous = await http.post(UPSERT, { input });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const viewer = await http.post(UPSERT, { input }, { authorization: 'Bearer t-viewer' });
    expect(viewer.status).toBe(403);
    expect(viewer.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const unknown = await http.post(UPSERT, { input }, { authorization: 'Bearer nope' });
    expect(unknown.status).toBe(401);
    expect(await tableCounts(database.db)).toEqual(before);
    // Reads stay open.
    expect((await http.post('{ municipalities { code } }')).status).toBe(200);
  });

  it('accepts an editor token over HTTP and records the change under its name', async () => {
    const response = await http.post(
      UPSERT,
      {
        input: { kpiId: kpi4, fiscalYear: 2024, target: { value: 1000 }, actual: { value: 2500 } },
      },
      { authorization: 'Bearer t-editor' },
    );
    expect(response.status).toBe(200);
    expect(response.body.data.kpiValueUpsert).toEqual({
      userErrors: [],
      kpiValue: {
        fiscalYear: { year: 2024 },
        version: 1,
        actual: {
          value: 2500,
          absence: null,
          source: { origin: 'ENTRY', note: 'entered by planner' },
        },
      },
    });
    const program = dataOf(await graphqlClient(database.db)<any>(ASAHI_KPI)).programByNumber;
    expect(program.lastChangedAt).toMatch(/^\d{4}-/);
    expect(program.history.nodes[0]).toMatchObject({
      actor: 'planner',
      source: 'GRAPHQL',
      entity: 'kpi_value',
      entityKey: `${ASAHI}/DDN-1/kpi/4/2024`,
      action: 'ADDED',
    });
  });

  it('refuses an update based on a stale version, and adding a year that exists, naming the version', async () => {
    const fy2023 = { kpiId: kpi4, fiscalYear: 2023 };
    const first = dataOf(
      await editor(UPSERT, { input: { ...fy2023, expectedVersion: 1, actual: { value: 2300 } } }),
    );
    expect(first.kpiValueUpsert.kpiValue.version).toBe(2);
    const before = await tableCounts(database.db);
    const stale = dataOf(
      await editor(UPSERT, { input: { ...fy2023, expectedVersion: 1, actual: { value: 9 } } }),
    );
    expect(stale.kpiValueUpsert).toEqual({
      kpiValue: null,
      userErrors: [
        {
          field: ['input', 'expectedVersion'],
          code: 'STALE_VERSION',
          currentVersion: 2,
          message: expect.stringContaining('you read version 1, it is now at version 2'),
        },
      ],
    });
    const exists = dataOf(await editor(UPSERT, { input: { ...fy2023, actual: { value: 9 } } }));
    expect(exists.kpiValueUpsert.userErrors[0]).toMatchObject({
      code: 'STALE_VERSION',
      currentVersion: 2,
    });
    expect(await tableCounts(database.db)).toEqual(before);
    const history = dataOf(
      await editor(`{ programByNumber(municipalityCode: "${ASAHI}", number: "DDN-1") {
        kpis { position values { fiscalYear { year } history { nodes { actor before after changedFields } } } } } }`),
    ).programByNumber.kpis[3].values.find((v: any) => v.fiscalYear.year === 2023).history.nodes;
    // Newest first: the edit, then the dataset load that added the year.
    expect(history.map((n: any) => n.actor)).toEqual([
      'test-editor',
      expect.stringMatching(/^dataset:.*asahi-community\.yaml$/),
    ]);
    expect(history[0].changedFields).toEqual(['actual']);
    expect(JSON.parse(history[0].before).actual).toBe(2214);
    expect(JSON.parse(history[0].after).actual).toBe(2300);
  });

  it('validates as a program file does: null needs its reason, money is not negative', async () => {
    const before = await tableCounts(database.db);
    const nullWithoutReason = dataOf(
      await editor(UPSERT, { input: { kpiId: kpi4, fiscalYear: 2025, actual: { value: null } } }),
    );
    expect(nullWithoutReason.kpiValueUpsert.userErrors).toEqual([
      {
        field: ['input', 'actual', 'absence'],
        code: 'INVALID',
        currentVersion: null,
        message:
          'a null value needs its reason: not_reported, not_applicable, ambiguous, outside_document, in_multi_year_total',
      },
    ]);
    const negative = dataOf(
      await editor(
        `mutation($input: CostEntryUpsertInput!) { costEntryUpsert(input: $input) { userErrors { field message code } costEntry { version } } }`,
        {
          input: {
            programId,
            category: 'PROJECT_COST',
            fiscalYear: 2024,
            amount: { value: -1 },
            unit: 'YEN',
          },
        },
      ),
    );
    expect(negative.costEntryUpsert.userErrors).toEqual([
      { field: ['input', 'amount', 'value'], code: 'INVALID', message: 'must not be negative' },
    ]);
    const missingUnit = dataOf(
      await editor(
        `mutation($input: KpiCreateInput!) { kpiCreate(input: $input) { userErrors { field message } } }`,
        { input: { programId, position: 5, name: '新しい指標', unit: ' ', kind: 'INCREMENT' } },
      ),
    );
    expect(missingUnit.kpiCreate.userErrors).toEqual([
      { field: ['input', 'unit'], message: 'must not be empty' },
    ]);
    const notQuoted = dataOf(
      await editor(UPSERT, {
        input: {
          kpiId: kpi4,
          fiscalYear: 2025,
          actual: { value: 5 },
          source: { origin: 'DOCUMENT', section: 'KPI', raw: 'not in the report' },
        },
      }),
    );
    expect(notQuoted.kpiValueUpsert.userErrors[0].message).toMatch(/does not occur verbatim/);
    expect(await tableCounts(database.db)).toEqual(before);
  });

  it('adds a KPI with its direction as given, and none assumed when it is left out', async () => {
    const create = (position: number, direction?: string) =>
      editor(
        `mutation($input: KpiCreateInput!) { kpiCreate(input: $input) { userErrors { message } kpi { position direction } } }`,
        {
          input: {
            programId,
            position,
            name: `追加の指標 ${position}`,
            unit: '件',
            kind: 'INCREMENT',
            ...(direction ? { direction } : {}),
            source: { origin: 'ENTRY', note: 'entered by planner' },
          },
        },
      );
    expect(dataOf<any>(await create(7)).kpiCreate).toEqual({
      userErrors: [],
      kpi: { position: 7, direction: null },
    });
    expect(dataOf<any>(await create(8, 'LOWER_IS_BETTER')).kpiCreate.kpi.direction).toBe(
      'LOWER_IS_BETTER',
    );
  });

  it('updates a program, a KPI, its narrative and its costs, each audited', async () => {
    const program = dataOf(await editor(ASAHI_KPI)).programByNumber;
    const updated = dataOf(
      await editor(
        `mutation($input: ProgramUpdateInput!) { programUpdate(input: $input) { userErrors { code } program { nameEn version } } }`,
        {
          input: {
            id: programId,
            expectedVersion: program.version,
            nameEn: 'Community revitalization',
          },
        },
      ),
    ).programUpdate;
    expect(updated).toEqual({
      userErrors: [],
      program: { nameEn: 'Community revitalization', version: program.version + 1 },
    });
    const cost = dataOf(
      await editor(
        `mutation($input: CostEntryUpsertInput!) { costEntryUpsert(input: $input) { userErrors { code } costEntry { amount { yen precisionYen } version } } }`,
        {
          input: {
            programId,
            category: 'PROJECT_COST',
            fiscalYear: 2024,
            amount: { value: 19000 },
            unit: 'THOUSAND_YEN',
          },
        },
      ),
    ).costEntryUpsert;
    expect(cost).toEqual({
      userErrors: [],
      costEntry: { amount: { yen: 19_000_000, precisionYen: 1000 }, version: 1 },
    });
    const narrative = dataOf(
      await editor(
        `mutation($input: NarrativeUpdateInput!) { narrativeUpdate(input: $input) { userErrors { code message } narrative { text version } } }`,
        {
          input: { programId, kind: 'PERIOD_SUMMARY', expectedVersion: 1, text: '修正した総括。' },
        },
      ),
    ).narrativeUpdate;
    expect(narrative).toEqual({
      userErrors: [],
      narrative: { text: '修正した総括。', version: 2 },
    });
    const history = dataOf(await editor(ASAHI_KPI)).programByNumber.history.nodes;
    expect(history.slice(0, 3).map((n: any) => [n.entity, n.action, n.actor])).toEqual([
      ['narrative', 'CHANGED', 'test-editor'],
      ['cost_entry', 'ADDED', 'test-editor'],
      ['program', 'CHANGED', 'test-editor'],
    ]);
  });

  it('answers each mutation of an operation with what it and the ones before it wrote', async () => {
    const kpi = dataOf(await editor(ASAHI_KPI)).programByNumber.kpis.find(
      (k: any) => k.id === kpi4,
    );
    const version = kpi.values.find((v: any) => v.fiscalYear.year === 2024).version;
    const fields = 'kpiValue { version history(first: 1) { nodes { after } } }';
    const { a, b } = dataOf(
      await editor(
        `mutation($a: KpiValueUpsertInput!, $b: KpiValueUpsertInput!) {
          a: kpiValueUpsert(input: $a) { ${fields} }
          b: kpiValueUpsert(input: $b) { ${fields} } }`,
        {
          a: { kpiId: kpi4, fiscalYear: 2024, expectedVersion: version, actual: { value: 2600 } },
          b: {
            kpiId: kpi4,
            fiscalYear: 2024,
            expectedVersion: version + 1,
            actual: { value: 2700 },
          },
        },
      ),
    );
    expect(a.kpiValue.version).toBe(version + 1);
    expect(JSON.parse(a.kpiValue.history.nodes[0].after).actual).toBe(2600);
    expect(b.kpiValue.version).toBe(version + 2);
    expect(JSON.parse(b.kpiValue.history.nodes[0].after).actual).toBe(2700);
  });

  it('keeps edits when the API starts again over an unchanged dataset', async () => {
    await prepareDatabase(database, silentLogger);
    await prepareDatabase(database, silentLogger);
    const value = dataOf(
      await editor(`{ programByNumber(municipalityCode: "${ASAHI}", number: "DDN-1") {
        kpis { values { fiscalYear { year } actual { value } } } } }`),
    ).programByNumber.kpis[3].values.find((v: any) => v.fiscalYear.year === 2023);
    expect(value.actual.value).toBe(2300);
  });
});
