import { costPerUnit } from '@muni/domain';
import { costPerUnitFor } from '../analytics/cost.js';
import { yearFigures } from '../analytics/kpi.js';
import type {
  ComparedCostYearResolvers,
  ComparedKpiResolvers,
  ComparedKpiYearResolvers,
  ComparedProgramResolvers,
  ComparisonNoteResolvers,
  ComparisonResolvers,
} from '../generated/resolvers.js';
import { ratio } from '../graphql/values.js';

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
    entry.axis.map((fiscalYear) => ({
      fiscalYear,
      summary: entry.summaries.find((s) => s.first === fiscalYear && s.last === fiscalYear) ?? null,
    })),
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

export const ComparedKpiYear: ComparedKpiYearResolvers = {
  value: (cell) => cell.values.find((value) => value.fiscalYear === cell.fiscalYear) ?? null,
  achievement: (cell) =>
    ratio(
      yearFigures(
        cell.kpi,
        cell.values.find((value) => value.fiscalYear === cell.fiscalYear),
      ).achievement,
    ),
  // A year with no cost of its own has no per-unit figure: the domain says so, with the formula.
  costPerUnit: (cell) => ({
    ...(cell.summary
      ? costPerUnitFor(cell.kpi, cell.values, cell.summary).figure
      : costPerUnit({ kind: cell.kpi.kind, cost: null, outcome: null })),
    unit: 'YEN_PER_UNIT',
  }),
};

export const ComparedCostYear: ComparedCostYearResolvers = {
  fiscalYear: (entry) => entry.fiscalYear,
};

export const ComparisonNote: ComparisonNoteResolvers = {
  message: (note) => note.ja,
  messageEn: (note) => note.en,
  programs: async (note, _args, { loaders }) =>
    (await Promise.all(note.programIds.map((id) => loaders.program.load(Number(id))))).filter(
      (p) => p !== null,
    ),
};
