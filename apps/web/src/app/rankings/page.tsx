import { BarChart } from '@/components/charts/bar-chart';
import { ChartFigure, PrintAppendix, type FigureData } from '@/components/chart-figure';
import { PageHeader } from '@/components/page-header';
import { formatRatio, formatYenHeadline, formatYenPerUnit } from '@/lib/format';
import { request } from '@/lib/api/client';
import type { RankingMetric, RankingPageQuery } from '@/lib/api/generated';
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
const AREAS = {
  '': { ja: 'すべて', en: 'All' },
  'city-promotion': { ja: 'シティプロモーション', en: 'City promotion' },
  community: { ja: 'コミュニティ', en: 'Community' },
  childcare: { ja: '子育て支援', en: 'Childcare' },
  tourism: { ja: '観光振興', en: 'Tourism' },
} as const;
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
  const peers = one(query.peers) === '1' && highlight ? highlight : undefined;
  const offset = Math.max(0, Number(one(query.offset)) || 0);
  const data = await request<RankingPageQuery>(RANKING_PAGE, {
    metric,
    filter: area ? { policyAreas: [area] } : null,
    peersOf: peers ?? null,
    highlight: highlight ?? null,
    offset,
  });
  const { ranking } = data;
  const params = {
    metric,
    area,
    highlight,
    peers: peers ? '1' : undefined,
    offset: offset ? String(offset) : undefined,
  };
  const name = (p: RankingPageQuery['ranking']['entries'][number]['program']) =>
    `${lang === 'ja' ? p.municipality.name : (p.municipality.nameEn ?? p.municipality.name)} ${lang === 'ja' ? p.name : (p.nameEn ?? p.name)}${p.municipality.isSynthetic ? t(lang, { ja: '（合成データ）', en: ' (synthetic)' }) : ''}`;
  const d = ranking.distribution;
  const figure: FigureData = {
    id: 'ranking',
    title: `${t(lang, METRICS[metric])}：${t(lang, { ja: `${ranking.totalCount} 事業中 ${offset + 1}〜${offset + ranking.entries.length} 位`, en: `ranks ${offset + 1}–${offset + ranking.entries.length} of ${ranking.totalCount}` })}`,
    notes: [
      lang === 'ja' ? ranking.note : ranking.noteEn,
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
        formatRatio(e.percentile),
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
            {Object.entries(AREAS).map(([key, label]) => (
              <option key={key} value={key}>
                {label[lang]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, { ja: '自分の事業', en: 'Your program' })}
          <select name="highlight" defaultValue={highlight ?? ''}>
            <option value="">—</option>
            {data.programs.nodes.map((p) => (
              <option key={p.id} value={p.id}>
                {p.municipality.name} {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" name="peers" value="1" defaultChecked={Boolean(peers)} />{' '}
          {t(lang, { ja: '同じ都道府県に限る', en: 'Same prefecture only' })}
        </label>
        {lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
        <button type="submit">{t(lang, { ja: '表示', en: 'Show' })}</button>
      </form>
      {ranking.highlight ? (
        <p className="rollup">
          ★{' '}
          {t(lang, {
            ja: `選んだ事業は ${ranking.totalCount} 事業中 ${ranking.highlight.rank} 位（累積 ${formatRatio(ranking.highlight.percentile)}）、値 ${format(metric, lang, ranking.highlight.value)}`,
            en: `The chosen program ranks ${ranking.highlight.rank} of ${ranking.totalCount} (percentile ${formatRatio(ranking.highlight.percentile)}), value ${format(metric, lang, ranking.highlight.value)}`,
          })}
        </p>
      ) : null}
      <dl className="facts">
        {(['min', 'p10', 'p25', 'median', 'p75', 'p90', 'max'] as const).map((key) => (
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
            href={href('/rankings', lang, { ...params, offset: String(Math.max(0, offset - 20)) })}
          >
            {t(lang, { ja: '← 前の 20 件', en: '← Previous 20' })}
          </a>
        ) : null}{' '}
        {offset + 20 < ranking.totalCount ? (
          <a href={href('/rankings', lang, { ...params, offset: String(offset + 20) })}>
            {t(lang, { ja: '次の 20 件 →', en: 'Next 20 →' })}
          </a>
        ) : null}
      </p>
      <PrintAppendix figures={ranking.entries.length ? [figure] : []} lang={lang} />
    </article>
  );
}
