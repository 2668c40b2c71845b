import { and, eq, gt, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../client.js';
import { municipality, program, programSummary } from '../schema/index.js';
import type { Municipality, Program } from '../schema/index.js';
import { POPULATION_BAND_BOUNDS } from '@muni/domain';
import {
  conditions,
  needsMunicipality,
  summariesWhere,
  type ProgramFilterInput,
} from './programs.js';

export type RankingColumn =
  'costPerOutcome' | 'achievementMean' | 'latestGrantShare' | 'latestCostYen';

export interface RankingQuery {
  column: RankingColumn;
  ascending: boolean;
  filter: ProgramFilterInput;
  /** Only the peers of this program's municipality. */
  peersOf: number | null;
  /** Peers by prefecture, or by population band. */
  peerGroup: 'prefecture' | 'population_band';
  /** For a cost metric, the one cost basis ranked. */
  basis: 'total_cost' | 'project_cost' | null;
}

/** Each metric's own order: cheaper first for costs, higher first for achievement and grant share. */
export const METRIC_ASCENDING: Record<RankingColumn, boolean> = {
  costPerOutcome: true,
  achievementMean: false,
  latestGrantShare: false,
  latestCostYen: true,
};

/** Where each cost metric keeps what its figure divides. */
const BASIS_COLUMN: Partial<Record<RankingColumn, 'costPerOutcomeBasis' | 'latestCostBasis'>> = {
  costPerOutcome: 'costPerOutcomeBasis',
  latestCostYen: 'latestCostBasis',
};

/** Fewer than this many values make no percentiles: two values have no tenth percentile to speak of. */
export const MIN_FOR_PERCENTILES = 5;

export interface RankedProgram {
  rank: number;
  percentile: number | null;
  value: number;
  programId: number;
  /** Read with its place: a page names its programs and their municipalities. */
  program: Program;
  municipality: Municipality;
}

export interface DistributionRow {
  count: number;
  min: number | null;
  p10: number | null;
  p25: number | null;
  median: number | null;
  p75: number | null;
  p90: number | null;
  max: number | null;
}

/** A municipality's population band as PostgreSQL numbers it, with the domain's bounds. */
function band(population: SQL): SQL {
  return sql`width_bucket(${population}, array[${sql.raw(POPULATION_BAND_BOUNDS.join(','))}]::int[])`;
}

/** The municipalities like the one of `programId`: same prefecture, or same population band. */
function peersOf(programId: number, group: RankingQuery['peerGroup']): SQL {
  const own = sql`from program p2 join municipality m2 on m2.id = p2.municipality_id where p2.id = ${programId}`;
  if (group === 'prefecture')
    return sql`${municipality.prefectureCode} = (select m2.prefecture_code ${own})`;
  return sql`${band(sql`${municipality.population}`)} = (select ${band(sql`m2.population`)} ${own})`;
}

function where(query: RankingQuery): SQL | undefined {
  const value = programSummary[query.column];
  const peers = query.peersOf ? peersOf(query.peersOf, query.peerGroup) : undefined;
  const basisColumn = BASIS_COLUMN[query.column];
  const basis =
    basisColumn && query.basis ? eq(programSummary[basisColumn], query.basis) : undefined;
  return and(...conditions(query.filter), sql`${value} is not null`, basis, peers);
}

/**
 * The programs with the metric, ranked in SQL over the whole filtered set (rank and cumulative share
 * are window functions, so a page of 20 still knows its place among 35,000). Within a policy area, the
 * summaries come in order from the area's index on the metric, with no join unless a filter or the
 * peers read the municipality.
 */
export function rankedQuery(db: Database, query: RankingQuery) {
  const value = programSummary[query.column];
  const order = query.ascending ? sql`${value} asc` : sql`${value} desc`;
  return summariesWhere(
    db,
    {
      programId: sql<number>`${programSummary.programId}`.as('program_id'),
      value: sql<number>`${value}`.as('value'),
      rank: sql<number>`rank() over (order by ${order})::int`.as('rank'),
      percentile: sql<
        number | null
      >`case when count(*) over () >= ${sql.raw(String(MIN_FOR_PERCENTILES))} then cume_dist() over (order by ${order}) end`.as(
        'percentile',
      ),
      position:
        sql<number>`row_number() over (order by ${order}, ${programSummary.programId})::int`.as(
          'position',
        ),
    },
    query.filter,
    needsMunicipality(query.filter) || query.peersOf !== null,
  )
    .where(where(query))
    .as('ranked');
}

type PlaceField = 'programId' | 'value' | 'rank' | 'percentile';

/**
 * What a page reads of each place in a ranking, computed or kept: the place, whether it is on the page
 * (else it is the highlighted program's), and the program and its municipality, which the reader joins.
 */
export function placesWithNames<Place extends Record<PlaceField, PgColumn | SQL.Aliased>>(
  places: Place,
  onPage: SQL | undefined,
): Pick<Place, PlaceField> & {
  onPage: SQL<boolean>;
  program: typeof program;
  municipality: typeof municipality;
} {
  return {
    programId: places.programId,
    value: places.value,
    rank: places.rank,
    percentile: places.percentile,
    onPage: sql<boolean>`${onPage}`,
    program,
    municipality,
  };
}

/**
 * A page of the ranking, and the highlighted program's place wherever it is, in one pass over the
 * ranked programs.
 */
export async function rankedPage(
  db: Database,
  query: RankingQuery,
  { limit, offset, highlight }: { limit: number; offset: number; highlight: number | null },
): Promise<{ entries: RankedProgram[]; highlight: RankedProgram | null }> {
  const ranked = rankedQuery(db, query);
  // The page's end as a bigint: GraphQL lets an offset reach 2^31 − 1, and int4 would overflow past it.
  const onPage = and(
    gt(ranked.position, offset),
    sql`${ranked.position} <= ${offset + limit}::bigint`,
  );
  const rows = await db
    .select(placesWithNames(ranked, onPage))
    .from(ranked)
    .innerJoin(program, eq(program.id, ranked.programId))
    .innerJoin(municipality, eq(municipality.id, program.municipalityId))
    .where(highlight === null ? onPage : or(onPage, eq(ranked.programId, highlight)))
    .orderBy(ranked.position);
  return pageAndHighlight(rows, highlight);
}

/** A page's entries, and the highlighted program's, from the rows read for both in order. */
export function pageAndHighlight(
  rows: (RankedProgram & { onPage: boolean })[],
  highlight: number | null,
): { entries: RankedProgram[]; highlight: RankedProgram | null } {
  const entry = ({ onPage: _onPage, ...row }: (typeof rows)[number]): RankedProgram => row;
  const highlighted = rows.find((row) => row.programId === highlight);
  return {
    entries: rows.filter((row) => row.onPage).map(entry),
    highlight: highlighted ? entry(highlighted) : null,
  };
}

/** How many programs the ranking orders: its distribution's count, for a ranking read without one. */
export async function rankedCount(db: Database, query: RankingQuery): Promise<number> {
  const [row] = await summariesWhere(
    db,
    { count: sql<number>`count(*)::int` },
    query.filter,
    needsMunicipality(query.filter) || query.peersOf !== null,
  ).where(where(query));
  return row?.count ?? 0;
}

export async function distribution(db: Database, query: RankingQuery): Promise<DistributionRow> {
  const value = programSummary[query.column];
  const pct = (p: number) =>
    sql<
      number | null
    >`case when count(*) >= ${sql.raw(String(MIN_FOR_PERCENTILES))} then percentile_cont(${sql.raw(String(p))}) within group (order by ${value}) end`;
  const [row] = await summariesWhere(
    db,
    {
      count: sql<number>`count(*)::int`,
      min: sql<number | null>`min(${value})`,
      p10: pct(0.1),
      p25: pct(0.25),
      median: pct(0.5),
      p75: pct(0.75),
      p90: pct(0.9),
      max: sql<number | null>`max(${value})`,
    },
    query.filter,
    needsMunicipality(query.filter) || query.peersOf !== null,
  ).where(where(query));
  return row as DistributionRow;
}
