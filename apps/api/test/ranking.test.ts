import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../src/dataset/load.js';
import { generateNational } from '../src/national/generate.js';
import { backends, freshDatabase } from './support/databases.js';
import { ASAHI, ISEHARA, shippedSources } from './support/dataset.js';
import { dataOf, graphqlClient } from './support/graphql.js';

const RANKING = /* GraphQL */ `
  query Ranking(
    $metric: RankingMetric!
    $filter: ProgramFilter
    $peersOf: ID
    $peerGroup: PeerGroup
    $highlight: ID
    $costBasis: CostBasis
    $first: Int
    $offset: Int
  ) {
    ranking(
      metric: $metric
      filter: $filter
      peersOf: $peersOf
      peerGroup: $peerGroup
      highlight: $highlight
      costBasis: $costBasis
      first: $first
      offset: $offset
    ) {
      ascending
      costBasis
      percentilesWithheld
      percentilesWithheldEn
      totalCount
      note
      distribution {
        count
        min
        p10
        p25
        median
        p75
        p90
        max
      }
      entries {
        rank
        percentile
        value
        program {
          id
          number
          municipality {
            code
            prefecture {
              code
            }
          }
        }
      }
      highlight {
        rank
        percentile
        value
        program {
          number
        }
      }
    }
  }
`;

