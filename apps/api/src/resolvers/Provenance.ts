import type { ProvenanceResolvers, SourceDocumentResolvers } from '../generated/resolvers.js';
import { toEnum } from '../graphql/values.js';

export const Provenance: ProvenanceResolvers = {
  id: (provenance) => String(provenance.id),
  origin: (provenance) => toEnum(provenance.origin),
  document: (provenance, _args, { loaders }) =>
    provenance.documentId === null ? null : loaders.document.get(provenance.documentId),
};

export const SourceDocument: SourceDocumentResolvers = {
  id: (document) => String(document.id),
  form: (document) => toEnum(document.form),
};
