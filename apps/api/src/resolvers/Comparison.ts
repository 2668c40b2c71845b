import { costPerUnitFor, perUnitWithoutCost } from '../analytics/cost.js';
import { yearFigures } from '../analytics/kpi.js';
import type {
  ComparedCostYearResolvers,
  ComparedKpiResolvers,
  ComparedKpiYearResolvers,
  ComparedProgramResolvers,
  ComparisonNoteResolvers,
  ComparisonResolvers,
} from '../generated/resolvers.js';
import type { ComparedKpiYearParent } from '../graphql/parents.js';
import { inUnit, ratio } from '../graphql/values.js';
import { memoizedOn } from '../analytics/memo.js';

export const Comparison: ComparisonResolvers = {
  fiscalYears: (comparison) => comparison.axis,
  kpiRollup: (comparison) => comparison.rollup,
};

export const ComparedProgram: ComparedProgramResolvers = {
  kpis: (entry) =>
    entry.kpis.map((kpi) => ({
      kpi,
      values: entry.valuesByKpi.get(kpi.id) ?? [],
      summaries: entry.summaries,
      axis: entry.axis,
    })),
  costYears: (entry) =>
    entry.axis.map((fiscalYear) => {
      const summary =
        entry.summaries.find((s) => s.first === fiscalYear && s.last === fiscalYear) ?? null;
      // The shortest total that holds the year: FY2021–FY2022 by difference before FY2021–FY2023.
      const coveredBy = summary
        ? null
        : (entry.summaries
            .filter((s) => s.first < s.last && s.first <= fiscalYear && s.last >= fiscalYear)
            .sort((a, b) => a.last - a.first - (b.last - b.first))[0] ?? null);
      return { fiscalYear, summary, coveredBy };
    }),
  costPeriods: (entry) => entry.summaries.filter((summary) => summary.last > summary.first),
  kpiRollup: (entry) => entry.rollup,
};

export const ComparedKpi: ComparedKpiResolvers = {
  years: (entry) =>
    entry.axis.map((fiscalYear) => ({
      kpi: entry.kpi,
      values: entry.values,
      fiscalYear,
      summary: entry.summaries.find((s) => s.first === fiscalYear && s.last === fiscalYear) ?? null,
    })),
};

/** The per-unit figure of a cell: none for a year with no cost of its own, the domain says why. Worked
 * out once per cell, however many of its fields ask. */
const cellPerUnit = memoizedOn((cell: ComparedKpiYearParent) =>
  cell.summary
    ? costPerUnitFor(cell.kpi, cell.values, cell.summary)
    : perUnitWithoutCost(cell.kpi, cell.fiscalYear),
);

export const ComparedKpiYear: ComparedKpiYearResolvers = {
  value: (cell) => cell.values.find((value) => value.fiscalYear === cell.fiscalYear) ?? null,
  achievement: (cell) =>
    ratio(
      yearFigures(
        cell.kpi,
        cell.values.find((value) => value.fiscalYear === cell.fiscalYear),
      ).achievement,
    ),
  costPerUnit: (cell) => inUnit(cellPerUnit(cell).figure, 'YEN_PER_UNIT'),
  costPerUnitDescription: (cell) => cellPerUnit(cell).describe().ja,
  costPerUnitDescriptionEn: (cell) => cellPerUnit(cell).describe().en,
  absence: (cell) =>
    cell.values.some((value) => value.fiscalYear === cell.fiscalYear) ? null : 'OUTSIDE_DOCUMENT',
};

export const ComparedCostYear: ComparedCostYearResolvers = {
  fiscalYear: (entry) => entry.fiscalYear,
  absence: (entry) =>
    entry.summary ? null : entry.coveredBy ? 'IN_MULTI_YEAR_TOTAL' : 'OUTSIDE_DOCUMENT',
};

export const ComparisonNote: ComparisonNoteResolvers = {
  message: (note) => note.ja,
  messageEn: (note) => note.en,
  programs: async (note, _args, { loaders }) =>
    (await Promise.all(note.programIds.map((id) => loaders.program.load(Number(id))))).filter(
      (p) => p !== null,
    ),
};
