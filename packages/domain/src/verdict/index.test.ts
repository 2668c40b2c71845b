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
    expect(texts(input({}))).toEqual([['TARGETS', '成果指標（KPI）の記載はありません。']]);
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
      'KPI 1件の年度目標 3件のうち、達成 1件（令和3年度、この製品が達成率から判定）、未達成 1件（令和4年度、この製品が達成率から判定）、実績が未報告 1件（令和5年度）。',
    ]);
    expect(result[1]![1]).toBe(
      '① 参加者数（人/年度）：令和3年度 目標 100 → 実績 120 達成（達成率から判定）、令和4年度 目標 100 → 実績 80 未達成（達成率から判定）、令和5年度 目標 100 → 実績 未報告。',
    );
    expect(result).toContainEqual([
      'MISSING',
      '①の現在の状況「未達成」は令和4年度の実績だけによるもので、令和5年度の実績は未報告です。',
    ]);
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
