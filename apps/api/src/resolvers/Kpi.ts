import type {
  KpiBaselineResolvers,
  KpiResolvers,
  KpiValueResolvers,
} from '../generated/resolvers.js';
import { toEnum } from '../graphql/values.js';

export const Kpi: KpiResolvers = {
  id: (kpi) => String(kpi.id),
  name: (kpi) => kpi.nameJa,
  kind: (kpi) => toEnum(kpi.kind),
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
  planStatus: (kpi) => ({
    value: kpi.planStatus,
    absence: null,
    provenanceId: kpi.planStatusProvenanceId,
  }),
  values: (kpi, _args, { loaders }) => loaders.kpiValuesByKpi.load(kpi.id),
};

export const KpiBaseline: KpiBaselineResolvers = {
  value: (kpi) => ({
    value: kpi.baselineValue,
    absence: kpi.baselineAbsence,
    provenanceId: kpi.baselineProvenanceId,
  }),
  fiscalYear: (kpi) => kpi.baselineFiscalYear,
  label: (kpi) => kpi.baselineLabel,
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
  status: (value) => ({
    value: value.status,
    absence: null,
    provenanceId: value.statusProvenanceId,
  }),
};
