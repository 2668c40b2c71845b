import type {
  DerivedFigureResolvers,
  KpiStatusResolvers,
  MeasureResolvers,
  SourcedTextResolvers,
  YenAmountResolvers,
} from '../generated/resolvers.js';
import { sourceOf, toEnum } from '../graphql/values.js';

export const Measure: MeasureResolvers = {
  absence: (measure) => toEnum(measure.absence),
  source: (measure, _args, context) => sourceOf(context, measure.provenanceId),
};

export const YenAmount: YenAmountResolvers = {
  absence: (amount) => toEnum(amount.absence),
  source: (amount, _args, context) => sourceOf(context, amount.provenanceId),
};

export const SourcedText: SourcedTextResolvers = {
  absence: (text) => toEnum(text.absence),
  source: (text, _args, context) => sourceOf(context, text.provenanceId),
};

export const DerivedFigure: DerivedFigureResolvers = {
  notComputed: (figure) => figure.notComputed?.code ?? null,
  notComputedText: (figure) => figure.notComputed?.ja ?? null,
  notComputedTextEn: (figure) => figure.notComputed?.en ?? null,
};

export const KpiStatus: KpiStatusResolvers = {
  label: (status) => status.labelJa,
  origin: (status) => toEnum(status.origin),
  source: (status, _args, context) => sourceOf(context, status.provenanceId),
};
