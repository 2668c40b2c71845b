import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../src/dataset/load.js';
import type { Database } from '../src/db/client.js';
import { refreshProgramSummaries, summariesOutOfDate } from '../src/analytics/program-summary.js';
import { deleteProgramChildren } from '../src/db/queries/program-children.js';
import { currentDataRevision } from '../src/db/queries/data-revision.js';
import {
  keptRankedPage,
  keptRankingOf,
  keptSpread,
  refreshStaleRankings,
} from '../src/db/queries/kept-rankings.js';
import { distribution, METRIC_ASCENDING, rankedPage } from '../src/db/queries/rankings.js';
import { generateNational } from '../src/national/generate.js';
import { backends, freshDatabase } from './support/databases.js';
import { shippedSources } from './support/dataset.js';
import { dataOf, graphqlClient } from './support/graphql.js';

const OPTIONS = {
  municipalities: 6,
  programsPerMunicipality: 3,
  fiscalYears: 4,
  firstFiscalYear: 2020,
  seed: 7,
};

/** A fingerprint of the synthetic data: counts, sums and NULL counts that any difference would change. */
async function fingerprint(db: Awaited<ReturnType<typeof freshDatabase>>['db']) {
  const result = (await db.execute(sql`
    select
      (select count(*)::int from municipality where is_synthetic) as municipalities,
      (select count(*)::int from program p join municipality m on m.id = p.municipality_id where m.is_synthetic) as programs,
      (select count(*)::int from kpi_value) as kpi_values,
      (select coalesce(sum(actual), 0)::float8 from kpi_value) as actual_sum,
      (select count(*)::int from kpi_value where actual is null) as actuals_missing,
      (select count(*)::int from kpi_value where actual is null and actual_absence is null) as missing_without_reason,
      (select coalesce(sum(amount_yen), 0)::float8 from cost_entry) as cost_sum,
      (select count(*)::int from cost_entry where amount_yen is null) as costs_missing,
      (select min(code) from municipality where is_synthetic) as first_code
  `)) as unknown as { rows: Record<string, number | string>[] };
  return result.rows[0]!;
}

/**
 * The kept counts of programs of each kind (migration 0018) and of programs holding each term (0019)
 * are what counting now finds.
 */
async function expectCountsKept(db: Database) {
  const { rows } = (await db.execute(sql`
    select p.synthetic, p.programs, (select count(*)::int from program_summary s
      join municipality m on m.id = s.municipality_id where m.is_synthetic = p.synthetic) as counted
    from program_population p order by p.synthetic`)) as unknown as {
    rows: { synthetic: boolean; programs: number; counted: number }[];
  };
  expect(rows.map((row) => row.synthetic)).toEqual([false, true]);
  expect(rows.map((row) => row.programs)).toEqual(rows.map((row) => row.counted));
  const terms = (await db.execute(sql`
    with counted as (select synthetic, term, count(*)::int as programs from program_term group by 1, 2)
    select (select count(*)::int from term_frequency) as kept,
      (select count(*)::int from (
        (select * from counted except select synthetic, term, programs from term_frequency)
        union all
        (select synthetic, term, programs from term_frequency except select * from counted)) d) as differing
  `)) as unknown as { rows: { kept: number; differing: number }[] };
  expect(terms.rows[0]!.kept).toBeGreaterThan(50);
  expect(terms.rows[0]!.differing).toBe(0);
}

