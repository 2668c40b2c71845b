import {
  distribution,
  METRIC_ASCENDING,
  MIN_FOR_PERCENTILES,
  rankedCount,
  rankedPage,
  type RankedProgram,
  type RankingColumn,
} from '../db/queries/rankings.js';
import { keptRankedPage, keptRankingOf, keptSpread } from '../db/queries/kept-rankings.js';
import { overAllPrograms } from '../db/read-scopes.js';
import { fromEnum, toEnum } from '../graphql/values.js';
import { badUserInput, notFound, parseId, readPageSize } from '../graphql/errors.js';
import { readProgramFilter } from '../graphql/program-filter.js';
import type { Context } from '../context.js';
import type {
  QueryRankingArgs,
  RankingEntryResolvers,
  RankingMetric,
  RankingResolvers,
  ResolverFn,
} from '../generated/resolvers.js';
import type { RankingParent } from '../graphql/parents.js';
import { selectsField } from '../graphql/selection.js';

/** A computation run at most once, when first asked for. */
function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= compute());
}

const METRICS: Record<
  RankingMetric,
  { column: RankingColumn; ascending: boolean; ja: string; en: string }
> = {
  COST_PER_OUTCOME: {
    column: 'costPerOutcome',
    ascending: METRIC_ASCENDING.costPerOutcome,
    ja: 'KPI ① の最新年度の成果 1 単位あたり費用（按分なし）。費用の範囲が同じ事業だけを並べます。KPI の中身と単位は事業ごとに異なるため、政策分野で絞り込んで読んでください。',
    en: "The first KPI's cost per unit of outcome in its latest year (not apportioned), among programs whose cost covers the same things. KPIs and their units differ between programs: read it within one policy area.",
  },
  ACHIEVEMENT: {
    column: 'achievementMean',
    ascending: METRIC_ASCENDING.achievementMean,
    ja: '各 KPI の現在の達成率（計画期間、なければ最新年度）の平均。ストックは基準値からの進捗、増分は実績 ÷ 目標。',
    en: "The mean of each KPI's current achievement (plan period, else latest year): progress from the baseline for stocks, actual ÷ target for increments.",
  },
  GRANT_SHARE: {
    column: 'latestGrantShare',
    ascending: METRIC_ASCENDING.latestGrantShare,
    ja: '最新年度の交付金・国県支出金 ÷ 事業費。事業費 0 の事業は含みません（0 ÷ 0 は計算しない）。',
    en: 'The latest year’s grant (or national and prefectural subsidy) ÷ project cost; programs with no project cost are left out (0 ÷ 0 is not computed).',
  },
  LATEST_COST: {
    column: 'latestCostYen',
    ascending: METRIC_ASCENDING.latestCostYen,
    ja: '最新年度の費用。費用の範囲が同じ事業だけを並べます。年度は事業ごとに異なる点に注意してください。',
    en: 'The latest year’s cost, among programs whose cost covers the same things; the year differs between programs.',
  },
};

