import { describe, expect, it } from 'vitest';
import { comparisonNotes, fiscalYearAxis, type ComparedProgramFacts } from './index.js';

const isehara: ComparedProgramFacts = {
  id: '1',
  name: '伊勢原市 地域人材による魅力創造事業',
  form: '事務事業評価シート',
  kpis: [{ kind: 'stock', unit: '団体(個人)' }],
  yearsWithFigures: [2020, 2021, 2022],
  blankActualYears: [2022],
  blankCostYears: [2022],
  costBasisByYear: new Map([[2021, 'total_cost']]),
};
const asahi: ComparedProgramFacts = {
  id: '2',
  name: '旭市 コミュニティ活性化事業',
  form: '交付金事業結果',
  kpis: [
    { kind: 'increment', unit: '人/年度' },
    { kind: 'increment', unit: '団体/年度' },
  ],
  yearsWithFigures: [2021, 2022, 2023],
  costBasisByYear: new Map([[2023, 'project_cost']]),
};

describe('fiscalYearAxis', () => {
  it('spans every year either program has a figure for', () => {
    expect(fiscalYearAxis([isehara, asahi])).toEqual([2020, 2021, 2022, 2023]);
    expect(fiscalYearAxis([isehara, asahi], 2021, 2022)).toEqual([2021, 2022]);
    expect(fiscalYearAxis([], null, null)).toEqual([]);
  });
});

describe('comparisonNotes', () => {
  it('states every caution of the default comparison', () => {
    const notes = comparisonNotes([isehara, asahi], [2020, 2021, 2022, 2023]);
    expect(notes.map((note) => [note.kind, note.programIds])).toEqual([
      ['KIND_MISMATCH', ['1', '2']],
      ['UNIT_MISMATCH', ['1', '2']],
      ['MISSING_YEARS', ['1']],
      ['MISSING_YEARS', ['2']],
      ['COST_SCOPE', ['1', '2']],
      ['NO_COMMON_COST_YEAR', ['1', '2']],
      ['FORM_DIFFERENCE', ['1', '2']],
    ]);
    expect(notes[2]!.ja).toContain('令和5年度');
    expect(notes[3]!.en).toContain('FY2020');
  });

  it('says nothing where programs are alike', () => {
    const twin = { ...isehara, id: '3', blankActualYears: [], blankCostYears: [] };
    const alike = { ...twin, id: '1' };
    expect(comparisonNotes([alike, twin], [2020, 2021, 2022])).toEqual([]);
  });
});

describe('what is missing, told in full', () => {
  it("says Isehara's FY2022 actual and costs are blank, not only that FY2023 is not covered", () => {
    const note = comparisonNotes([isehara, asahi], [2020, 2021, 2022, 2023]).find(
      (n) => n.kind === 'MISSING_YEARS' && n.programIds[0] === '1',
    );
    expect(note?.ja).toBe(
      '伊勢原市 地域人材による魅力創造事業：令和4年度の実績は空欄（未報告）で、その年度の目標の達成は判断できません。令和4年度の費用は空欄（未報告）。令和5年度は資料の期間外で数値がありません。どれも 0 ではありません。',
    );
  });

  it('never says the total cost lacks what the project cost includes', () => {
    const note = comparisonNotes([isehara, asahi], [2021]).find((n) => n.kind === 'COST_SCOPE');
    expect(note?.ja).toContain('総費用（事業費＋人件費）');
    expect(note?.ja).not.toContain('どちらも他方が含むものを含まない');
  });
});