describe.each(backends())('the synthetic national dataset on %s', (backend) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    database = await freshDatabase(backend);
    await loadDataset(database.db, await shippedSources());
  });
  afterAll(() => database.drop());

  it('is deterministic for a seed, marked synthetic, coded above every real code, and leaves the real programs alone', async () => {
    const totals = await generateNational(database.db, OPTIONS);
    expect(totals.programs).toBe(18);
    const first = await fingerprint(database.db);
    expect(first).toMatchObject({
      municipalities: 6,
      programs: 18,
      first_code: '90001',
      missing_without_reason: 0,
    });
    expect(Number(first.actuals_missing)).toBeGreaterThan(0);
    await generateNational(database.db, OPTIONS);
    expect(await fingerprint(database.db)).toEqual(first);
    await expectCountsKept(database.db);
    await generateNational(database.db, { ...OPTIONS, seed: 8 });
    expect((await fingerprint(database.db)).actual_sum).not.toBe(first.actual_sum);
    await expectCountsKept(database.db);
    const execute = graphqlClient(database.db);
    const real = dataOf(
      await execute<any>(
        '{ programs(filter: { municipalityCodes: ["14214", "12215"] }) { totalCount } }',
      ),
    );
    expect(real.programs.totalCount).toBe(2);
  });

  it('answers the API like any data: lists, roll-ups and summaries', async () => {
    await generateNational(database.db, OPTIONS);
    const execute = graphqlClient(database.db);
    const data = dataOf(
      await execute<any>(`{
        programs(first: 100, orderBy: { field: LATEST_COST, direction: DESC }) { totalCount nodes { municipality { isSynthetic } } }
        kpiRollup { programCount kpisWithStatus }
      }`),
    );
    expect(data.programs.totalCount).toBe(20);
    expect(data.kpiRollup.programCount).toBe(20);
    expect(data.kpiRollup.kpisWithStatus).toBeGreaterThan(10);
  });

  it('finds similar programs among programs of the same kind only: made-up with made-up, real with real', async () => {
    await generateNational(database.db, OPTIONS);
    const execute = graphqlClient(database.db);
    const data = dataOf(
      await execute<any>(`{
        programs(first: 20) { nodes { id municipality { isSynthetic } similar(scope: OTHER_MUNICIPALITIES, first: 5) { program { id municipality { isSynthetic } } sharedTerms } } }
      }`),
    );
    const found = data.programs.nodes.flatMap((program: any) =>
      program.similar.map((similar: any) => ({ program, similar })),
    );
    expect(found.some(({ program }: any) => program.municipality.isSynthetic)).toBe(true);
    // Both scopes come from one count of the terms: asking for both runs no more statements.
    const one = await execute<any>(
      '{ programs(first: 20) { nodes { similar(scope: OTHER_MUNICIPALITIES) { sharedTerms } } } }',
    );
    const both = await execute<any>(
      '{ programs(first: 20) { nodes { a: similar(scope: OTHER_MUNICIPALITIES) { sharedTerms } b: similar(scope: SAME_MUNICIPALITY) { sharedTerms } } } }',
    );
    expect(both.statements).toBe(one.statements);
    for (const { program, similar } of found) {
      expect(similar.program.municipality.isSynthetic).toBe(program.municipality.isSynthetic);
      expect(similar.program.id).not.toBe(program.id);
      expect(similar.sharedTerms.length).toBeGreaterThan(0);
    }
  });

  it('stores every derived figure as the domain rules compute it, and rewrites only what an edit changed', async () => {
    await generateNational(database.db, OPTIONS);
    const ids = (
      (await database.db.execute(sql`select id from program order by id`)) as unknown as {
        rows: { id: number }[];
      }
    ).rows.map((row) => row.id);
    expect(ids).toHaveLength(20);
    expect(await summariesOutOfDate(database.db, ids)).toEqual([]);
    // A record written behind the rules' back is found out...
    await database.db.execute(
      sql`update program_summary set achievement_mean = 0.123 where program_id = ${ids[3]}`,
    );
    await database.db.execute(sql`delete from program_term where program_id = ${ids[5]}`);
    expect(await summariesOutOfDate(database.db, ids)).toEqual([ids[3], ids[5]]);
    // ...and a refresh of every program rewrites those two alone.
    const revision = () =>
      database.db.execute(
        sql`select scope from data_scope_revision where revision = (select revision from data_revision) order by scope`,
      ) as unknown as Promise<{ rows: { scope: string }[] }>;
    await database.db.transaction((tx) => refreshProgramSummaries(tx as any, ids));
    expect(await summariesOutOfDate(database.db, ids)).toEqual([]);
    const moved = (await revision()).rows.map((row) => row.scope);
    expect(moved).toEqual(
      expect.arrayContaining([`p:${ids[3]}`, `p:${ids[5]}`, 'programs', 'terms']),
    );
    expect(moved.filter((scope) => scope.startsWith('p:'))).toHaveLength(2);
    // Refreshed again with nothing changed, nothing is written: the revision stays.
    const before = await currentDataRevision(database.db);
    await database.db.transaction((tx) => refreshProgramSummaries(tx as any, ids));
    expect(await currentDataRevision(database.db)).toBe(before);
    // A summary rewritten with its terms as they were leaves every similar-program list kept.
    await database.db.execute(
      sql`update program_summary set achievement_mean = 0.123 where program_id = ${ids[3]}`,
    );
    await database.db.transaction((tx) => refreshProgramSummaries(tx as any, ids));
    const rewritten = (await revision()).rows.map((row) => row.scope);
    expect(rewritten).toContain(`p:${ids[3]}`);
    expect(rewritten).not.toContain('terms');
    // A program gone is counted out, and the similar programs' weights move with the terms' scope.
    await expectCountsKept(database.db);
    await deleteProgramChildren(database.db, [ids.at(-1)!]);
    await database.db.execute(sql`delete from program where id = ${ids.at(-1)}`);
    await expectCountsKept(database.db);
    expect((await revision()).rows.map((row) => row.scope)).toContain('terms');
  });

  it("keeps each policy area's rankings as the SQL that ranks any set computes them, and computes those it cannot trust", async () => {
    await generateNational(database.db, OPTIONS);
    const areas = (
      (await database.db.execute(
        sql`select distinct policy_area as area from program_summary order by 1`,
      )) as unknown as { rows: { area: string }[] }
    ).rows.map((row) => row.area);
    expect(areas.length).toBeGreaterThan(3);
    const all = { limit: 1000, offset: 0, highlight: null };
    let compared = 0;
    for (const area of areas) {
      for (const column of [
        'costPerOutcome',
        'latestCostYen',
        'achievementMean',
        'latestGrantShare',
      ] as const) {
        const costly = column === 'costPerOutcome' || column === 'latestCostYen';
        for (const basis of costly ? (['total_cost', 'project_cost'] as const) : [null]) {
          const query = {
            column,
            ascending: METRIC_ASCENDING[column],
            filter: { policyAreas: [area] },
            peersOf: null,
            peerGroup: 'prefecture' as const,
            basis,
          };
          const kept = keptRankingOf(query)!;
          expect(await keptSpread(database.db, kept)).toEqual(
            await distribution(database.db, query),
          );
          expect(await keptRankedPage(database.db, kept, all)).toEqual(
            await rankedPage(database.db, query, all),
          );
          compared += 1;
        }
      }
    }
    expect(compared).toBe(areas.length * 6);
    // The API reads a kept ranking as it is kept: a value changed behind its back shows.
    await database.db.execute(
      sql`update ranking_entry set value = -1 where metric = 'achievementMean' and policy_area = ${areas[1]!} and position = 1`,
    );
    const read = dataOf(
      await graphqlClient(database.db)<any>(
        `{ ranking(metric: ACHIEVEMENT, filter: { policyAreas: ["${areas[1]}"] }) { entries { value } } }`,
      ),
    ).ranking;
    expect(read.entries[0].value).toBe(-1);
    // Another order, or another set, is computed.
    const base = {
      column: 'achievementMean' as const,
      peersOf: null,
      peerGroup: 'prefecture' as const,
      basis: null,
    };
    expect(
      keptRankingOf({ ...base, ascending: true, filter: { policyAreas: [areas[0]!] } }),
    ).toBeNull();
    expect(
      keptRankingOf({ ...base, ascending: false, filter: { policyAreas: areas.slice(0, 2) } }),
    ).toBeNull();
    expect(
      keptRankingOf({
        ...base,
        ascending: false,
        filter: { policyAreas: [areas[0]!], prefectureCodes: [14] },
      }),
    ).toBeNull();
    // A program removed behind the rankings' back leaves its area's kept rankings untrusted: the API
    // computes that ranking, without the program.
    const [gone] = (
      (await database.db.execute(
        sql`select program_id as id from ranking_entry where metric = 'achievementMean' and policy_area = ${areas[0]!} order by position limit 1`,
      )) as unknown as { rows: { id: number }[] }
    ).rows;
    await deleteProgramChildren(database.db, [gone!.id]);
    await database.db.execute(sql`delete from program where id = ${gone!.id}`);
    const kept = { metric: 'achievementMean' as const, basis: '', policyArea: areas[0]! };
    expect(await keptSpread(database.db, kept)).toBeNull();
    const execute = graphqlClient(database.db);
    const ranking = dataOf(
      await execute<any>(
        `{ ranking(metric: ACHIEVEMENT, filter: { policyAreas: ["${areas[0]}"] }) { totalCount entries { program { id } } } }`,
      ),
    ).ranking;
    expect(ranking.entries.map((entry: any) => Number(entry.program.id))).not.toContain(gone!.id);
    expect(ranking.totalCount).toBe(ranking.entries.length);
    // Worked out again for the areas that changed, as the API does when it starts.
    expect(await refreshStaleRankings(database.db)).toEqual([areas[0]]);
    expect(await keptSpread(database.db, kept)).toEqual(
      await distribution(database.db, {
        column: 'achievementMean',
        ascending: false,
        filter: { policyAreas: [areas[0]!] },
        peersOf: null,
        peerGroup: 'prefecture',
        basis: null,
      }),
    );
  });
});
