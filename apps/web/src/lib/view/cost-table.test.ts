import { describe, expect, it } from 'vitest';
import { costsReadTurned, turnedCosts, type CostCell, type CostTable } from './cost-table';

const amount = (text: string): CostCell => ({
  kind: 'amount',
  text,
  formula: null,
  derived: false,
});
const years = [2014, 2015, 2016, 2017, 2018, 2019];

describe('a cost table turned past five years', () => {
  const table: CostTable = {
    years,
    plannedYears: [],
    hasTotals: true,
    rows: [
      {
        program: '例市 事業',
        line: '事業費',
        // 2016–2017 together, by difference: one cell across two years.
        cells: [
          amount('1円'),
          amount('2円'),
          { kind: 'span', span: 2, text: '3円', formula: null, derived: true },
          { kind: 'missing', text: '未報告' },
          amount('6円'),
        ],
        total: amount('平成26〜令和元年度 21円'),
        csv: [],
      },
      {
        program: '例市 事業',
        line: '人件費',
        // A form with no personnel line: one cell across every year and the totals.
        cells: [{ kind: 'span', span: years.length + 1, text: '欄なし', formula: null }],
        total: null,
        csv: [],
      },
    ],
  };

  it('is turned for one program of six years, not for two programs or five years', () => {
    expect(costsReadTurned(table)).toBe(true);
    expect(costsReadTurned({ ...table, years: years.slice(1) })).toBe(false);
    const other = { ...table.rows[0]!, program: '別市 事業' };
    expect(costsReadTurned({ ...table, rows: [...table.rows, other] })).toBe(false);
  });

  it('gives a row per year and one for the totals, a total over years covering their rows', () => {
    const rows = turnedCosts(table);
    expect(rows.map((row) => row.year)).toEqual([...years, null]);
    expect(rows.map((row) => row.cells.length)).toEqual(rows.map(() => 2));
    expect(rows[0]!.cells[0]).toEqual({ cell: amount('1円'), rows: 1 });
    expect(rows[2]!.cells[0]).toMatchObject({ cell: { text: '3円' }, rows: 2 });
    // The year the span covers has no cell of its own in that column.
    expect(rows[3]!.cells[0]).toBeNull();
    expect(rows[4]!.cells[0]).toEqual({ cell: { kind: 'missing', text: '未報告' }, rows: 1 });
    expect(rows[6]!.cells[0]).toEqual({ cell: amount('平成26〜令和元年度 21円'), rows: 1 });
    // The absent line covers every row, the totals' too, from the first.
    expect(rows[0]!.cells[1]).toMatchObject({ cell: { text: '欄なし' }, rows: 7 });
    expect(rows.slice(1).every((row) => row.cells[1] === null)).toBe(true);
  });
});
