import type { SourceFields } from '@/components/source-note';

/** A source as a program's `sources` list carries it once: its document named by id. */
export interface SourceRow {
  id: string;
  origin: string;
  section: string | null;
  rawText: string | null;
  /** Asked for by editors only. */
  note?: string | null;
  document: { id: string } | null;
}

/** A program's sources and the documents they cite, each once. */
export interface SourcesOf {
  sources: readonly SourceRow[];
  documents: readonly { id: string; title: string; titleEn?: string | null }[];
}

/** An answer whose values name their source by id, read as if each value carried its source whole. */
export type WithSources<T> = T extends readonly (infer Item)[]
  ? WithSources<Item>[]
  : T extends object
    ? {
        [K in keyof T]: K extends 'source'
          ? T[K] extends { id: string } | null
            ? SourceFields | null
            : T[K]
          : WithSources<T[K]>;
      }
    : T;

/**
 * Puts each value's source back in place from the programs' lists. The API sends every source of a
 * program once (a program cites the same line of its form for many values), so the answer stays the size
 * of its figures; the page still shows each value's source beside it.
 */
export function withSources<T>(answer: T, programs: readonly SourcesOf[]): WithSources<T> {
  const documents = new Map<string, { title: string; titleEn?: string | null }>();
  const sources = new Map<string, SourceFields>();
  for (const program of programs) {
    for (const document of program.documents)
      documents.set(document.id, { title: document.title, titleEn: document.titleEn });
    for (const { id, document, ...rest } of program.sources) {
      const cited = document ? documents.get(document.id) : null;
      if (cited === undefined)
        throw new Error(`source ${id} cites document ${document!.id}, which the answer lacks`);
      sources.set(id, { ...rest, document: cited });
    }
  }
  const inline = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(inline);
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      // A change's `source` is a word (import, edit), not a provenance.
      if (key !== 'source' || field === null || typeof field !== 'object') {
        out[key] = inline(field);
        continue;
      }
      const { id } = field as { id: string };
      const found = sources.get(id);
      // A value whose source the answer lacks would lose its citation without a word: refuse instead.
      if (!found) throw new Error(`source ${id} is cited but not among its program’s sources`);
      out[key] = found;
    }
    return out;
  };
  return inline(answer) as WithSources<T>;
}
