import {
  computed,
  formatNumber,
  formatPercent,
  notComputed,
  REASONS,
  type Derived,
} from '../derived/index.js';
import type { KpiKind } from '../achievement/index.js';

export type CostCategory =
  | 'project_cost'
  | 'personnel_cost'
  | 'total_cost'
  | 'grant'
  | 'national_prefectural_subsidy'
  | 'national_subsidy'
  | 'prefectural_subsidy'
  | 'local_bond'
  | 'other_specific_revenue'
  | 'general_fund';

/** One cost line as stored: an amount for a fiscal year or a range of them. */
export interface CostLine {
  category: CostCategory;
  staffType: 'regular' | 'other' | null;
  first: number;
  last: number;
  yen: number | null;
  staffFte: number | null;
  /** An amount planned for the year (予算, 目標), not spent. */
  planned?: boolean;
}

const YEN = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 0 });
const SMALL_YEN = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 2 });

/** Yen in an expression: whole yen, or two decimals below 100 yen (0.23 円 per visitor). */
export function formatYenFigure(yen: number): string {
  return `${(Math.abs(yen) >= 100 ? YEN : SMALL_YEN).format(yen)}円`;
}

/** The line of a category for exactly these years; personnel lines only as their total (no staff type). */
function line(
  lines: readonly CostLine[],
  category: CostCategory,
  first: number,
  last: number,
): CostLine | undefined {
  return lines.find(
    (l) => l.category === category && l.first === first && l.last === last && l.staffType === null,
  );
}

const TOTAL = { ja: '事業費 + 人件費', en: 'project cost + personnel cost' };
const GRANT_SHARE = {
  ja: '交付金・国県支出金 ÷ 事業費',
  en: 'grant (or national and prefectural subsidy) ÷ project cost',
};
const GENERAL_FUND_SHARE = { ja: '一般財源 ÷ 事業費', en: 'general fund ÷ project cost' };
const OTHER_THAN_GRANT = {
  ja: '事業費 − 交付金・国県支出金',
  en: 'project cost − grant (or national and prefectural subsidy)',
};

/**
 * The rules of a cost summary's figures, each the same for every year: a page is sent each figure's
 * expression and reads its rule here, once.
 */
export const COST_RULES = {
  totalCost: TOTAL,
  grantShare: GRANT_SHARE,
  otherThanGrant: OTHER_THAN_GRANT,
} as const;

/** The costs of one fiscal year, or of one range of years that the source prints as a total. */
export interface CostSummary {
  first: number;
  last: number;
  projectCost: number | null;
  personnelCost: number | null;
  staffFte: number | null;
  /** Project plus personnel cost; null where either is not reported (a sum with a missing part is not reported). */
  totalCost: Derived;
  /** Grant plus national and prefectural subsidy, where either is reported. */
  grant: number | null;
  generalFund: number | null;
  grantShare: Derived;
  generalFundShare: Derived;
  /** The project cost a grant or subsidy did not meet: the municipality's share and any other source. */
  otherThanGrant: Derived;
  /** True when the figures were found by difference of printed totals, not printed themselves. */
  derived: boolean;
  /** True when the amounts are what the years plan to spend, not what they spent. */
  planned: boolean;
  /** For figures found by difference: the printed total and the printed years they were found from. */
  foundFrom?: { total: CostSummary; less: CostSummary[] };
}

function shareOf(
  part: number | null,
  whole: number | null,
  formula: { ja: string; en: string },
  derived: boolean,
): Derived {
  if (part === null || whole === null) return notComputed(formula, REASONS.missingInput, derived);
  if (whole === 0) return notComputed(formula, REASONS.zeroDenominator, derived);
  const value = part / whole;
  return computed(
    value,
    formula,
    () => `${formatYenFigure(part)} ÷ ${formatYenFigure(whole)} = ${formatPercent(value)}`,
    derived,
  );
}

function sumOf(values: readonly (number | null | undefined)[]): number | null {
  const present = values.filter((value): value is number => value !== null && value !== undefined);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
}

function summarize(
  figures: Omit<
    CostSummary,
    'totalCost' | 'grantShare' | 'generalFundShare' | 'otherThanGrant' | 'foundFrom'
  >,
  foundFrom?: CostSummary['foundFrom'],
): CostSummary {
  const { projectCost, personnelCost, derived } = figures;
  const totalCost =
    projectCost === null || personnelCost === null
      ? notComputed(TOTAL, REASONS.missingInput, derived)
      : computed(
          projectCost + personnelCost,
          TOTAL,
          () =>
            `${formatYenFigure(projectCost)} + ${formatYenFigure(personnelCost)} = ${formatYenFigure(projectCost + personnelCost)}`,
          derived,
        );
  // Fields named, not spread: a comparison summarises a hundred years of costs a request.
  const { first, last, staffFte, grant, generalFund, planned } = figures;
  const summary: CostSummary = {
    first,
    last,
    projectCost,
    personnelCost,
    staffFte,
    totalCost,
    grant,
    generalFund,
    grantShare: shareOf(grant, projectCost, GRANT_SHARE, derived),
    generalFundShare: shareOf(generalFund, projectCost, GENERAL_FUND_SHARE, derived),
    otherThanGrant: remainderOf(projectCost, grant, derived),
    derived,
    planned,
  };
  if (foundFrom) summary.foundFrom = foundFrom;
  return summary;
}

