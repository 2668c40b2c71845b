import type {
  FieldSourceResolvers,
  NarrativeResolvers,
  PlanLevelResolvers,
  PrintedUnitCostResolvers,
  ProgramConnectionResolvers,
  ProgramResolvers,
} from '../generated/resolvers.js';
import { rollup, termsToShow } from '@muni/domain';
import { costPerUnitFigures, summariesOf, type PlanPeriod } from '../analytics/cost.js';
import { currentFigures } from '../analytics/kpi.js';
import { verdictOf } from '../analytics/verdict.js';
import type { Context } from '../context.js';
import type { Program as ProgramRow } from '../db/schema/index.js';
import { fromEnum, glossOf, toEnum } from '../graphql/values.js';
import { badUserInput } from '../graphql/errors.js';
import { historyPage } from '../graphql/history.js';
import { turnFor } from '../graphql/time-slice.js';
import { allHeld, whenHeld, type Held } from '../loaders/held.js';
import type { Kpi, KpiValue } from '../db/schema/index.js';

/** A program's KPIs with their values, through the request's loaders, once it is this request's
 * turn to compute from them. */
function kpisWithValues(
  program: ProgramRow,
  context: Context,
): Held<{ kpis: Kpi[]; valuesByKpi: Map<number, KpiValue[]> }> {
  const { loaders } = context;
  return whenHeld(loaders.kpisByProgram.get(program.id), (kpis) =>
    whenHeld(allHeld(kpis.map((kpi) => loaders.kpiValuesOf(kpi))), (values) =>
      whenHeld(turnFor(context.clock), () => ({
        kpis,
        valuesByKpi: new Map(kpis.map((kpi, index) => [kpi.id, values[index]!])),
      })),
    ),
  );
}

export const planPeriodOf = (program: ProgramRow): PlanPeriod =>
  program.planFirstFiscalYear === null || program.planLastFiscalYear === null
    ? null
    : { first: program.planFirstFiscalYear, last: program.planLastFiscalYear };

