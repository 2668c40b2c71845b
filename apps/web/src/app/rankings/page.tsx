import { BarChart } from '@/components/charts/bar-chart';
import { ChartFigure, type FigureData } from '@/components/chart-figure';
import { PrintAppendix } from '@/components/print-appendix';
import { PageHeader } from '@/components/page-header';
import { formatCount, formatRatio, formatYenHeadline, formatYenPerUnit } from '@/lib/format';
import { ApiError, request } from '@/lib/api/client';
import type { PeerGroup, RankingMetric, RankingPageQuery } from '@/lib/api/generated';
import { RANKING_PAGE } from '@/lib/api/operations/ranking';
import { href, langOf, t, type Lang } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

const METRICS: Record<RankingMetric, { ja: string; en: string }> = {
  COST_PER_OUTCOME: {
    ja: '成果 1 単位あたり費用（KPI ①）',
    en: 'Cost per unit of outcome (KPI 1)',
  },
  ACHIEVEMENT: { ja: 'KPI の達成率（平均）', en: 'KPI achievement (mean)' },
  GRANT_SHARE: { ja: '交付金割合', en: 'Grant share' },
  LATEST_COST: { ja: '最新年度の費用', en: 'Latest cost' },
};
/** Peers of the chosen program's municipality, as the URL names them. */
const PEERS: Record<string, { group: PeerGroup; label: { ja: string; en: string } }> = {
  prefecture: {
    group: 'PREFECTURE',
    label: { ja: '同じ都道府県の団体', en: 'Same prefecture' },
  },
  population: {
    group: 'POPULATION_BAND',
    label: { ja: '同じ人口規模の団体', en: 'Same population band' },
  },
};
/** Entries on one page. */
const PAGE_SIZE = 20;
/** The cost bases a cost ranking holds one of at a time. */
const BASES = ['TOTAL_COST', 'PROJECT_COST'] as const;
const one = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) || undefined;

function format(metric: RankingMetric, lang: Lang, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (metric === 'ACHIEVEMENT' || metric === 'GRANT_SHARE') return formatRatio(value);
  if (metric === 'COST_PER_OUTCOME') return formatYenPerUnit(lang, value);
  return formatYenHeadline(lang, value);
}

