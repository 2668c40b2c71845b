import type {
  FieldSourceResolvers,
  NarrativeResolvers,
  PlanLevelResolvers,
  ProgramConnectionResolvers,
  ProgramResolvers,
} from '../generated/resolvers.js';
import { rollup } from '@muni/domain';
import { costPerUnitFigures, summariesOf } from '../analytics/cost.js';
import { currentFigures } from '../analytics/kpi.js';
import type { Context } from '../context.js';
import type { Program as ProgramRow } from '../db/schema/index.js';
import { fromEnum, toEnum } from '../graphql/values.js';
import { historyPage } from '../graphql/history.js';

/** A program's KPIs with their values, through the request's loaders. */
async function kpisWithValues(program: ProgramRow, { loaders }: Context) {
  const kpis = await loaders.kpisByProgram.load(program.id);
  const values = await Promise.all(kpis.map((kpi) => loaders.kpiValuesByKpi.load(kpi.id)));
  return { kpis, valuesByKpi: new Map(kpis.map((kpi, index) => [kpi.id, values[index]!])) };
}

export const Program: ProgramResolvers = {
  id: (program) => String(program.id),
  municipality: async (program, _args, { loaders }) =>
    (await loaders.municipality.load(program.municipalityId))!,
  name: (program) => program.nameJa,
  fundingScheme: (program) => toEnum(program.fundingScheme),
  planPeriod: (program) =>
    program.planFirstFiscalYear === null || program.planLastFiscalYear === null
      ? null
      : { first: program.planFirstFiscalYear, last: program.planLastFiscalYear },
  planHierarchy: (program, _args, { loaders }) => loaders.planLevelsByProgram.load(program.id),
  document: async (program, _args, { loaders }) =>
    (await loaders.document.load(program.documentId))!,
  fieldSources: (program, _args, { loaders }) => loaders.fieldSourcesByProgram.load(program.id),
  kpis: (program, _args, { loaders }) => loaders.kpisByProgram.load(program.id),
  costs: (program, _args, { loaders }) => loaders.costsByProgram.load(program.id),
  evaluations: (program, _args, { loaders }) => loaders.evaluationsByProgram.load(program.id),
  activities: (program, _args, { loaders }) => loaders.activitiesByProgram.load(program.id),
  narratives: async (program, { kinds }, { loaders }) => {
    const narratives = await loaders.narrativesByProgram.load(program.id);
    if (!kinds) return narratives;
    const wanted = new Set(kinds.map(fromEnum));
    return narratives.filter((narrative) => wanted.has(narrative.kind));
  },
  costSummaries: async (program, _args, { loaders }) =>
    summariesOf(await loaders.costsByProgram.load(program.id)),
  costPerUnit: async (program, _args, context) => {
    const [{ kpis, valuesByKpi }, costs] = await Promise.all([
      kpisWithValues(program, context),
      context.loaders.costsByProgram.load(program.id),
    ]);
    return costPerUnitFigures(kpis, valuesByKpi, summariesOf(costs));
  },
  kpiRollup: async (program, _args, context) => {
    const { kpis, valuesByKpi } = await kpisWithValues(program, context);
    return rollup([
      kpis.map((kpi) => currentFigures(valuesByKpi.get(kpi.id) ?? [], kpi).status?.code ?? null),
    ]);
  },
  lastChangedAt: async (program, _args, { loaders }) =>
    (await loaders.lastChangeByProgram.load(program.id))?.at ?? null,
  history: (program, { first, after }, { loaders }) =>
    historyPage(loaders, { programId: program.id }, first, after),
  export: (program, { format }, { loaders }) =>
    loaders.exportFile.load({ programId: program.id, format: fromEnum(format) }),
  dataYears: async (program, _args, { loaders }) => {
    const summary = await loaders.programSummary.load(program.id);
    return summary?.dataFirstFiscalYear != null && summary.dataLastFiscalYear != null
      ? { first: summary.dataFirstFiscalYear, last: summary.dataLastFiscalYear }
      : null;
  },
};

export const ProgramConnection: ProgramConnectionResolvers = {
  nodes: (connection) => connection.edges.map((edge) => edge.node),
  pageInfo: (connection) => ({
    hasNextPage: connection.hasNextPage,
    endCursor: connection.edges.at(-1)?.cursor ?? null,
  }),
  totalCount: (connection) => connection.totalCount(),
};

export const PlanLevel: PlanLevelResolvers = {
  source: async (level, _args, { loaders }) => (await loaders.provenance.load(level.provenanceId))!,
};

export const FieldSource: FieldSourceResolvers = {
  source: async (fieldSource, _args, { loaders }) =>
    (await loaders.provenance.load(fieldSource.provenanceId))!,
};

export const Narrative: NarrativeResolvers = {
  kind: (narrative) => toEnum(narrative.kind),
  fiscalYear: (narrative) => narrative.fiscalYear,
  kpi: (narrative, _args, { loaders }) =>
    narrative.kpiId === null ? null : loaders.kpi.load(narrative.kpiId),
  source: async (narrative, _args, { loaders }) =>
    (await loaders.provenance.load(narrative.provenanceId))!,
};
