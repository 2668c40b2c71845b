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
