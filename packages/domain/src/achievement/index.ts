import {
  computed,
  formatNumber,
  formatPercent,
  notComputed,
  REASONS,
  type Derived,
} from '../derived/index.js';
import type { Absence } from '../absence/index.js';

/** A stock is a level at the end of each year; an increment is what the year added. */
export type KpiKind = 'stock' | 'increment';
export type KpiDirection = 'higher_is_better' | 'lower_is_better';

/** A figure as stored: a value, or null with the reason it is missing. */
export interface Reading {
  value: number | null;
  absence: Absence | null;
}

const RATIO = { ja: '実績 ÷ 目標', en: 'actual ÷ target' };
const INVERSE_RATIO = {
  ja: '目標 ÷ 実績（小さいほどよい指標）',
  en: 'target ÷ actual (lower is better)',
};
const PROGRESS = {
  ja: '（実績 − 基準値）÷（目標 − 基準値）',
  en: '(actual − baseline) ÷ (target − baseline)',
};

function ratio(
  numerator: number,
  denominator: number,
  formula: { ja: string; en: string },
  derived = false,
): Derived {
  if (denominator === 0) return notComputed(formula, REASONS.zeroDenominator, derived);
  const value = numerator / denominator;
  return computed(
    value,
    formula,
    () => `${formatNumber(numerator)} ÷ ${formatNumber(denominator)} = ${formatPercent(value)}`,
    derived,
  );
}

const ratioRule = (direction: KpiDirection | null) =>
  direction === 'lower_is_better' ? INVERSE_RATIO : RATIO;

/**
 * The rule of a KPI's yearly achievement, in words: set by its kind and direction alone, so the same for
 * every year, and a page can be sent it once per KPI.
 */
export function achievementRule(
  kind: KpiKind | null,
  direction: KpiDirection | null,
): { ja: string; en: string } {
  return kind === 'increment' ? ratioRule(direction) : PROGRESS;
}

/** Actual over target, inverted where lower is better; not computed where neither is stated. */
export function actualOverTarget(
  direction: KpiDirection | null,
  target: number | null,
  actual: number | null,
): Derived {
  const formula = ratioRule(direction);
  if (target === null) return notComputed(formula, REASONS.noTarget);
  if (actual === null) return notComputed(formula, REASONS.noActual);
  if (direction === null) return notComputed(formula, REASONS.directionNotStated);
  return direction === 'higher_is_better'
    ? ratio(actual, target, formula)
    : ratio(target, actual, formula);
}

/**
 * The achievement of one fiscal year (達成率), by the KPI's kind. An increment: actual ÷ target. A stock:
 * the progress from the baseline to the target, (actual − baseline) ÷ (target − baseline), which reads
 * the same whichever way is better, since the target lies on the better side of the baseline.
 *
 * @example yearAchievement({ kind: 'increment', direction: 'higher_is_better', target: 1000, actual: 2214, baseline: 0 }).value //=> 2.214
 * @example yearAchievement({ kind: 'stock', direction: 'higher_is_better', target: 63, actual: 63, baseline: 60 }).value //=> 1
 */
export function yearAchievement(input: {
  kind: KpiKind | null;
  direction: KpiDirection | null;
  target: number | null;
  actual: number | null;
  baseline: number | null;
}): Derived {
  if (input.kind === null) return notComputed(PROGRESS, REASONS.kindNotStated);
  if (input.kind === 'increment')
    return actualOverTarget(input.direction, input.target, input.actual);
  if (input.target === null) return notComputed(PROGRESS, REASONS.noTarget);
  if (input.actual === null) return notComputed(PROGRESS, REASONS.noActual);
  if (input.baseline === null) return notComputed(PROGRESS, REASONS.noBaseline);
  const { actual, target, baseline } = input;
  const gained = actual - baseline;
  const planned = target - baseline;
  if (planned === 0) return notComputed(PROGRESS, REASONS.zeroDenominator);
  const value = gained / planned;
  return computed(
    value,
    PROGRESS,
    () =>
      `(${formatNumber(actual)} − ${formatNumber(baseline)}) ÷ (${formatNumber(target)} − ${formatNumber(baseline)}) = ${formatPercent(value)}`,
  );
}

