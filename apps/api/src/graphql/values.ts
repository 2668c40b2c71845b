import type { Derived } from '@muni/domain';
import type { Context } from '../context.js';
import type { DerivedFigureParent } from './parents.js';
import type { Provenance } from '../db/schema/index.js';
import { whenHeld, type Held } from '../loaders/held.js';

/** The GraphQL name of a database enum value: not_reported is NOT_REPORTED. */
export function toEnum<T extends string>(value: T): Uppercase<T>;
export function toEnum<T extends string>(value: T | null): Uppercase<T> | null;
export function toEnum<T extends string>(value: T | null): Uppercase<T> | null {
  return value === null ? null : (value.toUpperCase() as Uppercase<T>);
}

/** The database value of a GraphQL enum value: NOT_REPORTED is not_reported. */
export function fromEnum<T extends string>(value: T): Lowercase<T> {
  return value.toLowerCase() as Lowercase<T>;
}

/** The provenance record an id points at, batched with every other one the request asks for. */
export function sourceOf(context: Context, provenanceId: number | null): Held<Provenance | null> {
  return provenanceId === null ? null : context.loaders.provenance.get(provenanceId);
}

/** A provenance's id as the API names it, for a column that cites sources by id. */
export const provenanceIdOf = (provenanceId: number | null): string | null =>
  provenanceId === null ? null : String(provenanceId);

/** The dataset's English for a Japanese text of a program's record, or null where it gives none. */
export function glossOf(
  context: Context,
  programId: number,
  ja: string | null,
): Held<string | null> {
  if (ja === null) return null;
  return whenHeld(
    context.loaders.glossesByProgram.get(programId),
    (glosses) => glosses.get(ja) ?? null,
  );
}

/** A derived ratio (1.0 = 100 %) as the API gives it. */
export function ratio(figure: Derived): DerivedFigureParent {
  return inUnit(figure, 'RATIO');
}

/** A derived amount of yen as the API gives it. */
export function yen(figure: Derived): DerivedFigureParent {
  return inUnit(figure, 'YEN');
}

/** A figure with its unit, its fields named one by one: a spread cost a comparison a fiftieth of its time. */
export function inUnit(figure: Derived, unit: DerivedFigureParent['unit']): DerivedFigureParent {
  const { value, formula, notComputed, derived } = figure;
  return { value, formula, notComputed, derived, unit };
}
