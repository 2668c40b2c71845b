import type { Absence, ComparisonNote, CostSummary, Derived, Formula, Rollup } from '@muni/domain';
import type { DistributionRow, RankedProgram } from '../db/queries/rankings.js';
import type {
  AuditEvent,
  CostEntry,
  Kpi,
  KpiValue,
  Municipality,
  Program,
} from '../db/schema/index.js';

/** What resolvers of the small value types receive: the figure, why it is missing, and where it was read. */

export interface MeasureParent {
  value: number | null;
  absence: Absence | null;
  provenanceId: number | null;
}

export interface YenAmountParent {
  yen: number | null;
  absence: Absence | null;
  precisionYen: number;
  provenanceId: number | null;
}

export interface SourcedTextParent {
  value: string | null;
  absence: Absence | null;
  provenanceId: number | null;
}

export interface FiscalYearRangeParent {
  first: number;
  last: number;
}

export type PrefectureParent = Pick<
  Municipality,
  'prefectureCode' | 'prefectureJa' | 'prefectureEn'
>;

export interface FieldSourceParent {
  field: string;
  provenanceId: number;
}

export interface ProgramEdgeParent {
  cursor: string;
  node: Program;
}

export interface ProgramConnectionParent {
  edges: ProgramEdgeParent[];
  hasNextPage: boolean;
  totalCount: () => Promise<number>;
}

/** A KPI's yearly values, read as columns. */
export interface KpiSeriesParent {
  kpi: Kpi;
  values: readonly KpiValue[];
}

/** A program's cost lines, read as columns. */
export type CostLinesParent = readonly CostEntry[];

/** A derived figure with the unit its field gives it. */
export type DerivedFigureParent = Derived & { unit: 'RATIO' | 'YEN' | 'YEN_PER_UNIT' };

/** One program of a comparison, with everything its cells are computed from, loaded once. */
export interface ComparedProgramParent {
  program: Program;
  kpis: Kpi[];
  valuesByKpi: Map<number, KpiValue[]>;
  summaries: CostSummary[];
  axis: number[];
  missingYears: number[];
  rollup: Rollup;
}

export interface ComparedKpiParent {
  kpi: Kpi;
  values: KpiValue[];
  summaries: CostSummary[];
  axis: number[];
}

export interface ComparedKpiYearParent {
  kpi: Kpi;
  values: KpiValue[];
  fiscalYear: number;
  summary: CostSummary | null;
}

export interface ComparedCostYearParent {
  fiscalYear: number;
  summary: CostSummary | null;
  /** The shortest multi-year total holding the year, when it has no cost of its own. */
  coveredBy: CostSummary | null;
}

export interface FormulaEntryParent {
  name: string;
  nameEn: string;
  formula: Formula;
}

export interface ComparisonParent {
  axis: number[];
  programs: ComparedProgramParent[];
  notes: ComparisonNote[];
  formulas: FormulaEntryParent[];
  rollup: Rollup;
}

/** A page of the audit log, newest first. */
export interface ChangeConnectionParent {
  nodes: AuditEvent[];
  hasNextPage: boolean;
}

export interface RankingParent {
  metric: 'COST_PER_OUTCOME' | 'ACHIEVEMENT' | 'GRANT_SHARE' | 'LATEST_COST';
  ascending: boolean;
  /** Computed when asked for: percentiles over a whole policy area cost more than the page. */
  distribution: () => Promise<DistributionRow>;
  entries: RankedProgram[];
  totalCount: () => Promise<number>;
  highlight: RankedProgram | null;
  costBasis: 'total_cost' | 'project_cost' | null;
}
