import { BarChart } from '@/components/charts/bar-chart';
import { ChartFigure, type FigureData } from '@/components/chart-figure';
import { AbsenceLegend } from '@/components/absence-legend';
import { CostTable } from '@/components/cost-table';
import { KpiResultsTable } from '@/components/kpi-results-table';
import { Localized } from '@/components/localized';
import { Missing } from '@/components/missing';
import { PageHeader } from '@/components/page-header';
import { PrintAppendix } from '@/components/print-appendix';
import { UnitCosts } from '@/components/unit-costs';
import { Verdict } from '@/components/verdict';
import { defaultComparisonIds, getComparison, type ComparePage } from '@/lib/api/compare';
import { fiscalYearRange } from '@/lib/format';
import { askedIn, href, langOf, t, type Lang } from '@/lib/i18n';
import { achievementChart } from '@/lib/view/charts';
import { costTable, costYears } from '@/lib/view/cost-table';
import { comparedCosts, comparedKpis, programLabel } from '@/lib/view/from-api';
import { kpiResults, type ProgramKpis, type ResultTable } from '@/lib/view/kpi-results';

export const dynamic = 'force-dynamic';

type Comparison = ComparePage['compare'];

function listOf(value: string | string[] | undefined): string[] {
  return (Array.isArray(value) ? value : value ? value.split(',') : []).filter(Boolean);
}

function yearOf(value: string | string[] | undefined): number | null {
  const year = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(year) && year > 0 ? year : null;
}

function achievementFigure(
  lang: Lang,
  kpis: readonly ProgramKpis[],
  results: ResultTable,
): FigureData {
  const chart = achievementChart(lang, kpis, results.years);
  return {
    id: 'achievement',
    title: t(lang, {
      ja: '達成率（年度別、目標 = 100%）',
      en: 'Achievement by fiscal year (target = 100 %)',
    }),
    notes: [
      t(lang, {
        ja: '種類や単位の異なる KPI は生の値でなく達成率で並べます。ストックは（実績 − 基準値）÷（目標 − 基準値）、増分は 実績 ÷ 目標。棒のない年度には、その理由を書いています（0 ではありません）。',
        en: 'KPIs of different kinds and units are set side by side as achievement rates, never raw values. Stock: (actual − baseline) ÷ (target − baseline); yearly increment: actual ÷ target. Each empty slot says why it is empty (never 0).',
      }),
    ],
    chart: (
      <BarChart
        lang={lang}
        label={t(lang, {
          ja: '事業・KPI 別の年度ごとの達成率',
          en: 'Achievement per program and KPI, by fiscal year',
        })}
        indexBy="year"
        groupMode="grouped"
        format="percent"
        height={320}
        {...chart}
      />
    ),
    columns: [
      { label: t(lang, { ja: '事業・KPI', en: 'Program and KPI' }) },
      ...chart.rows.map((row) => ({ label: String(row.year), numeric: true })),
    ],
    rows: chart.series.map((s) => ({
      cells: [
        s.label,
        ...chart.rows.map((row) => {
          const value = row[s.key];
          const gap = chart.gaps.find((g) => g.index === row.year && g.key === s.key);
          return typeof value === 'number' ? (
            `${(value * 100).toFixed(1)}%`
          ) : (
            <span key={String(row.year)} className="missing">
              {gap?.text}
            </span>
          );
        }),
      ],
      csv: [
        s.label,
        ...chart.rows.map((row) => {
          const value = row[s.key];
          return typeof value === 'number'
            ? value
            : (chart.gaps.find((g) => g.index === row.year && g.key === s.key)?.text ?? null);
        }),
      ],
    })),
  };
}

