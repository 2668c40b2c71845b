import { DerivedFigure } from '@/components/derived-figure';
import { PageHeader } from '@/components/page-header';
import { getOverview, PAGE_SIZE, type OverviewSelection } from '@/lib/api/overview';
import { formatCount } from '@/lib/format';
import type { FundingScheme, ProgramOrderField } from '@/lib/api/generated';
import { href, langOf, t } from '@/lib/i18n';
import { PrefectureSelect } from './_components/prefecture-select';
import { ProgramCard } from './_components/program-card';

// The figures come from the API at request time, never from the build.
export const dynamic = 'force-dynamic';

const one = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) || undefined;
const FUNDING: FundingScheme[] = ['MUNICIPAL', 'NATIONAL_GRANT'];
const SORTS: ProgramOrderField[] = [
  'MUNICIPALITY_CODE',
  'ACHIEVEMENT',
  'LATEST_COST',
  'COST_PER_OUTCOME',
];

export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const lang = langOf(query.lang);
  const year = Number(one(query.year));
  const prefecture = Number(one(query.pref));
  const selection: OverviewSelection = {
    prefecture: Number.isInteger(prefecture) && prefecture > 0 ? prefecture : undefined,
    municipality: one(query.municipality),
    fiscalYear: Number.isInteger(year) && year >= 1947 && year <= 2100 ? year : undefined,
    policyArea: one(query.area),
    fundingScheme: FUNDING.find((f) => f === one(query.funding)),
    text: one(query.q)?.slice(0, 200),
    sort: SORTS.find((s) => s === one(query.sort)),
    after: one(query.after),
  };
  const overview = await getOverview(selection, lang);
  const { municipalities, rollup, total, programs } = overview;
  const filters = {
    pref: overview.prefecture ? String(overview.prefecture) : undefined,
    municipality: selection.municipality,
    year: selection.fiscalYear ? String(selection.fiscalYear) : undefined,
    area: selection.policyArea,
    funding: selection.fundingScheme,
    q: selection.text,
    sort: selection.sort,
  };
  const params = { ...filters, after: selection.after };

  return (
    <div lang={lang}>
      <PageHeader
        lang={lang}
        title={t(lang, { ja: '事業の一覧', en: 'Programs' })}
        subtitle={t(lang, {
          ja: '市区町村の事業の成果指標（KPI）と費用を、出典の資料どおりに示します。',
          en: 'KPIs and costs of municipal programs, as their source documents report them.',
        })}
        path="/"
        params={params}
      />
      <form
        className="filters screen-only"
        method="get"
        action="/"
        role="search"
        aria-label={t(lang, { ja: '事業の絞り込み', en: 'Filter programs' })}
      >
        <label>
          {t(lang, { ja: '都道府県', en: 'Prefecture' })}
          <PrefectureSelect
            options={overview.prefectures.map((p) => ({
              code: p.code,
              name: lang === 'ja' ? p.name : (p.nameEn ?? p.name),
            }))}
            defaultValue={overview.prefecture}
            allLabel={t(lang, { ja: 'すべて', en: 'All' })}
          />
        </label>
        <label>
          {t(lang, { ja: '市区町村', en: 'Municipality' })}
          <select
            name="municipality"
            defaultValue={selection.municipality ?? ''}
            disabled={municipalities.length === 0}
          >
            <option value="">
              {municipalities.length === 0
                ? t(lang, { ja: '都道府県を選ぶと選べます', en: 'Choose a prefecture first' })
                : t(lang, { ja: 'すべて', en: 'All' })}
            </option>
            {municipalities.map((m) => (
              <option key={m.code} value={m.code}>
                {lang === 'ja' ? m.name : (m.nameEn ?? m.name)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, { ja: '年度（西暦）', en: 'Fiscal year' })}
          <input
            type="number"
            name="year"
            min={1947}
            max={2100}
            defaultValue={selection.fiscalYear}
          />
        </label>
        <label>
          {t(lang, { ja: '政策分野', en: 'Policy area' })}
          <select name="area" defaultValue={selection.policyArea ?? ''}>
            <option value="">{t(lang, { ja: 'すべて', en: 'All' })}</option>
            {overview.policyAreas.map((area) => (
              <option key={area.key} value={area.key}>
                {lang === 'ja' ? area.name : area.nameEn}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, { ja: '財源', en: 'Funding' })}
          <select name="funding" defaultValue={selection.fundingScheme ?? ''}>
            <option value="">{t(lang, { ja: 'すべて', en: 'All' })}</option>
            <option value="MUNICIPAL">
              {t(lang, { ja: '単独事業', en: "Municipality's own" })}
            </option>
            <option value="NATIONAL_GRANT">
              {t(lang, { ja: '国の交付金事業', en: 'National grant' })}
            </option>
          </select>
        </label>
        <label>
          {t(lang, { ja: 'キーワード', en: 'Search' })}
          <input type="search" name="q" defaultValue={selection.text} />
        </label>
        <label>
          {t(lang, { ja: '並べ替え', en: 'Sort' })}
          <select name="sort" defaultValue={selection.sort ?? 'MUNICIPALITY_CODE'}>
            <option value="MUNICIPALITY_CODE">
              {t(lang, { ja: '団体コード順', en: 'Municipality code' })}
            </option>
            <option value="ACHIEVEMENT">
              {t(lang, { ja: '達成率の高い順', en: 'Achievement, highest first' })}
            </option>
            <option value="LATEST_COST">
              {t(lang, { ja: '費用の多い順', en: 'Cost, highest first' })}
            </option>
            <option value="COST_PER_OUTCOME">
              {t(lang, { ja: '成果単位あたり費用の低い順', en: 'Cost per outcome, lowest first' })}
            </option>
          </select>
        </label>
        {lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
        <button type="submit">{t(lang, { ja: '絞り込む', en: 'Apply' })}</button>
      </form>
      <p className="rollup">
        {t(lang, {
          ja: `${formatCount(total)} 件の事業`,
          en: `${formatCount(total)} programs`,
        })}
        {total > programs.length
          ? t(lang, {
              ja: `（${PAGE_SIZE} 件ずつ表示）`,
              en: ` (${PAGE_SIZE} a page)`,
            })
          : ''}{' '}
        ・ {t(lang, { ja: 'KPI の達成割合', en: 'Share of KPIs achieved' })}{' '}
        <DerivedFigure figure={rollup.shareOfKpisAchieved} lang={lang} /> ({rollup.kpisAchieved}/
        {rollup.kpisWithStatus}) ・{' '}
        {t(lang, {
          ja: 'すべての KPI を達成した事業の割合',
          en: 'Share of programs with every KPI achieved',
        })}{' '}
        <DerivedFigure figure={rollup.shareOfProgramsAllAchieved} lang={lang} /> ・{' '}
        <a href={href('/compare', lang)}>
          {t(lang, { ja: '事業を比較する', en: 'Compare programs' })}
        </a>{' '}
        ・{' '}
        <a href={href('/rankings', lang)}>{t(lang, { ja: '全国の順位と分布', en: 'Rankings' })}</a>
      </p>
      {programs.length === 0 && !selection.after ? (
        <p className="state">
          {t(lang, { ja: '条件に合う事業はありません。', en: 'No program matches.' })}{' '}
          <a href={href('/', lang)}>{t(lang, { ja: '条件を外す', en: 'Clear filters' })}</a>
        </p>
      ) : (
        <ul className="program-list">
          {programs.map((program) => (
            <li key={program.id}>
              <ProgramCard program={program} lang={lang} />
            </li>
          ))}
        </ul>
      )}
      {selection.after || overview.nextCursor ? (
        <nav className="pager screen-only" aria-label={t(lang, { ja: 'ページ送り', en: 'Pages' })}>
          {selection.after ? (
            <a href={href('/', lang, filters)}>
              {t(lang, { ja: '← 最初のページ', en: '← First page' })}
            </a>
          ) : null}
          {overview.nextCursor ? (
            <a href={href('/', lang, { ...filters, after: overview.nextCursor })} rel="next">
              {t(lang, {
                ja: `次の ${PAGE_SIZE} 件 →`,
                en: `Next ${PAGE_SIZE} →`,
              })}
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
