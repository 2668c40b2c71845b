import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../src/dataset/load.js';
import { backends, freshDatabase } from './support/databases.js';
import { ASAHI, ISEHARA, shippedSources } from './support/dataset.js';
import { dataOf, graphqlClient } from './support/graphql.js';

const FIGURE = 'value unit formula { ja en expression } notComputed derived';

const COMPARE = /* GraphQL */ `
  query Compare($ids: [ID!]!, $from: Int, $to: Int) {
    compare(programIds: $ids, fiscalYearFrom: $from, fiscalYearTo: $to) {
      fiscalYears { year label }
      programs {
        program { number }
        missingYears { year }
        kpis {
          kpi { position kind unit planAchievement { ${FIGURE} } currentStatus { code origin } }
          years {
            fiscalYear { year }
            value { target { value absence } actual { value absence } }
            achievement { ${FIGURE} }
            costPerUnit { ${FIGURE} }
          }
        }
        costYears {
          fiscalYear { year }
          summary { projectCost personnelCost totalCost { ${FIGURE} } grant grantShare { ${FIGURE} } }
        }
        costPeriods {
          fiscalYears { first { year } last { year } }
          projectCost
          grant
          grantShare { ${FIGURE} }
          derived
        }
        kpiRollup { kpisAchieved kpisWithStatus }
      }
      notes { kind message messageEn programs { number } }
      formulas { name nameEn formula { ja en } }
      kpiRollup {
        kpiCount kpisWithStatus kpisAchieved programsAllAchieved programsWithStatus
        shareOfKpisAchieved { value formula { expression } }
        shareOfProgramsAllAchieved { value formula { expression } }
      }
    }
  }
`;

const PER_UNIT_OF_ASAHI =
  'query { programByNumber(municipalityCode: "12215", number: "DDN-1") { costPerUnit { kpi { position } fiscalYears { first { year } last { year } } costBasis figure { value formula { expression } notComputed derived } } } }';

