import { currentFigures, planFigures, yearFigures } from '../analytics/kpi.js';
import type {
  KpiBaselineResolvers,
  KpiResolvers,
  KpiValueResolvers,
} from '../generated/resolvers.js';
import { glossOf, ratio, toEnum } from '../graphql/values.js';
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
