import { describe, expect, it } from 'vitest';
import { buildPolicyTree, directionsOf, fundingByYear, type TreeProgram } from './index.js';

const program = (
  id: number,
  levels: [string, string][],
  costs: TreeProgram['costs'],
  direction: TreeProgram['direction'] = null,
): TreeProgram => ({
  id,
  levels: levels.map(([number, name], depth) => ({
    level: ['政策', '施策', '基本事業'][depth]!,
    number,
    name,
  })),
  costs,
  direction,
});

const KEEP = { grade: '1', label: '現状維持' };
const REFORM = { grade: '2', label: '改革改善（縮小・統合含む）' };

describe('fundingByYear', () => {
  it('adds what is reported and counts the blanks beside it, never as 0', () => {
    const years = fundingByYear([
      program(
        1,
        [],
        [
          { category: 'general_fund', fiscalYear: 2024, yen: 3_089_000, amountKind: 'actual' },
          { category: 'local_bond', fiscalYear: 2024, yen: null, amountKind: 'actual' },
        ],
      ),
      program(
        2,
        [],
        [
          { category: 'general_fund', fiscalYear: 2024, yen: 1_000, amountKind: 'actual' },
          { category: 'local_bond', fiscalYear: 2024, yen: 159_816_600, amountKind: 'actual' },
          { category: 'general_fund', fiscalYear: 2025, yen: 2_000, amountKind: 'plan' },
        ],
      ),
    ]);
    expect(years.map((year) => [year.fiscalYear, year.amountKind])).toEqual([
      [2024, 'actual'],
      [2025, 'plan'],
    ]);
    expect(years[0]!.sums.general_fund).toEqual({ yen: 3_090_000, reported: 2, missing: 0 });
    expect(years[0]!.sums.local_bond).toEqual({ yen: 159_816_600, reported: 1, missing: 1 });
    // A category no program uses is neither reported nor missing.
    expect(years[0]!.sums.national_subsidy).toEqual({ yen: 0, reported: 0, missing: 0 });
    // 2025: program 2 plans its general fund and gives no local bond line that year.
    expect(years[1]!.sums.local_bond).toEqual({ yen: 0, reported: 0, missing: 1 });
  });
});

describe('buildPolicyTree', () => {
  const programs = [
    program(
      1,
      [
        ['06', '自然豊かな環境の保全と創造'],
        ['21', '廃棄物処理対策の推進'],
      ],
      [],
      KEEP,
    ),
    program(
      2,
      [
        ['06', '自然豊かな環境の保全と創造'],
        ['19', '生活環境の保全'],
      ],
      [],
      REFORM,
    ),
    program(
      3,
      [
        ['03', '豊かな心を育む人づくりの推進'],
        ['10', '学校教育の充実'],
      ],
      [],
      KEEP,
    ),
    program(
      4,
      [
        ['03', '豊かな心をはぐくむ人づくりの推進'],
        ['10', '学校教育の充実'],
      ],
      [],
    ),
    program(
      5,
      [
        ['03', '豊かな心を育む人づくりの推進'],
        ['11', '生涯学習の推進'],
      ],
      [],
      KEEP,
    ),
  ];
  const tree = buildPolicyTree(programs);

  it('groups by number in number order, down every level', () => {
    expect(tree.map((node) => [node.number, node.programIds])).toEqual([
      ['03', [3, 4, 5]],
      ['06', [1, 2]],
    ]);
    expect(tree[1]!.children.map((node) => [node.number, node.name, node.programIds])).toEqual([
      ['19', '生活環境の保全', [2]],
      ['21', '廃棄物処理対策の推進', [1]],
    ]);
    expect(tree[1]!.children[0]!.children).toEqual([]);
  });

  it('names a node by its commonest spelling and keeps the others', () => {
    expect(tree[0]!.name).toBe('豊かな心を育む人づくりの推進');
    expect(tree[0]!.otherNames).toEqual(['豊かな心をはぐくむ人づくりの推進']);
  });

  it("counts a city's directions over all its programs, those outside its policy system too", () => {
    expect(directionsOf([...programs, program(6, [], [], REFORM)])).toEqual([
      { ...KEEP, count: 3 },
      { ...REFORM, count: 2 },
    ]);
  });

  it('counts the directions chosen, leaving out programs that chose none', () => {
    expect(tree[0]!.directions).toEqual([{ ...KEEP, count: 2 }]);
    expect(tree[1]!.directions).toEqual([
      { ...KEEP, count: 1 },
      { ...REFORM, count: 1 },
    ]);
  });
});
