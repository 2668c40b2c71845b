import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the SDL files live: beside this module in `src/`, one above it in `dist/`. */
const SDL_DIR = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../src');

/** The schema's SDL, one string per module file, in a stable order. */
export const typeDefs: string[] = readdirSync(SDL_DIR)
  .filter((name) => name.endsWith('.graphql'))
  .sort()
  .map((name) => readFileSync(path.join(SDL_DIR, name), 'utf8'));

export type * from './generated/types.js';
