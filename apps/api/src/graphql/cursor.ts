import type { ProgramPosition, ProgramSortField } from '../db/queries/programs.js';
import { badUserInput } from './errors.js';

/** An opaque cursor: the sort it belongs to, the sort key of the row, and the row's id. */
export function encodeCursor(sort: ProgramSortField, position: ProgramPosition): string {
  return Buffer.from(JSON.stringify([sort, position.key, position.id])).toString('base64url');
}

/** The position a cursor stands for; a cursor the server did not make, or made for another sort, is the client's error. */
export function decodeCursor(
  cursor: string,
  sort: ProgramSortField,
  argument: string,
): ProgramPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    typeof parsed[0] !== 'string' ||
    !(parsed[1] === null || typeof parsed[1] === 'string' || typeof parsed[1] === 'number') ||
    !Number.isSafeInteger(parsed[2]) ||
    parsed[2] < 0
  ) {
    throw badUserInput(argument, 'is not a cursor this API gave out');
  }
  if (parsed[0] !== sort) throw badUserInput(argument, 'was given out for another sort order');
  // The key is compared with the sort's column in SQL: text for the code, a finite number otherwise.
  const key = parsed[1];
  const fits =
    key === null ||
    (sort === 'sortCode'
      ? typeof key === 'string' && key.length <= 200
      : typeof key === 'number' && Number.isFinite(key));
  if (!fits) throw badUserInput(argument, 'is not a cursor this API gave out');
  return { key, id: parsed[2] };
}
