import type {
  DerivedFigureResolvers,
  KpiStatusResolvers,
  MeasureResolvers,
  SourcedTextResolvers,
  YenAmountResolvers,
} from '../generated/resolvers.js';
import type {
  CitedFigureResolvers,
  FormulaResolvers,
  SentencePartResolvers,
  VerdictSentenceResolvers,
} from '../generated/resolvers.js';
import { expressionInEnglish, sentenceText } from '@muni/domain';
import { glossOf, sourceOf, toEnum } from '../graphql/values.js';
import { whenHeld } from '../loaders/held.js';

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
  // A gloss belongs to its program: the provenance record says which.
  valueEn: (text, _args, context) => {
    const { value, provenanceId } = text;
    if (value === null || provenanceId === null) return null;
    return whenHeld(context.loaders.provenance.get(provenanceId), (provenance) =>
      provenance?.programId == null ? null : glossOf(context, provenance.programId, value),
    );
  },
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

export const VerdictSentence: VerdictSentenceResolvers = {
  text: (sentence) => sentenceText(sentence.ja),
  textEn: (sentence) => sentenceText(sentence.en),
  parts: (sentence) => sentence.ja,
  partsEn: (sentence) => sentence.en,
};

export const SentencePart: SentencePartResolvers = {};

export const CitedFigure: CitedFigureResolvers = {
  text: (figure) => figure.ja,
  textEn: (figure) => figure.en,
  source: (figure, _args, context) => sourceOf(context, figure.sourceId),
};

export const Formula: FormulaResolvers = {
  expressionEn: (formula) => formula.expression && expressionInEnglish(formula.expression),
};
