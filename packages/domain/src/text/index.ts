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

/** A text as search stores and matches it: normalised, in lower case. */
export function searchForm(text: string): string {
  return normalizeText(text).toLowerCase();
}

/**
 * Every pair of neighbouring characters in a text, without white space: what a search index holds.
 * Japanese writes no spaces between words, so PostgreSQL's trigrams (which split on them, and in the C
 * locale skip kana and kanji altogether) cannot index it; a word of two characters or more is found
 * among the texts holding all of its pairs, then checked whole.
 * @example searchBigrams('子育て 12') //=> ['子育', '育て', '12']
 */
export function searchBigrams(text: string): string[] {
  const pairs = new Set<string>();
  for (const word of text.split(/\s+/)) {
    const characters = [...word];
    for (let i = 0; i + 1 < characters.length; i += 1)
      pairs.add(characters[i]! + characters[i + 1]!);
  }
  return [...pairs];
}
