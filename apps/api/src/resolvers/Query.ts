import { GraphQLError } from 'graphql';
import { allMunicipalities, municipalityByCode } from '../db/queries/municipalities.js';
import { programByNumber, programCount, programsAfter } from '../db/queries/programs.js';
import { badUserInput } from '../graphql/errors.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { decodeCursor, encodeCursor } from '../graphql/cursor.js';

export const MAX_PAGE_SIZE = 100;

function parseId(argument: string, id: string): number {
  if (!/^[1-9][0-9]{0,9}$/.test(id) || Number(id) > 2_147_483_647) {
    throw badUserInput(argument, `"${id}" is not a valid id`);
  }
  return Number(id);
}

function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} was not found`, { extensions: { code: 'NOT_FOUND' } });
}

export const Query: QueryResolvers = {
  municipalities: (_parent, _args, { db }) => allMunicipalities(db),
  municipality: async (_parent, { code }, { db }) => {
    if (!/^[0-9]{5}$/.test(code))
      throw badUserInput('code', 'must be a five-digit local government code');
    return (await municipalityByCode(db, code)) ?? Promise.reject(notFound(`municipality ${code}`));
  },
  programs: async (_parent, { first, after }, { db }) => {
    const size = first ?? 20;
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
      throw badUserInput('first', `must be between 1 and ${MAX_PAGE_SIZE}, got ${size}`);
    }
    const afterId = after ? decodeCursor(after, 'after') : 0;
    const rows = await programsAfter(db, afterId, size);
    const page = rows.slice(0, size);
    return {
      edges: page.map((node) => ({ cursor: encodeCursor(node.id), node })),
      hasNextPage: rows.length > size,
      totalCount: () => programCount(db),
    };
  },
  program: async (_parent, { id }, { loaders }) => {
    const program = await loaders.program.load(parseId('id', id));
    if (!program) throw notFound(`program ${id}`);
    return program;
  },
  programByNumber: async (_parent, { municipalityCode, number }, { db }) =>
    (await programByNumber(db, municipalityCode, number)) ??
    Promise.reject(notFound(`program ${number} of municipality ${municipalityCode}`)),
};
