import { describe, expect, it } from 'vitest';
import { kpiResults, readsTurned, turned, type KpiInput } from './kpi-results';

const kpi = (position: number, years: number[], plan = false): KpiInput => ({
  position,
  name: `指標${position}`,
  shortName: `指標${position}`,
  unit: '人',
  kind: 'INCREMENT',
  baseline: null,
  years: years.map((year) => ({
    year,
    target: { value: position * 100, absence: null },
    actual: { value: year, absence: null },
    status: null,
  })),
  plan: plan
    ? {
        target: { value: 500, absence: null },
        actual: { value: null, absence: 'NOT_REPORTED' },
        status: null,
      }
    : null,
});

const program = (kpis: KpiInput[], label = '例市 事業') => ({ label, short: '例市', kpis });

describe('a KPI results table turned past five years', () => {
  it('stays as it is for five years, or for two programs side by side', () => {
    const five = kpiResults('ja', [program([kpi(1, [2019, 2020, 2021, 2022, 2023])])]);
    expect(readsTurned(five)).toBe(false);
    const years = [2014, 2015, 2016, 2017, 2018, 2019];
    const two = kpiResults('ja', [program([kpi(1, years)], 'A'), program([kpi(1, years)], 'B')]);
    expect(readsTurned(two)).toBe(false);
  });

  it('gives one program of six years a row per year and a column per KPI, the plan period last', () => {
    const years = [2014, 2015, 2016, 2017, 2018, 2019];
    const table = kpiResults('ja', [program([kpi(1, years, true), kpi(2, years.slice(2))])]);
    expect(readsTurned(table)).toBe(true);
    const rows = turned(table);
    expect(rows.map((row) => row.year)).toEqual([...years, null]);
    // Each cell is the same cell the untouched table holds for that KPI and year.
    expect(rows[0]!.cells).toEqual([table.rows[0]!.cells[0], table.rows[1]!.cells[0]]);
    expect(rows[0]!.cells[0]).toMatchObject({ kind: 'figures', target: '100', actual: '2,014' });
    expect(rows[0]!.cells[1]).toMatchObject({ kind: 'absent' });
    expect(rows[5]!.cells[1]).toMatchObject({ target: '200', actual: '2,019' });
    expect(rows[6]!.cells).toEqual([table.rows[0]!.plan, null]);
  });
});
