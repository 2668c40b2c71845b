import {
  verdict,
  type Bilingual,
  type CitedValue,
  type Derived,
  type VerdictInput,
  type VerdictSentence,
  type VerdictStatus,
} from '@muni/domain';
import type { Loaders } from '../loaders/index.js';
import { allHeld, allHeldOf, whenHeld, type Held } from '../loaders/held.js';
import { turnFor } from '../graphql/time-slice.js';
import type { OperationClock } from '../graphql/operation-deadline.js';
import type {
  CostEntry,
  Evaluation,
  Kpi,
  KpiValue,
  Municipality,
  Narrative,
  Program,
} from '../db/schema/index.js';
import type { SourcedStatus } from './kpi.js';
import { kpiWords, planFigures, yearFigures } from './kpi.js';
import { summariesOf } from './cost.js';

const cited = (
  value: number | null,
  absence: CitedValue['absence'],
  sourceId: number | null,
): CitedValue => ({ value, absence, sourceId });

const status = (s: SourcedStatus | null, achievement: Derived): VerdictStatus | null =>
  s && {
    code: s.code,
    labelJa: s.labelJa,
    labelEn: s.labelEn,
    origin: s.origin,
    sourceId: s.provenanceId,
    formula: achievement.formula,
  };

function kpiOf(kpi: Kpi, values: readonly KpiValue[], glosses: Map<string, string>) {
  const plan = planFigures(values, kpi);
  const { shortName, unit } = kpiWords(kpi);
  const hasPlan = kpi.planTarget !== null || kpi.planActual !== null || kpi.planStatus !== null;
  return {
    position: kpi.position,
    shortName,
    unit,
    kind: kpi.kind,
    baseline:
      kpi.baselineProvenanceId === null
        ? null
        : {
            ...cited(kpi.baselineValue, kpi.baselineAbsence, kpi.baselineProvenanceId),
            fiscalYear: kpi.baselineFiscalYear,
            label: kpi.baselineLabel
              ? { ja: kpi.baselineLabel, en: glosses.get(kpi.baselineLabel) ?? kpi.baselineLabel }
              : null,
          },
    years: values.map((value) => ({
      fiscalYear: value.fiscalYear,
      target: cited(value.target, value.targetAbsence, value.targetProvenanceId),
      actual: cited(value.actual, value.actualAbsence, value.actualProvenanceId),
      status: status(yearFigures(kpi, value).status, yearFigures(kpi, value).achievement),
    })),
    plan: hasPlan
      ? {
          target: cited(kpi.planTarget, kpi.planTargetAbsence, kpi.planTargetProvenanceId),
          actual: cited(kpi.planActual, kpi.planActualAbsence, kpi.planActualProvenanceId),
          status: status(plan.status, plan.achievement),
        }
      : null,
  };
}

/** The verdict on a program, from its record through the request's loaders. */
export function verdictOf(
  program: Program,
  loaders: Loaders,
  clock: OperationClock,
): Held<VerdictSentence[]> {
  const record = allHeldOf({
    municipality: loaders.municipality.get(program.municipalityId),
    kpis: loaders.kpisByProgram.get(program.id),
    costs: loaders.costsByProgram.get(program.id),
    evaluations: loaders.evaluationsByProgram.get(program.id),
    narratives: loaders.narrativesByProgram.get(program.id),
    glosses: loaders.glossesByProgram.get(program.id),
  });
  return whenHeld(record, (found) =>
    whenHeld(allHeld(found.kpis.map((kpi) => loaders.kpiValuesOf(kpi))), (values) =>
      whenHeld(turnFor(clock), () => verdictFrom(program, found, values)),
    ),
  );
}

/** The verdict on a program from its record's rows. */
function verdictFrom(
  program: Program,
  {
    municipality,
    kpis,
    costs,
    evaluations,
    narratives,
    glosses,
  }: {
    municipality: Municipality | null;
    kpis: Kpi[];
    costs: CostEntry[];
    evaluations: Evaluation[];
    narratives: Narrative[];
    glosses: Map<string, string>;
  },
  values: KpiValue[][],
): VerdictSentence[] {
  const english = (ja: string): Bilingual => ({ ja, en: glosses.get(ja) ?? ja });
  const input: VerdictInput = {
    municipality: {
      ja: municipality?.nameJa ?? '',
      en: municipality?.nameEn ?? municipality?.nameJa ?? '',
    },
    kpis: kpis.map((kpi, index) => kpiOf(kpi, values[index]!, glosses)),
    costs: costs.map((entry) => ({
      category: entry.category,
      staffType: entry.staffType,
      first: entry.fiscalYearFrom,
      last: entry.fiscalYearTo,
      yen: entry.amountYen,
      staffFte: entry.staffFte,
      planned: entry.amountKind === 'plan',
      sourceId: entry.provenanceId,
      absence: entry.amountAbsence,
    })),
    planPeriod:
      program.planFirstFiscalYear === null || program.planLastFiscalYear === null
        ? null
        : { first: program.planFirstFiscalYear, last: program.planLastFiscalYear },
    grantName:
      program.fundingScheme === 'national_grant' && program.fundingSchemeName
        ? english(program.fundingSchemeName)
        : null,
    evaluations: evaluations.map((evaluation) => {
      const label = evaluation.scale.find((option) => option.grade === evaluation.grade)?.label;
      return {
        fiscalYear: evaluation.fiscalYear,
        axisLabel: english(evaluation.axisLabel),
        grade: evaluation.grade,
        gradeAbsence: evaluation.gradeAbsence,
        gradeLabel: label ? english(label) : null,
        options: evaluation.scale.map((option) => english(option.label)),
        sourceId: evaluation.gradeProvenanceId,
      };
    }),
    judgements: narratives
      .filter((narrative) => narrative.kind === 'overall_judgement')
      .map((narrative) => ({
        text: narrative.text,
        gloss: glosses.get(narrative.text) ?? null,
        sourceId: narrative.provenanceId,
      })),
  };
  // The request's own summaries of these costs: the cost table and the costs per unit read them too.
  return verdict(input, summariesOf(costs));
}
