/** Circled numbers (① to ⑳) name KPIs in the sources; NFKC would turn ① into a bare 1. */
const CIRCLED_NUMBER = /([\u2460-\u2473])/;

/**
 * Normalises text for display and search: NFKC, which maps the look-alike code points PDF extractions
 * produce (the Kangxi radical ⾦ U+2FA6 to 金) and full-width letters and digits to their usual forms;
 * plus ⺠ (U+2EA0) to 民, which NFKC leaves alone; but keeping circled numbers, which carry meaning.
 *
 * @example normalizeText('交付⾦') //=> '交付金'
 * @example normalizeText('地域住⺠') //=> '地域住民'
 */
export function normalizeText(text: string): string {
  // Splitting on a capturing group puts the circled numbers at the odd indices, untouched.
  return text
    .split(CIRCLED_NUMBER)
    .map((part, index) =>
      index % 2 === 1 ? part : part.normalize('NFKC').replace(/\u2EA0/g, '民'),
    )
    .join('');
}
