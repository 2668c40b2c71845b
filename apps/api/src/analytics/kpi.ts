import {
  kpiStatus,
  planAchievement,
  yearAchievement,
  actualOverTarget,
  type Bilingual,
  type Derived,
  type KpiStatus,
} from '@muni/domain';
import type { Kpi, KpiValue } from '../db/schema/index.js';
import { memoizedOn } from './memo.js';

/** A status with where the source's word was read, for the API to trace it. */
export type SourcedStatus = KpiStatus & { provenanceId: number | null };

/** A KPI as sentences name it: its short name and its unit, in both languages. */
export function kpiWords(kpi: Kpi): { shortName: Bilingual; unit: Bilingual } {
  return {
    shortName: { ja: kpi.shortName ?? kpi.nameJa, en: kpi.shortNameEn ?? kpi.nameEn ?? kpi.nameJa },
    unit: { ja: kpi.unit, en: kpi.unitEn ?? kpi.unit },
  };
}

/** The level before a year: the previous year's actual, or the baseline when it is that year's. */
export function previousLevel(
  kpi: Kpi,
  values: readonly KpiValue[],
  fiscalYear: number,
): number | null {
  const previous = values.find((value) => value.fiscalYear === fiscalYear - 1);
  if (previous?.actual != null) return previous.actual;
  return kpi.baselineFiscalYear === fiscalYear - 1 ? kpi.baselineValue : null;
}

/** The figures this product derives for one year of a KPI. */
export function yearFigures(kpi: Kpi, value: KpiValue | undefined) {
  return value ? yearFiguresOfValue(value, kpi) : deriveYearFigures(kpi, undefined);
}

/** A value belongs to one KPI, so the value alone keys its figures. */
const yearFiguresOfValue = memoizedOn((value: KpiValue, kpi: Kpi) => deriveYearFigures(kpi, value));

function deriveYearFigures(kpi: Kpi, value: KpiValue | undefined) {
  const achievement: Derived = yearAchievement({
    kind: kpi.kind,
    direction: kpi.direction,
    target: value?.target ?? null,
    actual: value?.actual ?? null,
    baseline: kpi.baselineValue,
  });
  const status = kpiStatus(achievement.value, value?.status ?? null);
  return {
    achievement,
    actualOverTarget: actualOverTarget(kpi.direction, value?.target ?? null, value?.actual ?? null),
    status: status && sourced(status, value?.statusProvenanceId ?? null),
  };
}

/** A status with where the source's word was read, if it is the source's (fields named, not spread:
 * a comparison makes hundreds). */
function sourced(status: KpiStatus, provenanceId: number | null): SourcedStatus {
  const { code, labelJa, labelEn, origin } = status;
  return {
    code,
    labelJa,
    labelEn,
    origin,
    provenanceId: origin === 'source' ? provenanceId : null,
  };
}

/** Achievement and status over the plan period; a KPI's list of values keys them, as it belongs to that KPI. */
export const planFigures = memoizedOn((values: readonly KpiValue[], kpi: Kpi) => {
  const latest = values.filter((value) => value.actual !== null).at(-1);
  const runningTotal =
    values.filter((value) => value.runningTotal !== null).at(-1)?.runningTotal ?? null;
  const achievement = planAchievement({
    kind: kpi.kind,
    direction: kpi.direction,
    planTarget: { value: kpi.planTarget, absence: kpi.planTargetAbsence },
    planActual: kpi.planActual ?? runningTotal,
    yearlyTargets: values.map((value) => ({ value: value.target, absence: value.targetAbsence })),
    yearlyActuals: values.map((value) => ({ value: value.actual, absence: value.actualAbsence })),
    latestActual: latest?.actual ?? null,
    baseline: kpi.baselineValue,
  });
  const hasPlan = kpi.planTarget !== null || kpi.planActual !== null || kpi.planStatus !== null;
  const status = hasPlan ? kpiStatus(achievement.value, kpi.planStatus) : null;
  return {
    achievement,
    status: status && sourced(status, kpi.planStatusProvenanceId),
  };
});

/**
 * The status roll-ups count: the plan-period status where there is one, else the latest year with a
 * status. One status per KPI, so a KPI is never counted twice.
 */
export const currentFigures = memoizedOn(
  (
    values: readonly KpiValue[],
    kpi: Kpi,
  ): { status: SourcedStatus | null; achievement: number | null } => {
    const plan = planFigures(values, kpi);
    if (plan.status) return { status: plan.status, achievement: plan.achievement.value };
    for (const value of [...values].reverse()) {
      const figures = yearFigures(kpi, value);
      if (figures.status) return { status: figures.status, achievement: figures.achievement.value };
    }
    return { status: null, achievement: null };
  },
);