describe.each(backends())('rankings across municipalities on %s', (backend) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let execute: ReturnType<typeof graphqlClient>;
  let asahiId: string;

  beforeAll(async () => {
    database = await freshDatabase(backend);
    await loadDataset(database.db, await shippedSources());
    execute = graphqlClient(database.db);
    asahiId = dataOf(
      await execute<any>(
        `{ programByNumber(municipalityCode: "${ASAHI}", number: "DDN-1") { id } }`,
      ),
    ).programByNumber.id;
  });
  afterAll(() => database.drop());

  it('never ranks a cost per outcome of total cost with one of project cost alone', async () => {
    // KPI ① per unit: Asahi 18,040,000 ÷ 10 = 1,804,000 yen of project cost (no personnel cost is
    // reported); Isehara 327,000 ÷ (63 − 60) = 109,000 yen of total cost. Not one order.
    const asahi = dataOf(
      await execute<any>(RANKING, { metric: 'COST_PER_OUTCOME', highlight: asahiId }),
    ).ranking;
    expect(asahi.ascending).toBe(true);
    expect(asahi.costBasis).toBe('PROJECT_COST');
    expect(
      asahi.entries.map((e: any) => [e.rank, e.percentile, e.value, e.program.number]),
    ).toEqual([[1, null, 1_804_000, 'DDN-1']]);
    expect(asahi.highlight).toEqual({
      rank: 1,
      percentile: null,
      value: 1_804_000,
      program: { number: 'DDN-1' },
    });
    expect(asahi.note).toContain('按分なし');

    const total = dataOf(
      await execute<any>(RANKING, { metric: 'COST_PER_OUTCOME', costBasis: 'TOTAL_COST' }),
    ).ranking;
    expect(total.entries.map((e: any) => [e.value, e.program.number])).toEqual([
      [109_000, '25-102'],
    ]);
  });

  it('computes no percentiles for fewer than five programs, and says why', async () => {
    const ranking = dataOf(
      await execute<any>(RANKING, { metric: 'ACHIEVEMENT', highlight: asahiId }),
    ).ranking;
    expect(ranking.totalCount).toBe(2);
    expect(ranking.distribution).toMatchObject({ count: 2, p10: null, median: null, p90: null });
    expect(ranking.distribution.min).not.toBeNull();
    expect(ranking.entries.every((e: any) => e.percentile === null)).toBe(true);
    expect(ranking.percentilesWithheld).toBe('2件では百分位を計算しません（5件以上のときだけ）。');
    expect(ranking.percentilesWithheldEn).toContain('No percentiles for 2 programs');
  });

  it('ranks grant share highest first and leaves out 0 ÷ 0', async () => {
    const ranking = dataOf(await execute<any>(RANKING, { metric: 'GRANT_SHARE' })).ranking;
    // Asahi FY2023: 8,100,000 ÷ 18,040,000; Isehara's 0 ÷ 0 is not computed, so not ranked.
    expect(ranking.entries).toHaveLength(1);
    expect(ranking.entries[0].value).toBeCloseTo(8_100_000 / 18_040_000, 12);
    expect(ranking.totalCount).toBe(1);
  });

  it('ranks within a peer group and a filter, in SQL, a page at a time', async () => {
    await generateNational(database.db, {
      municipalities: 60,
      programsPerMunicipality: 3,
      fiscalYears: 3,
      firstFiscalYear: 2021,
      seed: 3,
    });
    const all = dataOf(await execute<any>(RANKING, { metric: 'ACHIEVEMENT', first: 100 })).ranking;
    expect(all.ascending).toBe(false);
    const values = all.entries.map((e: any) => e.value);
    expect(values).toEqual([...values].sort((a: number, b: number) => b - a));
    const d = all.distribution;
    expect([d.min, d.p10, d.p25, d.median, d.p75, d.p90, d.max]).toEqual(
      [d.min, d.p10, d.p25, d.median, d.p75, d.p90, d.max].sort((a, b) => a - b),
    );

    const page2 = dataOf(
      await execute<any>(RANKING, { metric: 'ACHIEVEMENT', first: 10, offset: 10 }),
    ).ranking;
    expect(page2.entries.map((e: any) => e.program.id)).toEqual(
      all.entries.slice(10, 20).map((e: any) => e.program.id),
    );

    const peers = dataOf(
      await execute<any>(RANKING, {
        metric: 'LATEST_COST',
        peersOf: asahiId,
        first: 100,
        highlight: asahiId,
      }),
    ).ranking;
    expect(new Set(peers.entries.map((e: any) => e.program.municipality.prefecture.code))).toEqual(
      new Set([12]),
    );
    expect(peers.highlight.program.number).toBe('DDN-1');
    // Synthetic prefectures are numbered apart, so Chiba's only peer here is Asahi itself, never a
    // made-up city.
    expect(peers.totalCount).toBe(1);

    const isehara = dataOf(
      await execute<any>(RANKING, {
        metric: 'COST_PER_OUTCOME',
        filter: { municipalityCodes: [ISEHARA] },
      }),
    ).ranking;
    expect(isehara.entries.map((e: any) => e.program.number)).toEqual(['25-102']);
  });

  // Over the synthetic municipalities the test above generated.
  it('lists prefectures with their municipalities, and filters programs by prefecture', async () => {
    const { prefectures, prefecture } = dataOf(
      await execute<any>(
        '{ prefectures { code name } prefecture(code: 101) { name municipalities { code prefecture { code } } } }',
      ),
    );
    // Chiba and Kanagawa, then the 47 made-up prefectures the 60 synthetic municipalities fall in.
    expect(prefectures.slice(0, 3)).toEqual([
      { code: 12, name: '千葉県' },
      { code: 14, name: '神奈川県' },
      { code: 101, name: '架空県1' },
    ]);
    expect(prefectures).toHaveLength(49);
    // 90047 is the 47th synthetic municipality: (47 % 47) + 1 = 1.
    expect(prefecture.municipalities.map((m: any) => m.code)).toEqual(['90047']);
    expect(prefecture.name).toBe('架空県1');
    const chosen = dataOf(
      await execute<any>(
        '{ inPrefecture: municipalities(prefectureCodes: [12, 102]) { code } byCode: municipalities(codes: ["90002", "99999"]) { code prefecture { code } } }',
      ),
    );
    expect(chosen.inPrefecture.map((m: any) => m.code)).toEqual(['12215', '90001', '90048']);
    // An unknown code is left out, not an error: a stale link still shows the page.
    expect(chosen.byCode).toEqual([{ code: '90002', prefecture: { code: 103 } }]);

    const filtered = dataOf(
      await execute<any>(
        '{ programs(first: 100, filter: { prefectureCodes: [14, 102] }) { totalCount nodes { municipality { code } } } }',
      ),
    ).programs;
    // Isehara's one program, and 3 programs each of 90001 and 90048.
    expect(filtered.totalCount).toBe(7);
    expect(new Set(filtered.nodes.map((n: any) => n.municipality.code))).toEqual(
      new Set(['14214', '90001', '90048']),
    );

    const refused = await execute('{ programs(filter: { prefectureCodes: [0] }) { totalCount } }');
    expect(refused.errors?.[0]).toMatchObject({
      message: 'filter.prefectureCodes: 0 is not a prefecture code (1 to 47, or 101 to 147)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const { policyAreas } = dataOf(
      await execute<any>('{ policyAreas { key name nameEn programCount } }'),
    );
    expect(policyAreas.map((a: any) => a.key)).toEqual([
      'agriculture',
      'childcare',
      'city-promotion',
      'community',
      'disaster-prevention',
      'education',
      'health',
      'tourism',
    ]);
    expect(policyAreas.find((a: any) => a.key === 'community')).toMatchObject({
      name: 'コミュニティ',
      nameEn: 'Community',
    });
    // 2 real programs and 60 × 3 synthetic ones.
    expect(policyAreas.reduce((sum: number, a: any) => sum + a.programCount, 0)).toBe(182);

    // Past a smallint too: refused by the API, never a database error.
    for (const [query, message] of [
      ['{ prefecture(code: 2147483647) { name } }', 'code: 2147483647 is not a prefecture code'],
      [
        '{ municipalities(prefectureCodes: [-32769]) { code } }',
        'prefectureCodes: -32769 is not a prefecture code',
      ],
    ]) {
      const result = await execute(query!);
      expect(result.errors?.[0]?.message).toMatch(message!);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const missing = await execute('{ prefecture(code: 47) { name } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('ranks among municipalities of the same population band', async () => {
    const ids = dataOf(
      await execute<any>(
        '{ programs(first: 100, filter: { municipalityCodes: ["90001"] }) { nodes { id municipality { population populationBand populationBandEn } } } }',
      ),
    ).programs.nodes;
    const own = ids[0];
    expect(own.municipality.population).toBeGreaterThan(0);
    const peers = dataOf(
      await execute<any>(
        '{ ranking(metric: LATEST_COST, peersOf: "' +
          own.id +
          '", peerGroup: POPULATION_BAND, first: 100) { totalCount entries { program { municipality { populationBand } } } } }',
      ),
    ).ranking;
    expect(peers.totalCount).toBeGreaterThan(1);
    expect(new Set(peers.entries.map((e: any) => e.program.municipality.populationBand))).toEqual(
      new Set([own.municipality.populationBand]),
    );

    // The real programs' sources give no population: no band, said so rather than an empty ranking.
    const refused = await execute(
      `{ ranking(metric: LATEST_COST, peersOf: "${asahiId}", peerGroup: POPULATION_BAND) { totalCount } }`,
    );
    expect(refused.errors?.[0]).toMatchObject({
      message:
        'peerGroup: the population of 旭市 (12215) is not reported, so it has no population band',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it("finds a municipality's programs by its new name once a program file renames it", async () => {
    const renamed = structuredClone(
      (await shippedSources()).find((s) => s.data.municipality.code === ISEHARA)!,
    );
    renamed.data.municipality = { ...renamed.data.municipality, code: '90002', nameJa: '改名市' };
    await loadDataset(database.db, [renamed]);
    const found = dataOf(
      await execute<any>(
        '{ programs(first: 100, filter: { text: "改名市" }) { nodes { number } } }',
      ),
    ).programs.nodes.map((n: any) => n.number);
    // The loaded program, and the three synthetic ones the load did not touch.
    expect(found).toEqual(['25-102', 'S-001', 'S-002', 'S-003']);
  });

  it('answers an empty page past the end, even at the largest offset GraphQL allows', async () => {
    const past = dataOf(
      await execute<any>(RANKING, { metric: 'LATEST_COST', offset: 2_147_483_647, first: 100 }),
    ).ranking;
    expect(past.entries).toEqual([]);
    expect(past.totalCount).toBeGreaterThan(0);
  });

  it('refuses a bad page, naming the argument', async () => {
    const result = await execute(RANKING, { metric: 'ACHIEVEMENT', offset: -1 });
    expect(result.errors?.[0]).toMatchObject({
      message: 'offset: must be 0 or more, got -1',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