const PLAN = {
  ja: '計画期間の累計実績 ÷ 計画期間の目標',
  en: 'plan-period running total ÷ plan-period target',
};
const PLAN_DERIVED = {
  ja: '計画期間の累計実績 ÷ 年度目標の合計（資料に計画期間の目標がないため派生）',
  en: 'plan-period running total ÷ sum of the yearly targets (derived: the source prints no plan-period target)',
};
const PLAN_STOCK = {
  ja: '（最新の実績 − 基準値）÷（計画期間の目標 − 基準値）',
  en: '(latest actual − baseline) ÷ (plan-period target − baseline)',
};
const LAST_TARGET_STOCK = {
  ja: '（最終年度の実績 − 基準値）÷（最終年度の目標 − 基準値）（資料に計画期間の目標がないため）',
  en: "(last target year's actual − baseline) ÷ (its target − baseline) (the source prints no plan-period target)",
};

/**
 * Achievement over the plan period. An increment: its running total (the printed plan-period actual, or
 * the last running total) over the plan-period target. Where the source prints no plan-period target,
 * the sum of the yearly targets stands in, flagged as derived, but only when every year either has a
 * target or has none by design (`－`); a year whose target is not reported leaves it not computed.
 * A stock: progress from the baseline to the plan-period target; where none is printed, to the last
 * year's target, with that year's actual (not an earlier one: a blank last year leaves it not computed).
 *
 * @example planAchievement({ kind: 'increment', direction: 'higher_is_better', planTarget: { value: null, absence: 'ambiguous' }, planActual: 45, yearlyTargets: [{ value: null, absence: 'not_applicable' }, { value: 20, absence: null }, { value: 20, absence: null }], latestActual: 22, baseline: 0 }).value //=> 1.125
 */
export function planAchievement(input: {
  kind: KpiKind | null;
  direction: KpiDirection | null;
  planTarget: Reading;
  /** The plan-period actual as printed, or the last running total. */
  planActual: number | null;
  yearlyTargets: readonly Reading[];
  /** The actuals of the same years, in the same order. */
  yearlyActuals?: readonly Reading[];
  latestActual: number | null;
  baseline: number | null;
}): Derived {
  if (input.kind === null) return notComputed(PLAN, REASONS.kindNotStated);
  if (input.kind === 'stock') {
    const printed = input.planTarget.value !== null;
    const last = input.yearlyTargets.findLastIndex((target) => target.value !== null);
    const formula = printed ? PLAN_STOCK : LAST_TARGET_STOCK;
    if (!printed && last < 0) return notComputed(formula, REASONS.noTarget);
    // The target is for the end of the period: the last year's actual, not an earlier one.
    const final = input.yearlyActuals?.length
      ? input.yearlyActuals.at(-1)!.value
      : input.latestActual;
    const actual = printed ? final : (input.yearlyActuals?.[last]?.value ?? null);
    if (actual === null) return notComputed(formula, REASONS.noActual);
    const progress = yearAchievement({
      ...input,
      target: printed ? input.planTarget.value : input.yearlyTargets[last]!.value,
      actual,
    });
    return progress.value === null
      ? notComputed(formula, progress.notComputed!)
      : computed(progress.value, formula, () => progress.formula.expression!);
  }
  if (input.planActual === null) return notComputed(PLAN, REASONS.noActual);
  if (input.direction === null) return notComputed(PLAN, REASONS.directionNotStated);
  if (input.planTarget.value !== null) {
    return input.direction === 'higher_is_better'
      ? ratio(input.planActual, input.planTarget.value, PLAN)
      : ratio(input.planTarget.value, input.planActual, PLAN);
  }
  const targets = input.yearlyTargets.filter((target) => target.absence !== 'not_applicable');
  if (targets.length === 0 || targets.some((target) => target.value === null)) {
    return notComputed(PLAN, REASONS.noTarget);
  }
  const sum = targets.reduce((total, target) => total + target.value!, 0);
  if (sum === 0) return notComputed(PLAN_DERIVED, REASONS.zeroDenominator, true);
  const planActual = input.planActual;
  const value = planActual / sum;
  return computed(
    value,
    PLAN_DERIVED,
    () =>
      `${formatNumber(planActual)} ÷ (${targets.map((target) => formatNumber(target.value!)).join(' + ')}) = ${formatPercent(value)}`,
    true,
  );
}

