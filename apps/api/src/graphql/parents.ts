import type { Municipality, Program } from '../db/schema/index.js';

/** What resolvers of the small value types receive: the figure, why it is missing, and where it was read. */
type Absence = 'not_reported' | 'not_applicable' | 'ambiguous';

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
