import { normalizeText } from '../text/index.js';

/**
 * A run of kanji, of katakana, or of Latin letters and digits: Japanese has no spaces, but hiragana
 * mostly holds the grammar (particles, endings), so what is left between them is the words that say
 * what a text is about.
 */
const WORD = /[\p{Script=Han}々〆ヶ]+|[\p{Script=Katakana}ー]+|[a-z0-9]+/gu;

/** Conjunctions written in kanji and kana (審査及び交付), which would otherwise end the word before them. */
const CONJUNCTION = /及び|並びに|又は|若しくは/g;
/** 等 (and the like) closes many a noun (補助金等) without changing what it names. */
const AND_SO_ON = /等$/;

/** A term and whether it stands as a whole word somewhere in the texts, not only inside a compound. */
export interface ThemeTerm {
  term: string;
  word: boolean;
}

/**
 * The terms that say what a program does, from the texts that describe it (its purpose, means, target
 * and intent, its indicators): each run of kanji, katakana or Latin letters of two characters or more,
 * and each pair of neighbouring kanji inside a longer compound, because two cities write the same work
 * in different compounds (移住定住促進 and 移住促進 share 移住). Bare numbers are left out: a year or a
 * count says nothing of what is done. A pair is only a `word` where it also stands alone: 住定 inside
 * 移住定住 finds matches but is not worth showing a reader.
 *
 * @example themeTerms(['移住定住の促進']).map((t) => t.term) //=> ['移住定住', '移住', '住定', '定住', '促進']
 */
export function themeTerms(texts: readonly string[]): ThemeTerm[] {
  const words = new Map<string, boolean>();
  for (const text of texts)
    for (const [match] of normalizeText(text)
      .toLowerCase()
      .replace(CONJUNCTION, '、')
      .matchAll(WORD)) {
      const run = match.replace(AND_SO_ON, '');
      const characters = [...run];
      if (characters.length < 2 || /^[0-9]+$/.test(run)) continue;
      words.set(run, true);
      if (characters.length > 2 && /^\p{Script=Han}/u.test(run))
        for (let i = 0; i + 1 < characters.length; i += 1) {
          const pair = characters[i]! + characters[i + 1]!;
          if (!words.has(pair)) words.set(pair, false);
        }
    }
  return [...words].map(([term, word]) => ({ term, word }));
}

/**
 * The shared terms worth showing a reader, rarest first as given: the words only (a pair of kanji cut
 * out of a compound is not one), and of those none inside another shown one (移住 inside 移住定住).
 *
 * @example termsToShow(['移住定住', '定住', 'ツアー', '移住'], 5) //=> ['移住定住', 'ツアー']
 */
export function termsToShow(sharedWordsRarestFirst: readonly string[], limit: number): string[] {
  const shown = sharedWordsRarestFirst.filter(
    (term) => !sharedWordsRarestFirst.some((other) => other !== term && other.includes(term)),
  );
  return shown.slice(0, limit);
}
