import { describe, expect, it } from 'vitest';
import {
  achievementRule,
  actualOverTarget,
  kpiStatus,
  statusOf,
  planAchievement,
  rollup,
  yearAchievement,
} from './index.js';

const higher = 'higher_is_better' as const;
const reported = (value: number) => ({ value, absence: null });
const noTarget = { value: null, absence: 'not_applicable' as const };

describe('yearAchievement', () => {
  it('divides actual by target for a yearly increment (Asahi ④ FY2023)', () => {
    const result = yearAchievement({
      kind: 'increment',
      direction: higher,
      target: 1000,
      actual: 2214,
      baseline: 0,
    });
    expect(result.value).toBeCloseTo(2.214, 10);
    const { ja, en, expression } = result.formula;
    expect({ ja, en, expression }).toEqual({
      ja: '実績 ÷ 目標',
      en: 'actual ÷ target',
      expression: '2,214 ÷ 1,000 = 221.4%',
    });
  });

  it('measures progress from the baseline for a stock (Isehara FY2021)', () => {
    const result = yearAchievement({
      kind: 'stock',
      direction: higher,
      target: 63,
      actual: 63,
      baseline: 60,
    });
    expect(result.value).toBe(1);
    expect(result.formula.expression).toBe('(63 − 60) ÷ (63 − 60) = 100.0%');
    expect(actualOverTarget(higher, 63, 63).value).toBe(1);
  });

  it('is not computed, with its reason, where a figure is missing, never 0', () => {
    const noActual = yearAchievement({
      kind: 'stock',
      direction: higher,
      target: 66,
      actual: null,
      baseline: 60,
    });
    expect(noActual).toMatchObject({ value: null, notComputed: { code: 'NO_ACTUAL' } });
    expect(
      yearAchievement({
        kind: 'increment',
        direction: higher,
        target: null,
        actual: 5,
        baseline: 0,
      }).notComputed?.code,
    ).toBe('NO_TARGET');
    expect(
      yearAchievement({ kind: 'stock', direction: higher, target: 60, actual: 61, baseline: 60 })
        .notComputed?.code,
    ).toBe('ZERO_DENOMINATOR');
    expect(
      yearAchievement({ kind: 'stock', direction: higher, target: 66, actual: 61, baseline: null })
        .notComputed?.code,
    ).toBe('NO_BASELINE');
  });

  it('inverts the ratio where lower is better', () => {
    expect(actualOverTarget('lower_is_better', 80, 100).value).toBeCloseTo(0.8, 10);
    expect(
      yearAchievement({
        kind: 'stock',
        direction: 'lower_is_better',
        target: 80,
        actual: 90,
        baseline: 100,
      }).value,
    ).toBeCloseTo(0.5, 10);
  });

  it('computes no ratio of an increment whose better direction the source does not state', () => {
    const increment = { kind: 'increment' as const, direction: null, baseline: 0 };
    expect(yearAchievement({ ...increment, target: 3, actual: 2 }).notComputed?.code).toBe(
      'DIRECTION_NOT_STATED',
    );
    // A missing figure is still the first reason given.
    expect(yearAchievement({ ...increment, target: 3, actual: null }).notComputed?.code).toBe(
      'NO_ACTUAL',
    );
    expect(
      planAchievement({
        ...increment,
        planTarget: { value: 10, absence: null },
        planActual: 12,
        yearlyTargets: [],
        latestActual: 12,
      }).notComputed?.code,
    ).toBe('DIRECTION_NOT_STATED');
    // A stock's progress from its baseline towards its target reads the same either way.
    expect(
      yearAchievement({ kind: 'stock', direction: null, target: 80, actual: 90, baseline: 100 })
        .value,
    ).toBeCloseTo(0.5, 10);
  });
});

describe('statusOf', () => {
  it('words a status from its code and the source word exactly as kpiStatus judged it', () => {
    let statuses = 0;
    for (const word of [null, '達成', '概ね達成', '未達成', '未実施', ' 達成 ', 'おおむね達成', ''])
      for (const rate of [null, 0.5, 0.95, 1.2]) {
        const status = kpiStatus(rate, word);
        if (!status) continue;
        expect(statusOf(status.code, word)).toEqual(status);
        statuses += 1;
      }
    expect(statuses).toBe(31);
  });
});

describe('achievementRule', () => {
  it("is the rule of every year's achievement, computed or not, for each kind and direction", () => {
    const kinds = ['stock', 'increment', null] as const;
    const directions = ['higher_is_better', 'lower_is_better', null] as const;
    const years = [
      { target: 10, actual: 12, baseline: 5 },
      { target: null, actual: 12, baseline: 5 },
      { target: 10, actual: 10, baseline: 10 },
    ];
    const rules = new Set<string>();
    for (const kind of kinds)
      for (const direction of directions) {
        const rule = achievementRule(kind, direction);
        rules.add(rule.ja);
        for (const year of years) {
          const { formula } = yearAchievement({ kind, direction, ...year });
          expect({ ja: formula.ja, en: formula.en }).toEqual(rule);
        }
      }
    expect(rules.size).toBe(3);
  });
});

