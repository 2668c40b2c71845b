import { describe, expect, it } from 'vitest';
import {
  formatThousandYen,
  formatYen,
  formatYenCompact,
  formatYenInJapaneseUnits,
  parsePrintedYen,
  printedAmountInYen,
  yenFromThousands,
} from './index.js';

describe('yenFromThousands', () => {
  it('turns the Isehara figures into yen', () => {
    expect(yenFromThousands(327)).toBe(327_000);
    expect(yenFromThousands(0)).toBe(0);
  });
  it('keeps fractions of 千円 that are whole yen', () => {
    expect(yenFromThousands(1.5)).toBe(1_500);
  });
  it('refuses what is not a whole number of yen, or not a number', () => {
    expect(() => yenFromThousands(0.0005)).toThrow(/not a whole number of yen/);
    expect(() => yenFromThousands(Number.NaN)).toThrow(RangeError);
  });
});

describe('parsePrintedYen', () => {
  it('reads amounts as the sources print them', () => {
    expect(parsePrintedYen('18,040,000円')).toEqual({ yen: 18_040_000, precision: 1 });
    expect(parsePrintedYen('（55,913,000円）')).toEqual({ yen: 55_913_000, precision: 1 });
    expect(parsePrintedYen('327 千円')).toEqual({ yen: 327_000, precision: 1_000 });
  });
  it('refuses text with no unit or no number', () => {
    expect(() => parsePrintedYen('327')).toThrow(SyntaxError);
    expect(() => parsePrintedYen('千円')).toThrow(SyntaxError);
  });
});

describe('formatYen and formatYenCompact', () => {
  it('prints table amounts with separators', () => {
    expect(formatYen(18_040_000)).toBe('18,040,000円');
    expect(formatYen(0)).toBe('0円');
  });
  it('prints headline amounts in 万円 and 億円', () => {
    expect(formatYenCompact(18_040_000)).toBe('1,804万円');
    expect(formatYenCompact(327_000)).toBe('32.7万円');
    expect(formatYenCompact(250_000_000)).toBe('2.5億円');
    expect(formatYenCompact(9_999)).toBe('9,999円');
  });
});

describe('printedAmountInYen', () => {
  it('keeps how exact a printed figure is', () => {
    expect(printedAmountInYen(3089, '千円')).toEqual({ yen: 3_089_000, precision: 1_000 });
    expect(printedAmountInYen(159816.6, '千円')).toEqual({ yen: 159_816_600, precision: 100 });
    expect(printedAmountInYen(0.25, '千円')).toEqual({ yen: 250, precision: 10 });
    expect(printedAmountInYen(18_040_000, '円')).toEqual({ yen: 18_040_000, precision: 1 });
  });
  it('refuses a fraction of a yen', () => {
    expect(() => printedAmountInYen(1.5, '円')).toThrow(/not a whole number of yen/);
    expect(() => printedAmountInYen(0.0005, '千円')).toThrow(/not a whole number of yen/);
  });
});

describe('formatThousandYen and formatYenInJapaneseUnits', () => {
  it('keep every digit', () => {
    expect(formatThousandYen(15_322_516_000)).toBe('15,322,516千円');
    expect(formatThousandYen(159_816_600)).toBe('159,816.6千円');
    expect(formatThousandYen(0)).toBe('0千円');
    expect(formatThousandYen(159_816_600, 'en')).toBe('159,816.6 thousand yen');
    expect(formatYenInJapaneseUnits(15_322_516_000)).toBe('153億2,251万6,000円');
    expect(formatYenInJapaneseUnits(18_302_439_578)).toBe('183億243万9,578円');
    expect(formatYenInJapaneseUnits(100_000_000)).toBe('1億円');
    expect(formatYenInJapaneseUnits(327_000)).toBe('32万7,000円');
    expect(formatYenInJapaneseUnits(0)).toBe('0円');
    expect(formatYenInJapaneseUnits(-5_000)).toBe('−5,000円');
  });
});