export const Program: ProgramResolvers = {
  id: (program) => String(program.id),
  municipality: (program, _args, { loaders }) => loaders.municipality.row(program.municipalityId),
  name: (program) => program.nameJa,
  numberAssigned: async (program, _args, { loaders }) => {
    const sources = await loaders.fieldSourcesByProgram.get(program.id);
    const number = sources.find((source) => source.field === 'number');
    const provenance = number ? await loaders.provenance.load(number.provenanceId) : null;
    return provenance?.origin === 'editorial';
  },
  departmentEn: (program, _args, context) => glossOf(context, program.id, program.department),
  divisionEn: (program, _args, context) => glossOf(context, program.id, program.division),
  fundingSchemeNameEn: (program, _args, context) =>
    glossOf(context, program.id, program.fundingSchemeName),
  budgetLineEn: (program, _args, context) => glossOf(context, program.id, program.budgetLine),
  fundingScheme: (program) => toEnum(program.fundingScheme),
  planPeriod: planPeriodOf,
  planHierarchy: (program, _args, { loaders }) => loaders.planLevelsByProgram.get(program.id),
  document: (program, _args, { loaders }) => loaders.document.row(program.documentId),
  fieldSources: (program, _args, { loaders }) => loaders.fieldSourcesByProgram.get(program.id),
  sources: (program, _args, { loaders }) => loaders.sourcesByProgram.get(program.id),
  documents: (program, _args, { loaders }) => loaders.documentsByProgram.get(program.id),
  kpis: (program, _args, { loaders }) => loaders.kpisByProgram.get(program.id),
  costs: (program, _args, { loaders }) => loaders.costsByProgram.get(program.id),
  costLines: (program, _args, { loaders }) => loaders.costsByProgram.get(program.id),
  evaluations: (program, _args, { loaders }) => loaders.evaluationsByProgram.get(program.id),
  activities: (program, _args, { loaders }) => loaders.activitiesByProgram.get(program.id),
  narratives: (program, { kinds }, { loaders }) =>
    whenHeld(loaders.narrativesByProgram.get(program.id), (narratives) => {
      if (!kinds) return narratives;
      const wanted = new Set(kinds.map(fromEnum));
      return narratives.filter((narrative) => wanted.has(narrative.kind));
    }),
  costSummaries: (program, _args, context) =>
    whenHeld(context.loaders.costsByProgram.get(program.id), (costs) =>
      whenHeld(turnFor(context.clock), () => summariesOf(costs)),
    ),
  costPerUnit: (program, { computed }, context) =>
    whenHeld(kpisWithValues(program, context), ({ kpis, valuesByKpi }) =>
      whenHeld(context.loaders.costsByProgram.get(program.id), (costs) =>
        costPerUnitFigures(kpis, valuesByKpi, summariesOf(costs), planPeriodOf(program)).filter(
          (entry) => !computed || entry.figure.value !== null,
        ),
      ),
    ),
  printedUnitCosts: (program, _args, { loaders }) =>
    loaders.printedUnitCostsByProgram.get(program.id),
  verdict: (program, _args, context) => verdictOf(program, context.loaders, context.clock),
  kpiRollup: (program, _args, context) =>
    whenHeld(kpisWithValues(program, context), ({ kpis, valuesByKpi }) =>
      rollup([
        kpis.map((kpi) => currentFigures(valuesByKpi.get(kpi.id) ?? [], kpi).status?.code ?? null),
      ]),
    ),
  lastChangedAt: (program, _args, { loaders }) =>
    whenHeld(loaders.lastChangeByProgram.get(program.id), (last) => last?.at ?? null),
  history: (program, { first, after }, { loaders }) =>
    historyPage(loaders, { programId: program.id }, first, after),
  similar: async (program, { scope, first }, { loaders }) => {
    if (!Number.isInteger(first) || first < 1 || first > 20)
      throw badUserInput('first', `must be between 1 and 20, got ${first}`);
    const lists = await loaders.similarPrograms.load({ programId: program.id, first });
    return (scope === 'SAME_MUNICIPALITY' ? lists.same : lists.other).map((row) => ({
      program: row.program,
      sharedTerms: termsToShow(row.sharedTerms, 5),
    }));
  },
  export: (program, { format }, { loaders }) =>
    loaders.exportFile.load({ programId: program.id, format: fromEnum(format) }),
  dataYears: (program, _args, { loaders }) =>
    whenHeld(loaders.summaryByProgram.get(program.id), (summary) =>
      summary?.dataFirstFiscalYear != null && summary.dataLastFiscalYear != null
        ? { first: summary.dataFirstFiscalYear, last: summary.dataLastFiscalYear }
        : null,
    ),
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
  levelEn: (level, _args, context) => glossOf(context, level.programId, level.level),
  nameEn: (level, _args, context) => glossOf(context, level.programId, level.name),
  source: (level, _args, { loaders }) => loaders.provenance.row(level.provenanceId),
};

export const FieldSource: FieldSourceResolvers = {
  source: (fieldSource, _args, { loaders }) => loaders.provenance.row(fieldSource.provenanceId),
};

export const Narrative: NarrativeResolvers = {
  kind: (narrative) => toEnum(narrative.kind),
  fiscalYear: (narrative) => narrative.fiscalYear,
  headingEn: (narrative, _args, context) =>
    glossOf(context, narrative.programId, narrative.heading),
  textEn: (narrative, _args, context) => glossOf(context, narrative.programId, narrative.text),
  kpi: (narrative, _args, { loaders }) =>
    narrative.kpiId === null ? null : loaders.kpi.get(narrative.kpiId),
  source: (narrative, _args, { loaders }) => loaders.provenance.row(narrative.provenanceId),
};

export const PrintedUnitCost: PrintedUnitCostResolvers = {
  fiscalYear: (cost) => cost.fiscalYear,
  targetCount: (cost) => ({
    value: cost.targetCount,
    absence: cost.targetCountAbsence,
    provenanceId: cost.targetCountProvenanceId,
  }),
  targetUnitEn: (cost, _args, context) => glossOf(context, cost.programId, cost.targetUnit),
  targetDefinition: (cost) =>
    cost.targetDefinitionProvenanceId === null
      ? null
      : {
          value: cost.targetDefinition,
          absence: null,
          provenanceId: cost.targetDefinitionProvenanceId,
        },
  unitCost: (cost) => ({
    value: cost.unitCostYen,
    absence: cost.unitCostAbsence,
    provenanceId: cost.unitCostProvenanceId,
  }),
  formula: (cost) =>
    cost.formulaProvenanceId === null
      ? null
      : { value: cost.formula, absence: null, provenanceId: cost.formulaProvenanceId },
};