/** A status of achievement. */
export type KpiStatusCode =
  'ACHIEVED' | 'NEARLY_ACHIEVED' | 'NOT_MET' | 'NOT_IMPLEMENTED' | 'OTHER';

export interface KpiStatus {
  code: KpiStatusCode;
  /** The status in Japanese: the source's own word where it gives one. */
  labelJa: string;
  labelEn: string;
  /** Whether the source states it or this product computed it from the achievement. */
  origin: 'source' | 'computed';
}

const SOURCE_WORDS: Record<string, KpiStatusCode> = {
  達成: 'ACHIEVED',
  概ね達成: 'NEARLY_ACHIEVED',
  未達成: 'NOT_MET',
  未実施: 'NOT_IMPLEMENTED',
};

const LABELS: Record<KpiStatusCode, { ja: string; en: string }> = {
  ACHIEVED: { ja: '達成', en: 'achieved' },
  NEARLY_ACHIEVED: { ja: '概ね達成', en: 'nearly achieved' },
  NOT_MET: { ja: '未達成', en: 'not met' },
  NOT_IMPLEMENTED: { ja: '未実施', en: 'not implemented' },
  OTHER: { ja: 'その他', en: 'other' },
};

/** Where "nearly" begins: this product's rule (the US Department of Commerce draws "met" at 90 % too). */
export const NEARLY_ACHIEVED_FROM = 0.9;
// Ratios such as 9 ÷ 10 land a rounding error away from the line.
const EPSILON = 1e-9;

/**
 * The status of a value: the source's own word wins; otherwise achieved at 100 % or more, nearly
 * achieved from 90 % to under 100 %, not met under 90 %; null where there is neither word nor rate.
 *
 * @example kpiStatus(1.05, null) //=> { code: 'ACHIEVED', labelJa: '達成', labelEn: 'achieved', origin: 'computed' }
 */
export function kpiStatus(rate: number | null, sourceWord: string | null): KpiStatus | null {
  if (sourceWord !== null) return statusOf(SOURCE_WORDS[sourceWord.trim()] ?? 'OTHER', sourceWord);
  if (rate === null) return null;
  const code: KpiStatusCode =
    rate >= 1 - EPSILON
      ? 'ACHIEVED'
      : rate >= NEARLY_ACHIEVED_FROM - EPSILON
        ? 'NEARLY_ACHIEVED'
        : 'NOT_MET';
  return statusOf(code, null);
}

/**
 * A status in words from its code and the source's word, if the source gave one (which is then its
 * Japanese label and its origin): all a page needs to be sent to show a status as kpiStatus gives it.
 */
export function statusOf(code: KpiStatusCode, sourceWord: string | null): KpiStatus {
  return sourceWord === null
    ? { code, labelJa: LABELS[code].ja, labelEn: LABELS[code].en, origin: 'computed' }
    : { code, labelJa: sourceWord, labelEn: LABELS[code].en, origin: 'source' };
}

/** The two usual roll-ups and a third in use, over programs' KPI statuses (null: no status). */
export interface Rollup {
  kpiCount: number;
  kpisWithStatus: number;
  kpisAchieved: number;
  /** Share of KPIs with a status that are achieved. */
  shareOfKpisAchieved: Derived;
  programCount: number;
  programsWithStatus: number;
  programsAllAchieved: number;
  /** Share of programs (with at least one status) whose every KPI with a status is achieved. */
  shareOfProgramsAllAchieved: Derived;
  programsSomeAchieved: number;
  /** Share of programs (with at least one status) with at least one KPI achieved. */
  shareOfProgramsSomeAchieved: Derived;
}