function remainderOf(projectCost: number | null, grant: number | null, derived: boolean): Derived {
  if (projectCost === null || grant === null)
    return notComputed(OTHER_THAN_GRANT, REASONS.missingInput, derived);
  const rest = projectCost - grant;
  return computed(
    rest,
    OTHER_THAN_GRANT,
    () => `${formatYenFigure(projectCost)} − ${formatYenFigure(grant)} = ${formatYenFigure(rest)}`,
    derived,
  );
}

const GRANT_LINES = [
  'grant',
  'national_prefectural_subsidy',
  'national_subsidy',
  'prefectural_subsidy',
] as const;

/** Grant and subsidies together; unknown when any of them is given without an amount, since a sum
 * that leaves a part out would read as complete. */
function grantOf(lines: readonly CostLine[], first: number, last: number): number | null {
  const given = GRANT_LINES.map((category) => line(lines, category, first, last)).filter(
    (entry) => entry !== undefined,
  );
  if (given.some((entry) => entry.yen === null)) return null;
  return sumOf(given.map((entry) => entry.yen));
}

function summaryOf(lines: readonly CostLine[], first: number, last: number): CostSummary {
  const personnel = line(lines, 'personnel_cost', first, last);
  return summarize({
    first,
    last,
    projectCost: line(lines, 'project_cost', first, last)?.yen ?? null,
    personnelCost: personnel?.yen ?? null,
    staffFte: personnel?.staffFte ?? null,
    grant: grantOf(lines, first, last),
    generalFund: line(lines, 'general_fund', first, last)?.yen ?? null,
    derived: false,
    planned: lines.some((l) => l.first === first && l.last === last && l.planned === true),
  });
}

const difference = (whole: number | null, part: number | null) =>
  whole === null || part === null ? null : whole - part;

/**
 * Every fiscal year and every printed range of years with their costs, in order; and, where a range's
 * total and some of its years are printed, the remaining years by difference, flagged as derived
 * (Asahi: FY2021–FY2023 less FY2023 gives FY2021–FY2022 together).
 */
export function costSummaries(lines: readonly CostLine[]): CostSummary[] {
  const ranges = [
    ...new Map(lines.map((l) => [`${l.first}-${l.last}`, [l.first, l.last] as const])).values(),
  ].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const summaries = ranges.map(([first, last]) => summaryOf(lines, first, last));
  const byDifference: CostSummary[] = [];
  for (const period of summaries.filter((s) => s.last > s.first)) {
    const years = summaries.filter(
      (s) => s.first === s.last && s.first >= period.first && s.last <= period.last,
    );
    const rest = Array.from(
      { length: period.last - period.first + 1 },
      (_, i) => period.first + i,
    ).filter((year) => !years.some((s) => s.first === year));
    const contiguous =
      rest.length > 0 &&
      rest.length < period.last - period.first + 1 &&
      rest.at(-1)! - rest[0]! === rest.length - 1;
    if (!contiguous || summaries.some((s) => s.first === rest[0] && s.last === rest.at(-1)))
      continue;
    // A plan less what was spent is neither: no difference across the two.
    if (years.some((s) => s.planned !== period.planned)) continue;
    const minus = (pick: (s: CostSummary) => number | null) =>
      years.reduce<number | null>((left, s) => difference(left, pick(s)), pick(period));
    byDifference.push(
      summarize(
        {
          first: rest[0]!,
          last: rest.at(-1)!,
          projectCost: minus((s) => s.projectCost),
          personnelCost: minus((s) => s.personnelCost),
          staffFte: null,
          grant: minus((s) => s.grant),
          generalFund: minus((s) => s.generalFund),
          derived: true,
          planned: period.planned,
        },
        { total: period, less: years },
      ),
    );
  }
  return [...summaries, ...byDifference].sort((a, b) => a.first - b.first || a.last - b.last);
}

/** The cost a per-unit figure divides: the total cost where it is known, else the project cost alone. */
export interface CostBasis {
  yen: number;
  basis: 'total_cost' | 'project_cost';
}

export function costBasisOf(summary: CostSummary): CostBasis | null {
  if (summary.totalCost.value !== null)
    return { yen: summary.totalCost.value, basis: 'total_cost' };
  if (summary.projectCost !== null) return { yen: summary.projectCost, basis: 'project_cost' };
  return null;
}

const BASIS_WORDS = {
  total_cost: { ja: '総費用', en: 'total cost' },
  project_cost: { ja: '事業費', en: 'project cost' },
} as const;

