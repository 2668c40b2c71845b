import type { Resolvers } from '../generated/resolvers.js';
import { CostPerUnit, CostSummary, Rollup } from './analytics.js';
import {
  ComparedCostYear,
  ComparedKpi,
  ComparedKpiYear,
  ComparedProgram,
  Comparison,
  ComparisonNote,
} from './Comparison.js';
import { CostEntry, CostLines } from './CostEntry.js';
import { Activity, ActivityYear, Evaluation } from './Evaluation.js';
import { FiscalYear, FiscalYearRange } from './FiscalYear.js';
import { Kpi, KpiBaseline, KpiSeries, KpiValue } from './Kpi.js';
import { FundingYear, Municipality, PolicyNode, Prefecture } from './Municipality.js';
import {
  FieldSource,
  Narrative,
  PlanLevel,
  PrintedUnitCost,
  Program,
  ProgramConnection,
} from './Program.js';
import { Provenance, SourceDocument } from './Provenance.js';
import { Query } from './Query.js';
import { Ranking, RankingEntry } from './Ranking.js';
import {
  CitedFigure,
  DerivedFigure,
  Formula,
  KpiStatus,
  Measure,
  SentencePart,
  SourcedText,
  VerdictSentence,
  YenAmount,
} from './values.js';
import { Yen } from './Yen.js';
import { Change, ChangeConnection, DateTime } from './Change.js';
import { Mutation } from './Mutation.js';
import { toEnum } from '../graphql/values.js';

export const resolvers: Resolvers = {
  Query,
  Ranking,
  RankingEntry,
  Mutation,
  Yen,
  DateTime,
  Change,
  ChangeConnection,
  ApiCaller: { role: (caller) => toEnum(caller.role) },
  FiscalYear,
  FiscalYearRange,
  Provenance,
  SourceDocument,
  Measure,
  YenAmount,
  SourcedText,
  Municipality,
  PolicyNode,
  FundingYear,
  Prefecture,
  Program,
  PrintedUnitCost,
  VerdictSentence,
  SentencePart,
  CitedFigure,
  ProgramConnection,
  PlanLevel,
  FieldSource,
  Narrative,
  Kpi,
  KpiBaseline,
  KpiValue,
  KpiSeries,
  CostEntry,
  CostLines,
  Evaluation,
  Activity,
  ActivityYear,
  DerivedFigure,
  Formula,
  KpiStatus,
  Rollup,
  CostSummary,
  CostPerUnit,
  Comparison,
  ComparedProgram,
  ComparedKpi,
  ComparedKpiYear,
  ComparedCostYear,
  ComparisonNote,
};
