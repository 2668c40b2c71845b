import { REASONS } from '@muni/domain';
import { askedIn, type Lang } from '../i18n';

/** A formula as a page asks for it: in the page's language only (FormulaFields). */
export interface FormulaText {
  ja?: string;
  en?: string;
  expression?: string | null;
  expressionEn?: string | null;
}

/** The rule in words (actual ÷ target), in the page's language. */
export const ruleIn = (lang: Lang, formula: FormulaText): string =>
  askedIn(lang, formula.ja, formula.en);

/** The rule with the figure's numbers (2,214 ÷ 1,000 = 221.4%), or null when it was not computed. */
export const expressionIn = (lang: Lang, formula: FormulaText): string | null =>
  askedIn(lang, formula.expression, formula.expressionEn);

const REASON_WORDS = new Map<string, { ja: string; en: string }>(
  Object.values(REASONS).map((reason) => [reason.code, reason]),
);

/**
 * Why a figure was not computed, in the page's language: the API names the reason by its code and
 * the words are the shared domain's, so an answer does not carry the same sentence for every figure.
 */
export function reasonIn(lang: Lang, code: string): string {
  const words = REASON_WORDS.get(code);
  if (!words) throw new Error(`no words for the reason ${code}`);
  return words[lang];
}
