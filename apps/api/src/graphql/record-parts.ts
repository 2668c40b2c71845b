import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';
import type { Context } from '../context.js';
import { RECORD_PARTS, WHOLE_RECORD, type RecordPart } from '../db/queries/program-record.js';

/**
 * The fields whose resolvers read each part of a program's record, directly or through what they
 * compute (the verdict reads KPIs, costs, evaluations, narratives and glosses; a comparison reads KPIs,
 * costs and documents). A field missing here costs a second statement for the whole record, never a
 * wrong answer: a part the first read did not bring is read then (loaders/index.ts).
 */
const READ_BY: Record<RecordPart, readonly string[]> = {
  documents: ['document', 'documents', 'compare'],
  kpis: ['kpis', 'kpi', 'values', 'verdict', 'costPerUnit', 'kpiRollup', 'compare'],
  costs: ['costs', 'costLines', 'costSummaries', 'costPerUnit', 'verdict', 'compare'],
  evaluations: ['evaluations', 'verdict'],
  activities: ['activities', 'evaluations'],
  narratives: ['narratives', 'verdict'],
  planLevels: ['planHierarchy'],
  glosses: ['verdict', 'evaluations'],
  printedUnitCosts: ['printedUnitCosts'],
  fieldSources: ['fieldSources', 'numberAssigned'],
  provenance: ['source', 'numberAssigned'],
  summary: ['dataYears'],
  history: ['history', 'lastChangedAt'],
};

/** An English field (nameEn, partsEn) reads the glosses: the dataset's English of the program's texts. */
const readsGlosses = (field: string) => field.endsWith('En');

const partsByDocument = new WeakMap<DocumentNode, ReadonlySet<RecordPart>>();

/**
 * The parts of programs' records a document's operations may read: those of every field it names,
 * whatever the type, fragment or directive (a field skipped at run time is still counted). Worked out
 * once per parsed document, which Apollo keeps for a query sent again.
 */
export function recordPartsOf(document: DocumentNode): ReadonlySet<RecordPart> {
  const known = partsByDocument.get(document);
  if (known) return known;
  const fields = new Set<string>();
  visit(document, {
    [Kind.FIELD]: (node) => {
      fields.add(node.name.value);
    },
  });
  // A program's sources are those its rows cite: every part is read to know which.
  const parts = fields.has('sources')
    ? WHOLE_RECORD
    : new Set(
        RECORD_PARTS.filter(
          (part) =>
            READ_BY[part].some((field) => fields.has(field)) ||
            (part === 'glosses' && [...fields].some(readsGlosses)),
        ),
      );
  partsByDocument.set(document, parts);
  return parts;
}

/** Each request reads the parts of programs' records its operation may use, and no more. */
export const recordPartsFromOperation: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue }) {
        contextValue.reads.recordParts = recordPartsOf(document);
      },
    };
  },
};
