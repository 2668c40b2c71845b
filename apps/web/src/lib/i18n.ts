/** The dashboard speaks Japanese by default and English on request (`?lang=en`), kept in every link. */
export type Lang = 'ja' | 'en';

export interface Text {
  ja: string;
  en: string;
}

export function langOf(value: string | string[] | undefined): Lang {
  return value === 'en' ? 'en' : 'ja';
}

/** Picks the text of a language. */
export function t(lang: Lang, text: Text): string {
  return text[lang];
}

/** A link that keeps the language: `href('/compare', 'en', { ids: ['1', '2'] })`. */
export function href(
  path: string,
  lang: Lang,
  params: Record<string, string | string[] | undefined> = {},
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value)
      ? value
      : value === undefined || value === ''
        ? []
        : [value])
      search.append(key, item);
  }
  if (lang === 'en') search.set('lang', 'en');
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** The separator between facts on one line: 「・」 in Japanese, a middle dot in English. */
export function dot(lang: Lang): string {
  return lang === 'ja' ? ' ・ ' : ' · ';
}

/** A parenthetical as each language writes it: （…） in Japanese, (…) in English. */
export function parens(lang: Lang, text: string): string {
  return lang === 'ja' ? `（${text}）` : ` (${text})`;
}

/**
 * A field a page asked for in its own language only (`@include(if: $ja)` / `@skip(if: $ja)`). The other
 * language's field is not in the answer: reading it is a mistake of the page, so it fails loudly rather
 * than showing a blank.
 */
export function askedIn<T>(lang: Lang, ja: T | undefined, en: T | undefined): T {
  const value = lang === 'ja' ? ja : en;
  if (value === undefined) throw new Error(`a field was not asked for in ${lang}`);
  return value;
}
