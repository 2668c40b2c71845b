import { policyAreaName, rollupFromCounts } from '@muni/domain';
import { buildComparison, MAX_COMPARED } from '../analytics/comparison.js';
import {
  allPrefectures,
  findMunicipalities,
  municipalityByCode,
  prefectureByCode,
} from '../db/queries/municipalities.js';
import {
  countPrograms,
  findPrograms,
  policyAreaCounts,
  programByNumber,
  rollupCounts,
  type ProgramSortField,
} from '../db/queries/programs.js';
import { overAllPrograms, readScope } from '../db/read-scopes.js';
import { readScoped } from '../db/statement-counter.js';
import { decodeCursor, encodeCursor } from '../graphql/cursor.js';
import { badUserInput, notFound, parseId, readPageSize } from '../graphql/errors.js';
import {
  checkPrefectureCodes,
  MAX_FILTER_VALUES,
  readProgramFilter,
} from '../graphql/program-filter.js';
import type { ProgramOrderField, QueryResolvers } from '../generated/resolvers.js';
import { rankingQuery } from './Ranking.js';

const SORT_FIELDS: Record<ProgramOrderField, ProgramSortField> = {
  MUNICIPALITY_CODE: 'sortCode',
  LATEST_COST: 'latestCostYen',
  ACHIEVEMENT: 'achievementMean',
  COST_PER_OUTCOME: 'costPerOutcome',
};

export const Query: QueryResolvers = {
  viewer: (_parent, _args, { caller }) => caller,
  municipalities: (_parent, { prefectureCodes, codes }, { reads: { db } }) => {
    for (const [name, list] of [
      ['prefectureCodes', prefectureCodes],
      ['codes', codes],
    ] as const) {
      if ((list?.length ?? 0) > MAX_FILTER_VALUES)
        throw badUserInput(name, `at most ${MAX_FILTER_VALUES} values`);
    }
    checkPrefectureCodes('prefectureCodes', prefectureCodes);
    return overAllPrograms(() => findMunicipalities(db, { prefectureCodes, codes }));
  },
  prefectures: (_parent, _args, { reads: { db } }) => overAllPrograms(() => allPrefectures(db)),
  policyAreas: async (_parent, _args, { reads: { db } }) =>
    (await overAllPrograms(() => policyAreaCounts(db))).map((area) => {
      const name = policyAreaName(area.key);
      return { ...area, name: name.ja, nameEn: name.en };
    }),
  prefecture: async (_parent, { code }, { reads: { db } }) => {
    checkPrefectureCodes('code', [code]);
    return (
      (await overAllPrograms(() => prefectureByCode(db, code))) ??
      Promise.reject(notFound(`prefecture ${code}`))
    );
  },
  municipality: async (_parent, { code }, { reads: { db } }) => {
    if (!/^[0-9]{5}$/.test(code))
      throw badUserInput('code', 'must be a five-digit local government code');
    const found = await readScoped(
      () => municipalityByCode(db, code),
      (row) => (row ? [readScope.municipality(row.id)] : [readScope.programs]),
    );
    return found ?? Promise.reject(notFound(`municipality ${code}`));
  },
  programs: async (_parent, { first, after, filter, orderBy }, { reads: { db } }) => {
    const size = readPageSize('first', first);
    const sort = SORT_FIELDS[orderBy?.field ?? 'MUNICIPALITY_CODE'];
    const terms = readProgramFilter(filter);
    const rows = await overAllPrograms(() =>
      findPrograms(db, {
        filter: terms,
        sort,
        descending: orderBy?.direction === 'DESC',
        after: after ? decodeCursor(after, sort, 'after') : null,
        limit: size,
      }),
    );
    const page = rows.slice(0, size);
    return {
      edges: page.map(({ program, key }) => ({
        cursor: encodeCursor(sort, { key, id: program.id }),
        node: program,
      })),
      hasNextPage: rows.length > size,
      totalCount: () => overAllPrograms(() => countPrograms(db, terms)),
    };
  },
  ranking: rankingQuery,
  kpiRollup: async (_parent, { filter }, { reads: { db } }) =>
    rollupFromCounts(await overAllPrograms(() => rollupCounts(db, readProgramFilter(filter)))),
  program: async (_parent, { id }, { loaders }) => {
    // Its whole record at once: the fields below it then read what this statement brought.
    const found = await loaders.record.load(parseId('id', id));
    if (!found) throw notFound(`program ${id}`);
    return found.program;
  },
  programByNumber: async (_parent, { municipalityCode, number }, { reads: { db } }) =>
    (await readScoped(
      () => programByNumber(db, municipalityCode, number),
      (row) =>
        row
          ? [readScope.program(row.id), readScope.municipality(row.municipalityId)]
          : [readScope.programs],
    )) ?? Promise.reject(notFound(`program ${number} of municipality ${municipalityCode}`)),
  compare: async (_parent, { programIds, fiscalYearFrom, fiscalYearTo }, context) => {
    if (programIds.length < 2 || programIds.length > MAX_COMPARED) {
      throw badUserInput(
        'programIds',
        `must name 2 to ${MAX_COMPARED} programs, got ${programIds.length}`,
      );
    }
    const ids = programIds.map((id) => parseId('programIds', id));
    if (new Set(ids).size !== ids.length) throw badUserInput('programIds', 'names a program twice');
    for (const [name, year] of [
      ['fiscalYearFrom', fiscalYearFrom],
      ['fiscalYearTo', fiscalYearTo],
    ] as const) {
      if (year != null && (year < 1947 || year > 2100))
        throw badUserInput(name, `${year} is not a plausible fiscal year (1947 to 2100)`);
    }
    if (fiscalYearFrom != null && fiscalYearTo != null && fiscalYearTo < fiscalYearFrom) {
      throw badUserInput('fiscalYearTo', 'is before fiscalYearFrom');
    }
    return buildComparison(
      context.loaders,
      context.clock,
      ids,
      fiscalYearFrom ?? null,
      fiscalYearTo ?? null,
    );
  },
};
