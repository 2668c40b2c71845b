import type { CostEntryResolvers, CostLinesResolvers } from '../generated/resolvers.js';
import { provenanceIdOf, toEnum } from '../graphql/values.js';

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

/** Each column holds, line by line, what the same field of `costs` holds. */
export const CostLines: CostLinesResolvers = {
  categories: (lines) => lines.map((line) => toEnum(line.category)),
  staffTypes: (lines) => lines.map((line) => toEnum(line.staffType)),
  firstYears: (lines) => lines.map((line) => line.fiscalYearFrom),
  lastYears: (lines) => lines.map((line) => line.fiscalYearTo),
  amounts: (lines) => lines.map((line) => line.amountYen),
  amountAbsences: (lines) => lines.map((line) => toEnum(line.amountAbsence)),
  amountPrecisions: (lines) => lines.map((line) => line.precisionYen),
  amountSources: (lines) => lines.map((line) => provenanceIdOf(line.provenanceId)),
  staffFtes: (lines) =>
    lines.map((line) => (line.staffFteProvenanceId === null ? null : line.staffFte)),
  staffFteSources: (lines) => lines.map((line) => provenanceIdOf(line.staffFteProvenanceId)),
};
