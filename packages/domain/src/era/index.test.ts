import { describe, expect, it } from 'vitest';
import {
  eraOfFiscalYear,
  fiscalYearLabel,
  fiscalYearLabelEn,
  fiscalYearOfEraMonth,
  parseEraPeriod,
  parseEraYear,
} from './index.js';

describe('fiscalYearLabel', () => {
  it('labels the source years', () => {
    expect(fiscalYearLabel(2017)).toBe('平成29年度');
    expect(fiscalYearLabel(2020)).toBe('令和2年度');
    expect(fiscalYearLabel(2023)).toBe('令和5年度');
  });
  it('writes 元 for the first year of an era', () => {
    expect(fiscalYearLabel(1989)).toBe('平成元年度');
    expect(fiscalYearLabel(2019)).toBe('令和元年度');
  });
  it('labels FY2019 by the new era though it began under 平成', () => {
    expect(eraOfFiscalYear(2018).era.name).toBe('平成');
    expect(eraOfFiscalYear(2019).era.name).toBe('令和');
  });
  it('gives an English label with the era year', () => {
    expect(fiscalYearLabelEn(2023)).toBe('FY2023 (Reiwa 5)');
  });
  it('refuses years before the eras it knows', () => {
    expect(() => fiscalYearLabel(1900)).toThrow(RangeError);
  });
});

describe('parseEraYear', () => {
  it('reads the forms the sources use', () => {
    expect(parseEraYear('令和5年度')).toBe(2023);
    expect(parseEraYear('令和２年度')).toBe(2020);
    expect(parseEraYear('平成29年度')).toBe(2017);
    expect(parseEraYear('R5')).toBe(2023);
    expect(parseEraYear('令和元年度')).toBe(2019);
  });
  it('reads 平成31年度 as FY2019, as documents written before May 2019 call it', () => {
    expect(parseEraYear('平成31年度')).toBe(2019);
  });
  it('is the inverse of fiscalYearLabel', () => {
    for (let year = 1950; year <= 2060; year += 1) {
      expect(parseEraYear(fiscalYearLabel(year))).toBe(year);
    }
  });
  it('refuses years an era never had, and text that is no era year', () => {
    expect(() => parseEraYear('平成32年度')).toThrow(/平成 has no year 32/);
    expect(() => parseEraYear('令和0年度')).toThrow(RangeError);
    expect(() => parseEraYear('2023年度')).toThrow(SyntaxError);
    expect(() => parseEraYear('')).toThrow(SyntaxError);
  });
});

describe('era months and periods', () => {
  it('puts R6.3 in FY2023 and R5.4 in FY2023', () => {
    expect(fiscalYearOfEraMonth('R5.4')).toBe(2023);
    expect(fiscalYearOfEraMonth('R6.3')).toBe(2023);
  });
  it('reads the Asahi plan period', () => {
    expect(parseEraPeriod('R3.4〜R6.3')).toEqual({ first: 2021, last: 2023 });
    expect(parseEraPeriod('R5.4〜R6.3')).toEqual({ first: 2023, last: 2023 });
  });
  it('refuses a period that ends before it starts, or is not a period', () => {
    expect(() => parseEraPeriod('R6.4〜R5.3')).toThrow(/ends before it starts/);
    expect(() => parseEraPeriod('R5.4')).toThrow(SyntaxError);
    expect(() => fiscalYearOfEraMonth('R5.13')).toThrow(RangeError);
  });
});
