import { currentFigures, planFigures, yearFigures } from '../analytics/kpi.js';
import { achievementRule, expressionInEnglish } from '@muni/domain';
import type {
  KpiBaselineResolvers,
  KpiResolvers,
  KpiSeriesResolvers,
  KpiValueResolvers,
} from '../generated/resolvers.js';
import { glossOf, provenanceIdOf, ratio, toEnum } from '../graphql/values.js';
import { historyPage } from '../graphql/history.js';
import { kpiValueKey, programKey } from '../audit/facts.js';
import { whenHeld } from '../loaders/held.js';

export const Kpi: KpiResolvers = {
  id: (kpi) => String(kpi.id),
  name: (kpi) => kpi.nameJa,
  shortName: (kpi) => kpi.shortName ?? kpi.nameJa,
  shortNameEn: (kpi) => kpi.shortNameEn ?? kpi.nameEn,
  kind: (kpi) => toEnum(kpi.kind),
  role: (kpi) => toEnum(kpi.role),
  direction: (kpi) => toEnum(kpi.direction),
  source: (kpi, _args, { loaders }) => loaders.provenance.row(kpi.provenanceId),
  kindSource: (kpi, _args, { loaders }) => loaders.provenance.row(kpi.kindProvenanceId),
  baseline: (kpi) => (kpi.baselineProvenanceId === null ? null : kpi),
  planTarget: (kpi) => ({
    value: kpi.planTarget,
    absence: kpi.planTargetAbsence,
    provenanceId: kpi.planTargetProvenanceId,
  }),
  planActual: (kpi) => ({
    value: kpi.planActual,
    absence: kpi.planActualAbsence,
    provenanceId: kpi.planActualProvenanceId,
  }),
  planStatusText: (kpi) => ({
    value: kpi.planStatus,
    absence: null,
    provenanceId: kpi.planStatusProvenanceId,
  }),
  planAchievement: (kpi, _args, { loaders }) =>
    whenHeld(loaders.kpiValuesOf(kpi), (values) => ratio(planFigures(values, kpi).achievement)),
  planStatus: (kpi, _args, { loaders }) =>
    whenHeld(loaders.kpiValuesOf(kpi), (values) => planFigures(values, kpi).status),
  currentStatus: (kpi, _args, { loaders }) =>
    whenHeld(loaders.kpiValuesOf(kpi), (values) => currentFigures(values, kpi).status),
  values: (kpi, _args, { loaders }) => loaders.kpiValuesOf(kpi),
  series: (kpi, _args, { loaders }) =>
    whenHeld(loaders.kpiValuesOf(kpi), (values) => ({ kpi, values })),
};

export const KpiBaseline: KpiBaselineResolvers = {
  value: (kpi) => ({
    value: kpi.baselineValue,
    absence: kpi.baselineAbsence,
    provenanceId: kpi.baselineProvenanceId,
  }),
  fiscalYear: (kpi) => kpi.baselineFiscalYear,
  label: (kpi) => kpi.baselineLabel,
  labelEn: (kpi, _args, context) => glossOf(context, kpi.programId, kpi.baselineLabel),
};

export const KpiValue: KpiValueResolvers = {
  fiscalYear: (value) => value.fiscalYear,
  target: (value) => ({
    value: value.target,
    absence: value.targetAbsence,
    provenanceId: value.targetProvenanceId,
  }),
  actual: (value) => ({
    value: value.actual,
    absence: value.actualAbsence,
    provenanceId: value.actualProvenanceId,
  }),
  runningTotal: (value) => ({
    value: value.runningTotal,
    absence: value.runningTotalAbsence,
    provenanceId: value.runningTotalProvenanceId,
  }),
  statusText: (value) => ({
    value: value.status,
    absence: null,
    provenanceId: value.statusProvenanceId,
  }),
  achievement: (value, _args, { loaders }) =>
    whenHeld(loaders.kpi.row(value.kpiId), (kpi) => ratio(yearFigures(kpi, value).achievement)),
  actualOverTarget: (value, _args, { loaders }) =>
    whenHeld(loaders.kpi.row(value.kpiId), (kpi) =>
      ratio(yearFigures(kpi, value).actualOverTarget),
    ),
  status: (value, _args, { loaders }) =>
    whenHeld(loaders.kpi.row(value.kpiId), (kpi) => yearFigures(kpi, value).status),
  history: async (value, { first, after }, { loaders }) => {
    // Named by natural key, so the history outlives a replaced record's ids.
    const kpi = (await loaders.kpi.load(value.kpiId))!;
    const program = (await loaders.program.load(kpi.programId))!;
    const municipality = (await loaders.municipality.load(program.municipalityId))!;
    const key = kpiValueKey(
      programKey(municipality.code, program.number),
      kpi.position,
      value.fiscalYear,
    );
    return historyPage(
      loaders,
      { entity: 'kpi_value', entityKey: key, programId: program.id },
      first,
      after,
    );
  },
};

/** Each column holds, year by year, what the same field of `values` holds. */
export const KpiSeries: KpiSeriesResolvers = {
  years: ({ values }) => values.map((value) => value.fiscalYear),
  targets: ({ values }) => values.map((value) => value.target),
  targetAbsences: ({ values }) => values.map((value) => toEnum(value.targetAbsence)),
  targetSources: ({ values }) => values.map((value) => provenanceIdOf(value.targetProvenanceId)),
  actuals: ({ values }) => values.map((value) => value.actual),
  actualAbsences: ({ values }) => values.map((value) => toEnum(value.actualAbsence)),
  actualSources: ({ values }) => values.map((value) => provenanceIdOf(value.actualProvenanceId)),
  runningTotals: ({ values }) => values.map((value) => value.runningTotal),
  statuses: ({ kpi, values }) =>
    values.map((value) => yearFigures(kpi, value).status?.code ?? null),
  statusTexts: ({ values }) => values.map((value) => value.status),
  achievements: ({ kpi, values }) =>
    values.map((value) => yearFigures(kpi, value).achievement.value),
  achievementsNotComputed: ({ kpi, values }) =>
    values.map((value) => yearFigures(kpi, value).achievement.notComputed?.code ?? null),
  achievementExpressions: ({ kpi, values }) =>
    values.map((value) => yearFigures(kpi, value).achievement.formula.expression),
  achievementExpressionsEn: ({ kpi, values }) =>
    values.map((value) => {
      const { expression } = yearFigures(kpi, value).achievement.formula;
      return expression && expressionInEnglish(expression);
    }),
  achievementRule: ({ kpi }) => ({ ...achievementRule(kpi.kind, kpi.direction), expression: null }),
};
