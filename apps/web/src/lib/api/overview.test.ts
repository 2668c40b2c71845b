import { describe, expect, it } from 'vitest';
import { latestCost } from './overview';

type Summary = Parameters<typeof latestCost>[0][number];

const figure = (value: number | null) => ({
  value,
  unit: 'YEN' as const,
  formula: { ja: '', en: '', expression: null, expressionEn: null },
  notComputed: value === null ? ('MISSING_INPUT' as const) : null,
  derived: false,
});
const summary = (
  first: number,
  last: number,
  projectCost: number | null,
  total: number | null,
  derived = false,
): Summary => ({
  fiscalYears: {
    first: { year: first, label: `FY${first}`, labelEn: `FY${first}` },
    last: { year: last },
  },
  projectCost,
  totalCost: figure(total),
  grantShare: { ...figure(null), unit: 'RATIO' },
  derived,
});

describe('latestCost', () => {
  it('heads with the latest single year whose total cost is known (Isehara FY2021: 327,000 yen)', () => {
    expect(
      latestCost([summary(2021, 2021, 0, 327_000), summary(2022, 2022, null, null)]),
    ).toMatchObject({ basis: 'TOTAL_COST', yen: 327_000 });
  });

  it('falls back to the project cost, saying so, and never heads with a plan-period or derived sum', () => {
    const result = latestCost([
      summary(2021, 2022, 37_873_000, null, true),
      summary(2021, 2023, 55_913_000, null),
      summary(2023, 2023, 18_040_000, null),
    ]);
    expect(result).toMatchObject({ basis: 'PROJECT_COST', yen: 18_040_000 });
    expect(result!.summary.fiscalYears.first.year).toBe(2023);
  });

  it('has no headline when no year is reported, rather than 0', () => {
    expect(latestCost([summary(2022, 2022, null, null)])).toBeNull();
  });
});
