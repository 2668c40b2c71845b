import { describe, expect, it } from 'vitest';
import { fundingTable, nodeSummary, sumCell, type FundingYears } from './municipality';

const year = (
  fiscalYear: number,
  amountKind: 'ACTUAL' | 'PLAN',
  lines: FundingYears[number]['lines'],
): FundingYears[number] => ({ fiscalYear: { year: fiscalYear }, amountKind, lines });

const FUNDING: FundingYears = [
  year(2023, 'ACTUAL', [
    { category: 'TOTAL_COST', yen: 18_329_500_000, reported: 407, missing: 0 },
    { category: 'LOCAL_BOND', yen: 159_816_600, reported: 406, missing: 1 },
  ]),
  year(2024, 'ACTUAL', [
    { category: 'TOTAL_COST', yen: 19_951_875_578, reported: 407, missing: 0 },
    { category: 'LOCAL_BOND', yen: 0, reported: 0, missing: 407 },
  ]),
  year(2025, 'PLAN', [{ category: 'TOTAL_COST', yen: 20_477_806_000, reported: 407, missing: 0 }]),
];

describe('sumCell', () => {
  it('gives every digit in 千円 and in 億・万, and says how many programs are not in the sum', () => {
    expect(sumCell('ja', { yen: 159_816_600, reported: 406, missing: 1 })).toEqual({
      thousand: '159,816.6千円',
      readable: '1億5,981万6,600円',
      missing: '1 事業は空欄・対象外（合計に含まない）',
    });
    expect(sumCell('en', { yen: 159_816_600, reported: 406, missing: 1 })).toEqual({
      thousand: '159,816.6 thousand yen',
      readable: '¥159,816,600',
      missing: '1 program left blank or not applicable (not in the sum)',
    });
  });
  it('never shows 0 for a sum nobody reported', () => {
    expect(sumCell('ja', { yen: 0, reported: 0, missing: 407 })).toEqual({
      thousand: '未報告',
      readable: null,
      missing: null,
    });
  });
});

describe('fundingTable', () => {
  it('has a column per year, the planned one marked, and a row per category in the source order', () => {
    const table = fundingTable('ja', FUNDING);
    expect(table.years).toEqual([
      '令和5年度（2023）',
      '令和6年度（2024）',
      '令和7年度（2025） 計画',
    ]);
    expect(table.rows.map((row) => row.label)).toEqual(['地方債', 'トータルコスト（A＋B）']);
    expect(table.rows[0]!.cells.map((cell) => cell.thousand)).toEqual([
      '159,816.6千円',
      '未報告',
      '未報告',
    ]);
  });
});

describe('nodeSummary', () => {
  it('says how many programs, the latest spending and the plan', () => {
    const node = {
      level: '政策',
      number: '06',
      name: '自然豊かな環境の保全と創造',
      otherNames: [],
      programCount: 34,
      funding: FUNDING,
      directions: [
        { grade: '1', label: '現状維持', count: 22 },
        { grade: '2', label: '改革改善（縮小・統合含む）', count: 11 },
      ],
    };
    expect(nodeSummary('ja', node)).toBe(
      '34 事業 ／ 令和6年度（2024） 199億5,187万5,578円 ／ 令和7年度（2025） 計画 204億7,780万6,000円',
    );
  });
});