describe('planAchievement', () => {
  it("takes a stock's last yearly target where no plan target is printed, with that year's actual", () => {
    const isehara = (fy2022: number | null) =>
      planAchievement({
        kind: 'stock',
        direction: 'higher_is_better',
        planTarget: { value: null, absence: null },
        planActual: null,
        yearlyTargets: [
          { value: 63, absence: null },
          { value: 66, absence: null },
        ],
        yearlyActuals: [
          { value: 63, absence: null },
          { value: fy2022, absence: fy2022 === null ? 'not_reported' : null },
        ],
        latestActual: fy2022 ?? 63,
        baseline: 60,
      });
    // FY2022's target exists; its actual is blank, so the reason is the actual, not the target.
    expect(isehara(null)).toMatchObject({ value: null, notComputed: { code: 'NO_ACTUAL' } });
    expect(isehara(66).value).toBe(1);
    expect(isehara(66).formula.expression).toBe('(66 − 60) ÷ (66 − 60) = 100.0%');
  });

  it("judges a printed plan target of a stock by the last year's actual, not an earlier one", () => {
    const result = planAchievement({
      kind: 'stock',
      direction: 'higher_is_better',
      planTarget: { value: 66, absence: null },
      planActual: null,
      yearlyTargets: [
        { value: 63, absence: null },
        { value: 66, absence: null },
      ],
      yearlyActuals: [
        { value: 66, absence: null },
        { value: null, absence: 'not_reported' },
      ],
      latestActual: 66,
      baseline: 60,
    });
    expect(result).toMatchObject({ value: null, notComputed: { code: 'NO_ACTUAL' } });
  });

  it('divides the running total by the printed plan-period target (Asahi ③: 16 ÷ 15)', () => {
    const result = planAchievement({
      kind: 'increment',
      direction: higher,
      planTarget: reported(15),
      planActual: 16,
      yearlyTargets: [noTarget, reported(5), reported(10)],
      latestActual: 10,
      baseline: 0,
    });
    expect(result.value).toBeCloseTo(16 / 15, 10);
    expect(result.formula.expression).toBe('16 ÷ 15 = 106.7%');
    expect(result.derived).toBe(false);
  });

  it('uses the sum of the yearly targets only as a flagged derived target (Asahi ②: 45 ÷ 40)', () => {
    const result = planAchievement({
      kind: 'increment',
      direction: higher,
      planTarget: { value: null, absence: 'ambiguous' },
      planActual: 45,
      yearlyTargets: [noTarget, reported(20), reported(20)],
      latestActual: 22,
      baseline: 0,
    });
    expect(result).toMatchObject({ value: 1.125, derived: true });
    expect(result.formula.expression).toBe('45 ÷ (20 + 20) = 112.5%');
    expect(result.formula.en).toContain('derived');
  });

  it('derives no target when a yearly target is not reported', () => {
    const result = planAchievement({
      kind: 'increment',
      direction: higher,
      planTarget: { value: null, absence: 'not_reported' },
      planActual: 45,
      yearlyTargets: [{ value: null, absence: 'not_reported' }, reported(20)],
      latestActual: 22,
      baseline: 0,
    });
    expect(result).toMatchObject({ value: null, notComputed: { code: 'NO_TARGET' } });
  });
});

describe('kpiStatus', () => {
  it("takes the source's own word first", () => {
    expect(kpiStatus(0.5, '達成')).toEqual({
      code: 'ACHIEVED',
      labelJa: '達成',
      labelEn: 'achieved',
      origin: 'source',
    });
    expect(kpiStatus(null, '未実施')?.code).toBe('NOT_IMPLEMENTED');
    expect(kpiStatus(null, '継続中')).toEqual({
      code: 'OTHER',
      labelJa: '継続中',
      labelEn: 'other',
      origin: 'source',
    });
  });
  it('computes achieved from 100 %, nearly from 90 %, not met below', () => {
    expect(kpiStatus(1, null)?.code).toBe('ACHIEVED');
    expect(kpiStatus(9 / 10, null)?.code).toBe('NEARLY_ACHIEVED');
    expect(kpiStatus(0.99, null)).toMatchObject({
      code: 'NEARLY_ACHIEVED',
      labelJa: '概ね達成',
      origin: 'computed',
    });
    expect(kpiStatus(0.8999, null)?.code).toBe('NOT_MET');
    expect(kpiStatus(null, null)).toBeNull();
  });
});

describe('rollup', () => {
  it('gives the share of KPIs achieved and the share of programs with every KPI achieved, which differ', () => {
    const result = rollup([['ACHIEVED', 'NOT_MET'], ['ACHIEVED', 'ACHIEVED', null], [null]]);
    expect(result).toMatchObject({
      kpiCount: 6,
      kpisWithStatus: 4,
      kpisAchieved: 3,
      programsWithStatus: 2,
      programsAllAchieved: 1,
      programsSomeAchieved: 2,
    });
    expect(result.shareOfKpisAchieved.value).toBe(0.75);
    expect(result.shareOfProgramsAllAchieved.value).toBe(0.5);
    expect(result.shareOfProgramsSomeAchieved.value).toBe(1);
    expect(rollup([]).shareOfKpisAchieved.notComputed?.code).toBe('ZERO_DENOMINATOR');
  });
});
