import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types from the shared SDL. Each GraphQL type is mapped to what its resolvers receive: a row
 * of the database (`mappers`), so a resolver's parent is typed as it really is.
 */
const config: CodegenConfig = {
  schema: '../../packages/schema/src/*.graphql',
  generates: {
    'src/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        useIndexSignature: true,
        contextType: '../context.js#Context',
        mapperTypeSuffix: 'Row',
        scalars: { Yen: 'number', ID: 'string', DateTime: 'Date' },
        mappers: {
          FiscalYear: 'number',
          FiscalYearRange: '../graphql/parents.js#FiscalYearRangeParent',
          Provenance: '../db/schema/index.js#Provenance',
          SourceDocument: '../db/schema/index.js#SourceDocument',
          Measure: '../graphql/parents.js#MeasureParent',
          YenAmount: '../graphql/parents.js#YenAmountParent',
          SourcedText: '../graphql/parents.js#SourcedTextParent',
          Prefecture: '../graphql/parents.js#PrefectureParent',
          Municipality: '../db/schema/index.js#Municipality',
          Program: '../db/schema/index.js#Program',
          ProgramConnection: '../graphql/parents.js#ProgramConnectionParent',
          ProgramEdge: '../graphql/parents.js#ProgramEdgeParent',
          PlanLevel: '../db/schema/index.js#PlanLevel',
          FieldSource: '../graphql/parents.js#FieldSourceParent',
          Narrative: '../db/schema/index.js#Narrative',
          Kpi: '../db/schema/index.js#Kpi',
          KpiBaseline: '../db/schema/index.js#Kpi',
          KpiValue: '../db/schema/index.js#KpiValue',
          KpiSeries: '../graphql/parents.js#KpiSeriesParent',
          CostEntry: '../db/schema/index.js#CostEntry',
          Evaluation: '../db/schema/index.js#Evaluation',
          Activity: '../db/schema/index.js#Activity',
          ActivityYear: '../db/schema/index.js#ActivityYear',
          Formula: '@muni/domain#Formula',
          DerivedFigure: '../graphql/parents.js#DerivedFigureParent',
          KpiStatus: '../analytics/kpi.js#SourcedStatus',
          Rollup: '@muni/domain#Rollup',
          CostSummary: '@muni/domain#CostSummary',
          CostPerUnit: '../analytics/cost.js#CostPerUnitFigure',
          Comparison: '../graphql/parents.js#ComparisonParent',
          ComparedProgram: '../graphql/parents.js#ComparedProgramParent',
          ComparedKpi: '../graphql/parents.js#ComparedKpiParent',
          ComparedKpiYear: '../graphql/parents.js#ComparedKpiYearParent',
          ComparedCostYear: '../graphql/parents.js#ComparedCostYearParent',
          ComparisonNote: '@muni/domain#ComparisonNote',
          FormulaEntry: '../graphql/parents.js#FormulaEntryParent',
          Ranking: '../graphql/parents.js#RankingParent',
          RankingEntry: '../db/queries/rankings.js#RankedProgram',
          Change: '../db/schema/index.js#AuditEvent',
          ChangeConnection: '../graphql/parents.js#ChangeConnectionParent',
          ApiCaller: '../auth/caller.js#Caller',
          PrintedUnitCost: '../db/schema/index.js#PrintedUnitCost',
          VerdictSentence: '@muni/domain#VerdictSentence',
          SentencePart: '@muni/domain#SentencePart',
          CitedFigure: '@muni/domain#CitedFigure',
          PolicyNode: '@muni/domain#PolicyNode',
          FundingYear: '@muni/domain#FundingYear',
        },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
