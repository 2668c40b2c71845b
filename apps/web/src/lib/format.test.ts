import { describe, expect, it } from 'vitest';
import {
  absenceLabel,
  fiscalYearText,
  formatRatio,
  formatYenExact,
  formatYenHeadline,
  formatYenPerUnit,
} from './format';

describe('formatting for readers', () => {
  it('prints yen as Japanese tables and headlines do', () => {
    expect(formatYenExact('ja', 18_040_000)).toBe('18,040,000円');
    expect(formatYenHeadline('ja', 18_040_000)).toBe('1,804万円');
    expect(formatYenHeadline('ja', 55_913_000)).toBe('5,591.3万円');
    expect(formatYenHeadline('ja', 327_000)).toBe('32.7万円');
  });
  it('prints yen for English readers', () => {
    expect(formatYenExact('en', 327_000)).toBe('¥327,000');
    expect(formatYenHeadline('en', 18_040_000)).toBe('¥18.04 million');
  });
  it('prints per-unit cost and percentages', () => {
    expect(formatYenPerUnit('ja', 18_040_000 / 2214)).toBe('8,148円');
    expect(formatYenPerUnit('ja', 327_000 / 1_411_642)).toBe('0.23円');
    expect(formatRatio(2.214)).toBe('221.4%');
    expect(formatRatio(1)).toBe('100.0%');
  });
  it('labels fiscal years with the era', () => {
    expect(
      fiscalYearText('ja', { year: 2023, label: '令和5年度', labelEn: 'FY2023 (Reiwa 5)' }),
    ).toBe('令和5年度（2023）');
    expect(
      fiscalYearText('en', { year: 2019, label: '令和元年度', labelEn: 'FY2019 (Reiwa 1)' }),
    ).toBe('FY2019 (Reiwa 1)');
  });
  it('shows each kind of missing as a word, never 0', () => {
    expect(absenceLabel('ja', 'NOT_REPORTED')).toBe('未報告');
    expect(absenceLabel('ja', 'NOT_APPLICABLE')).toBe('対象外');
    expect(absenceLabel('en', 'AMBIGUOUS')).toBe('unclear');
    expect(absenceLabel('en', null)).toBe('not reported');
  });
});
