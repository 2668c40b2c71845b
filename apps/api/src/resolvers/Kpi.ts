import { currentFigures, planFigures, yearFigures } from '../analytics/kpi.js';
import type {
  KpiBaselineResolvers,
  KpiResolvers,
  KpiValueResolvers,
} from '../generated/resolvers.js';
import { glossOf, ratio, toEnum } from '../graphql/values.js';
import { historyPage } from '../graphql/history.js';
import { kpiValueKey, programKey } from '../audit/facts.js';

export const Kpi: KpiResolvers = {
  id: (kpi) => String(kpi.id),
  name: (kpi) => kpi.nameJa,
  shortName: (kpi) => kpi.shortName ?? kpi.nameJa,
  shortNameEn: (kpi) => kpi.shortNameEn ?? kpi.nameEn,
  kind: (kpi) => toEnum(kpi.kind),
  role: (kpi) => toEnum(kpi.role),
  direction: (kpi) => toEnum(kpi.direction),
  source: async (kpi, _args, { loaders }) => (await loaders.provenance.load(kpi.provenanceId))!,
  kindSource: async (kpi, _args, { loaders }) =>
    (await loaders.provenance.load(kpi.kindProvenanceId))!,
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
  planAchievement: async (kpi, _args, { loaders }) =>
    ratio(planFigures(await loaders.kpiValuesOf(kpi), kpi).achievement),
  planStatus: async (kpi, _args, { loaders }) =>
    planFigures(await loaders.kpiValuesOf(kpi), kpi).status,
  currentStatus: async (kpi, _args, { loaders }) =>
    currentFigures(await loaders.kpiValuesOf(kpi), kpi).status,
  values: (kpi, _args, { loaders }) => loaders.kpiValuesOf(kpi),
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
  achievement: async (value, _args, { loaders }) =>
    ratio(yearFigures((await loaders.kpi.load(value.kpiId))!, value).achievement),
  actualOverTarget: async (value, _args, { loaders }) =>
    ratio(yearFigures((await loaders.kpi.load(value.kpiId))!, value).actualOverTarget),
  status: async (value, _args, { loaders }) =>
    yearFigures((await loaders.kpi.load(value.kpiId))!, value).status,
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
