import { and, asc, count, eq, gt, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import { searchBigrams } from '@muni/domain';
import type { Database } from '../client.js';
import { municipality, program, programSummary, type Program } from '../schema/index.js';

/** Filters on programs, already validated; every one that is set must hold. */
export interface ProgramFilterInput {
  municipalityCodes?: readonly string[] | null;
  prefectureCodes?: readonly number[] | null;
  fiscalYearFrom?: number | null;
  fiscalYearTo?: number | null;
  policyAreas?: readonly string[] | null;
  fundingSchemes?: readonly ('municipal' | 'national_grant')[] | null;
  /** Normalised search words, all of which must occur. */
  words?: readonly string[] | null;
}

export type ProgramSortField = 'sortCode' | 'latestCostYen' | 'achievementMean' | 'costPerOutcome';

/** A position in a sorted list: the sort key of the last row seen (null sorts last) and its id. */
export interface ProgramPosition {
  key: string | number | null;
  id: number;
}

/** `%`, `_` and `\` match literally in a search word. */
function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
}

/**
 * The WHERE terms of a filter, over program_summary, joined to municipality only where
 * `needsMunicipality` says so.
 */
export function conditions(filter: ProgramFilterInput): SQL[] {
  const where: SQL[] = [];
  if (filter.municipalityCodes?.length)
    where.push(inArray(municipality.code, [...filter.municipalityCodes]));
  if (filter.prefectureCodes?.length)
    where.push(inArray(municipality.prefectureCode, [...filter.prefectureCodes]));
  if (filter.policyAreas?.length)
    where.push(inArray(programSummary.policyArea, [...filter.policyAreas]));
  if (filter.fundingSchemes?.length)
    where.push(inArray(programSummary.fundingScheme, [...filter.fundingSchemes]));
  if (filter.fiscalYearFrom != null)
    where.push(sql`${programSummary.dataLastFiscalYear} >= ${filter.fiscalYearFrom}`);
  if (filter.fiscalYearTo != null)
    where.push(sql`${programSummary.dataFirstFiscalYear} <= ${filter.fiscalYearTo}`);
  for (const word of filter.words ?? []) {
    // The index narrows to the programs holding every pair of the word's characters; like checks it whole.
    const pairs = searchBigrams(word);
    if (pairs.length)
      where.push(sql`${programSummary.searchBigrams} @> ${sql.param(pairs)}::text[]`);
    where.push(sql`${programSummary.searchText} like ${likePattern(word)}`);
  }
  return where;
}

/** Whether a filter reads the municipality's columns, and so its table. */
export function needsMunicipality(filter: ProgramFilterInput): boolean {
  return Boolean(filter.municipalityCodes?.length || filter.prefectureCodes?.length);
}

/**
 * The summaries of the programs a filter keeps, as a query to select from: one table, and the
 * municipality's only when the filter reads it, so a list over the whole country joins nothing else.
 */
export function summariesWhere<T extends SelectedFields>(
  db: Database,
  columns: T,
  filter: ProgramFilterInput,
  withMunicipality = needsMunicipality(filter),
) {
  const from = db.select(columns).from(programSummary).$dynamic();
  return withMunicipality
    ? from.innerJoin(municipality, eq(municipality.id, programSummary.municipalityId))
    : from;
}

/**
 * A page of programs in the asked order, after `after`; one more row than asked, to tell whether a next
 * page exists. Rows without the sort key come last; ties break on id, so the order is total and a
 * cursor always names one place.
 */
export async function findPrograms(
  db: Database,
  options: {
    filter: ProgramFilterInput;
    sort: ProgramSortField;
    descending: boolean;
    after: ProgramPosition | null;
    limit: number;
  },
): Promise<{ program: Program; key: string | number | null }[]> {
  const key = programSummary[options.sort];
  const beyond = options.descending ? lt : gt;
  const afterCondition = options.after
    ? options.after.key === null
      ? and(isNull(key), gt(programSummary.programId, options.after.id))
      : or(
          isNull(key),
          beyond(key, options.after.key),
          and(eq(key, options.after.key), gt(programSummary.programId, options.after.id)),
        )
    : undefined;
  return await summariesWhere(db, { program, key }, options.filter)
    .innerJoin(program, eq(program.id, programSummary.programId))
    .where(and(...conditions(options.filter), afterCondition))
    // Spelt as an index orders (`nulls last`), so that an index on the key reads the page in order
    // instead of every matching program being sorted for it.
    .orderBy(
      options.descending ? sql`${key} desc nulls last` : sql`${key} asc nulls last`,
      asc(programSummary.programId),
    )
    .limit(options.limit + 1);
}

export async function countPrograms(db: Database, filter: ProgramFilterInput): Promise<number> {
  const [row] = (await summariesWhere(db, { n: count() }, filter).where(
    and(...conditions(filter)),
  )) as { n: number }[];
  return row?.n ?? 0;
}

/** The counts of a KPI roll-up, aggregated in SQL from the programs' summaries. */
const rollupColumns = {
  kpiCount: sql<number>`coalesce(sum(${programSummary.kpiCount}), 0)::int`,
  kpisWithStatus: sql<number>`coalesce(sum(${programSummary.kpisWithStatus}), 0)::int`,
  kpisAchieved: sql<number>`coalesce(sum(${programSummary.kpisAchieved}), 0)::int`,
  programCount: sql<number>`count(*)::int`,
  programsWithStatus: sql<number>`(count(*) filter (where ${programSummary.kpisWithStatus} > 0))::int`,
  programsAllAchieved: sql<number>`(count(*) filter (where ${programSummary.allKpisAchieved}))::int`,
  programsSomeAchieved: sql<number>`(count(*) filter (where ${programSummary.kpisAchieved} > 0))::int`,
};

export type RollupCountsRow = { [K in keyof typeof rollupColumns]: number };

export async function rollupCounts(
  db: Database,
  filter: ProgramFilterInput,
): Promise<RollupCountsRow> {
  const [row] = (await summariesWhere(db, rollupColumns, filter).where(
    and(...conditions(filter)),
  )) as RollupCountsRow[];
  return row!;
}

/** Roll-up counts per municipality, for any number of municipalities in one statement. */
export async function rollupCountsByMunicipality(
  db: Database,
  municipalityIds: readonly number[],
): Promise<(RollupCountsRow & { municipalityId: number })[]> {
  if (municipalityIds.length === 0) return [];
  return db
    .select({ municipalityId: programSummary.municipalityId, ...rollupColumns })
    .from(programSummary)
    .where(inArray(programSummary.municipalityId, [...municipalityIds]))
    .groupBy(programSummary.municipalityId);
}

/** A program by its natural key: the municipality's code and the program's number. */
export async function programByNumber(
  db: Database,
  municipalityCode: string,
  number: string,
): Promise<Program | null> {
  const [row] = await db
    .select({ program })
    .from(program)
    .innerJoin(municipality, eq(municipality.id, program.municipalityId))
    .where(and(eq(municipality.code, municipalityCode), eq(program.number, number)));
  return row?.program ?? null;
}

/** Each policy area that has programs, by key, with how many. */
export async function policyAreaCounts(
  db: Database,
): Promise<{ key: string; programCount: number }[]> {
  return db
    .select({ key: programSummary.policyArea, programCount: sql<number>`count(*)::int` })
    .from(programSummary)
    .groupBy(programSummary.policyArea)
    .orderBy(asc(programSummary.policyArea));
}
