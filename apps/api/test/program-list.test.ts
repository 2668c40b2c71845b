import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../src/dataset/load.js';
import { backends, freshDatabase } from './support/databases.js';
import { shippedSources } from './support/dataset.js';
import { dataOf, graphqlClient } from './support/graphql.js';

const LIST = /* GraphQL */ `
  query List($first: Int, $after: String, $filter: ProgramFilter, $orderBy: ProgramOrder) {
    programs(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      nodes {
        number
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

describe.each(backends())(
  'listing, filtering, sorting and rolling up programs on %s',
  (backend) => {
    let database: Awaited<ReturnType<typeof freshDatabase>>;
    let execute: ReturnType<typeof graphqlClient>;
    const numbers = async (variables: Record<string, unknown>) => {
      const page = dataOf(await execute<any>(LIST, variables)).programs;
      return { numbers: page.nodes.map((n: any) => n.number), total: page.totalCount, page };
    };

    beforeAll(async () => {
      database = await freshDatabase(backend);
      await loadDataset(database.db, await shippedSources());
      execute = graphqlClient(database.db);
    });
    afterAll(() => database.drop());

    it('filters by municipality, policy area and funding scheme', async () => {
      expect((await numbers({ filter: { municipalityCodes: ['14214'] } })).numbers).toEqual([
        '25-102',
      ]);
      expect((await numbers({ filter: { policyAreas: ['community'] } })).numbers).toEqual([
        'DDN-1',
      ]);
      expect((await numbers({ filter: { fundingSchemes: ['NATIONAL_GRANT'] } })).numbers).toEqual([
        'DDN-1',
      ]);
      expect(
        await numbers({ filter: { fundingSchemes: ['MUNICIPAL'], policyAreas: ['community'] } }),
      ).toMatchObject({ numbers: [], total: 0 });
    });

    it('filters by the fiscal years a program has figures for', async () => {
      // Isehara has figures FY2020 to FY2022, Asahi FY2021 to FY2023.
      expect((await numbers({ filter: { fiscalYearFrom: 2023 } })).numbers).toEqual(['DDN-1']);
      expect((await numbers({ filter: { fiscalYearTo: 2020 } })).numbers).toEqual(['25-102']);
      expect((await numbers({ filter: { fiscalYearFrom: 2021, fiscalYearTo: 2021 } })).total).toBe(
        2,
      );
    });

    it('finds Japanese text in names and narrative, whatever code points the source used', async () => {
      expect((await numbers({ filter: { text: 'シティプロモーション' } })).numbers).toEqual([
        '25-102',
      ]);
      // The Asahi text writes 住⺠ and 交付⾦ with look-alike code points; a search for 住民 and 交付金 finds them.
      expect((await numbers({ filter: { text: '地域住民' } })).numbers).toEqual(['DDN-1']);
      expect((await numbers({ filter: { text: '交付金 ＣＭ' } })).numbers).toEqual(['DDN-1']);
      expect((await numbers({ filter: { text: '100%_' } })).total).toBe(0);
    });

    it('finds programs by where they are run: the municipality and prefecture names', async () => {
      expect((await numbers({ filter: { text: '伊勢原' } })).numbers).toEqual(['25-102']);
      expect((await numbers({ filter: { text: 'asahi' } })).numbers).toEqual(['DDN-1']);
      expect((await numbers({ filter: { text: '千葉県 コミュニティ' } })).numbers).toEqual([
        'DDN-1',
      ]);
      expect((await numbers({ filter: { text: '千葉県 シティプロモーション' } })).total).toBe(0);
      // One character has no pair for the index to narrow by: every text is checked.
      expect((await numbers({ filter: { text: '市' } })).numbers).toEqual(['DDN-1', '25-102']);
    });

    it('sorts by latest cost, achievement and cost per outcome, both ways', async () => {
      // Latest cost: Isehara 327,000 yen (FY2021 total), Asahi 18,040,000 yen (FY2023 project cost).
      expect(
        (await numbers({ orderBy: { field: 'LATEST_COST', direction: 'ASC' } })).numbers,
      ).toEqual(['25-102', 'DDN-1']);
      expect(
        (await numbers({ orderBy: { field: 'LATEST_COST', direction: 'DESC' } })).numbers,
      ).toEqual(['DDN-1', '25-102']);
      // Mean current achievement: Isehara 100 %; Asahi (100 + 112.5 + 106.7 + 253.8) / 4 ≈ 143 %.
      expect(
        (await numbers({ orderBy: { field: 'ACHIEVEMENT', direction: 'DESC' } })).numbers,
      ).toEqual(['DDN-1', '25-102']);
      // Cost per outcome of KPI ①: Isehara 109,000 yen per supporter, Asahi 1,804,000 yen per manager.
      expect(
        (await numbers({ orderBy: { field: 'COST_PER_OUTCOME', direction: 'ASC' } })).numbers,
      ).toEqual(['25-102', 'DDN-1']);
    });

    it('pages through a sorted list with cursors, and refuses a cursor of another sort', async () => {
      const orderBy = { field: 'LATEST_COST', direction: 'DESC' };
      const first = await numbers({ first: 1, orderBy });
      expect(first.numbers).toEqual(['DDN-1']);
      expect(first.page.pageInfo.hasNextPage).toBe(true);
      const second = await numbers({ first: 1, orderBy, after: first.page.pageInfo.endCursor });
      expect(second.numbers).toEqual(['25-102']);
      expect(second.page.pageInfo.hasNextPage).toBe(false);
      const wrong = await execute(LIST, { first: 1, after: first.page.pageInfo.endCursor });
      expect(wrong.errors?.[0]).toMatchObject({
        message: 'after: was given out for another sort order',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it('refuses bad filters, naming the field and the problem', async () => {
      const messageOf = async (filter: Record<string, unknown>) =>
        (await execute(LIST, { filter })).errors?.[0]?.message;
      expect(await messageOf({ municipalityCodes: ['1421'] })).toBe(
        'filter.municipalityCodes: "1421" is not a five-digit local government code',
      );
      expect(await messageOf({ fiscalYearFrom: 1900 })).toBe(
        'filter.fiscalYearFrom: 1900 is not a plausible fiscal year (1947 to 2100)',
      );
      expect(await messageOf({ fiscalYearFrom: 2023, fiscalYearTo: 2021 })).toBe(
        'filter.fiscalYearTo: is before fiscalYearFrom',
      );
      expect(await messageOf({ text: 'あ'.repeat(201) })).toBe(
        'filter.text: at most 200 characters',
      );
      // U+FDFA is one character sent and eighteen searched: the limit holds for what is searched.
      expect(await messageOf({ text: '\uFDFA'.repeat(20) })).toBe(
        'filter.text: at most 200 characters once normalised (NFKC), got 360',
      );
      expect(
        await messageOf({ text: Array.from({ length: 11 }, (_, i) => `w${i}`).join(' ') }),
      ).toBe('filter.text: at most 10 words, got 11');
    });

    it('rolls KPIs up over the filtered programs, per municipality and per program', async () => {
      const data = dataOf(
        await execute<any>(`{
        all: kpiRollup { kpiCount kpisWithStatus kpisAchieved programCount programsAllAchieved shareOfKpisAchieved { value formula { expression } } }
        grants: kpiRollup(filter: { fundingSchemes: [NATIONAL_GRANT] }) { kpiCount programCount }
        municipalities { code kpiRollup { kpiCount kpisAchieved programCount } }
      }`),
      );
      expect(data.all).toMatchObject({
        kpiCount: 5,
        kpisWithStatus: 5,
        kpisAchieved: 5,
        programCount: 2,
        programsAllAchieved: 2,
      });
      expect(data.all.shareOfKpisAchieved).toEqual({
        value: 1,
        formula: { expression: '5 ÷ 5 = 100.0%' },
      });
      expect(data.grants).toEqual({ kpiCount: 4, programCount: 1 });
      expect(data.municipalities).toEqual([
        { code: '12215', kpiRollup: { kpiCount: 4, kpisAchieved: 4, programCount: 1 } },
        { code: '14214', kpiRollup: { kpiCount: 1, kpisAchieved: 1, programCount: 1 } },
      ]);
    });
  },
);