export const rankingQuery: ResolverFn<RankingParent, unknown, Context, QueryRankingArgs> = async (
  _parent,
  { metric, filter, peersOf, peerGroup, highlight, costBasis, ascending, first, offset },
  { reads: { db }, loaders },
  info,
) => {
  const size = readPageSize('first', first);
  const skip = offset ?? 0;
  if (!Number.isInteger(skip) || skip < 0)
    throw badUserInput('offset', `must be 0 or more, got ${skip}`);
  const definition = METRICS[metric];
  const highlighted = highlight ? parseId('highlight', highlight) : null;
  const peer = peersOf ? parseId('peersOf', peersOf) : null;
  // An id that names no program is the client's mistake, said as such, not an empty ranking.
  const named = [
    ['highlight', highlighted],
    ['peersOf', peer],
  ] as const;
  // The highlighted program's summary names its cost basis, and that it exists: its row is read only
  // when it has none.
  const own = highlighted ? await loaders.programSummary.load(highlighted) : null;
  const found = await Promise.all(
    named.map(([argument, id]) =>
      id === null || (argument === 'highlight' && own) ? true : loaders.program.load(id),
    ),
  );
  named.forEach(([argument, id], index) => {
    if (id !== null && !found[index]) throw notFound(`program ${id}`, argument);
  });
  const costMetric =
    definition.column === 'costPerOutcome' || definition.column === 'latestCostYen';
  // One basis per order: the one asked, else the highlighted program's own, else total cost.
  const ownBasis =
    definition.column === 'costPerOutcome' ? own?.costPerOutcomeBasis : own?.latestCostBasis;
  const basis = !costMetric
    ? null
    : costBasis
      ? fromEnum(costBasis)
      : ownBasis === 'project_cost' || ownBasis === 'total_cost'
        ? ownBasis
        : 'total_cost';
  const query = {
    column: definition.column,
    ascending: ascending ?? definition.ascending,
    filter: readProgramFilter(filter),
    peersOf: peer,
    peerGroup:
      peerGroup === 'POPULATION_BAND' ? ('population_band' as const) : ('prefecture' as const),
    basis,
  };
  if (query.peersOf !== null && query.peerGroup === 'population_band') {
    const program = await loaders.program.load(query.peersOf);
    const own = program && (await loaders.municipality.load(program.municipalityId));
    if (own && own.population === null)
      throw badUserInput(
        'peerGroup',
        `the population of ${own.nameJa} (${own.code}) is not reported, so it has no population band`,
      );
  }
  const common = { metric, ascending: query.ascending, costBasis: basis };
  /** A page names its programs and their municipalities: read with it, at hand for the fields below. */
  const withNames = (page: { entries: RankedProgram[]; highlight: RankedProgram | null }) => {
    for (const entry of [...page.entries, ...(page.highlight ? [page.highlight] : [])]) {
      loaders.program.prime(entry.programId, entry.program);
      loaders.municipality.prime(entry.municipality.id, entry.municipality);
    }
    return page;
  };
  const pageOf = { limit: size, offset: skip, highlight: highlighted };
  // A whole policy area in the metric's own order is kept, worked out when the area's figures change.
  const kept = keptRankingOf(query);
  const keptSpreadRow = kept && (await overAllPrograms(() => keptSpread(db, kept)));
  if (kept && keptSpreadRow) {
    const page = withNames(await overAllPrograms(() => keptRankedPage(db, kept, pageOf)));
    return {
      ...common,
      distribution: async () => keptSpreadRow,
      totalCount: async () => keptSpreadRow.count,
      entries: page.entries,
      highlight: page.highlight,
    };
  }
  // The distribution (percentiles over the whole area) only when selected; its count serves the total.
  const spread = once(() => overAllPrograms(() => distribution(db, query)));
  const withSpread = selectsField(info, 'distribution');
  const [page] = await Promise.all([
    overAllPrograms(() => rankedPage(db, query, pageOf)).then(withNames),
    withSpread ? spread() : null,
  ]);
  return {
    ...common,
    distribution: spread,
    entries: page.entries,
    totalCount: once(async () =>
      withSpread ? (await spread()).count : overAllPrograms(() => rankedCount(db, query)),
    ),
    highlight: page.highlight,
  };
};

export const Ranking: RankingResolvers = {
  costBasis: (ranking) => toEnum(ranking.costBasis),
  distribution: (ranking) => ranking.distribution(),
  totalCount: (ranking) => ranking.totalCount(),
  percentilesWithheld: async (ranking) => {
    const count = await ranking.totalCount();
    return count < MIN_FOR_PERCENTILES
      ? `${count}件では百分位を計算しません（${MIN_FOR_PERCENTILES}件以上のときだけ）。`
      : null;
  },
  percentilesWithheldEn: async (ranking) => {
    const count = await ranking.totalCount();
    return count < MIN_FOR_PERCENTILES
      ? `No percentiles for ${count} programs (they are computed from ${MIN_FOR_PERCENTILES} on).`
      : null;
  },
  note: (ranking) => METRICS[ranking.metric].ja,
  noteEn: (ranking) => METRICS[ranking.metric].en,
};

export const RankingEntry: RankingEntryResolvers = {
  program: (entry) => entry.program,
};
