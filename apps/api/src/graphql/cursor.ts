import { badUserInput } from './errors.js';

const PREFIX = 'program:';

/** An opaque cursor for a position in an id-ordered list. */
export function encodeCursor(id: number): string {
  return Buffer.from(`${PREFIX}${id}`).toString('base64url');
}

/** The id a cursor stands for; a cursor the server did not make is the client's error. */
export function decodeCursor(cursor: string, argument: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(id) || id < 0)
    throw badUserInput(argument, 'is not a cursor this API gave out');
  return id;
}
