import { readScoped } from './statement-counter.js';

/**
 * The names of the scopes of data an answer can depend on, as the triggers of migration 0016 write
 * them (see schema/data-scope-revision.ts): a reader names what it read, a write moves what it touched.
 */
export const readScope = {
  /** One program's record and everything hanging from it. */
  program: (id: number) => `p:${id}`,
  /** One municipality, and every figure over its programs. */
  municipality: (id: number) => `m:${id}`,
  /** Which programs exist, their own rows and their derived figures: what lists, searches, rankings
   * and roll-ups read, moved by nearly any edit to a program. */
  programs: 'programs',
  /** One source document. */
  document: (id: number) => `d:${id}`,
  /** Any source document. */
  documents: 'documents',
  /** The terms similar programs are found by. */
  terms: 'terms',
  /** Everything: moved by what no narrower scope covers. */
  everything: '*',
} as const;

/** Runs a read over the whole set of programs (a list, a count, a ranking), which depends on `programs`. */
export const overAllPrograms = <T>(work: () => Promise<T>): Promise<T> =>
  readScoped(work, () => [readScope.programs]);
