import {
  costBasisOf,
  costPerUnit,
  costSummaries,
  describePerUnit,
  type CostBasis,
  type CostLine,
  type CostSummary,
  type Derived,
} from '@muni/domain';
import type { CostEntry, Kpi, KpiValue } from '../db/schema/index.js';
import { kpiWords, previousLevel } from './kpi.js';
import { memoizedOn } from './memo.js';

export function costLines(entries: readonly CostEntry[]): CostLine[] {
  return entries.map((entry) => ({
    category: entry.category,
    staffType: entry.staffType,
    first: entry.fiscalYearFrom,
    last: entry.fiscalYearTo,
    yen: entry.amountYen,
    staffFte: entry.staffFte,
    planned: entry.amountKind === 'plan',
  }));
}

/** A program's cost summaries, computed once per list of its cost entries. */
export const summariesOf = memoizedOn((entries: readonly CostEntry[]): CostSummary[] =>
  costSummaries(costLines(entries)),
);

export interface CostPerUnitFigure {
  kpi: Kpi;
  first: number;
  last: number;
  basis: 'total_cost' | 'project_cost' | null;
  figure: Derived;
  /** What it divides by what, in a sentence; written when read, as most answers never ask. */
  describe(): { ja: string; en: string };
}

/** The plan period, where the program has one, so a range equal to it is called so. */
export type PlanPeriod = { first: number; last: number } | null;

/** Whether a KPI has an actual in every year of a range (a `－` year has none). */
function coversEveryYear(values: readonly KpiValue[], first: number, last: number): boolean {
  for (let year = first; year <= last; year += 1) {
    if (values.find((value) => value.fiscalYear === year)?.actual == null) return false;
  }
  return true;
}

/**
 * A KPI's cost per unit for a year or a range of years, with what it divides by what, in a sentence
 * written when read. A class, as a comparison makes one for each of its hundreds of cells.
 */
class PerUnitFigure implements CostPerUnitFigure {
  readonly basis: 'total_cost' | 'project_cost' | null;

  constructor(
    readonly kpi: Kpi,
    readonly first: number,
    readonly last: number,
    private readonly costBasis: CostBasis | null,
    private readonly planPeriod: boolean,
    private readonly outcome: number | null,
    private readonly previousLevel: number | null,
    readonly figure: Derived,
  ) {
    this.basis = costBasis?.basis ?? null;
  }

  describe() {
    const { shortName, unit } = kpiWords(this.kpi);
    return describePerUnit({
      first: this.first,
      last: this.last,
      planPeriod: this.planPeriod,
      basis: this.basis,
      costYen: this.costBasis?.yen ?? null,
      kind: this.kpi.kind,
      kpiName: shortName,
      unit,
      outcome: this.outcome,
      previousLevel: this.previousLevel,
      figure: this.figure,
    });
  }
}

/** Cost per unit of a KPI in a year with no cost of its own: not computed, the domain says why. */
export function perUnitWithoutCost(kpi: Kpi, fiscalYear: number): CostPerUnitFigure {
  const figure = costPerUnit({ kind: kpi.kind, cost: null, outcome: null });
  return new PerUnitFigure(kpi, fiscalYear, fiscalYear, null, false, null, null, figure);
}

/** Cost per unit of one KPI for one cost summary: a single year, or a range ending in the plan's last year. */
export function costPerUnitFor(
  kpi: Kpi,
  values: readonly KpiValue[],
  summary: CostSummary,
  plan: PlanPeriod = null,
): CostPerUnitFigure {
  const cost = costBasisOf(summary);
  const previous = previousLevel(kpi, values, summary.first);
  const planPeriod = plan !== null && plan.first === summary.first && plan.last === summary.last;
  const period = summary.first !== summary.last;
  // Over several years an increment's outcome is its running total at the end of the range; a stock's
  // is the change from the level before the range. A year's is its actual.
  const end = values.find((value) => value.fiscalYear === summary.last);
  const outcome =
    period && kpi.kind === 'increment' ? (end?.runningTotal ?? null) : (end?.actual ?? null);
  const figure = costPerUnit({
    kind: kpi.kind,
    cost,
    outcome,
    previousLevel: previous,
    period,
    yearsMatch: period
      ? coversEveryYear(values, summary.first, summary.last) &&
        (kpi.kind === 'stock' || summary.first === values[0]?.fiscalYear)
      : undefined,
    derived: summary.derived,
  });
  return new PerUnitFigure(
    kpi,
    summary.first,
    summary.last,
    cost,
    planPeriod,
    outcome,
    previous,
    figure,
  );
}

/** Cost per unit for every KPI and every cost summary whose years the KPI has entries for. */
export function costPerUnitFigures(
  kpis: readonly Kpi[],
  valuesByKpi: ReadonlyMap<number, readonly KpiValue[]>,
  summaries: readonly CostSummary[],
  plan: PlanPeriod = null,
): CostPerUnitFigure[] {
  return kpis.flatMap((kpi) => {
    const values = valuesByKpi.get(kpi.id) ?? [];
    return summaries
      .filter((summary) =>
        values.some(
          (value) => value.fiscalYear >= summary.first && value.fiscalYear <= summary.last,
        ),
      )
      .map((summary) => costPerUnitFor(kpi, values, summary, plan));
  });
}