describe.each(backends())(
  'the default comparison on %s: Isehara city promotion against Asahi community program',
  (backend) => {
    let database: Awaited<ReturnType<typeof freshDatabase>>;
    let execute: ReturnType<typeof graphqlClient>;
    let comparison: any;
    let isehara: any;
    let asahi: any;
    const kpi = (program: any, position: number) =>
      program.kpis.find((k: any) => k.kpi.position === position);
    const cell = (program: any, position: number, year: number) =>
      kpi(program, position).years.find((y: any) => y.fiscalYear.year === year);
    const costYear = (program: any, year: number) =>
      program.costYears.find((c: any) => c.fiscalYear.year === year).summary;

    beforeAll(async () => {
      database = await freshDatabase(backend);
      await loadDataset(database.db, await shippedSources());
      execute = graphqlClient(database.db);
      const ids = dataOf(
        await execute<any>('{ municipalities { code programs { id } } }'),
      ).municipalities;
      const idOf = (code: string) => ids.find((m: any) => m.code === code).programs[0].id;
      comparison = dataOf(
        await execute<any>(COMPARE, { ids: [idOf(ISEHARA), idOf(ASAHI)] }),
      ).compare;
      [isehara, asahi] = comparison.programs;
    });
    afterAll(() => database.drop());

    it('aligns both on FY2020 (Isehara baseline) to FY2023 (Asahi last year), in the order asked', () => {
      expect(comparison.fiscalYears).toEqual([
        { year: 2020, label: '令和2年度' },
        { year: 2021, label: '令和3年度' },
        { year: 2022, label: '令和4年度' },
        { year: 2023, label: '令和5年度' },
      ]);
      expect(comparison.programs.map((p: any) => p.program.number)).toEqual(['25-102', 'DDN-1']);
      expect(isehara.missingYears).toEqual([{ year: 2023 }]);
      expect(asahi.missingYears).toEqual([{ year: 2020 }]);
    });

    it('gives Isehara FY2021 achievement as progress from the baseline: (63 − 60) ÷ (63 − 60) = 100 %', () => {
      const fy2021 = cell(isehara, 1, 2021);
      expect(fy2021.achievement).toMatchObject({ value: 1, unit: 'RATIO', notComputed: null });
      expect(fy2021.achievement.formula).toEqual({
        ja: '（実績 − 基準値）÷（目標 − 基準値）',
        en: '(actual − baseline) ÷ (target − baseline)',
        expression: '(63 − 60) ÷ (63 − 60) = 100.0%',
      });
      // FY2022: target 66, actual not reported: no achievement, never 0.
      expect(cell(isehara, 1, 2022).value.actual).toEqual({ value: null, absence: 'NOT_REPORTED' });
      expect(cell(isehara, 1, 2022).achievement).toMatchObject({
        value: null,
        notComputed: 'NO_ACTUAL',
      });
      // FY2020 is the baseline year and FY2023 beyond the sheet: no entry at all.
      expect(cell(isehara, 1, 2020).value).toBeNull();
      expect(cell(isehara, 1, 2023).value).toBeNull();
      expect(kpi(isehara, 1).kpi.currentStatus).toEqual({ code: 'ACHIEVED', origin: 'COMPUTED' });
    });

    it('gives Asahi ④ achievement as actual ÷ target: 1,593 ÷ 500 = 318.6 %, 2,214 ÷ 1,000 = 221.4 %, FY2021 no target', () => {
      expect(cell(asahi, 4, 2022).achievement.formula.expression).toBe('1,593 ÷ 500 = 318.6%');
      expect(cell(asahi, 4, 2023).achievement.value).toBeCloseTo(2.214, 12);
      expect(cell(asahi, 4, 2023).achievement.formula.expression).toBe('2,214 ÷ 1,000 = 221.4%');
      expect(cell(asahi, 4, 2021).value.target).toEqual({ value: null, absence: 'NOT_APPLICABLE' });
      expect(cell(asahi, 4, 2021).achievement).toMatchObject({
        value: null,
        notComputed: 'NO_TARGET',
      });
      expect(cell(asahi, 1, 2021).achievement.formula.expression).toBe('5 ÷ 5 = 100.0%');
    });

    it('gives the plan-period achievement from running totals, ② only against a derived target', () => {
      const plan = (position: number) => kpi(asahi, position).kpi.planAchievement;
      expect(plan(1).formula.expression).toBe('25 ÷ 25 = 100.0%');
      // ② prints no plan-period target: 20 + 20 = 40 stands in, flagged derived: 45 ÷ 40 = 112.5 %.
      expect(plan(2)).toMatchObject({ value: 1.125, derived: true });
      expect(plan(2).formula.expression).toBe('45 ÷ (20 + 20) = 112.5%');
      expect(plan(3).formula.expression).toBe('16 ÷ 15 = 106.7%');
      expect(plan(4).formula.expression).toBe('3,807 ÷ 1,500 = 253.8%');
      expect(kpi(asahi, 4).kpi.currentStatus).toEqual({ code: 'ACHIEVED', origin: 'SOURCE' });
      // Isehara's sheet has no plan period: its last target (FY2022, 66) stands for one, and that
      // year's actual is what is missing, not the target.
      expect(kpi(isehara, 1).kpi.planAchievement).toMatchObject({
        value: null,
        notComputed: 'NO_ACTUAL',
      });
    });

    it('gives Isehara FY2021 total cost 0 + 327,000 = 327,000 yen, and no subsidy share of 0 ÷ 0', () => {
      const fy2021 = costYear(isehara, 2021);
      expect(fy2021).toMatchObject({ projectCost: 0, personnelCost: 327_000, grant: 0 });
      expect(fy2021.totalCost).toMatchObject({ value: 327_000, unit: 'YEN' });
      expect(fy2021.totalCost.formula.expression).toBe('0円 + 327,000円 = 327,000円');
      expect(fy2021.grantShare).toMatchObject({ value: null, notComputed: 'ZERO_DENOMINATOR' });
      expect(costYear(isehara, 2022).totalCost).toMatchObject({
        value: null,
        notComputed: 'MISSING_INPUT',
      });
      expect(costYear(isehara, 2020)).toBeNull();
    });

    it('gives Asahi FY2023 project cost 18,040,000 yen, no total cost (personnel not reported), grant share 44.9 %', () => {
      const fy2023 = costYear(asahi, 2023);
      expect(fy2023).toMatchObject({
        projectCost: 18_040_000,
        personnelCost: null,
        grant: 8_100_000,
      });
      expect(fy2023.totalCost).toMatchObject({ value: null, notComputed: 'MISSING_INPUT' });
      expect(fy2023.grantShare.formula.expression).toBe('8,100,000円 ÷ 18,040,000円 = 44.9%');
      expect(costYear(asahi, 2021)).toBeNull();
      expect(costYear(asahi, 2022)).toBeNull();
    });

    it('gives the plan-period grant share 44.7 %, and FY2021–FY2022 by difference, 44.6 %, flagged derived', () => {
      expect(
        asahi.costPeriods.map((p: any) => [
          p.fiscalYears.first.year,
          p.fiscalYears.last.year,
          p.projectCost,
          p.grant,
          p.grantShare.formula.expression,
          p.derived,
        ]),
      ).toEqual([
        [2021, 2022, 37_873_000, 16_899_636, '16,899,636円 ÷ 37,873,000円 = 44.6%', true],
        [2021, 2023, 55_913_000, 24_999_636, '24,999,636円 ÷ 55,913,000円 = 44.7%', false],
      ]);
      expect(isehara.costPeriods).toEqual([]);
    });

    it('gives cost per unit, not apportioned: 8,148 yen per participant, 1,804,000 yen per manager, 109,000 yen per supporter', () => {
      expect(cell(asahi, 4, 2023).costPerUnit.formula.expression).toBe(
        '18,040,000円 ÷ 2,214 = 8,148円',
      );
      expect(cell(asahi, 4, 2023).costPerUnit.value).toBeCloseTo(18_040_000 / 2214, 6);
      expect(cell(asahi, 4, 2023).costPerUnit.formula.ja).toContain('事業費');
      expect(cell(asahi, 4, 2023).costPerUnit.formula.en).toContain('not apportioned');
      expect(cell(asahi, 1, 2023).costPerUnit.value).toBe(1_804_000);
      expect(cell(isehara, 1, 2021).costPerUnit).toMatchObject({
        value: 109_000,
        unit: 'YEN_PER_UNIT',
      });
      expect(cell(isehara, 1, 2021).costPerUnit.formula.expression).toBe(
        '327,000円 ÷ (63 − 60) = 109,000円',
      );
      // FY2022 of Asahi has no cost of its own: no per-unit figure.
      expect(cell(asahi, 4, 2022).costPerUnit).toMatchObject({
        value: null,
        notComputed: 'MISSING_INPUT',
      });
    });

    it('divides the plan-period cost only where the outcome covers the same years', async () => {
      const perUnit = dataOf(await execute<any>(PER_UNIT_OF_ASAHI)).programByNumber.costPerUnit;
      const period = (position: number, first: number) =>
        perUnit.find(
          (p: any) =>
            p.kpi.position === position &&
            p.fiscalYears.first.year === first &&
            p.fiscalYears.last.year === 2023,
        );
      // ① has FY2021 to FY2023: 55,913,000 ÷ 25 = 2,236,520 yen per manager over the plan period.
      expect(period(1, 2021).figure).toMatchObject({ value: 2_236_520, notComputed: null });
      // ④ has no FY2021 figure (－) while the cost covers FY2021 to FY2023: said, not divided.
      expect(period(4, 2021).figure).toMatchObject({ value: null, notComputed: 'YEARS_DIFFER' });
      expect(period(4, 2023).figure.formula.expression).toBe('18,040,000円 ÷ 2,214 = 8,148円');
    });

    it('states what may not be compared, and why', () => {
      expect(
        comparison.notes.map((n: any) => [n.kind, n.programs.map((p: any) => p.number)]),
      ).toEqual([
        ['KIND_MISMATCH', ['25-102', 'DDN-1']],
        ['UNIT_MISMATCH', ['25-102', 'DDN-1']],
        // Asahi has no FY2020 figure, but no program reports FY2020 (Isehara's baseline year only).
        ['MISSING_YEARS', ['25-102']],
        ['COST_SCOPE', ['25-102', 'DDN-1']],
        ['NO_COMMON_COST_YEAR', ['25-102', 'DDN-1']],
        ['FORM_DIFFERENCE', ['25-102', 'DDN-1']],
      ]);
      const scope = comparison.notes.find((n: any) => n.kind === 'COST_SCOPE');
      expect(scope.message).toContain('伊勢原市 地域人材による魅力創造事業は総費用');
      expect(scope.messageEn).toContain('no ratio of them is taken');
      const missing = comparison.notes.find((n: any) => n.kind === 'MISSING_YEARS');
      expect(missing.message).toBe(
        '伊勢原市 地域人材による魅力創造事業：令和4年度の実績は空欄（未報告）で、その年度の目標の達成は判断できません。令和4年度の費用は空欄（未報告）。令和5年度は資料の期間外で数値がありません。どれも 0 ではありません。',
      );
    });

    it('names the formula of every derived figure it shows', () => {
      const names = comparison.formulas.map((f: any) => f.nameEn);
      expect(names).toEqual(
        expect.arrayContaining([
          'achievement of a year (stock)',
          'achievement of a year (yearly increment)',
          'grant share',
          'cost per unit (stock)',
        ]),
      );
      expect(comparison.formulas.every((f: any) => f.formula.ja && f.formula.en)).toBe(true);
    });

    it('rolls up: 5 of 5 KPIs achieved, both programs with every KPI achieved', () => {
      expect(comparison.kpiRollup).toMatchObject({
        kpiCount: 5,
        kpisWithStatus: 5,
        kpisAchieved: 5,
        programsWithStatus: 2,
        programsAllAchieved: 2,
      });
      expect(comparison.kpiRollup.shareOfKpisAchieved).toEqual({
        value: 1,
        formula: { expression: '5 ÷ 5 = 100.0%' },
      });
      expect(isehara.kpiRollup).toEqual({ kpisAchieved: 1, kpisWithStatus: 1 });
    });

    it('narrows the axis to the years asked', async () => {
      const ids = comparison.programs.map(() => null);
      void ids;
      const list = dataOf(await execute<any>('{ programs { nodes { id } } }')).programs.nodes.map(
        (n: any) => n.id,
      );
      const narrowed = dataOf(
        await execute<any>(COMPARE, { ids: list, from: 2021, to: 2021 }),
      ).compare;
      expect(narrowed.fiscalYears.map((y: any) => y.year)).toEqual([2021]);
      expect(narrowed.notes.map((n: any) => n.kind)).not.toContain('MISSING_YEARS');
    });

    it('refuses fewer than two programs, the same program twice, an unknown one and a reversed range', async () => {
      const [first, second] = dataOf(
        await execute<any>('{ programs { nodes { id } } }'),
      ).programs.nodes.map((n: any) => n.id);
      const errorOf = async (variables: Record<string, unknown>) =>
        (await execute(COMPARE, variables)).errors?.[0];
      expect(await errorOf({ ids: [first] })).toMatchObject({
        message: 'programIds: must name 2 to 50 programs, got 1',
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'programIds' },
      });
      expect((await errorOf({ ids: [first, first] }))?.message).toBe(
        'programIds: names a program twice',
      );
      expect((await errorOf({ ids: [first, '999999'] }))?.extensions).toMatchObject({
        code: 'NOT_FOUND',
      });
      expect((await errorOf({ ids: [first, second], from: 2023, to: 2021 }))?.message).toBe(
        'fiscalYearTo: is before fiscalYearFrom',
      );
    });
  },
);
