import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentDataRevision } from '../src/db/queries/data-revision.js';
import { loadDataset } from '../src/dataset/load.js';
import type { ProgramSource } from '../src/dataset/read.js';
import { backends, freshDatabase } from './support/databases.js';
import { ASAHI, ISEHARA, shippedSources } from './support/dataset.js';
import { dashboardPage } from './support/dashboard-page.js';
import { dataOf, graphqlClient } from './support/graphql.js';
import { PROGRAM } from './support/queries.js';

/** Row counts of every table of the data model: what "changes nothing" is measured by. */
async function tableCounts(db: Awaited<ReturnType<typeof freshDatabase>>['db']) {
  const result = (await db.execute(sql`
    select c.relname as table_name,
      (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %I', c.relname), false, true, '')))[1]::text::int as rows
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' order by c.relname`)) as unknown as {
    // Both drivers answer raw SQL with { rows }; the base database type leaves the shape open.
    rows: { table_name: string; rows: number }[];
  };
  return Object.fromEntries(result.rows.map((row) => [row.table_name, row.rows]));
}

describe.each(backends())('the program API on %s', (backend) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let execute: ReturnType<typeof graphqlClient>;
  let sources: ProgramSource[];

  beforeAll(async () => {
    database = await freshDatabase(backend);
    sources = await shippedSources();
    await loadDataset(database.db, sources);
    execute = graphqlClient(database.db);
  });
  afterAll(() => database.drop());

  async function program(code: string, number: string) {
    const data = dataOf(await execute<{ programByNumber: any }>(PROGRAM, { code, number }));
    return data.programByNumber;
  }

  it('gives only the costs per unit that were computed, when asked', async () => {
    for (const [code, number] of [
      [ASAHI, 'DDN-1'],
      [ISEHARA, '25-102'],
    ] as const) {
      const { id } = await program(code, number);
      const perUnit = (computed: string) =>
        execute<any>(
          `query ($id: ID!) { program(id: $id) { costPerUnit${computed} { kpi { position } figure { value notComputed } } } }`,
          { id },
        ).then((answer) => dataOf(answer).program.costPerUnit);
      const every = await perUnit('');
      expect(every.some((entry: any) => entry.figure.value === null)).toBe(true);
      expect(await perUnit('(computed: true)')).toEqual(
        every.filter((entry: any) => entry.figure.value !== null),
      );
      expect(await perUnit('(computed: false)')).toEqual(every);
    }
  });

  it("gives the dashboard each source once, and puts back each value's own source", async () => {
    for (const [code, number] of [
      [ASAHI, 'DDN-1'],
      [ISEHARA, '25-102'],
    ] as const) {
      const whole = await program(code, number);
      for (const ja of [true, false]) {
        const { program: page } = await dashboardPage(execute, whole.id, ja);
        // Each value's source as the page reads it is the one the API gives that value alone.
        const actualSources = (p: any) =>
          p.kpis.flatMap((kpi: any) =>
            kpi.values.map((value: any) => [
              value.fiscalYear.year,
              value.actual.source && {
                origin: value.actual.source.origin,
                section: value.actual.source.section,
                rawText: value.actual.source.rawText,
              },
            ]),
          );
        expect(actualSources(page)).toEqual(actualSources(whole));
        expect(actualSources(page).filter(([, source]: any) => source).length).toBeGreaterThan(1);
        expect(page.costs.map((cost: any) => cost.amount.source?.rawText ?? null)).toEqual(
          whole.costs.map((cost: any) => cost.amount.source?.rawText ?? null),
        );
      }
    }
    // An entry no value cites any more (one an edit replaced) is no source of the program.
    const asahi = await program(ASAHI, 'DDN-1');
    const stray = (
      (await database.db.execute(sql`insert into provenance (origin, note, program_id)
        values ('entry', 'entered by someone, since replaced', ${Number(asahi.id)}) returning id`)) as unknown as {
        rows: { id: number }[];
      }
    ).rows[0]!.id;
    const { sources } = dataOf(
      await execute<any>(`{ program(id: ${asahi.id}) { sources { id } } }`),
    ).program;
    expect(sources.length).toBeGreaterThan(5);
    expect(sources.map((source: any) => source.id)).not.toContain(String(stray));
    await database.db.execute(sql`delete from provenance where id = ${stray}`);
  });

  it("gives the dashboard each KPI's years and cost lines as columns, and each cost figure without its rule, that read back as the API's own", async () => {
    const FIGURE = 'value unit notComputed derived formula { ja en expression expressionEn }';
    const VALUES = `query ($id: ID!) { program(id: $id) {
    costSummaries { totalCost { ${FIGURE} } grantShare { ${FIGURE} } otherThanGrant { ${FIGURE} } }
    costs { category staffType fiscalYears { first { year } last { year } }
      amount { yen absence precisionYen source { id } } staffFte { value source { id } } }
    kpis { values {
      fiscalYear { year }
      target { value absence source { id } }
      actual { value absence source { id } }
      runningTotal { value }
      status { code label labelEn origin }
      achievement { value notComputed formula { ja en expression expressionEn } }
    } } } }`;
    const ids = (
      (await database.db.execute(sql`select id from program order by id`)) as unknown as {
        rows: { id: number }[];
      }
    ).rows.map((row) => String(row.id));
    let years = 0;
    for (const id of ids) {
      const { kpis, costSummaries, costs } = dataOf(await execute<any>(VALUES, { id })).program;
      for (const ja of [true, false]) {
        const { program: page, result } = await dashboardPage(execute, id, ja);
        expect(page.kpis.length).toBe(kpis.length);
        // The cost lines read back as the API's own, each source named by the same id.
        const withoutSource = ({ amount, staffFte, ...line }: any) => ({
          ...line,
          amount: { yen: amount.yen, absence: amount.absence, precisionYen: amount.precisionYen },
          staffFte: staffFte && { value: staffFte.value },
        });
        expect(page.costs.map(withoutSource)).toEqual(costs.map(withoutSource));
        const { costLines } = result.data!.program as any;
        expect(costLines.amountSources).toEqual(
          costs.map((line: any) => line.amount.source?.id ?? null),
        );
        expect(costLines.staffFteSources).toEqual(
          costs.map((line: any) => line.staffFte?.source?.id ?? null),
        );
        // A cost figure's unit and rule come back from the shared domain, as the API gave them.
        const inLanguage = ({ formula, ...figure }: any) => ({
          ...figure,
          formula: ja
            ? { ja: formula.ja, en: formula.en, expression: formula.expression }
            : { ja: formula.ja, en: formula.en, expressionEn: formula.expressionEn },
        });
        for (const field of ['totalCost', 'grantShare', 'otherThanGrant'])
          expect(page.costSummaries.map((summary: any) => summary[field])).toEqual(
            costSummaries.map((summary: any) => inLanguage(summary[field])),
          );
        kpis.forEach((kpi: any, k: number) => {
          const rows = page.kpis[k].values;
          expect(rows.map((row: any) => row.fiscalYear)).toEqual(
            kpi.values.map((value: any) => value.fiscalYear),
          );
          kpi.values.forEach((value: any, y: number) => {
            const row = rows[y];
            for (const side of ['target', 'actual'] as const) {
              expect([row[side].value, row[side].absence]).toEqual([
                value[side].value,
                value[side].absence,
              ]);
              // The page puts each source back whole; the answer's columns name it by id.
              const sourced = (result.data!.program as any).kpis[k].series[`${side}Sources`][y];
              expect(sourced).toBe(value[side].source?.id ?? null);
            }
            expect(row.runningTotal).toEqual(value.runningTotal);
            expect(row.status).toEqual(value.status);
            const { formula } = value.achievement;
            expect(row.achievement).toEqual({
              value: value.achievement.value,
              unit: 'RATIO',
              notComputed: value.achievement.notComputed,
              derived: false,
              formula: ja
                ? { ja: formula.ja, expression: formula.expression }
                : { en: formula.en, expressionEn: formula.expressionEn },
            });
            years += 1;
          });
        });
      }
    }
    expect(years).toBeGreaterThan(20);
  });

  it("answers Asahi's KPI ④ in FY2023: target 1,000, actual 2,214, running total 3,807", async () => {
    const asahi = await program(ASAHI, 'DDN-1');
    const fy2023 = asahi.kpis
      .find((k: any) => k.position === 4)
      .values.find((v: any) => v.fiscalYear.year === 2023);
    expect(fy2023).toMatchObject({
      fiscalYear: {
        year: 2023,
        label: '令和5年度',
        labelEn: 'FY2023 (Reiwa 5)',
        era: '令和',
        eraYear: 5,
      },
      target: { value: 1000, absence: null },
      actual: { value: 2214, absence: null },
      runningTotal: { value: 3807 },
      statusText: { value: '達成' },
      status: { code: 'ACHIEVED', label: '達成', origin: 'SOURCE' },
    });
    expect(fy2023.actual.source).toMatchObject({
      origin: 'DOCUMENT',
      document: {
        key: 'asahi-fy2023-digital-denen-grant-result',
        filePath: 'sources/asahi-fy2023-digital-denen-grant-result.txt',
      },
    });
    expect(fy2023.actual.source.rawText).toContain('2,214');
  });

  it("answers Isehara's FY2021 total cost as 327,000 yen, to the 1,000 yen the sheet prints", async () => {
    const isehara = await program(ISEHARA, '25-102');
    const total = isehara.costs.find(
      (c: any) => c.category === 'TOTAL_COST' && c.fiscalYears.first.year === 2021,
    );
    expect(total.amount).toMatchObject({ yen: 327_000, absence: null, precisionYen: 1000 });
    const regular = isehara.costs.find(
      (c: any) => c.staffType === 'REGULAR' && c.fiscalYears.first.year === 2021,
    );
    expect(regular).toMatchObject({
      category: 'PERSONNEL_COST',
      amount: { yen: 327_000 },
      staffFte: { value: 0.04 },
    });
  });

  it("answers Isehara's FY2022 KPI actual as null, not reported, never 0", async () => {
    const isehara = await program(ISEHARA, '25-102');
    const [supporters] = isehara.kpis;
    expect(supporters).toMatchObject({
      kind: 'STOCK',
      unit: '団体(個人)',
      baseline: { value: { value: 60 }, fiscalYear: { year: 2020, label: '令和2年度' } },
    });
    expect(
      supporters.values.map((v: any) => [
        v.fiscalYear.year,
        v.target.value,
        v.actual.value,
        v.actual.absence,
      ]),
    ).toEqual([
      [2021, 63, 63, null],
      [2022, 66, null, 'NOT_REPORTED'],
    ]);
    const fy2022Total = isehara.costs.find(
      (c: any) => c.category === 'TOTAL_COST' && c.fiscalYears.first.year === 2022,
    );
    expect(fy2022Total.amount).toMatchObject({ yen: null, absence: 'NOT_REPORTED' });
  });

  it('gives each program its years, plan period and era labels', async () => {
    const isehara = await program(ISEHARA, '25-102');
    expect(isehara.firstFiscalYear).toEqual({ year: 2017, label: '平成29年度' });
    expect(isehara.lastFiscalYear).toBeNull();
    const asahi = await program(ASAHI, 'DDN-1');
    expect(asahi.planPeriod).toEqual({
      first: { year: 2021, label: '令和3年度' },
      last: { year: 2023, label: '令和5年度' },
    });
    expect(asahi.municipality).toMatchObject({
      code: '12215',
      name: '旭市',
      prefecture: { code: 12, name: '千葉県' },
    });
  });

  it('serves the costs in yen, the grant beside the project cost, for the year and the plan period', async () => {
    const asahi = await program(ASAHI, 'DDN-1');
    const amounts = asahi.costs.map((c: any) => [
      c.category,
      c.fiscalYears.first.year,
      c.fiscalYears.last.year,
      c.amount.yen,
    ]);
    expect(amounts).toEqual(
      expect.arrayContaining([
        ['PROJECT_COST', 2023, 2023, 18_040_000],
        ['PROJECT_COST', 2021, 2023, 55_913_000],
        ['GRANT', 2023, 2023, 8_100_000],
        ['GRANT', 2021, 2023, 24_999_636],
      ]),
    );
  });

  it('serves evaluations with their scale, and narratives with their raw source', async () => {
    const isehara = await program(ISEHARA, '25-102');
    const progress = isehara.evaluations.find((e: any) => e.axis === 'PROGRESS');
    expect(progress).toMatchObject({ grade: { value: 'A' }, gradeLabel: '計画どおり' });
    expect(isehara.evaluations.find((e: any) => e.axis === 'DIRECTION').grade).toEqual({
      value: null,
      absence: 'AMBIGUOUS',
    });
    const asahi = await program(ASAHI, 'DDN-1');
    const notes = asahi.narratives.filter((n: any) => n.kind === 'KPI_STATUS_NOTE');
    expect(notes.map((n: any) => n.kpi.position)).toEqual([1, 2, 3, 4]);
    expect(notes[3].text).toContain('88件');
    const summary = asahi.narratives.find((n: any) => n.kind === 'PERIOD_SUMMARY');
    expect(summary.text).toContain('交付金事業');
    expect(summary.source.rawText).toContain('交付\u2FA6事業');
  });

  it('lists municipalities with their programs, and pages through programs', async () => {
    const list = dataOf(
      await execute<any>(
        `{ municipalities { code name programs { number } } programs(first: 1) { totalCount nodes { number } pageInfo { hasNextPage endCursor } } }`,
      ),
    );
    expect(list.municipalities).toEqual([
      { code: ASAHI, name: '旭市', programs: [{ number: 'DDN-1' }] },
      { code: ISEHARA, name: '伊勢原市', programs: [{ number: '25-102' }] },
    ]);
    expect(list.programs.totalCount).toBe(2);
    expect(list.programs.pageInfo.hasNextPage).toBe(true);
    const next = dataOf(
      await execute<any>(
        `query($after: String) { programs(first: 1, after: $after) { nodes { number } pageInfo { hasNextPage } } }`,
        {
          after: list.programs.pageInfo.endCursor,
        },
      ),
    );
    expect([list.programs.nodes[0].number, next.programs.nodes[0].number].sort()).toEqual([
      '25-102',
      'DDN-1',
    ]);
    expect(next.programs.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a page size out of range and a forged cursor, naming the argument', async () => {
    for (const first of [0, 101]) {
      const result = await execute(
        `query($first: Int) { programs(first: $first) { totalCount } }`,
        { first },
      );
      expect(result.errors?.[0]).toMatchObject({
        message: `first: must be between 1 and 100, got ${first}`,
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
      });
    }
    const forged = await execute(`{ programs(after: "bm90LWEtY3Vyc29y") { totalCount } }`);
    expect(forged.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'after' },
    });
  });

  it('answers NOT_FOUND for an unknown program or municipality', async () => {
    for (const query of [
      `{ program(id: "999999") { id } }`,
      `{ programByNumber(municipalityCode: "14214", number: "nope") { id } }`,
      `{ municipality(code: "99999") { id } }`,
    ]) {
      expect((await execute(query)).errors?.[0]?.extensions?.code, query).toBe('NOT_FOUND');
    }
    expect((await execute(`{ program(id: "abc") { id } }`)).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('writes nothing when the same dataset is loaded again', async () => {
    const before = await tableCounts(database.db);
    const outcomes = await loadDataset(database.db, sources);
    expect(outcomes.map((o) => o.outcome)).toEqual(['unchanged', 'unchanged']);
    expect(await tableCounts(database.db)).toEqual(before);
    expect(before.kpi_value).toBe(14);
  });

  it('replaces a changed program whole, keeping its id, and leaves no orphaned provenance', async () => {
    const isehara = sources.find((s) => s.data.municipality.code === ISEHARA)!;
    const { id } = await program(ISEHARA, '25-102');
    const before = await tableCounts(database.db);
    const changed = structuredClone(isehara);
    changed.data.kpis[0]!.note = 'edited';
    expect((await loadDataset(database.db, [changed]))[0]!.outcome).toBe('replaced');
    expect((await program(ISEHARA, '25-102')).id).toBe(id);
    // Only the audit log grows: it records the replacement and the changed KPI.
    const { audit_event: auditAfter, ...after } = await tableCounts(database.db);
    const { audit_event: auditBefore, ...rest } = before;
    expect(after).toEqual(rest);
    expect(auditAfter).toBe(auditBefore! + 2);
    await loadDataset(database.db, [isehara]);
  });

  it('loads all or nothing: a failure in the second program leaves the database as it was', async () => {
    const empty = await freshDatabase(backend);
    try {
      const broken = structuredClone(sources.find((s) => s.data.municipality.code === ISEHARA)!);
      broken.data.kpis.push(structuredClone(broken.data.kpis[0]!));
      const asahi = sources.find((s) => s.data.municipality.code === ASAHI)!;
      await expect(loadDataset(empty.db, [asahi, broken])).rejects.toThrow();
      const counts = await tableCounts(empty.db);
      expect(Object.keys(counts)).toContain('municipality');
      // The revision's one row is there from the start, and the failed load did not move it.
      expect(Object.entries(counts).filter(([, rows]) => rows > 0)).toEqual([['data_revision', 1]]);
      expect(await currentDataRevision(empty.db)).toBe(0);
    } finally {
      await empty.drop();
    }
  });
});
