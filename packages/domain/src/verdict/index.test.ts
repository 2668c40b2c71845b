import { describe, expect, it } from 'vitest';
import { sentenceText, verdict, type VerdictInput, type VerdictKpi } from './index.js';

const cited = (value: number | null, absence: 'not_reported' | null = null) => ({
  value,
  absence: value === null ? (absence ?? 'not_reported') : null,
  sourceId: null,
});

const increment = (years: [number, number | null, number | null, string | null][]): VerdictKpi => ({
  position: 1,
  shortName: { ja: '参加者数', en: 'participants' },
  unit: { ja: '人/年度', en: 'people per fiscal year' },
  kind: 'increment',
  baseline: null,
  plan: null,
  years: years.map(([fiscalYear, target, actual, code]) => ({
    fiscalYear,
    target: cited(target),
    actual: cited(actual),
    status: code
      ? {
          code: code as 'ACHIEVED',
          labelJa: code === 'ACHIEVED' ? '達成' : '未達成',
          labelEn: code === 'ACHIEVED' ? 'achieved' : 'not met',
          origin: 'computed' as const,
          sourceId: null,
          formula: null,
        }
      : null,
  })),
});

const input = (overrides: Partial<VerdictInput>): VerdictInput => ({
  municipality: { ja: '例市', en: 'Example City' },
  kpis: [],
  costs: [],
  planPeriod: null,
  grantName: null,
  evaluations: [],
  judgements: [],
  ...overrides,
});

const texts = (i: VerdictInput) => verdict(i).map((s) => [s.topic, sentenceText(s.ja)]);

