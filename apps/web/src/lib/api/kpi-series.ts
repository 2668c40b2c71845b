import { statusOf } from '@muni/domain';
import type { Absence, KpiSeriesFieldsFragment, KpiStatusCode, StatusOrigin } from './generated';

/** A reading of one year (target or actual), its source named by id as the answer names it. */
interface YearReading {
  value: number | null;
  absence: Absence | null;
  source: { id: string } | null;
}

/** One year of a KPI as the page's tables, charts and verdict neighbours read it. */
interface KpiYear {
  fiscalYear: { year: number };
  target: YearReading;
  actual: YearReading;
  runningTotal: { value: number | null };
  status: { code: KpiStatusCode; label: string; labelEn: string; origin: StatusOrigin } | null;
  achievement: {
    value: number | null;
    unit: 'RATIO';
    formula: { ja?: string; en?: string; expression?: string | null; expressionEn?: string | null };
    notComputed: string | null;
    /** A year's achievement rests on the printed target and actual alone. */
    derived: false;
  };
}

/** Replaces each KPI's `series` (columns) by `values`, a row per year. */
type WithKpiYears<Kpi> = Omit<Kpi, 'series'> & { values: KpiYear[] };

function readingAt(
  values: readonly (number | null)[],
  absences: readonly (Absence | null)[],
  sources: readonly (string | null)[],
  index: number,
): YearReading {
  const source = sources[index] ?? null;
  return {
    value: values[index] ?? null,
    absence: absences[index] ?? null,
    source: source === null ? null : { id: source },
  };
}

/**
 * A KPI's years, one row each, from the columns the API sends: the answer carries the achievement's rule
 * once per KPI, and each row gets it back beside its own expression; a status comes as its code and the
 * source's word, and is worded by the same domain rule the API judged it by.
 */
function kpiYears(series: KpiSeriesFieldsFragment): KpiYear[] {
  const rule = series.achievementRule;
  return series.years.map((year, i) => {
    const code = series.statuses[i] ?? null;
    const status = code === null ? null : statusOf(code, series.statusTexts[i] ?? null);
    return {
      fiscalYear: { year },
      target: readingAt(series.targets, series.targetAbsences, series.targetSources, i),
      actual: readingAt(series.actuals, series.actualAbsences, series.actualSources, i),
      runningTotal: { value: series.runningTotals[i] ?? null },
      status: status && {
        code: status.code,
        label: status.labelJa,
        labelEn: status.labelEn,
        origin: status.origin === 'source' ? 'SOURCE' : 'COMPUTED',
      },
      achievement: {
        value: series.achievements[i] ?? null,
        unit: 'RATIO',
        formula: {
          ...rule,
          ...(series.achievementExpressions && {
            expression: series.achievementExpressions[i] ?? null,
          }),
          ...(series.achievementExpressionsEn && {
            expressionEn: series.achievementExpressionsEn[i] ?? null,
          }),
        },
        notComputed: series.achievementsNotComputed[i] ?? null,
        derived: false,
      },
    };
  });
}

function withYears<Kpi extends { series: KpiSeriesFieldsFragment }>(kpi: Kpi): WithKpiYears<Kpi> {
  const { series, ...rest } = kpi;
  return { ...rest, values: kpiYears(series) };
}

/** A program whose KPIs carry their years as rows again. */
export function withKpiYears<
  Program extends { kpis: readonly { series: KpiSeriesFieldsFragment }[] },
>(program: Program): Omit<Program, 'kpis'> & { kpis: WithKpiYears<Program['kpis'][number]>[] } {
  const { kpis, ...rest } = program;
  return { ...rest, kpis: kpis.map((kpi: Program['kpis'][number]) => withYears(kpi)) };
}
