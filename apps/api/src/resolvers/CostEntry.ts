import type { CostEntryResolvers } from '../generated/resolvers.js';
import { toEnum } from '../graphql/values.js';

export const CostEntry: CostEntryResolvers = {
  category: (cost) => toEnum(cost.category),
  staffType: (cost) => toEnum(cost.staffType),
  fiscalYears: (cost) => ({ first: cost.fiscalYearFrom, last: cost.fiscalYearTo }),
  amount: (cost) => ({
    yen: cost.amountYen,
    absence: cost.amountAbsence,
    precisionYen: cost.precisionYen,
    provenanceId: cost.provenanceId,
  }),
  staffFte: (cost) =>
    cost.staffFteProvenanceId === null
      ? null
      : { value: cost.staffFte, absence: null, provenanceId: cost.staffFteProvenanceId },
  staffHours: (cost) =>
    cost.staffHoursProvenanceId === null
      ? null
      : { value: cost.staffHours, absence: null, provenanceId: cost.staffHoursProvenanceId },
  amountKind: (cost) => toEnum(cost.amountKind),
};
