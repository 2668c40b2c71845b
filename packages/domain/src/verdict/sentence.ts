import type { Formula } from '../derived/index.js';

/** A figure a sentence cites: its value, how each language writes it, and where it came from. */
export interface CitedFigure {
  /** Yen for money, 1.0 = 100 % for a rate, the count for a quantity; null for a missing value. */
  value: number | null;
  ja: string;
  en: string;
  /** The provenance record it was read from; null for a figure this product computed. */
  sourceId: number | null;
  /** How it was computed, for a figure this product computed. */
  formula: Formula | null;
}

/** A piece of a sentence: words, a cited figure, or the source's Japanese quoted in an English sentence. */
export interface SentencePart {
  text: string;
  figure: CitedFigure | null;
  lang: 'ja' | 'en';
}

/** A piece, or a list of pieces, as the builder takes them. */
export type Piece = string | CitedFigure | Quote | readonly Piece[];

/** The source's words, quoted as they are (they stay Japanese in an English sentence). */
export interface Quote {
  quote: string;
}

/** A run of kana, kanji or full-width forms. */
const JAPANESE_RUN = /([\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]+)/;

const isFigure = (piece: Piece): piece is CitedFigure =>
  typeof piece === 'object' && 'sourceId' in piece;
const isQuote = (piece: Piece): piece is Quote => typeof piece === 'object' && 'quote' in piece;

/**
 * Turns pieces into a sentence's parts for one language: strings are words of that language, figures
 * are written as that language writes them, quotes keep the source's Japanese. Adjacent words merge, so
 * a sentence has one part per run of words.
 */
export function partsOf(lang: 'ja' | 'en', ...pieces: Piece[]): SentencePart[] {
  const parts: SentencePart[] = [];
  const push = (part: SentencePart) => {
    const last = parts.at(-1);
    if (last && !last.figure && !part.figure && last.lang === part.lang) last.text += part.text;
    else parts.push(part);
  };
  const walk = (piece: Piece) => {
    if (typeof piece === 'string') {
      // Japanese in an English sentence (a name the dataset gives no English for) is marked as such.
      const runs = lang === 'en' ? piece.split(JAPANESE_RUN) : [piece];
      runs.forEach((run, index) => {
        if (run !== '') push({ text: run, figure: null, lang: index % 2 === 1 ? 'ja' : lang });
      });
    } else if (isFigure(piece)) {
      push({ text: lang === 'ja' ? piece.ja : piece.en, figure: piece, lang });
    } else if (isQuote(piece)) {
      push({ text: piece.quote, figure: null, lang: 'ja' });
    } else {
      for (const inner of piece as readonly Piece[]) walk(inner);
    }
  };
  pieces.forEach(walk);
  return parts;
}

/** Pieces with a separator between them. @example joined([a, b, c], '、') //=> [a, '、', b, '、', c] */
export function joined(items: readonly Piece[], separator: string, last = separator): Piece[] {
  return items.flatMap((item, index) =>
    index === 0 ? [item] : [index === items.length - 1 ? last : separator, item],
  );
}

/** The plain text of a sentence. */
export function sentenceText(parts: readonly SentencePart[]): string {
  return parts.map((part) => part.text).join('');
}