const share = (part: number, whole: number, formula: { ja: string; en: string }) =>
  whole === 0
    ? notComputed(formula, REASONS.zeroDenominator)
    : computed(part / whole, formula, () => `${part} ÷ ${whole} = ${formatPercent(part / whole)}`);

/** The counts a roll-up is made of, as SQL can aggregate them over any number of programs. */
export type RollupCounts = Pick<
  Rollup,
  | 'kpiCount'
  | 'kpisWithStatus'
  | 'kpisAchieved'
  | 'programCount'
  | 'programsWithStatus'
  | 'programsAllAchieved'
  | 'programsSomeAchieved'
>;

/** The shares of a roll-up, from its counts. */
export function rollupFromCounts(counts: RollupCounts): Rollup {
  return {
    ...counts,
    shareOfKpisAchieved: share(counts.kpisAchieved, counts.kpisWithStatus, {
      ja: '達成した KPI の数 ÷ 状況のわかる KPI の数',
      en: 'KPIs achieved ÷ KPIs with a status',
    }),
    shareOfProgramsAllAchieved: share(counts.programsAllAchieved, counts.programsWithStatus, {
      ja: 'すべての KPI を達成した事業の数 ÷ 状況のわかる事業の数',
      en: 'programs with every KPI achieved ÷ programs with a status',
    }),
    shareOfProgramsSomeAchieved: share(counts.programsSomeAchieved, counts.programsWithStatus, {
      ja: '一つ以上の KPI を達成した事業の数 ÷ 状況のわかる事業の数',
      en: 'programs with at least one KPI achieved ÷ programs with a status',
    }),
  };
}

/**
 * Rolls statuses up. Each inner list is one program's KPIs. The shares differ on purpose: national
 * figures for regional grants gave 76 % of projects with one KPI met against 47 % of KPIs met.
 */
export function rollup(programs: readonly (readonly (KpiStatusCode | null)[])[]): Rollup {
  const statuses = programs.flat();
  const withStatus = statuses.filter((status) => status !== null);
  const rated = programs
    .map((kpis) => kpis.filter((status) => status !== null))
    .filter((kpis) => kpis.length > 0);
  return rollupFromCounts({
    kpiCount: statuses.length,
    kpisWithStatus: withStatus.length,
    kpisAchieved: withStatus.filter((status) => status === 'ACHIEVED').length,
    programCount: programs.length,
    programsWithStatus: rated.length,
    programsAllAchieved: rated.filter((kpis) => kpis.every((status) => status === 'ACHIEVED'))
      .length,
    programsSomeAchieved: rated.filter((kpis) => kpis.some((status) => status === 'ACHIEVED'))
      .length,
  });
}

/** A named rule, as a comparison lists the formulas it uses. */
export interface NamedFormula {
  name: string;
  nameEn: string;
  formula: { ja: string; en: string };
}

export const ACHIEVEMENT_FORMULAS: readonly NamedFormula[] = [
  {
    name: '年度の達成率（増分の KPI）',
    nameEn: 'achievement of a year (yearly increment)',
    formula: RATIO,
  },
  {
    name: '年度の達成率（ストックの KPI）',
    nameEn: 'achievement of a year (stock)',
    formula: PROGRESS,
  },
  {
    name: '実績 ÷ 目標（ストックの KPI にも併記）',
    nameEn: 'actual over target (also given for stocks)',
    formula: RATIO,
  },
  { name: '計画期間の達成率', nameEn: 'plan-period achievement', formula: PLAN },
  {
    name: '計画期間の達成率（目標が派生）',
    nameEn: 'plan-period achievement (derived target)',
    formula: PLAN_DERIVED,
  },
  {
    name: '達成状況（資料の語がないとき）',
    nameEn: 'status (where the source gives no word)',
    formula: {
      ja: '達成率 100% 以上で達成、90% 以上 100% 未満で概ね達成、90% 未満で未達成（90% はこの製品の基準）',
      en: 'achieved at 100 % or more, nearly achieved from 90 % to under 100 %, not met under 90 % (the 90 % line is this product’s rule)',
    },
  },
];