describe('verdict', () => {
  it('says so when the source gives no KPI and no cost, rather than staying silent', () => {
    expect(texts(input({}))).toEqual([
      ['TARGETS', '成果指標（KPI）の記載はありません。'],
      ['COST', '費用の記載はありません。'],
    ]);
  });

  it('counts met and unmet targets by year, and names the years', () => {
    const result = texts(
      input({
        kpis: [
          increment([
            [2021, 100, 120, 'ACHIEVED'],
            [2022, 100, 80, 'NOT_MET'],
            [2023, 100, null, null],
          ]),
        ],
      }),
    );
    expect(result[0]).toEqual([
      'TARGETS',
      'KPI 1件の年度目標 3件のうち、達成 1件（令和3年度、達成率から判定）、未達成 1件（令和4年度、達成率から判定）、実績が未報告 1件（令和5年度）。',
    ]);
    expect(result[1]![1]).toBe(
      '① 参加者数（人/年度）：令和3年度 目標 100 → 実績 120 達成（達成率から判定）、令和4年度 目標 100 → 実績 80 未達成（達成率から判定）、令和5年度 目標 100 → 実績 未報告。',
    );
    expect(result).toContainEqual([
      'MISSING',
      '①の現在の状況「未達成」は令和4年度の実績だけによるもので、令和5年度の実績は未報告です。',
    ]);
  });

  it('names the first and the latest reported year of a long series, and counts every year', () => {
    const kpi = increment([
      [2014, 100, 90, 'NOT_MET'],
      [2015, 100, 120, 'ACHIEVED'],
      [2016, 100, 80, 'NOT_MET'],
      [2017, 100, 130, 'ACHIEVED'],
      [2018, 100, 70, 'NOT_MET'],
      [2019, 100, 110, 'ACHIEVED'],
      [2020, 100, null, null],
    ]);
    const line = (first: number, yen: number | null) => ({
      category: 'project_cost' as const,
      staffType: null,
      first,
      last: first,
      yen,
      staffFte: null,
      sourceId: null,
    });
    const costs = [2014, 2015, 2016, 2017, 2018, 2019].map((y) => line(y, y === 2019 ? null : y));
    const result = verdict(input({ kpis: [kpi], costs }));
    // Past five years the targets are counted, not named: each year is in the tables.
    expect(sentenceText(result.find((s) => s.topic === 'TARGETS')!.ja)).toBe(
      'KPI 1件の年度目標 7件（状況は達成率から判定、各年度は表に）のうち、達成 3件、未達成 3件、実績が未報告 1件。',
    );
    expect(sentenceText(result.find((s) => s.topic === 'TARGETS')!.en)).toBe(
      'Of the 7 yearly targets of 1 KPI (statuses computed from the rates; each year is in the tables): 3 achieved; 3 not met; 1 with no actual reported.',
    );
    // Statuses the source states are said to be its own; with some computed, who judged is left out.
    for (const year of kpi.years) if (year.status) year.status.origin = 'source';
    const sourced = verdict(input({ kpis: [kpi] })).find((s) => s.topic === 'TARGETS')!;
    expect(sentenceText(sourced.ja)).toContain('7件（状況は資料の判定、各年度は表に）のうち');
    kpi.years[0]!.status!.origin = 'computed';
    const mixed = verdict(input({ kpis: [kpi] })).find((s) => s.topic === 'TARGETS')!;
    expect(sentenceText(mixed.ja)).toContain('7件（各年度は表に）のうち、達成 3件、未達成 3件');
    for (const year of kpi.years) if (year.status) year.status.origin = 'computed';
    const kpiLine = result.find((s) => s.topic === 'KPI')!;
    expect(sentenceText(kpiLine.ja)).toBe(
      '① 参加者数（人/年度）：平成26年度 目標 100 → 実績 90 未達成（達成率から判定）、…、令和元年度 目標 100 → 実績 110 達成（達成率から判定）、…。全7年度：達成 3年度、未達成 3年度、実績が未報告 1年度（各年度は表に）。',
    );
    expect(sentenceText(kpiLine.en)).toBe(
      '① Participants (people per fiscal year): FY2014 target 100 → actual 90, not met (computed from the rate); …; FY2019 target 100 → actual 110, achieved (computed from the rate); …. All 7 years: 3 achieved, 3 not met, 1 with no actual reported (each year is in the table).',
    );
    // Every figure the shortened line drops is still in the verdict's count and its list of what is missing.
    expect(sentenceText(result.find((s) => s.topic === 'MISSING')!.ja)).toContain(
      '令和2年度の実績',
    );
    const cost = result.find((s) => s.topic === 'COST')!;
    expect(sentenceText(cost.ja)).toBe(
      '費用（6年度のうち記載は5年度、各年度は表に）：事業費は平成26年度 2,014円、…、平成30年度 2,018円、…。人件費は報告されていないため、総費用はわかりません。',
    );
    expect(sentenceText(cost.en)).toBe(
      'Cost (given for 5 of 6 years; each year is in the table): project cost FY2014 ¥2,014; …; FY2018 ¥2,018; …. No personnel cost is reported, so the total cost is not known.',
    );
  });

  it('marks only the years a long series leaves out, and counts each year once', () => {
    const kpi = increment([
      [2014, null, 5, 'ACHIEVED'],
      [2015, 100, 120, 'ACHIEVED'],
      [2016, 100, null, null],
      [2017, 100, null, null],
      [2018, 100, null, null],
      [2019, 100, null, null],
    ]);
    // No target by design in the first year, yet an actual and a status: counted once, by its result.
    kpi.years[0]!.target = { value: null, absence: 'not_applicable', sourceId: null };
    const line = sentenceText(verdict(input({ kpis: [kpi] })).find((s) => s.topic === 'KPI')!.ja);
    expect(line).toBe(
      '① 参加者数（人/年度）：平成26年度 目標なし（対象外）、平成27年度 目標 100 → 実績 120 達成（達成率から判定）、…。全6年度：達成 2年度、実績が未報告 4年度（各年度は表に）。',
    );
    // An actual with no status because its target is not reported is counted as that, not "no status".
    kpi.years[5]!.actual = { value: 90, absence: null, sourceId: null };
    kpi.years[5]!.target = { value: null, absence: 'not_reported', sourceId: null };
    const en = sentenceText(verdict(input({ kpis: [kpi] })).find((s) => s.topic === 'KPI')!.en);
    expect(en).toContain(
      'All 6 years: 2 achieved, 1 with no target reported, 3 with no actual reported (each year is in the table).',
    );
  });

  it('tells a target whose year the document does not cover from an actual left blank', () => {
    const kpi = increment([
      [2024, null, 3, null],
      [2025, 3, null, null],
    ]);
    kpi.years[0]!.target = { value: null, absence: 'outside_document', sourceId: null };
    kpi.years[1]!.actual = { value: null, absence: 'outside_document', sourceId: null };
    const result = verdict(input({ kpis: [kpi] }));
    expect(sentenceText(result[0]!.ja)).toBe(
      'KPI 1件の年度目標 1件のうち、実績が資料の範囲外 1件（令和7年度）。',
    );
    // Each year says the side the document gives, not the other side's absence.
    expect(sentenceText(result[1]!.ja)).toBe(
      '① 参加者数（人/年度）：令和6年度 実績 3、令和7年度 目標 3（実績は資料の範囲外）。',
    );
    expect(sentenceText(result[1]!.en)).toBe(
      '① Participants (people per fiscal year): FY2024 actual 3; FY2025 target 3 (actual outside the document).',
    );
  });

  it('says a year with every cost cell blank is not reported, never 0', () => {
    const line = (category: 'project_cost' | 'personnel_cost', yen: number | null) => ({
      category,
      staffType: null,
      first: 2022,
      last: 2022,
      yen,
      staffFte: null,
      sourceId: null,
    });
    const result = texts(
      input({ costs: [line('project_cost', null), line('personnel_cost', null)] }),
    );
    expect(result).toContainEqual(['COST', '費用：令和4年度は未報告。']);
    expect(result).toContainEqual(['MISSING', '記載のないもの：令和4年度の費用（未報告）。']);
  });
});

