/** How a derived figure was computed, in words and with its numbers, so no figure stands unexplained. */
export interface Formula {
  /** The rule in Japanese, e.g. 実績 ÷ 目標. */
  ja: string;
  /** The rule in English, e.g. actual ÷ target. */
  en: string;
  /** The rule with this figure's numbers, e.g. 2,214 ÷ 1,000 = 221.4%; null when it was not computed. */
  expression: string | null;
}

/** Why a derived figure was not computed. None of these is 0. */
export type NotComputedCode =
  | 'NO_TARGET'
  | 'NO_ACTUAL'
  | 'NO_BASELINE'
  | 'ZERO_DENOMINATOR'
  | 'MISSING_INPUT'
  | 'YEARS_DIFFER'
  | 'KIND_NOT_STATED'
  | 'DIRECTION_NOT_STATED'
  | 'NOT_MEANINGFUL';

export interface NotComputed {
  code: NotComputedCode;
  ja: string;
  en: string;
}

/** A derived figure: its value (null when not computed, with the reason), its formula, and whether it
 * rests on an input this product derived rather than one the source printed. */
export interface Derived {
  value: number | null;
  formula: Formula;
  notComputed: NotComputed | null;
  /** True when an input was itself derived (a target summed from yearly targets, a cost by difference). */
  derived: boolean;
}

const NUMBER = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('ja-JP', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** A number as expressions print it: separators, at most two decimals. */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** A ratio as a percentage to one decimal. @example formatPercent(2.214) //=> '221.4%' */
export function formatPercent(ratio: number): string {
  return `${PERCENT.format(ratio * 100)}%`;
}

/**
 * A computed figure's formula, its expression written out only when first read: a comparison holds
 * thousands of figures and most answers ask for their values alone. A class, not an object literal with
 * a getter: V8 builds the literal by a slow path that cost twenty-five times as much, once per figure.
 * The expression is a getter of the class: read it (`formula.expression`); a spread would leave it out.
 */
class FormulaWrittenWhenRead implements Formula {
  readonly ja: string;
  readonly en: string;
  #write: () => string;
  #written: string | undefined;

  constructor(rule: Omit<Formula, 'expression'>, write: () => string) {
    this.ja = rule.ja;
    this.en = rule.en;
    this.#write = write;
  }

  get expression(): string {
    return (this.#written ??= this.#write());
  }

  /** Written out whole, as the object literal it replaces was. */
  toJSON(): Formula {
    return { ja: this.ja, en: this.en, expression: this.expression };
  }
}

/** A computed figure, its expression written when read. */
export function computed(
  value: number,
  formula: Omit<Formula, 'expression'>,
  expression: () => string,
  derived = false,
): Derived {
  return {
    value,
    formula: new FormulaWrittenWhenRead(formula, expression),
    notComputed: null,
    derived,
  };
}

export function notComputed(
  formula: Omit<Formula, 'expression'>,
  reason: NotComputed,
  derived = false,
): Derived {
  return { value: null, formula: new RuleAlone(formula), notComputed: reason, derived };
}

/** The formula of a figure not computed: its rule, with no expression. */
class RuleAlone implements Formula {
  readonly ja: string;
  readonly en: string;
  readonly expression = null;

  constructor(rule: Omit<Formula, 'expression'>) {
    this.ja = rule.ja;
    this.en = rule.en;
  }
}

/** The reasons, worded once. */
export const REASONS = {
  noTarget: { code: 'NO_TARGET', ja: 'その年度の目標がない', en: 'no target for that year' },
  noActual: { code: 'NO_ACTUAL', ja: '実績が報告されていない', en: 'the actual is not reported' },
  noBaseline: {
    code: 'NO_BASELINE',
    ja: '基準値が報告されていない',
    en: 'the baseline is not reported',
  },
  zeroDenominator: {
    code: 'ZERO_DENOMINATOR',
    ja: '分母が 0（0 ÷ 0 などは計算しない）',
    en: 'the denominator is 0 (0 ÷ 0 and the like are not computed)',
  },
  missingInput: {
    code: 'MISSING_INPUT',
    ja: '計算に必要な値が報告されていない',
    en: 'an input is not reported',
  },
  yearsDiffer: {
    code: 'YEARS_DIFFER',
    ja: '費用と成果の対象年度が一致しない',
    en: 'the cost and the outcome cover different years',
  },
  directionNotStated: {
    code: 'DIRECTION_NOT_STATED',
    ja: '大きい方がよいか小さい方がよいかが資料に書かれていない',
    en: 'the source does not say whether higher or lower is better',
  },
  kindNotStated: {
    code: 'KIND_NOT_STATED',
    ja: '水準か年度の増分かが資料に書かれていない',
    en: "the source does not say whether the figure is a level or a year's addition",
  },
  notMeaningful: {
    code: 'NOT_MEANINGFUL',
    ja: 'この組み合わせでは意味をなさない',
    en: 'not meaningful for these figures',
  },
} as const satisfies Record<string, NotComputed>;

/**
 * An expression as English readers write money: ¥ before the figure, not 円 after it.
 *
 * @example expressionInEnglish('55,913,000円 − 18,040,000円 = 37,873,000円') //=> '¥55,913,000 − ¥18,040,000 = ¥37,873,000'
 */
export function expressionInEnglish(expression: string): string {
  return expression.replace(/(\d[\d,]*(?:\.\d+)?)円/g, '¥$1');
}
