/**
 * Converts an amount printed in 千円 (thousands of yen) to yen. Sheets that print 千円 do not say whether
 * they rounded or truncated, so the result is exact only to 1,000 yen: callers keep that precision beside
 * the amount.
 *
 * @example yenFromThousands(327) //=> 327000
 */
export function yenFromThousands(thousands: number): number {
  if (!Number.isFinite(thousands)) {
    throw new RangeError(`not an amount: ${thousands}`);
  }
  const yen = Math.round(thousands * 1000);
  if (Math.abs(yen - thousands * 1000) > 1e-6 || !Number.isSafeInteger(yen)) {
    throw new RangeError(`${thousands} 千円 is not a whole number of yen`);
  }
  return yen;
}

/**
 * Yen and how exact they are, from an amount as printed in 円 or 千円: a figure in 千円 with a decimal
 * (159,816.6 千円) is exact to the hundred yen, not the thousand.
 *
 * @example printedAmountInYen(159816.6, '千円') //=> { yen: 159816600, precision: 100 }
 */
export function printedAmountInYen(
  amount: number,
  unit: '円' | '千円',
): { yen: number; precision: number } {
  if (unit === '円') {
    if (!Number.isSafeInteger(amount))
      throw new RangeError(`${amount} 円 is not a whole number of yen`);
    return { yen: amount, precision: 1 };
  }
  const decimals = (String(amount).split('.')[1] ?? '').length;
  return { yen: yenFromThousands(amount), precision: Math.max(1, 1_000 / 10 ** decimals) };
}

/** The units a printed amount may be stated in, with how many yen one of them is. */
export const YEN_UNITS = {
  円: 1,
  千円: 1_000,
  万円: 10_000,
  百万円: 1_000_000,
  億円: 100_000_000,
} as const;
export type YenUnit = keyof typeof YEN_UNITS;

/**
 * Reads an amount as printed (18,040,000円, 327 千円, （55,913,000円）) and gives yen with the precision the
 * unit implies.
 *
 * @example parsePrintedYen('327 千円') //=> { yen: 327000, precision: 1000 }
 */
export function parsePrintedYen(text: string): { yen: number; precision: number } {
  const normalized = text.normalize('NFKC').replace(/[()\s,]/g, '');
  const match = /^(-?\d+(?:\.\d+)?)(円|千円|万円|百万円|億円)$/.exec(normalized);
  if (!match?.[1] || !match[2]) {
    throw new SyntaxError(`not a yen amount: "${text}"`);
  }
  const precision = YEN_UNITS[match[2] as YenUnit];
  const yen = Math.round(Number(match[1]) * precision);
  if (!Number.isSafeInteger(yen)) {
    throw new RangeError(`"${text}" is too large to hold exactly`);
  }
  return { yen, precision };
}

const GROUPED = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 1 });

/**
 * Yen as Japanese tables print it, with thousands separators and an explicit ja-JP locale so the server
 * and the browser render the same text.
 *
 * @example formatYen(18040000) //=> '18,040,000円'
 */
export function formatYen(yen: number): string {
  return `${GROUPED.format(yen)}円`;
}

/**
 * Yen as Japanese headlines and chart axes read it: 万円 from ten thousand, 億円 from a hundred million,
 * to one decimal at most.
 *
 * @example formatYenCompact(18040000) //=> '1,804万円'
 * @example formatYenCompact(327000) //=> '32.7万円'
 * @example formatYenCompact(55913000) //=> '5,591.3万円'
 */
export function formatYenCompact(yen: number): string {
  const size = Math.abs(yen);
  if (size >= 100_000_000) return `${ONE_DECIMAL.format(yen / 100_000_000)}億円`;
  if (size >= 10_000) return `${ONE_DECIMAL.format(yen / 10_000)}万円`;
  return formatYen(yen);
}

const THOUSANDS = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 3 });

/**
 * Yen in 千円, as a sheet in 千円 prints them, every digit kept (a figure exact to ¥100 keeps its
 * decimal); in English, in thousands of yen.
 *
 * @example formatThousandYen(15322516000) //=> '15,322,516千円'
 * @example formatThousandYen(159816600) //=> '159,816.6千円'
 * @example formatThousandYen(159816600, 'en') //=> '159,816.6 thousand yen'
 */
export function formatThousandYen(yen: number, lang: 'ja' | 'en' = 'ja'): string {
  const figure = THOUSANDS.format(yen / 1_000);
  return lang === 'ja' ? `${figure}千円` : `${figure} thousand yen`;
}

/**
 * Yen in 億 and 万 as Japanese readers say large sums, exact: nothing is rounded away.
 *
 * @example formatYenInJapaneseUnits(15322516000) //=> '153億2,251万6,000円'
 * @example formatYenInJapaneseUnits(327000) //=> '32万7,000円'
 * @example formatYenInJapaneseUnits(100000000) //=> '1億円'
 */
export function formatYenInJapaneseUnits(yen: number): string {
  if (!Number.isSafeInteger(yen)) throw new RangeError(`not a whole number of yen: ${yen}`);
  const sign = yen < 0 ? '−' : '';
  let rest = Math.abs(yen);
  const oku = Math.floor(rest / 100_000_000);
  rest -= oku * 100_000_000;
  const man = Math.floor(rest / 10_000);
  rest -= man * 10_000;
  const parts = [
    oku ? `${GROUPED.format(oku)}億` : '',
    man ? `${GROUPED.format(man)}万` : '',
    rest ? GROUPED.format(rest) : '',
  ].join('');
  return `${sign}${parts || '0'}円`;
}
