/** The earliest and latest fiscal years the product accepts: municipal records start after the war, and a
 * year far in the future is a typing error, not a plan. */
export const MIN_FISCAL_YEAR = 1947;
export const MAX_FISCAL_YEAR = 2100;

/** A program may have begun long before: 大船渡市's part in the 日本水道協会 dates from 昭和7 (1932).
 * Its first year may go back to 明治元年. */
export const MIN_PROGRAM_START_YEAR = 1868;

/** Whether `year` is a whole fiscal year this product can hold. */
export function isPlausibleFiscalYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_FISCAL_YEAR && year <= MAX_FISCAL_YEAR;
}

/**
 * The fiscal year (年度) a calendar month belongs to. A Japanese fiscal year runs from April to March and is
 * named by the year it starts in, so January to March belong to the year before.
 *
 * @example fiscalYearOfMonth(2024, 3) //=> 2023
 */
export function fiscalYearOfMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`month must be 1 to 12, got ${month}`);
  }
  return month >= 4 ? year : year - 1;
}

/**
 * The fiscal year of a date, read in Japan's time zone: a sheet dated 31 March 23:30 in Tokyo belongs to
 * the old fiscal year whatever zone the server runs in.
 *
 * @example fiscalYearOfDate(new Date('2024-03-31T15:30:00Z')) //=> 2024 (1 April 00:30 in Tokyo)
 */
export function fiscalYearOfDate(date: Date): number {
  const tokyo = new Date(date.getTime() + 9 * 60 * 60 * 1000);
  return fiscalYearOfMonth(tokyo.getUTCFullYear(), tokyo.getUTCMonth() + 1);
}

/** The first and last day of a fiscal year as ISO dates. @example fiscalYearDates(2023) //=> { start: '2023-04-01', end: '2024-03-31' } */
export function fiscalYearDates(fiscalYear: number): { start: string; end: string } {
  return { start: `${fiscalYear}-04-01`, end: `${fiscalYear + 1}-03-31` };
}
