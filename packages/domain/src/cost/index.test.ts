import { describe, expect, it } from 'vitest';
import { costBasisOf, costPerUnit, costSummaries, type CostLine } from './index.js';

const line = (
  category: CostLine['category'],
  first: number,
  last: number,
  yen: number | null,
  extra: Partial<CostLine> = {},
): CostLine => ({
  category,
  staffType: null,
  first,
  last,
  yen,
  staffFte: null,
  ...extra,
});

const isehara: CostLine[] = [
  line('project_cost', 2021, 2021, 0),
  line('national_prefectural_subsidy', 2021, 2021, 0),
  line('general_fund', 2021, 2021, 0),
  line('personnel_cost', 2021, 2021, 327_000, { staffType: 'regular', staffFte: 0.04 }),
  line('personnel_cost', 2021, 2021, 327_000, { staffFte: 0.04 }),
  line('total_cost', 2021, 2021, 327_000),
  line('project_cost', 2022, 2022, null),
  line('personnel_cost', 2022, 2022, null),
];

const asahi: CostLine[] = [
  line('project_cost', 2023, 2023, 18_040_000),
  line('project_cost', 2021, 2023, 55_913_000),
  line('grant', 2023, 2023, 8_100_000),
  line('grant', 2021, 2023, 24_999_636),
];

describe('costSummaries', () => {
  it('leaves grant and subsidies unknown when one of them is given without an amount', () => {
    const [summary] = costSummaries([
      line('project_cost', 2023, 2023, 10_000_000),
      line('national_subsidy', 2023, 2023, 2_710_785),
      line('prefectural_subsidy', 2023, 2023, null, { planned: false }),
    ]);
    expect(summary!.grant).toBeNull();
    expect(summary!.grantShare.value).toBeNull();
    expect(summary!.planned).toBe(false);
  });

  it('does not take a plan less what was spent', () => {
    const summaries = costSummaries([
      line('project_cost', 2021, 2025, 50_000_000, { planned: true }),
      line('project_cost', 2021, 2021, 9_000_000),
    ]);
    expect(summaries.map((s) => [s.first, s.last, s.planned, s.derived])).toEqual([
      [2021, 2021, false, false],
      [2021, 2025, true, false],
    ]);
  });

  it('adds project and personnel cost (Isehara FY2021: 0 + 327,000 = 327,000 yen)', () => {
    const [fy2021, fy2022] = costSummaries(isehara);
    expect(fy2021).toMatchObject({
      first: 2021,
      last: 2021,
      projectCost: 0,
      personnelCost: 327_000,
      staffFte: 0.04,
    });
    expect(fy2021!.totalCost.value).toBe(327_000);
    expect(fy2021!.totalCost.formula.expression).toBe('0円 + 327,000円 = 327,000円');
    expect(fy2022!.totalCost).toMatchObject({
      value: null,
      notComputed: { code: 'MISSING_INPUT' },
    });
  });

  it('does not compute 0 ÷ 0 (Isehara: no subsidy of no project cost)', () => {
    const [fy2021] = costSummaries(isehara);
    expect(fy2021!.grant).toBe(0);
    expect(fy2021!.grantShare).toMatchObject({
      value: null,
      notComputed: { code: 'ZERO_DENOMINATOR' },
    });
    expect(fy2021!.generalFundShare.notComputed?.code).toBe('ZERO_DENOMINATOR');
  });

  it('leaves the total not reported where the personnel cost is (Asahi FY2023)', () => {
    const fy2023 = costSummaries(asahi).find((s) => s.first === 2023)!;
    expect(fy2023.totalCost).toMatchObject({ value: null, notComputed: { code: 'MISSING_INPUT' } });
    expect(fy2023.grantShare.value).toBeCloseTo(8_100_000 / 18_040_000, 12);
    expect(fy2023.grantShare.formula.expression).toBe('8,100,000円 ÷ 18,040,000円 = 44.9%');
  });

  it('gives the plan period as printed, and FY2021–FY2022 by difference, flagged derived', () => {
    const summaries = costSummaries(asahi);
    expect(summaries.map((s) => [s.first, s.last, s.projectCost, s.grant, s.derived])).toEqual([
      [2021, 2022, 37_873_000, 16_899_636, true],
      [2021, 2023, 55_913_000, 24_999_636, false],
      [2023, 2023, 18_040_000, 8_100_000, false],
    ]);
    expect(summaries[1]!.grantShare.formula.expression).toBe('24,999,636円 ÷ 55,913,000円 = 44.7%');
    expect(summaries[0]!.grantShare).toMatchObject({ derived: true });
    expect(summaries[0]!.grantShare.formula.expression).toBe('16,899,636円 ÷ 37,873,000円 = 44.6%');
  });
});

describe('costPerUnit', () => {
  it('divides the year cost by the year actual for an increment (Asahi ④ and ① FY2023)', () => {
    const fy2023 = costBasisOf(
      costSummaries(asahi).find((s) => s.first === 2023 && s.last === 2023)!,
    );
    expect(fy2023).toEqual({ yen: 18_040_000, basis: 'project_cost' });
    const participants = costPerUnit({ kind: 'increment', cost: fy2023, outcome: 2214 });
    expect(participants.value).toBeCloseTo(8148.15, 2);
    expect(participants.formula.expression).toBe('18,040,000円 ÷ 2,214 = 8,148円');
    expect(participants.formula.ja).toContain('按分なし');
    expect(costPerUnit({ kind: 'increment', cost: fy2023, outcome: 10 }).value).toBe(1_804_000);
  });

  it("divides by the year's change for a stock (Isehara FY2021: 327,000 ÷ (63 − 60) = 109,000)", () => {
    const result = costPerUnit({
      kind: 'stock',
      cost: { yen: 327_000, basis: 'total_cost' },
      outcome: 63,
      previousLevel: 60,
    });
    expect(result.value).toBe(109_000);
    expect(result.formula.expression).toBe('327,000円 ÷ (63 − 60) = 109,000円');
  });

  it('says why rather than dividing: years that differ, no change, a missing actual', () => {
    const cost = { yen: 55_913_000, basis: 'project_cost' as const };
    expect(
      costPerUnit({ kind: 'increment', cost, outcome: 3807, period: true, yearsMatch: false })
        .notComputed?.code,
    ).toBe('YEARS_DIFFER');
    expect(
      costPerUnit({ kind: 'stock', cost, outcome: 60, previousLevel: 60 }).notComputed?.code,
    ).toBe('ZERO_DENOMINATOR');
    expect(costPerUnit({ kind: 'increment', cost, outcome: null }).notComputed?.code).toBe(
      'MISSING_INPUT',
    );
    expect(
      costPerUnit({ kind: 'increment', cost, outcome: 25, period: true, yearsMatch: true }).value,
    ).toBe(2_236_520);
  });
});
