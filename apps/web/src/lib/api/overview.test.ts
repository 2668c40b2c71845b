import { describe, expect, it } from 'vitest';
import type { OverviewQuery } from './generated';
import { toProgramSummaries } from './overview';

type Program = OverviewQuery['municipalities'][number]['programs'][number];
type Cost = Program['costs'][number];

const year = (y: number) => ({ year: y, label: `FY${y}` });
const cost = (
  category: Cost['category'],
  first: number,
  last: number,
  yen: number | null,
): Cost => ({
  category,
  staffType: null,
  fiscalYears: { first: year(first), last: year(last) },
  amount: { yen, absence: yen === null ? 'NOT_REPORTED' : null },
});

function overview(program: Partial<Program>): OverviewQuery {
  return {
    municipalities: [
      {
        code: '12215',
        name: '旭市',
        nameEn: 'Asahi City',
        prefecture: { name: '千葉県' },
        programs: [
          {
            id: '1',
            number: 'DDN-1',
            name: 'p',
            nameEn: null,
            fundingScheme: 'NATIONAL_GRANT',
            fundingSchemeName: null,
            fieldSources: [{ field: 'number', source: { origin: 'EDITORIAL' } }],
            document: { form: 'GRANT_RESULT_REPORT', formName: 'f', fiscalYear: year(2023) },
            kpis: [],
            costs: [],
            ...program,
          },
        ],
      },
    ],
  };
}

describe('toProgramSummaries', () => {
  it('heads with the latest single-year total cost, never a plan-period sum or a missing year', () => {
    const [summary] = toProgramSummaries(
      overview({
        costs: [
          cost('TOTAL_COST', 2021, 2021, 327_000),
          cost('TOTAL_COST', 2022, 2022, null),
          cost('TOTAL_COST', 2021, 2023, 999_000),
        ],
      }),
    );
    expect(summary!.latestCost).toEqual({
      kind: 'TOTAL_COST',
      fiscalYearLabel: 'FY2021',
      yen: 327_000,
    });
  });

  it('falls back to the project cost, saying so, when no total is reported', () => {
    const [summary] = toProgramSummaries(
      overview({
        costs: [
          cost('PROJECT_COST', 2023, 2023, 18_040_000),
          cost('PROJECT_COST', 2021, 2023, 55_913_000),
        ],
      }),
    );
    expect(summary!.latestCost).toEqual({
      kind: 'PROJECT_COST',
      fiscalYearLabel: 'FY2023',
      yen: 18_040_000,
    });
    expect(summary!.numberAssigned).toBe(true);
  });

  it('has no cost headline when nothing is reported, rather than 0', () => {
    const [summary] = toProgramSummaries(
      overview({ costs: [cost('TOTAL_COST', 2022, 2022, null)] }),
    );
    expect(summary!.latestCost).toBeNull();
  });

  it("takes each KPI's latest reported actual, skipping not-reported years", () => {
    const [summary] = toProgramSummaries(
      overview({
        kpis: [
          {
            position: 1,
            name: 'supporters',
            unit: '団体(個人)',
            kind: 'STOCK',
            values: [
              {
                fiscalYear: year(2021),
                target: { value: 63, absence: null },
                actual: { value: 63, absence: null },
              },
              {
                fiscalYear: year(2022),
                target: { value: 66, absence: null },
                actual: { value: null, absence: 'NOT_REPORTED' },
              },
            ],
          },
        ],
      }),
    );
    expect(summary!.kpis).toEqual([
      {
        position: 1,
        name: 'supporters',
        unit: '団体(個人)',
        kind: 'STOCK',
        fiscalYearLabel: 'FY2021',
        actual: 63,
        target: 63,
      },
    ]);
  });
});