export default async function RankingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const lang = langOf(query.lang);
  const metric =
    (Object.keys(METRICS) as RankingMetric[]).find((m) => m === one(query.metric)) ??
    'COST_PER_OUTCOME';
  const area = one(query.area);
  const highlight = one(query.highlight);
  const find = one(query.find)?.slice(0, 200);
  // `peers=1` is how earlier links asked for the same prefecture.
  const peersKey = one(query.peers) === '1' ? 'prefecture' : one(query.peers);
  const asked = highlight && peersKey && PEERS[peersKey] ? peersKey : undefined;
  const offset = Math.max(0, Number(one(query.offset)) || 0);
  const basisAsked = BASES.find((b) => b === one(query.basis));
  const variables = {
    metric,
    filter: area ? { policyAreas: [area] } : null,
    peersOf: asked ? highlight : null,
    peerGroup: asked ? PEERS[asked]!.group : null,
    highlight: highlight ?? null,
    costBasis: basisAsked ?? null,
    first: PAGE_SIZE,
    offset,
    chosen: highlight ?? '',
    withChosen: Boolean(highlight),
    find: find ?? '',
    finding: Boolean(find),
  };
  // A municipality without a reported population has no band: the API says so, and the page ranks
  // nationally instead, saying why.
  let peersRefused = false;
  const data = await request<RankingPageQuery>(RANKING_PAGE, variables).catch((error: unknown) => {
    if (asked !== 'population' || !(error instanceof ApiError)) throw error;
    if (!error.codes.includes('BAD_USER_INPUT')) throw error;
    peersRefused = true;
    return request<RankingPageQuery>(RANKING_PAGE, {
      ...variables,
      peersOf: null,
      peerGroup: null,
    });
  });
  const peers = peersRefused ? undefined : asked;
  const { ranking, chosen } = data;
  const highlightPage = ranking.highlight
    ? Math.floor((ranking.highlight.rank - 1) / PAGE_SIZE) * PAGE_SIZE
    : offset;
  const params = {
    metric,
    area,
    highlight,
    peers,
    basis: basisAsked,
    offset: offset ? String(offset) : undefined,
  };
  const withheld = lang === 'ja' ? ranking.percentilesWithheld : ranking.percentilesWithheldEn;
  const percentile = (value: number | null) =>
    value === null ? t(lang, { ja: '計算せず', en: 'not computed' }) : formatRatio(value);
  const choiceName = (p: NonNullable<RankingPageQuery['chosen']>) =>
    `${lang === 'ja' ? p.municipality.prefecture.name : (p.municipality.prefecture.nameEn ?? p.municipality.prefecture.name)} ${lang === 'ja' ? p.municipality.name : (p.municipality.nameEn ?? p.municipality.name)} ${lang === 'ja' ? p.name : (p.nameEn ?? p.name)}${p.municipality.isSynthetic ? t(lang, { ja: '（合成データ）', en: ' (synthetic)' }) : ''}`;
  const name = (p: RankingPageQuery['ranking']['entries'][number]['program']) =>
    `${lang === 'ja' ? p.municipality.name : (p.municipality.nameEn ?? p.municipality.name)} ${lang === 'ja' ? p.name : (p.nameEn ?? p.name)}${p.municipality.isSynthetic ? t(lang, { ja: '（合成データ）', en: ' (synthetic)' }) : ''}`;
  const d = ranking.distribution;
  const figure: FigureData = {
    id: 'ranking',
    title: `${t(lang, METRICS[metric])}：${t(lang, { ja: `${formatCount(ranking.totalCount)} 事業中 ${formatCount(offset + 1)}〜${formatCount(offset + ranking.entries.length)} 位`, en: `ranks ${formatCount(offset + 1)}–${formatCount(offset + ranking.entries.length)} of ${formatCount(ranking.totalCount)}` })}`,
    notes: [
      lang === 'ja' ? ranking.note : ranking.noteEn,
      ...(withheld ? [withheld] : []),
      t(lang, {
        ja: '★ は選んだ事業。値のない事業は順位に入りません（0 ではありません）。',
        en: '★ marks the chosen program. Programs without the value are not ranked (never 0).',
      }),
    ],
    chart: (
      <BarChart
        lang={lang}
        label={t(lang, { ja: '順位ごとの値', en: 'Value by rank' })}
        indexBy="rank"
        groupMode="grouped"
        format={metric === 'ACHIEVEMENT' || metric === 'GRANT_SHARE' ? 'percent' : 'yen'}
        series={[{ key: 'value', label: t(lang, METRICS[metric]), color: '#0b5cad' }]}
        rows={ranking.entries.map((e) => ({ rank: String(e.rank), value: e.value }))}
      />
    ),
    columns: [
      { label: t(lang, { ja: '順位', en: 'Rank' }) },
      { label: t(lang, { ja: '事業', en: 'Program' }) },
      { label: t(lang, { ja: '値', en: 'Value' }), numeric: true },
      { label: t(lang, { ja: '累積割合', en: 'Percentile' }), numeric: true },
    ],
    rows: ranking.entries.map((e) => ({
      cells: [
        `${e.program.id === highlight ? '★ ' : ''}${e.rank}`,
        <a key="p" href={href(`/programs/${e.program.id}`, lang)}>
          {name(e.program)}
        </a>,
        format(metric, lang, e.value),
        percentile(e.percentile),
      ],
      csv: [e.rank, name(e.program), e.value, e.percentile],
    })),
  };

  return (
    <article lang={lang}>
      <PageHeader
        lang={lang}
        title={t(lang, { ja: '全国の順位と分布', en: 'Rankings across municipalities' })}
        subtitle={t(lang, METRICS[metric])}
        path="/rankings"
        params={params}
        selection={t(lang, METRICS[metric])}
      />
      <form
        className="filters screen-only"
        method="get"
        action="/rankings"
        aria-label={t(lang, { ja: '順位の条件', en: 'Ranking options' })}
      >
        <label>
          {t(lang, { ja: '指標', en: 'Metric' })}
          <select name="metric" defaultValue={metric}>
            {(Object.keys(METRICS) as RankingMetric[]).map((m) => (
              <option key={m} value={m}>
                {t(lang, METRICS[m])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, { ja: '政策分野', en: 'Policy area' })}
          <select name="area" defaultValue={area ?? ''}>
            <option value="">{t(lang, { ja: 'すべて', en: 'All' })}</option>
            {data.policyAreas.map((a) => (
              <option key={a.key} value={a.key}>
                {lang === 'ja' ? a.name : a.nameEn}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, { ja: '比べる範囲', en: 'Rank among' })}
          <select name="peers" defaultValue={peers ?? ''} disabled={!chosen}>
            <option value="">
              {chosen
                ? t(lang, { ja: '全国', en: 'All municipalities' })
                : t(lang, { ja: '自分の事業を選ぶと選べます', en: 'Choose your program first' })}
            </option>
            {Object.entries(PEERS).map(([key, peer]) => (
              <option
                key={key}
                value={key}
                disabled={key === 'population' && chosen?.municipality.population == null}
              >
                {t(lang, peer.label)}
              </option>
            ))}
          </select>
        </label>
        {highlight ? <input type="hidden" name="highlight" value={highlight} /> : null}
        {lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
        <button type="submit">{t(lang, { ja: '表示', en: 'Show' })}</button>
      </form>
      <section className="chooser screen-only" aria-labelledby="chooser-title">
        <h2 id="chooser-title">{t(lang, { ja: '自分の事業', en: 'Your program' })}</h2>
        {chosen ? (
          <p>
            ★ {choiceName(chosen)}
            {chosen.municipality.population != null
              ? t(lang, {
                  ja: `（人口規模 ${chosen.municipality.populationBand}）`,
                  en: ` (population ${chosen.municipality.populationBandEn})`,
                })
              : t(lang, { ja: '（人口は未報告）', en: ' (population not reported)' })}{' '}
            <a href={href('/rankings', lang, { metric, area })}>
              {t(lang, { ja: '選択を外す', en: 'Clear' })}
            </a>
          </p>
        ) : null}
        {peersRefused ? (
          <p className="notes-box" role="status">
            {t(lang, {
              ja: 'この事業の団体は人口が報告されていないため、人口規模の仲間では順位を出せません。全国の順位を示します。',
              en: "This program's municipality has no reported population, so it has no population band: the national ranking is shown instead.",
            })}
          </p>
        ) : null}
        <form method="get" action="/rankings" role="search">
          <input type="hidden" name="metric" value={metric} />
          {area ? <input type="hidden" name="area" value={area} /> : null}
          {lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
          <label>
            {t(lang, {
              ja: '事業を名前・団体名で探す',
              en: 'Find a program by its or its municipality’s name',
            })}{' '}
            <input type="search" name="find" defaultValue={find} />
          </label>{' '}
          <button type="submit">{t(lang, { ja: '探す', en: 'Find' })}</button>
        </form>
        {data.found ? (
          data.found.nodes.length ? (
            <ul className="choices">
              {data.found.nodes.map((p) => (
                <li key={p.id}>
                  <a
                    href={href('/rankings', lang, {
                      metric,
                      area: area ?? p.policyArea,
                      highlight: p.id,
                    })}
                  >
                    {choiceName(p)}
                  </a>
                </li>
              ))}
              {data.found.totalCount > data.found.nodes.length ? (
                <li>
                  {t(lang, {
                    ja: `ほか ${data.found.totalCount - data.found.nodes.length} 件：語を足して絞り込んでください`,
                    en: `and ${data.found.totalCount - data.found.nodes.length} more: add words to narrow the search`,
                  })}
                </li>
              ) : null}
            </ul>
          ) : (
            <p className="state">
              {t(lang, { ja: '見つかりませんでした。', en: 'No program matches.' })}
            </p>
          )
        ) : null}
      </section>
      {ranking.highlight ? (
        <p className="rollup">
          ★{' '}
          {t(lang, {
            ja: `選んだ事業は ${formatCount(ranking.totalCount)} 事業中 ${formatCount(ranking.highlight.rank)} 位${ranking.highlight.percentile === null ? '' : `（累積 ${formatRatio(ranking.highlight.percentile)}）`}、値 ${format(metric, lang, ranking.highlight.value)}`,
            en: `The chosen program ranks ${formatCount(ranking.highlight.rank)} of ${formatCount(ranking.totalCount)}${ranking.highlight.percentile === null ? '' : ` (percentile ${formatRatio(ranking.highlight.percentile)})`}, value ${format(metric, lang, ranking.highlight.value)}`,
          })}
          {highlightPage !== offset ? (
            <>
              {' '}
              <a href={href('/rankings', lang, { ...params, offset: String(highlightPage) })}>
                {t(lang, { ja: 'その順位のページへ', en: 'Go to its page' })}
              </a>
            </>
          ) : null}
        </p>
      ) : chosen ? (
        <p className="rollup">
          ★{' '}
          {t(lang, {
            ja: '選んだ事業はこの順位に入っていません：この指標の値がないか、政策分野が違います（値のない事業は順位に入りません）。',
            en: 'The chosen program is not in this ranking: it has no value for this metric, or its policy area differs (programs without the value are not ranked).',
          })}
        </p>
      ) : null}
      {ranking.costBasis ? (
        <p className="rollup">
          {t(lang, {
            ja: `費用の範囲：${ranking.costBasis === 'TOTAL_COST' ? '総費用（事業費＋人件費）' : '事業費のみ（人件費を含まない）'}で測った事業だけを並べています。`,
            en: `Only programs whose cost is ${ranking.costBasis === 'TOTAL_COST' ? 'total cost (project plus personnel)' : 'project cost alone (no personnel cost)'} are ranked here.`,
          })}{' '}
          <a
            className="screen-only"
            href={href('/rankings', lang, {
              ...params,
              offset: undefined,
              basis: ranking.costBasis === 'TOTAL_COST' ? 'PROJECT_COST' : 'TOTAL_COST',
            })}
          >
            {ranking.costBasis === 'TOTAL_COST'
              ? t(lang, { ja: '事業費のみの事業の順位', en: 'Rank programs of project cost alone' })
              : t(lang, { ja: '総費用の事業の順位', en: 'Rank programs of total cost' })}
          </a>
        </p>
      ) : null}
      {withheld ? <p className="rollup">{withheld}</p> : null}
      <dl className="facts">
        {(withheld
          ? (['min', 'max'] as const)
          : (['min', 'p10', 'p25', 'median', 'p75', 'p90', 'max'] as const)
        ).map((key) => (
          <div key={key}>
            <dt>
              {
                {
                  min: t(lang, { ja: '最小', en: 'Min' }),
                  p10: 'P10',
                  p25: 'P25',
                  median: t(lang, { ja: '中央値', en: 'Median' }),
                  p75: 'P75',
                  p90: 'P90',
                  max: t(lang, { ja: '最大', en: 'Max' }),
                }[key]
              }
            </dt>
            <dd>{format(metric, lang, d[key])}</dd>
          </div>
        ))}
      </dl>
      {ranking.entries.length === 0 ? (
        <p className="state">
          {t(lang, { ja: '値のある事業がありません。', en: 'No program has this value.' })}
        </p>
      ) : (
        <ChartFigure figure={figure} lang={lang} />
      )}
      <p className="screen-only">
        {offset > 0 ? (
          <a
            href={href('/rankings', lang, {
              ...params,
              offset: String(Math.max(0, offset - PAGE_SIZE)),
            })}
          >
            {t(lang, { ja: `← 前の ${PAGE_SIZE} 件`, en: `← Previous ${PAGE_SIZE}` })}
          </a>
        ) : null}{' '}
        {offset + PAGE_SIZE < ranking.totalCount ? (
          <a href={href('/rankings', lang, { ...params, offset: String(offset + PAGE_SIZE) })}>
            {t(lang, { ja: `次の ${PAGE_SIZE} 件 →`, en: `Next ${PAGE_SIZE} →` })}
          </a>
        ) : null}
      </p>
      <PrintAppendix figureIds={ranking.entries.length ? [figure.id] : []} lang={lang} />
    </article>
  );
}
