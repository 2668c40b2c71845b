import {
  COMPARISON_FORMULAS,
  comparisonNotes,
  costBasisOf,
  fiscalYearAxis,
  rollup,
  type ComparedProgramFacts,
  type CostSummary,
} from '@muni/domain';
import { GraphQLError } from 'graphql';
import type { Kpi, KpiValue } from '../db/schema/index.js';
import type { ComparedProgramParent, ComparisonParent } from '../graphql/parents.js';
import type { Loaders } from '../loaders/index.js';
import { turnFor } from '../graphql/time-slice.js';
import type { OperationClock } from '../graphql/operation-deadline.js';
import { summariesOf } from './cost.js';
import { currentFigures } from './kpi.js';

/** How many programs one comparison may hold: enough for fifty peer cities, bounded for the server. */
export const MAX_COMPARED = 50;

/** The fiscal years a program has any figure for: KPI targets or actuals, baselines (unless left out),
 * single-year costs. */
export function yearsWithFigures(
  kpis: readonly Kpi[],
  valuesByKpi: ReadonlyMap<number, readonly KpiValue[]>,
  summaries: readonly CostSummary[],
  { baselines = true } = {},
): number[] {
  const years = new Set<number>();
  for (const kpi of kpis) {
    if (baselines && kpi.baselineFiscalYear !== null && kpi.baselineValue !== null)
      years.add(kpi.baselineFiscalYear);
    for (const value of valuesByKpi.get(kpi.id) ?? []) {
      if (value.target !== null || value.actual !== null) years.add(value.fiscalYear);
    }
  }
  for (const summary of summaries) {
    if (summary.first === summary.last && !summary.derived && costBasisOf(summary))
      years.add(summary.first);
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * Loads every program of a comparison through the request's loaders (so the statements do not grow with
 * the number of programs), aligns them on one fiscal-year axis and states what may not be compared.
 */
export async function buildComparison(
  loaders: Loaders,
  clock: OperationClock,
  ids: readonly number[],
  from: number | null,
  to: number | null,
): Promise<ComparisonParent> {
  const programs = await Promise.all(
    ids.map(async (id) => {
      // Each program's whole record, all of them in one statement.
      const program = (await loaders.record.load(id))?.program;
      if (!program) {
        throw new GraphQLError(`program ${id} was not found`, {
          extensions: { code: 'NOT_FOUND', argumentName: 'programIds' },
        });
      }
      return program;
    }),
  );
  const loaded = await Promise.all(
    programs.map(async (program) => {
      const [kpis, costs, document, municipality] = await Promise.all([
        loaders.kpisByProgram.get(program.id),
        loaders.costsByProgram.get(program.id),
        loaders.document.load(program.documentId),
        loaders.municipality.load(program.municipalityId),
      ]);
      const values = await Promise.all(kpis.map((kpi) => loaders.kpiValuesOf(kpi)));
      await turnFor(clock);
      const valuesByKpi = new Map(kpis.map((kpi, index) => [kpi.id, values[index]!]));
      const summaries = summariesOf(costs);
      const facts: ComparedProgramFacts = {
        id: String(program.id),
        name: `${municipality?.nameJa ?? ''} ${program.nameJa}`.trim(),
        nameEn:
          `${municipality?.nameEn ?? municipality?.nameJa ?? ''} ${program.nameEn ?? program.nameJa}`.trim(),
        form: document?.formName ?? '',
        formEn: document?.formNameEn ?? document?.formName ?? '',
        kpis: kpis.map((kpi) => ({
          kind: kpi.kind,
          unit: kpi.unit,
          unitEn: kpi.unitEn ?? kpi.unit,
        })),
        yearsWithFigures: yearsWithFigures(kpis, valuesByKpi, summaries),
        reportedYears: yearsWithFigures(kpis, valuesByKpi, summaries, { baselines: false }),
        blankActualYears: [
          ...new Set(
            [...valuesByKpi.values()].flatMap((values) =>
              values
                .filter((value) => value.target !== null && value.actual === null)
                .map((value) => value.fiscalYear),
            ),
          ),
        ].sort((a, b) => a - b),
        blankCostYears: summaries
          .filter(
            (s) =>
              s.first === s.last &&
              !s.derived &&
              s.projectCost === null &&
              s.personnelCost === null &&
              s.grant === null,
          )
          .map((s) => s.first),
        costBasisByYear: new Map(
          summaries.flatMap((summary) => {
            const basis =
              summary.first === summary.last && !summary.derived ? costBasisOf(summary) : null;
            return basis ? [[summary.first, basis.basis] as const] : [];
          }),
        ),
      };
      return { program, kpis, valuesByKpi, summaries, facts };
    }),
  );
  const facts = loaded.map((entry) => entry.facts);
  const axis = fiscalYearAxis(facts, from, to);
  const compared: ComparedProgramParent[] = loaded.map(
    ({ program, kpis, valuesByKpi, summaries, facts: own }) => ({
      program,
      kpis,
      valuesByKpi,
      summaries,
      axis,
      missingYears: axis.filter((year) => !own.yearsWithFigures.includes(year)),
      rollup: rollup([
        kpis.map((kpi) => currentFigures(valuesByKpi.get(kpi.id) ?? [], kpi).status?.code ?? null),
      ]),
    }),
  );
  return {
    axis,
    programs: compared,
    notes: comparisonNotes(facts, axis),
    formulas: COMPARISON_FORMULAS.map((entry) => ({
      ...entry,
      formula: { ...entry.formula, expression: null },
    })),
    rollup: rollup(
      compared.map((entry) =>
        entry.kpis.map(
          (kpi) => currentFigures(entry.valuesByKpi.get(kpi.id) ?? [], kpi).status?.code ?? null,
        ),
      ),
    ),
  };
}
