import { sql } from 'drizzle-orm';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import { createApolloServer } from '../src/server.js';
import { loadDataset } from '../src/dataset/load.js';
import { programRecordsAtOnce, RECORD_PARTS } from '../src/db/queries/program-record.js';
import { dataRevisions } from '../src/db/queries/data-revision.js';
import { keptRankedPage, keptSpread } from '../src/db/queries/kept-rankings.js';
import { similarPrograms } from '../src/db/queries/similar-programs.js';
import { recordPartsOf } from '../src/graphql/record-parts.js';
import { readScoped, withStatementCount } from '../src/db/statement-counter.js';
import { copiesOf } from './support/copies.js';
import { backends, freshDatabase } from './support/databases.js';
import { ISEHARA, shippedSource } from './support/dataset.js';
import { dataOf, graphqlClient, silentLogger } from './support/graphql.js';
import { PROGRAM } from './support/queries.js';

const FIGURE = 'value formula { expression } notComputed';

/** A list asking for nearly everything each program has: every nested list is a chance for N+1. */
const LIST = /* GraphQL */ `
  query List($first: Int) {
    programs(first: $first) {
      totalCount
      nodes {
        number
        municipality { code prefecture { name } source { note } kpiRollup { kpiCount } }
        document { key }
        fieldSources { field source { section } }
        planHierarchy { name source { rawText } }
        kpis {
          name
          source { rawText }
          currentStatus { code }
          values { fiscalYear { label } actual { value source { rawText document { key } } } achievement { ${FIGURE} } status { code } history(first: 2) { nodes { action } } }
        }
        costSummaries { totalCost { ${FIGURE} } grantShare { ${FIGURE} } }
        costPerUnit { kpi { position } figure { ${FIGURE} } }
        evaluations { grade { value source { section } } reason { value } }
        activities { name years { done { value source { rawText } } } }
        narratives { text kpi { name } source { rawText } }
        kpiRollup { kpisAchieved }
        dataYears { first { year } }
        history(first: 3) { nodes { entity } pageInfo { hasNextPage } }
        export(format: KPI_VALUES_CSV) { fileName }
      }
    }
    kpiRollup { programCount }
  }
`;

const COMPARE = /* GraphQL */ `
  query Compare($ids: [ID!]!) {
    compare(programIds: $ids) {
      fiscalYears { year }
      programs {
        program { number municipality { name } }
        kpis { kpi { name planAchievement { ${FIGURE} } } years { value { actual { value source { rawText } } } achievement { ${FIGURE} } costPerUnit { ${FIGURE} } } }
        costYears { summary { totalCost { ${FIGURE} } } }
        costPeriods { grantShare { ${FIGURE} } }
      }
      notes { kind programs { number } }
      kpiRollup { kpisAchieved }
    }
  }
`;