describe('verdict on other shapes of data', () => {
  const cost = (
    category: 'project_cost' | 'grant' | 'national_prefectural_subsidy',
    first: number,
    last: number,
    yen: number | null,
  ) => ({ category, staffType: null, first, last, yen, staffFte: null, sourceId: null });

  it('cites the total a cost found by difference was taken from, when several are printed', () => {
    const result = verdict(
      input({
        costs: [
          cost('project_cost', 2020, 2025, 1_000),
          cost('project_cost', 2021, 2023, 600),
          cost('project_cost', 2023, 2023, 200),
        ],
      }),
    );
    const figures = result
      .filter((s) => s.topic === 'COST')
      .flatMap((s) => s.ja)
      .flatMap((p) => (p.figure?.formula ? [p.figure.formula.expression] : []));
    expect(figures).toContain('600円 − 200円 = 400円');
  });

  it('names a subsidy beside the grant rather than crediting it to the grant', () => {
    const result = verdict(
      input({
        grantName: { ja: 'X交付金', en: 'X grant' },
        costs: [
          cost('project_cost', 2022, 2022, 100),
          cost('grant', 2022, 2022, 50),
          cost('national_prefectural_subsidy', 2022, 2022, 20),
        ],
      }),
    );
    const funding = result.find((s) => s.topic === 'FUNDING')!;
    expect(sentenceText(funding.ja)).toMatch(/^負担：X交付金と国・県の支出金が令和4年度 70円/);
  });

  it('counts the plan-period statuses over the KPIs that have one, and names the rest', () => {
    const status = {
      code: 'ACHIEVED' as const,
      labelJa: '達成',
      labelEn: 'achieved',
      origin: 'source' as const,
      sourceId: null,
      formula: null,
    };
    const kpi = (position: number, planned: boolean): VerdictKpi => ({
      ...increment([[2022, 10, 12, 'ACHIEVED']]),
      position,
      plan: planned ? { target: cited(10), actual: cited(12), status } : null,
    });
    const targets = verdict(
      input({ kpis: [kpi(1, true), kpi(2, false)], planPeriod: { first: 2021, last: 2023 } }),
    ).filter((s) => s.topic === 'TARGETS');
    expect(sentenceText(targets[1]!.ja)).toBe(
      '計画期間（令和3〜5年度）の達成状況は、1件すべて「達成」です（資料の判定）。②には計画期間の状況がありません。',
    );
  });

  it('says a blank grade is not reported, and only an unreadable one is unclear', () => {
    const evaluation = (absence: 'not_reported' | 'ambiguous') => ({
      fiscalYear: 2021,
      axisLabel: { ja: '方向性', en: 'Direction' },
      grade: null,
      gradeAbsence: absence,
      gradeLabel: null,
      options: [{ ja: '継続', en: 'continue' }],
      sourceId: null,
    });
    const judgement = (absence: 'not_reported' | 'ambiguous') =>
      sentenceText(
        verdict(input({ evaluations: [evaluation(absence)] })).find((s) => s.topic === 'JUDGEMENT')!
          .ja,
      );
    expect(judgement('not_reported')).toBe('方向性は未報告です。');
    expect(judgement('ambiguous')).toBe(
      '方向性は不明です（「継続」のどれが選ばれたか読み取れません）。',
    );
  });

  it('names the sources printed as 0 together, once, after those that paid', () => {
    const line = (
      category: 'project_cost' | 'local_bond' | 'national_subsidy' | 'general_fund',
      yen: number,
    ) => ({
      category,
      staffType: null,
      first: 2024,
      last: 2024,
      yen,
      staffFte: null,
      sourceId: null,
    });
    const funding = verdict(
      input({
        costs: [
          line('project_cost', 2_843_000),
          line('national_subsidy', 0),
          line('local_bond', 0),
          line('general_fund', 2_843_000),
        ],
      }),
    ).find((s) => s.topic === 'FUNDING')!;
    expect(sentenceText(funding.ja)).toBe(
      '負担：令和6年度は一般財源 2,843,000円、国庫支出金・地方債 各 0円。',
    );
    expect(sentenceText(funding.en)).toBe(
      'Who paid: in FY2024, general fund ¥2,843,000; national funds, local bonds ¥0 each.',
    );
  });

  it('says the general fund alone paid when it did in every one of several years', () => {
    const line = (
      category: 'project_cost' | 'local_bond' | 'general_fund',
      fiscalYear: number,
      yen: number,
    ) => ({
      category,
      staffType: null,
      first: fiscalYear,
      last: fiscalYear,
      yen,
      staffFte: null,
      sourceId: null,
    });
    const costs = [2023, 2024].flatMap((fiscalYear) => [
      line('project_cost', fiscalYear, 1_000),
      line('local_bond', fiscalYear, 0),
      line('general_fund', fiscalYear, 1_000),
    ]);
    const funding = (lines: typeof costs) =>
      verdict(input({ costs: lines })).find((s) => s.topic === 'FUNDING')!;
    expect(sentenceText(funding(costs).ja)).toBe(
      '負担：令和5〜6年度は、どの年度も一般財源だけです（地方債は各年度 0円）。',
    );
    expect(sentenceText(funding(costs).en)).toBe(
      'Who paid: the general fund alone, in every year FY2023–FY2024 (local bonds ¥0 each year).',
    );
    // A bond left blank in one year may have paid: each year is said on its own.
    const blank = [...costs];
    blank[1] = { ...line('local_bond', 2023, 0), yen: null as unknown as number };
    expect(sentenceText(funding(blank).ja)).not.toContain('一般財源だけ');
    // A bond in one year: each year is said on its own.
    costs[1] = line('local_bond', 2023, 400);
    costs[2] = line('general_fund', 2023, 600);
    expect(sentenceText(funding(costs).ja)).toBe(
      '負担：令和5年度は地方債 400円、一般財源 600円。令和6年度は地方債 0円、一般財源 1,000円。',
    );
  });

  it('says a grade once where the scale is its words, and a lettered grade with its word', () => {
    const evaluation = (grade: string, label: { ja: string; en: string }) => ({
      fiscalYear: 2024,
      axisLabel: { ja: '政策体系との整合性', en: "Fit with the city's policy system" },
      grade,
      gradeAbsence: null,
      gradeLabel: label,
      options: [],
      sourceId: null,
    });
    const judgement = (e: ReturnType<typeof evaluation>, lang: 'ja' | 'en') =>
      sentenceText(
        verdict(input({ evaluations: [e] })).find((s) => s.topic === 'JUDGEMENT')![lang],
      );
    const words = evaluation('結びついている', { ja: '結びついている', en: 'linked to it' });
    expect(judgement(words, 'ja')).toBe(
      '例市の評価（令和6年度）：政策体系との整合性 結びついている。',
    );
    expect(judgement(words, 'en')).toBe(
      "Example City's own evaluation (FY2024): Fit with the city's policy system 結びついている (linked to it).",
    );
    expect(judgement(evaluation('A', { ja: '順調', en: 'on track' }), 'ja')).toBe(
      '例市の評価（令和6年度）：政策体系との整合性 A（順調）。',
    );
  });

  it('marks Japanese left in an English sentence as Japanese', () => {
    const kpi = {
      ...increment([[2022, 10, 12, 'ACHIEVED']]),
      shortName: { ja: '参加者数', en: '参加者数' },
    };
    const sentence = verdict(input({ kpis: [kpi] })).find((s) => s.topic === 'KPI')!;
    expect(sentence.en.filter((p) => p.lang === 'ja').map((p) => p.text)).toEqual(['参加者数']);
  });
});