function Evaluations({ comparison, lang }: { comparison: Comparison; lang: Lang }) {
  return (
    <section aria-labelledby="evaluations-title">
      <h2 id="evaluations-title">
        {t(lang, {
          ja: '団体自身の評価（それぞれの様式の語で）',
          en: 'Each municipality’s own evaluation, in its form’s terms',
        })}
      </h2>
      {comparison.programs.map((entry) => (
        <div key={entry.program.id}>
          <h3>
            {programLabel(lang, entry.program)}{' '}
            <span className="form-name">
              (
              <Localized
                lang={lang}
                ja={entry.program.document.formName}
                en={entry.program.document.formNameEn}
              />
              )
            </span>
          </h3>
          {entry.program.evaluations.length > 0 ? (
            <ul>
              {entry.program.evaluations.map((e, index) => (
                <li key={index}>
                  <Localized lang={lang} ja={e.axisLabel} en={e.axisLabelEn} />:{' '}
                  {e.grade.value ? (
                    <>
                      <strong>{e.grade.value}</strong>{' '}
                      {e.gradeLabel ? (
                        <>
                          (<Localized lang={lang} ja={e.gradeLabel} en={e.gradeLabelEn} />)
                        </>
                      ) : null}
                    </>
                  ) : (
                    <Missing absence={e.grade.absence} lang={lang} />
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p>
              {t(lang, {
                ja: 'この様式に評語による評価はありません。KPI ごとの達成状況と総括は上のとおりです。',
                en: 'This form has no graded evaluation; each KPI’s status and the summary are above.',
              })}
            </p>
          )}
          <p className="screen-only">
            <a href={href(`/programs/${entry.program.id}`, lang)}>
              {t(lang, { ja: 'この事業の詳細', en: 'This program in detail' })}
            </a>
          </p>
        </div>
      ))}
    </section>
  );
}

export default async function ComparePageView({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const query = await searchParams;
  const lang = langOf(query.lang);
  const asked = listOf(query.ids);
  const ids = asked.length > 0 ? asked : await defaultComparisonIds();
  const from = yearOf(query.from);
  const to = yearOf(query.to);
  // The chooser's words: with 400 programs of one city, a list to tick needs a search.
  const find =
    (Array.isArray(query.find) ? query.find[0] : query.find)?.trim().slice(0, 200) || null;
  const params = {
    ids: asked,
    from: from ? String(from) : undefined,
    to: to ? String(to) : undefined,
    find: find ?? undefined,
  };
  const result = await getComparison(ids, from, to, lang, find);
  const title = t(lang, { ja: '事業の比較', en: 'Compare programs' });

  if ('problem' in result) {
    return (
      <article lang={lang}>
        <PageHeader lang={lang} title={title} path="/compare" params={params} />
        <p className="state" role="alert">
          {t(lang, {
            ja: 'この選択では比較できません：',
            en: 'These programs cannot be compared: ',
          })}
          {result.problem}{' '}
          <a href={href('/compare', lang)}>
            {t(lang, { ja: '既定の比較に戻る', en: 'Back to the default comparison' })}
          </a>
        </p>
      </article>
    );
  }

  const { compare: comparison, programs } = result.data;
  const kpis = comparison.programs.map((entry) => comparedKpis(lang, entry));
  const results = kpiResults(lang, kpis);
  const programCosts = comparison.programs.map((entry) => comparedCosts(lang, entry));
  const axis = comparison.fiscalYears.map((year) => year.year);
  // The years asked for: a total found by difference may reach outside them.
  const costs = costTable(
    lang,
    programCosts,
    costYears(programCosts).filter((year) => axis.includes(year)),
  );
  const achievement = achievementFigure(lang, kpis, results);
  const selection = comparison.programs
    .map((entry) => programLabel(lang, entry.program))
    .join(lang === 'ja' ? ' ／ ' : ' / ');
  const span = results.years.length
    ? fiscalYearRange(lang, results.years[0]!, results.years.at(-1)!)
    : '';

  return (
    <article lang={lang}>
      <PageHeader
        lang={lang}
        title={title}
        subtitle={`${selection}${span ? `${lang === 'ja' ? '・' : ' · '}${span}` : ''}`}
        path="/compare"
        params={params}
        selection={`${selection}${span ? ` (${span})` : ''}`}
      />

      <section aria-labelledby="verdict-title" className="verdicts">
        <h2 id="verdict-title">
          {t(lang, {
            ja: '結論：目標は達成されたか、いくらかかり、だれが負担したか',
            en: 'In short: were the targets met, what did it cost, who paid',
          })}
        </h2>
        <div className="verdict-grid">
          {comparison.programs.map((entry) => (
            <div key={entry.program.id} className="verdict-card">
              <h3>{programLabel(lang, entry.program)}</h3>
              <p className="form-name">
                <Localized
                  lang={lang}
                  ja={entry.program.document.formName}
                  en={entry.program.document.formNameEn}
                />
              </p>
              <Verdict
                sentences={entry.program.verdict}
                lang={lang}
                id={`verdict-${entry.program.id}`}
              />
            </div>
          ))}
        </div>
      </section>

      <section aria-labelledby="notes-title" className="notes-box">
        <h2 id="notes-title">
          {t(lang, { ja: '比較できない点', en: 'What may not be compared' })}
        </h2>
        <ul>
          {comparison.notes.map((note, index) => (
            <li key={index}>{lang === 'ja' ? note.message : note.messageEn}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="results-title">
        <h2 id="results-title">
          {t(lang, { ja: '目標と実績（年度別）', en: 'Targets and actuals by fiscal year' })}
        </h2>
        <KpiResultsTable
          table={results}
          lang={lang}
          id="results"
          title={t(lang, {
            ja: 'KPI ごとの目標・実績・達成状況（資料の値）',
            en: 'Each KPI’s target, actual and status, as the sources give them',
          })}
        />
        <ChartFigure figure={achievement} lang={lang} />
      </section>

      <section aria-labelledby="costs-title">
        <h2 id="costs-title">
          {t(lang, { ja: '費用と負担（円）', en: 'What it cost and who paid (yen)' })}
        </h2>
        <CostTable
          table={costs}
          lang={lang}
          id="costs"
          title={t(lang, {
            ja: '年度別の費用と財源（資料の値と、その差し引き）',
            en: 'Costs and funding by fiscal year (as printed, and found by difference)',
          })}
        />
      </section>

      <section aria-labelledby="per-unit-title">
        <h2 id="per-unit-title">
          {t(lang, {
            ja: '成果 1 単位あたりの費用（按分なし）',
            en: 'Cost per unit of outcome (not apportioned)',
          })}
        </h2>
        <p className="figure-notes">
          {t(lang, {
            ja: '事業全体の費用を KPI ごとに割った値です。費用の範囲（総費用か事業費のみか）と成果の単位が異なる値は、同じ物差しではありません。',
            en: 'The whole program’s cost divided by each KPI in turn. Figures whose cost covers different things (total cost or project cost alone) or whose units differ are not on one scale.',
          })}
        </p>
        {comparison.programs.map((entry) => (
          <div key={entry.program.id}>
            <h3>{programLabel(lang, entry.program)}</h3>
            <UnitCosts
              lang={lang}
              printed={entry.program.printedUnitCosts}
              derived={entry.kpis.flatMap((k) =>
                k.years.flatMap((y) =>
                  y.costPerUnit.value === null
                    ? []
                    : [
                        {
                          kpiPosition: k.kpi.position,
                          kpiName:
                            lang === 'ja'
                              ? k.kpi.shortName
                              : (k.kpi.shortNameEn ?? k.kpi.shortName),
                          yen: y.costPerUnit.value,
                          description: askedIn(
                            lang,
                            y.costPerUnitDescription,
                            y.costPerUnitDescriptionEn,
                          ),
                        },
                      ],
                ),
              )}
            />
          </div>
        ))}
      </section>

      <Evaluations comparison={comparison} lang={lang} />

      <AbsenceLegend lang={lang} />

      <section aria-labelledby="formulas-title">
        <h2 id="formulas-title">{t(lang, { ja: '計算式', en: 'Formulas' })}</h2>
        <dl className="formulas">
          {comparison.formulas.map((f, index) => (
            <div key={index}>
              <dt>{lang === 'ja' ? f.name : f.nameEn}</dt>
              <dd>{lang === 'ja' ? f.formula.ja : f.formula.en}</dd>
            </div>
          ))}
        </dl>
        <p className="figure-notes">
          {t(lang, {
            ja: '派生値の計算式は、値にカーソルを合わせると数字入りで表示されます。',
            en: 'Hover over a derived figure to see its formula with its numbers.',
          })}
        </p>
      </section>

      <details className="filters-box screen-only">
        <summary>{t(lang, { ja: '比較する事業を選ぶ', en: 'Choose programs to compare' })}</summary>
        <form
          className="filters"
          method="get"
          action="/compare"
          aria-label={t(lang, { ja: '比較する事業の選択', en: 'Choose programs to compare' })}
        >
          <fieldset>
            <legend>
              {t(lang, { ja: '比較する事業（2件以上）', en: 'Programs to compare (two or more)' })}
            </legend>
            {[
              ...comparison.programs
                .map((entry) => entry.program)
                .filter((p) => !programs.nodes.some((node) => node.id === p.id)),
              ...programs.nodes,
            ].map((p) => (
              <label key={p.id} className="check">
                <input
                  type="checkbox"
                  name="ids"
                  value={p.id}
                  defaultChecked={ids.includes(p.id)}
                />{' '}
                {lang === 'ja' ? (
                  programLabel(lang, p)
                ) : (
                  <>
                    <Localized lang={lang} ja={p.municipality.name} en={p.municipality.nameEn} />
                    {': '}
                    <Localized lang={lang} ja={p.name} en={p.nameEn} />
                  </>
                )}
              </label>
            ))}
          </fieldset>
          <label>
            {t(lang, { ja: '事業を語句で絞り込む', en: 'Find programs by words' })}
            <input type="search" name="find" maxLength={200} defaultValue={find ?? ''} />
          </label>
          <label>
            {t(lang, { ja: '開始年度', en: 'From FY' })}
            <input
              type="number"
              name="from"
              min={1947}
              max={2100}
              defaultValue={from ?? undefined}
            />
          </label>
          <label>
            {t(lang, { ja: '終了年度', en: 'To FY' })}
            <input type="number" name="to" min={1947} max={2100} defaultValue={to ?? undefined} />
          </label>
          {lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
          <button type="submit">{t(lang, { ja: '比較する', en: 'Compare' })}</button>
        </form>
      </details>
      <PrintAppendix figureIds={[achievement.id]} lang={lang} />
    </article>
  );
}
