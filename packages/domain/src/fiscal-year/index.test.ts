import { describe, expect, it } from 'vitest';
import {
  fiscalYearDates,
  fiscalYearOfDate,
  fiscalYearOfMonth,
  isPlausibleFiscalYear,
} from './index.js';

describe('fiscalYearOfMonth', () => {
  it('puts April to December in the year they start', () => {
    expect(fiscalYearOfMonth(2023, 4)).toBe(2023);
    expect(fiscalYearOfMonth(2023, 12)).toBe(2023);
  });
  it('puts January to March in the year before', () => {
    expect(fiscalYearOfMonth(2024, 1)).toBe(2023);
    expect(fiscalYearOfMonth(2024, 3)).toBe(2023);
  });
  it('refuses a month that does not exist', () => {
    expect(() => fiscalYearOfMonth(2024, 0)).toThrow(RangeError);
    expect(() => fiscalYearOfMonth(2024, 13)).toThrow(/month must be 1 to 12/);
  });
});

describe('fiscalYearOfDate', () => {
  it('reads the date in Tokyo time, whatever the process zone', () => {
    expect(fiscalYearOfDate(new Date('2024-03-31T14:59:59Z'))).toBe(2023);
    expect(fiscalYearOfDate(new Date('2024-03-31T15:00:00Z'))).toBe(2024);
  });
});

describe('fiscalYearDates', () => {
  it('runs from 1 April to 31 March', () => {
    expect(fiscalYearDates(2023)).toEqual({ start: '2023-04-01', end: '2024-03-31' });
  });
});

describe('isPlausibleFiscalYear', () => {
  it('accepts whole years in range and nothing else', () => {
    expect(isPlausibleFiscalYear(2021)).toBe(true);
    expect(isPlausibleFiscalYear(1946)).toBe(false);
    expect(isPlausibleFiscalYear(2101)).toBe(false);
    expect(isPlausibleFiscalYear(2021.5)).toBe(false);
    expect(isPlausibleFiscalYear(Number.NaN)).toBe(false);
  });
});