describe.each(backends())('SQL statements per request on %s', (backend) => {
  let small: Awaited<ReturnType<typeof freshDatabase>>;
  let large: Awaited<ReturnType<typeof freshDatabase>>;

  beforeAll(async () => {
    const isehara = await shippedSource(ISEHARA);
    [small, large] = await Promise.all([freshDatabase(backend), freshDatabase(backend)]);
    await loadDataset(small.db, copiesOf(isehara, 1));
    await loadDataset(large.db, copiesOf(isehara, 100));
  });
  afterAll(async () => {
    await Promise.all([small.drop(), large.drop()]);
  });

  it('do not grow from 1 to 100 programs in a list with everything nested', async () => {
    const one = await graphqlClient(small.db)<any>(LIST, { first: 100 });
    const hundred = await graphqlClient(large.db)<any>(LIST, { first: 100 });
    expect(dataOf(one).programs.nodes).toHaveLength(1);
    expect(dataOf(hundred).programs.nodes).toHaveLength(100);
    for (const program of dataOf(hundred).programs.nodes) {
      expect(program.history.nodes).toHaveLength(3);
      expect(program.export.fileName).toBe(
        `${program.municipality.code}-${program.number}-kpi-values.csv`,
      );
      expect(program.kpis[0].values[0].history.nodes).toEqual([{ action: 'ADDED' }]);
    }
    expect(hundred.statements).toBeGreaterThan(5);
    // Fewer is possible: an expensive answer is walked in slices (graphql/time-slice.ts), and reads
    // the walk asks for meanwhile join one batch.
    expect(hundred.statements).toBeLessThanOrEqual(one.statements);
    console.log(
      `${backend}: list of 1 and of 100 programs: ${one.statements} and ${hundred.statements} statements`,
    );
  });

  it('each name the scopes of data they read, so that an edit elsewhere leaves the answer kept', async () => {
    const execute = graphqlClient(large.db);
    const list = await execute<any>(LIST, { first: 3 });
    const ids = dataOf(
      await execute<any>('{ programs(first: 3) { nodes { id number municipality { id code } } } }'),
    ).programs.nodes;
    // A list reads the whole set of programs, and each program it shows.
    expect(list.scopes).toEqual(
      expect.arrayContaining(['programs', ...ids.map((node: any) => `p:${node.id}`)]),
    );
    const own = ids[1];
    const detail = await execute(PROGRAM, { code: own.municipality.code, number: own.number });
    expect(dataOf<any>(detail).programByNumber.id).toBe(own.id);
    // One program's page reads its own record, its municipality, and the terms of similar programs:
    // nothing that an edit to another program's figures moves.
    expect(detail.scopes).toEqual(
      expect.arrayContaining([`p:${own.id}`, `m:${own.municipality.id}`]),
    );
    expect(
      detail.scopes!.filter((scope) => scope.startsWith('p:') && scope !== `p:${own.id}`),
    ).toEqual([]);
    expect(detail.scopes).not.toContain('programs');
    const compare = await execute(COMPARE, { ids: ids.map((node: any) => node.id) });
    expect(compare.scopes).toEqual(expect.arrayContaining(ids.map((node: any) => `p:${node.id}`)));
    expect(compare.scopes).not.toContain('programs');
  });

  it("read a program's whole record in one statement", async () => {
    const execute = graphqlClient(large.db);
    const [first] = dataOf(await execute<any>('{ programs(first: 1) { nodes { id } } }')).programs
      .nodes;
    const detail = await execute<any>(
      `query Detail($id: ID!) { program(id: $id) {
        name municipality { name } document { title } lastChangedAt dataYears { first { year } }
        history(first: 5) { nodes { action } }
        kpis { name source { rawText document { title } } values { actual { value source { rawText } } achievement { ${FIGURE} } } }
        costs { amount { yen } } costSummaries { totalCost { ${FIGURE} } } costPerUnit { figure { ${FIGURE} } }
        evaluations { grade { value } } narratives { text source { section } } activities { years { done { value } } }
        planHierarchy { name } printedUnitCosts { unitCost { value } } verdict { topic }
      } }`,
      { id: first.id },
    );
    expect(dataOf(detail).program.kpis.length).toBeGreaterThan(0);
    expect(detail.statements).toBe(1);
  });

  it('read only the parts of a record the operation may use, and the rest if it turns out to', async () => {
    const execute = graphqlClient(large.db);
    const [first] = dataOf(await execute<any>('{ programs(first: 1) { nodes { id } } }')).programs
      .nodes;
    const plain = `query Plain($id: ID!) { program(id: $id) {
      name kpis { name values { fiscalYear { year } actual { value } } } costs { amount { yen } }
    } }`;
    expect(recordPartsOf(parse(plain))).toEqual(new Set(['kpis', 'costs']));
    // Through Apollo, which hands resolvers a copy of the context: the parts still reach the loaders,
    // which the copy shares, and the record they hold is the one read with those parts.
    const context = createContext(large.db, 'plain', silentLogger);
    const viaApollo = await createApolloServer({
      logger: silentLogger,
      production: true,
    }).executeOperation({ query: plain, variables: { id: first.id } }, { contextValue: context });
    expect(viaApollo.body.kind === 'single' && viaApollo.body.singleResult.errors).toBeUndefined();
    expect((await context.loaders.record.load(Number(first.id)))!.parts).toEqual(
      new Set(['kpis', 'costs']),
    );
    // An English field reads the dataset's glosses; a verdict reads nearly everything.
    expect(recordPartsOf(parse('{ program(id: 1) { departmentEn } }'))).toEqual(
      new Set(['glosses']),
    );
    expect(recordPartsOf(parse('{ program(id: 1) { verdict { topic } } }'))).toEqual(
      new Set(['kpis', 'costs', 'evaluations', 'narratives', 'glosses']),
    );
    const answer = await execute<any>(plain, { id: first.id });
    expect(answer.statements).toBe(1);
    const whole = await execute<any>(
      `query Whole($id: ID!) { program(id: $id) {
        name kpis { name values { fiscalYear { year } actual { value } } } costs { amount { yen } }
        narratives { text } history(first: 1) { nodes { action } }
      } }`,
      { id: first.id },
    );
    const { narratives, history, ...same } = dataOf(whole).program;
    expect(dataOf(answer).program).toEqual(same);

    // A part the operation was not expected to read is read then, whole: one more statement, the
    // same rows.
    const id = Number(first.id);
    const expected = await withStatementCount(() =>
      createContext(large.db, 'whole', silentLogger).loaders.narrativesByProgram.get(id),
    );
    expect(expected.map((row) => row.text)).toEqual(narratives.map((n: any) => n.text));
    expect(history.nodes).toHaveLength(1);
    await withStatementCount(async (statements) => {
      const context = createContext(large.db, 'kpis only', silentLogger);
      context.reads.recordParts = new Set(['kpis']);
      expect(await context.loaders.kpisByProgram.get(id)).not.toEqual([]);
      expect(statements()).toBe(1);
      expect(await context.loaders.narrativesByProgram.get(id)).toEqual(expected);
      expect(statements()).toBe(2);
      // Once read whole, every part is at hand: given at once, not as a promise.
      expect(context.loaders.evaluationsByProgram.get(id)).not.toBeInstanceOf(Promise);
      expect(statements()).toBe(2);
    });

    // Each set of parts read is a prepared statement: any pair asked for reads one of a few sets.
    const held = new Set<string>();
    for (const [index, one] of RECORD_PARTS.entries())
      for (const other of RECORD_PARTS.slice(index + 1)) {
        const [found] = await programRecordsAtOnce(large.db, [id], new Set([one, other]));
        expect(found!.parts.has(one) && found!.parts.has(other)).toBe(true);
        held.add([...found!.parts].sort().join());
      }
    expect(held).toEqual(
      new Set([
        'costs,kpis',
        'costs,documents,glosses,kpis,provenance,summary',
        [...RECORD_PARTS].sort().join(),
      ]),
    );
    if (backend === 'postgres') {
      // One program's record is named by a plain id: PostgreSQL keeps one plan for it from the sixth
      // call on, rather than plan it again on every call as it does for a list of ids. Reads one after
      // another take the same pooled connection, whose prepared statements these are.
      // So is every statement a request runs at every call: the revisions, a list's records (over a
      // set whose size PostgreSQL cannot see), similar programs, a kept ranking.
      const ranking = { metric: 'costPerOutcome' as const, basis: 'total_cost', policyArea: 'x' };
      for (let call = 0; call < 8; call += 1) {
        await programRecordsAtOnce(large.db, [id], new Set(['kpis']));
        await programRecordsAtOnce(large.db, [id, id + 1], new Set(['kpis']));
        await dataRevisions(large.db, [`p:${id}`, 'm:1']);
        await similarPrograms(large.db, [id], 5);
        await similarPrograms(large.db, [id, id + 1], 5);
        await keptSpread(large.db, ranking);
        await keptRankedPage(large.db, ranking, { limit: 5, offset: 0, highlight: id });
        await keptRankedPage(large.db, ranking, { limit: 5, offset: 0, highlight: null });
      }
      const { rows } = (await large.db.execute(sql`
        select name, generic_plans from pg_prepared_statements order by name`)) as unknown as {
        rows: { name: string; generic_plans: string }[];
      };
      const generic = rows.filter((row) => Number(row.generic_plans) > 0).map((row) => row.name);
      expect(generic).toEqual(
        expect.arrayContaining([
          'program_record_0',
          'program_records_0',
          'data_revisions',
          'similar_program',
          'similar_programs',
          'kept_spread',
          'kept_page',
          'kept_page_highlight',
        ]),
      );
    }
  });

  it('leave an answer depending on everything when one read names no scope', async () => {
    const scopes = await withStatementCount(async (_statements, _clientGone, scopes) => {
      await readScoped(
        () => small.db.execute(sql`select 1`),
        () => ['p:1'],
      );
      const named = scopes();
      await small.db.execute(sql`select 2`);
      return [named, scopes()];
    });
    expect(scopes).toEqual([['p:1'], null]);
  });

  it('do not grow from 2 to 50 programs in a comparison', async () => {
    const execute = graphqlClient(large.db);
    const ids = dataOf(
      await execute<any>('{ programs(first: 100) { nodes { id } } }'),
    ).programs.nodes.map((n: any) => n.id);
    const two = await execute(COMPARE, { ids: ids.slice(0, 2) });
    const fifty = await execute(COMPARE, { ids: ids.slice(0, 50) });
    expect(dataOf<any>(fifty).compare.programs).toHaveLength(50);
    expect(fifty.statements).toBeLessThanOrEqual(two.statements);
    console.log(
      `${backend}: comparison of 2 and of 50 programs: ${two.statements} and ${fifty.statements} statements`,
    );
  });

  it("read a ranking's count or distribution only when asked, and once", async () => {
    const execute = graphqlClient(large.db);
    const spread = 'fragment Spread on Ranking { distribution { count median } }';
    const ranking = (fields: string, fragments = '') =>
      execute<any>(
        `{ ranking(metric: LATEST_COST, first: 5) { entries { rank program { number } } ${fields} } } ${fragments}`,
      );
    const entries = await ranking('');
    const counted = await ranking('totalCount percentilesWithheld');
    const full = await ranking('totalCount ...Spread', spread);
    expect(dataOf(entries).ranking.entries).toHaveLength(5);
    expect(dataOf(full).ranking.distribution.count).toBe(dataOf(counted).ranking.totalCount);
    // The count is one statement, asked for by two fields; the distribution gives it when asked too.
    expect(counted.statements).toBe(entries.statements + 1);
    expect(full.statements).toBe(entries.statements + 1);
  });

  it("read a ranking's programs and their municipalities with its page", async () => {
    const execute = graphqlClient(large.db);
    const [area] = dataOf(await execute<any>('{ policyAreas { key } }')).policyAreas;
    // The whole country (computed) and one policy area (kept).
    for (const filter of ['', `filter: { policyAreas: ["${area.key}"] }`]) {
      const page = (entry: string) =>
        execute<any>(
          `{ ranking(metric: LATEST_COST, first: 5 ${filter}) { entries { ${entry} } } }`,
        );
      const ranks = await page('rank');
      const named = await page('rank program { number name municipality { code name } }');
      expect(dataOf(named).ranking.entries.length).toBeGreaterThan(0);
      expect(dataOf(named).ranking.entries[0].program.municipality.name).toBeTruthy();
      expect(named.statements).toBe(ranks.statements);
      // A highlighted program costs one more: its summary, which also says that it exists.
      const id = dataOf(
        await execute<any>(
          `{ ranking(metric: LATEST_COST, first: 1 ${filter}) { entries { program { id } } } }`,
        ),
      ).ranking.entries[0].program.id;
      const highlighted = await execute<any>(
        `{ ranking(metric: LATEST_COST, first: 5, highlight: "${id}" ${filter}) { entries { rank } highlight { rank } } }`,
      );
      expect(dataOf(highlighted).ranking.highlight.rank).toBe(1);
      expect(highlighted.statements).toBe(ranks.statements + 1);
    }
  });
});
