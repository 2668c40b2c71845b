import type {
  ActivityResolvers,
  ActivityYearResolvers,
  EvaluationResolvers,
} from '../generated/resolvers.js';
import { glossOf, toEnum } from '../graphql/values.js';
import { whenHeld } from '../loaders/held.js';

export const Evaluation: EvaluationResolvers = {
  fiscalYear: (evaluation) => evaluation.fiscalYear,
  axis: (evaluation) => toEnum(evaluation.axis),
  axisLabelEn: (evaluation, _args, context) =>
    glossOf(context, evaluation.programId, evaluation.axisLabel),
  reasonLabelEn: (evaluation, _args, context) =>
    glossOf(context, evaluation.programId, evaluation.reasonLabel),
  gradeLabelEn: (evaluation, _args, context) =>
    glossOf(
      context,
      evaluation.programId,
      evaluation.scale.find((option) => option.grade === evaluation.grade)?.label ?? null,
    ),
  scale: (evaluation, _args, { loaders }) =>
    whenHeld(loaders.glossesByProgram.get(evaluation.programId), (glosses) =>
      evaluation.scale.map((option) => ({ ...option, labelEn: glosses.get(option.label) ?? null })),
    ),
  grade: (evaluation) => ({
    value: evaluation.grade,
    absence: evaluation.gradeAbsence,
    provenanceId: evaluation.gradeProvenanceId,
  }),
  gradeLabel: (evaluation) =>
    evaluation.scale.find((option) => option.grade === evaluation.grade)?.label ?? null,
  reason: (evaluation) =>
    evaluation.reasonProvenanceId === null
      ? null
      : { value: evaluation.reason, absence: null, provenanceId: evaluation.reasonProvenanceId },
};

export const Activity: ActivityResolvers = {
  nameEn: (activity, _args, context) => glossOf(context, activity.programId, activity.name),
  source: (activity, _args, { loaders }) => loaders.provenance.row(activity.provenanceId),
  years: (activity, _args, { loaders }) => loaders.activityYearsOf(activity),
};

export const ActivityYear: ActivityYearResolvers = {
  fiscalYear: (year) => year.fiscalYear,
  planned: (year) => ({
    value: year.planned,
    absence: year.plannedAbsence,
    provenanceId: year.plannedProvenanceId,
  }),
  done: (year) => ({
    value: year.done,
    absence: year.doneAbsence,
    provenanceId: year.doneProvenanceId,
  }),
};
