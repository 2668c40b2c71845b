import { and, asc, eq, gt, inArray, or, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { preparedOn } from '../prepared.js';
import { readScope } from '../read-scopes.js';
import {
  dataRevision,
  dataScopeRevision,
  municipality,
  program,
  programSummary,
  rankingEntry,
  rankingSpread,
} from '../schema/index.js';
import {
  distribution,
  METRIC_ASCENDING,
  pageAndHighlight,
  placesWithNames,
  rankedQuery,
  type DistributionRow,
  type RankedProgram,
  type RankingColumn,
  type RankingQuery,
} from './rankings.js';

type Basis = RankingQuery['basis'];

/** The rankings kept for every policy area: each metric, a cost metric on each cost basis. */
const KEPT: { column: RankingColumn; basis: Basis }[] = [
  { column: 'costPerOutcome', basis: 'total_cost' },
  { column: 'costPerOutcome', basis: 'project_cost' },
  { column: 'latestCostYen', basis: 'total_cost' },
  { column: 'latestCostYen', basis: 'project_cost' },
  { column: 'achievementMean', basis: null },
  { column: 'latestGrantShare', basis: null },
];

/** One kept ranking: a metric (on a cost basis) over one whole policy area, in its own order. */
export interface KeptRanking {
  metric: RankingColumn;
  /** '' for a metric without a cost basis. */
  basis: string;
  policyArea: string;
}

const areaQuery = (column: RankingColumn, basis: Basis, area: string): RankingQuery => ({
  column,
  ascending: METRIC_ASCENDING[column],
  filter: { policyAreas: [area] },
  peersOf: null,
  peerGroup: 'prefecture',
  basis,
});

/** The kept ranking a query asks for, or null when it asks for another set or order. */
export function keptRankingOf(query: RankingQuery): KeptRanking | null {
  const { policyAreas, ...others } = query.filter;
  const narrowed = Object.values(others).some(
    (value) => value != null && (!Array.isArray(value) || value.length > 0),
  );
  if (
    policyAreas?.length !== 1 ||
    narrowed ||
    query.peersOf !== null ||
    query.ascending !== METRIC_ASCENDING[query.column]
  )
    return null;
  return { metric: query.column, basis: query.basis ?? '', policyArea: policyAreas[0]! };
}

/**
 * Works out again the kept rankings of these policy areas, with the same SQL that ranks any set, and
 * marks them with the data revision. Called in the transaction that changed the areas' figures.
 */
export async function refreshKeptRankings(db: Database, areas: Iterable<string>): Promise<void> {
  const wanted = [...new Set(areas)];
  if (wanted.length === 0) return;
  await db.delete(rankingEntry).where(inArray(rankingEntry.policyArea, wanted));
  await db.delete(rankingSpread).where(inArray(rankingSpread.policyArea, wanted));
  for (const area of wanted) {
    for (const { column, basis } of KEPT) {
      const query = areaQuery(column, basis, area);
      const ranked = rankedQuery(db, query);
      await db.insert(rankingEntry).select(
        db
          .select({
            metric: sql<string>`${column}`.as('metric'),
            basis: sql<string>`${basis ?? ''}`.as('basis'),
            policyArea: sql<string>`${area}`.as('policy_area'),
            position: ranked.position,
            programId: ranked.programId,
            value: ranked.value,
            rank: ranked.rank,
            percentile: ranked.percentile,
          })
          .from(ranked),
      );
      const spread = await distribution(db, query);
      await db.insert(rankingSpread).values({
        metric: column,
        basis: basis ?? '',
        policyArea: area,
        // The revision this transaction moved the data to: its changes to the area's figures carry it.
        revision: sql`(select ${dataRevision.revision} from ${dataRevision})`,
        ...spread,
      });
    }
  }
}

/**
 * A kept ranking's distribution, if it is as current as the area's figures; null if they changed
 * since it was worked out (a program removed by a path that does not refresh rankings), or it was
 * never worked out: the ranking is then computed. Prepared, as the page below: PostgreSQL plans each
 * once per connection, not on every read.
 */
export async function keptSpread(
  db: Database,
  ranking: KeptRanking,
): Promise<DistributionRow | null> {
  const read = preparedOn(db, 'kept_spread', (on) =>
    on
      .select({
        count: rankingSpread.count,
        min: rankingSpread.min,
        p10: rankingSpread.p10,
        p25: rankingSpread.p25,
        median: rankingSpread.median,
        p75: rankingSpread.p75,
        p90: rankingSpread.p90,
        max: rankingSpread.max,
      })
      .from(rankingSpread)
      .where(
        and(
          eq(rankingSpread.metric, sql.placeholder('metric')),
          eq(rankingSpread.basis, sql.placeholder('basis')),
          eq(rankingSpread.policyArea, sql.placeholder('area')),
          sql`${rankingSpread.revision} >= (select coalesce(max(${dataScopeRevision.revision}), 0)
            from ${dataScopeRevision} where ${dataScopeRevision.scope} in (
              'area:' || ${sql.placeholder('area')}, ${readScope.everything}))`,
        ),
      )
      .prepare('kept_spread'),
  );
  const [row] = await read.execute({
    metric: ranking.metric,
    basis: ranking.basis,
    area: ranking.policyArea,
  });
  return row ?? null;
}

/** A page of a kept ranking, and the highlighted program's place wherever it is, read in order. */
export async function keptRankedPage(
  db: Database,
  ranking: KeptRanking,
  { limit, offset, highlight }: { limit: number; offset: number; highlight: number | null },
): Promise<{ entries: RankedProgram[]; highlight: RankedProgram | null }> {
  const name = highlight === null ? 'kept_page' : 'kept_page_highlight';
  const read = preparedOn(db, name, (on) => {
    const onPage = and(
      gt(rankingEntry.position, sql.placeholder('offset')),
      sql`${rankingEntry.position} <= ${sql.placeholder('end')}::bigint`,
    );
    return on
      .select(placesWithNames(rankingEntry, onPage))
      .from(rankingEntry)
      .innerJoin(program, eq(program.id, rankingEntry.programId))
      .innerJoin(municipality, eq(municipality.id, program.municipalityId))
      .where(
        and(
          eq(rankingEntry.metric, sql.placeholder('metric')),
          eq(rankingEntry.basis, sql.placeholder('basis')),
          eq(rankingEntry.policyArea, sql.placeholder('area')),
          highlight === null
            ? onPage
            : or(onPage, eq(rankingEntry.programId, sql.placeholder('highlight'))),
        ),
      )
      .orderBy(asc(rankingEntry.position))
      .prepare(name);
  });
  const rows = await read.execute({
    metric: ranking.metric,
    basis: ranking.basis,
    area: ranking.policyArea,
    offset,
    end: offset + limit,
    ...(highlight === null ? {} : { highlight }),
  });
  return pageAndHighlight(rows, highlight);
}

/**
 * Works out again the kept rankings of every policy area whose figures changed since they were (or
 * that has none): after a migration, or a load that left them to the end. Returns the areas refreshed.
 */
export async function refreshStaleRankings(db: Database): Promise<string[]> {
  const rows = (await db.execute(sql`
    select distinct s.policy_area as area from ${programSummary} s
    where not exists (
      select 1 from ${rankingSpread} k where k.policy_area = s.policy_area
        and k.revision >= (select coalesce(max(${dataScopeRevision.revision}), 0) from ${dataScopeRevision}
          where ${dataScopeRevision.scope} in ('area:' || s.policy_area, ${readScope.everything})))
    order by 1`)) as unknown as { rows: { area: string }[] };
  const areas = rows.rows.map((row) => row.area);
  await db.transaction((tx) => refreshKeptRankings(tx as unknown as Database, areas));
  return areas;
}