const perUnitFormulas = new Map<string, { ja: string; en: string }>();

/** The per-unit rule for a basis, kind and span, each worded once: a comparison asks for hundreds of
 * cells' figures, and there are a dozen rules. */
function perUnitFormula(basis: CostBasis['basis'] | null, kind: KpiKind | null, period: boolean) {
  const key = `${basis}|${kind}|${period}`;
  let rule = perUnitFormulas.get(key);
  if (!rule) perUnitFormulas.set(key, (rule = wordPerUnitFormula(basis, kind, period)));
  return rule;
}

function wordPerUnitFormula(
  basis: CostBasis['basis'] | null,
  kind: KpiKind | null,
  period: boolean,
) {
  const cost = BASIS_WORDS[basis ?? 'total_cost'];
  const outcome =
    kind === null
      ? { ja: '成果', en: 'the outcome' }
      : kind === 'increment'
        ? period
          ? { ja: '期間の累計実績', en: "the period's running total" }
          : { ja: 'その年度の実績', en: 'actual of the year' }
        : {
            ja: 'その年度の増加分（実績 − 前年度の水準）',
            en: "the year's change (actual − previous level)",
          };
  return {
    ja: `${period ? '複数年度の期間の' : 'その年度の'}${cost.ja} ÷ ${outcome.ja}（按分なし：事業全体の費用を KPI ごとに割るため、KPI 間で足し合わせない）`,
    en: `${period ? "a multi-year period's" : "the year's"} ${cost.en} ÷ ${outcome.en} (not apportioned: the whole program's cost is divided by each KPI in turn, so figures of two KPIs must not be added)`,
  };
}

/**
 * Cost per unit of outcome, not apportioned. An increment: the year's cost ÷ the year's actual. A stock:
 * the year's cost ÷ the year's change (actual − previous level). A plan period: the period's cost ÷ the
 * running total, only where the outcome covers every year the cost does.
 *
 * @example costPerUnit({ kind: 'increment', cost: { yen: 18040000, basis: 'project_cost' }, outcome: 2214 }).value //=> 8148.15...
 * @example costPerUnit({ kind: 'stock', cost: { yen: 327000, basis: 'total_cost' }, outcome: 63, previousLevel: 60 }).value //=> 109000
 */
export function costPerUnit(input: {
  kind: KpiKind | null;
  cost: CostBasis | null;
  outcome: number | null;
  previousLevel?: number | null;
  period?: boolean;
  /** For a plan period: false when the outcome does not cover every year the cost covers. */
  yearsMatch?: boolean;
  derived?: boolean;
}): Derived {
  const formula = perUnitFormula(input.cost?.basis ?? null, input.kind, input.period ?? false);
  const derived = input.derived ?? false;
  if (input.kind === null) return notComputed(formula, REASONS.kindNotStated, derived);
  if (input.yearsMatch === false) return notComputed(formula, REASONS.yearsDiffer, derived);
  if (input.cost === null || input.outcome === null)
    return notComputed(formula, REASONS.missingInput, derived);
  const { cost, outcome, previousLevel } = input;
  let units = outcome;
  let unitsText = () => formatNumber(outcome);
  if (input.kind === 'stock') {
    if (previousLevel === null || previousLevel === undefined) {
      return notComputed(formula, REASONS.missingInput, derived);
    }
    units = outcome - previousLevel;
    unitsText = () => `(${formatNumber(outcome)} − ${formatNumber(previousLevel)})`;
  }
  if (units <= 0)
    return notComputed(
      formula,
      units === 0 ? REASONS.zeroDenominator : REASONS.notMeaningful,
      derived,
    );
  const value = cost.yen / units;
  return computed(
    value,
    formula,
    () => `${formatYenFigure(cost.yen)} ÷ ${unitsText()} = ${formatYenFigure(value)}`,
    derived,
  );
}

export const COST_FORMULAS = [
  { name: '総費用', nameEn: 'total cost', formula: TOTAL },
  { name: '交付金割合', nameEn: 'grant share', formula: GRANT_SHARE },
  { name: '一般財源割合', nameEn: 'general-fund share', formula: GENERAL_FUND_SHARE },
  { name: '交付金以外', nameEn: 'other than grant', formula: OTHER_THAN_GRANT },
  {
    name: '成果単位あたり費用（増分の KPI）',
    nameEn: 'cost per unit (yearly increment)',
    formula: perUnitFormula('total_cost', 'increment', false),
  },
  {
    name: '成果単位あたり費用（ストックの KPI）',
    nameEn: 'cost per unit (stock)',
    formula: perUnitFormula('total_cost', 'stock', false),
  },
  {
    name: '成果単位あたり費用（複数年度）',
    nameEn: 'cost per unit (several years)',
    formula: perUnitFormula('total_cost', 'increment', true),
  },
] as const;
