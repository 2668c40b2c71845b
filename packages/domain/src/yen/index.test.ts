import { describe, expect, it } from 'vitest';
import { parsePrintedYen, yenFromThousands } from './index.js';

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
