import type {
  CostPerUnitResolvers,
  CostSummaryResolvers,
  RollupResolvers,
} from '../generated/resolvers.js';
import { inUnit, ratio, toEnum, yen } from '../graphql/values.js';

export const Rollup: RollupResolvers = {
  shareOfKpisAchieved: (rollup) => ratio(rollup.shareOfKpisAchieved),
  shareOfProgramsAllAchieved: (rollup) => ratio(rollup.shareOfProgramsAllAchieved),
  shareOfProgramsSomeAchieved: (rollup) => ratio(rollup.shareOfProgramsSomeAchieved),
};

export const CostSummary: CostSummaryResolvers = {
  fiscalYears: (summary) => ({ first: summary.first, last: summary.last }),
  amountKind: (summary) => (summary.planned ? 'PLAN' : 'ACTUAL'),
  totalCost: (summary) => yen(summary.totalCost),
  grantShare: (summary) => ratio(summary.grantShare),
  generalFundShare: (summary) => ratio(summary.generalFundShare),
  otherThanGrant: (summary) => yen(summary.otherThanGrant),
};

export const CostPerUnit: CostPerUnitResolvers = {
  fiscalYears: (entry) => ({ first: entry.first, last: entry.last }),
  costBasis: (entry) => toEnum(entry.basis),
  figure: (entry) => inUnit(entry.figure, 'YEN_PER_UNIT'),
  description: (entry) => entry.describe().ja,
  descriptionEn: (entry) => entry.describe().en,
};
