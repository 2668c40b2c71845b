import { fiscalYearOfMonth } from '../fiscal-year/index.js';

/** A Japanese era (元号) as it names fiscal years. */
export interface Era {
  /** The era's name in kanji, e.g. 令和. */
  readonly name: string;
  /** The one-letter short form used in tables, e.g. R in R5.4. */
  readonly letter: string;
  /** The English name, e.g. Reiwa. */
  readonly nameEn: string;
  /** The Western year of the era's first year (元年). */
  readonly firstYear: number;
  /** The Western year of its last year, or null for the era in force. */
  readonly lastYear: number | null;
}

/** Newest first, so the first era whose first year is not after a year is the one that names it. */
export const ERAS: readonly Era[] = [
  { name: '令和', letter: 'R', nameEn: 'Reiwa', firstYear: 2019, lastYear: null },
  { name: '平成', letter: 'H', nameEn: 'Heisei', firstYear: 1989, lastYear: 2019 },
  { name: '昭和', letter: 'S', nameEn: 'Showa', firstYear: 1926, lastYear: 1989 },
];

/** A fiscal year's era and year within it. */
export interface EraYear {
  readonly era: Era;
  /** 1 for 元年. */
  readonly year: number;
}

/**
 * The era that names a fiscal year. A fiscal year is labelled by the era in force during most of it,
 * which is the newest era that began in or before its starting calendar year: FY2019 began on
 * 1 April 2019 under 平成, but 令和 began a month later and the year is written 令和元年度.
 *
 * @example eraOfFiscalYear(2019) //=> { era: 令和, year: 1 }
 */
export function eraOfFiscalYear(fiscalYear: number): EraYear {
  const era = ERAS.find((candidate) => candidate.firstYear <= fiscalYear);
  if (!era || !Number.isInteger(fiscalYear)) {
    throw new RangeError(`no era names fiscal year ${fiscalYear}`);
  }
  return { era, year: fiscalYear - era.firstYear + 1 };
}

/**
 * The Japanese label of a fiscal year.
 *
 * @example fiscalYearLabel(2023) //=> '令和5年度'
 * @example fiscalYearLabel(2019) //=> '令和元年度'
 */
export function fiscalYearLabel(fiscalYear: number): string {
  const { era, year } = eraOfFiscalYear(fiscalYear);
  return `${era.name}${year === 1 ? '元' : year}年度`;
}

/** The English label of a fiscal year. @example fiscalYearLabelEn(2023) //=> 'FY2023 (Reiwa 5)' */
export function fiscalYearLabelEn(fiscalYear: number): string {
  const { era, year } = eraOfFiscalYear(fiscalYear);
  return `FY${fiscalYear} (${era.nameEn} ${year})`;
}

/**
 * The Japanese label of a range of fiscal years, the era written once when both years share it.
 *
 * @example fiscalYearRangeLabel(2021, 2022) //=> '令和3〜4年度'
 * @example fiscalYearRangeLabel(2018, 2020) //=> '平成30〜令和2年度'
 * @example fiscalYearRangeLabel(2023, 2023) //=> '令和5年度'
 */
export function fiscalYearRangeLabel(first: number, last: number): string {
  if (first === last) return fiscalYearLabel(first);
  const from = eraOfFiscalYear(first);
  const to = eraOfFiscalYear(last);
  const year = (y: number) => (y === 1 ? '元' : String(y));
  return from.era === to.era
    ? `${from.era.name}${year(from.year)}〜${year(to.year)}年度`
    : `${from.era.name}${year(from.year)}〜${to.era.name}${year(to.year)}年度`;
}

/** The English label of a range of fiscal years. @example fiscalYearRangeLabelEn(2021, 2022) //=> 'FY2021–FY2022' */
export function fiscalYearRangeLabelEn(first: number, last: number): string {
  return first === last ? `FY${first}` : `FY${first}–FY${last}`;
}

const FULL_WIDTH_DIGITS = /[０-９]/g;

function toHalfWidthDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGITS, (digit) =>
    String.fromCharCode(digit.charCodeAt(0) - 0xfee0),
  );
}

function findEra(token: string): Era | undefined {
  return ERAS.find((era) => era.name === token || era.letter === token.toUpperCase());
}

/** Converts an era year to its Western year, refusing years the era never had (平成32, 令和0). */
function westernYear(era: Era, eraYear: number, text: string): number {
  const year = era.firstYear + eraYear - 1;
  if (eraYear < 1 || (era.lastYear !== null && year > era.lastYear)) {
    throw new RangeError(`${text}: ${era.name} has no year ${eraYear}`);
  }
  return year;
}

const ERA_YEAR = /^\s*(令和|平成|昭和|[RHSrhs])\s*(元|\d{1,2})\s*(?:年度?)?\s*$/;

/**
 * Reads an era year as documents write it and gives its Western year. Accepts 令和5年度, 令和５年度,
 * 令和元年, R5 and 平成31年度 (which documents written before May 2019 use for FY2019).
 *
 * @example parseEraYear('平成31年度') //=> 2019
 * @example parseEraYear('R5') //=> 2023
 */
export function parseEraYear(text: string): number {
  const match = ERA_YEAR.exec(toHalfWidthDigits(text));
  const era = match?.[1] ? findEra(match[1]) : undefined;
  if (!match?.[2] || !era) {
    throw new SyntaxError(`not an era year: "${text}"`);
  }
  return westernYear(era, match[2] === '元' ? 1 : Number(match[2]), text);
}

const ERA_MONTH = /^\s*([RHSrhs])\s*(\d{1,2})\.(\d{1,2})\s*$/;

/**
 * Reads the short era month form of tables (R5.4) and gives the fiscal year it falls in.
 *
 * @example fiscalYearOfEraMonth('R6.3') //=> 2023
 */
export function fiscalYearOfEraMonth(text: string): number {
  const match = ERA_MONTH.exec(toHalfWidthDigits(text));
  const era = match?.[1] ? findEra(match[1]) : undefined;
  if (!match?.[2] || !match[3] || !era) {
    throw new SyntaxError(`not an era month: "${text}"`);
  }
  return fiscalYearOfMonth(westernYear(era, Number(match[2]), text), Number(match[3]));
}

/**
 * Reads a period written as two era months (R3.4〜R6.3) and gives its first and last fiscal year.
 *
 * @example parseEraPeriod('R3.4〜R6.3') //=> { first: 2021, last: 2023 }
 */
export function parseEraPeriod(text: string): { first: number; last: number } {
  const parts = text.split(/[〜～~]/);
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    throw new SyntaxError(`not an era period: "${text}"`);
  }
  const first = fiscalYearOfEraMonth(parts[0]);
  const last = fiscalYearOfEraMonth(parts[1]);
  if (last < first) {
    throw new RangeError(`${text}: the period ends before it starts`);
  }
  return { first, last };
}
