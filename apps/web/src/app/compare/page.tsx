import { BarChart } from '@/components/charts/bar-chart';
import { ChartFigure, type FigureData } from '@/components/chart-figure';
import { PrintAppendix } from '@/components/print-appendix';
import { DerivedFigure } from '@/components/derived-figure';
import { Missing } from '@/components/missing';
import { PageHeader } from '@/components/page-header';
import { StatusBadge } from '@/components/status-badge';
import { fiscalYearText, formatYenExact } from '@/lib/format';
import { defaultComparisonIds, getComparison, type ComparePage } from '@/lib/api/compare';
import { href, langOf, t, type Lang } from '@/lib/i18n';

export const dynamic = 'force-dynamic';

type Comparison = ComparePage['compare'];
type Compared = Comparison['programs'][number];

const PALETTE = [
  '#0b5cad',
  '#e07b00',
  '#1b6e2a',
  '#6a3d9a',
  '#b00020',
  '#00838f',
  '#5d4037',
  '#c2185b',
];

function listOf(value: string | string[] | undefined): string[] {
  return (Array.isArray(value) ? value : value ? value.split(',') : []).filter(Boolean);
}

function yearOf(value: string | string[] | undefined): number | null {
  const year = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(year) && year > 0 ? year : null;
}

const programName = (lang: Lang, p: Compared['program']) =>
  `${lang === 'ja' ? p.municipality.name : (p.municipality.nameEn ?? p.municipality.name)} ${lang === 'ja' ? p.name : (p.nameEn ?? p.name)}`;

function achievementFigure(comparison: Comparison, lang: Lang): FigureData {
  const series = comparison.programs.flatMap((entry, p) =>
    entry.kpis.map((k, i) => ({
      key: `p${p}k${k.kpi.position}`,
      label: `${lang === 'ja' ? entry.program.municipality.name : (entry.program.municipality.nameEn ?? entry.program.municipality.name)} KPI ${k.kpi.position}`,
      color: PALETTE[(p * 3 + i) % PALETTE.length]!,
      kpi: k,
      entry,
    })),
  );
  const cell = (k: Compared['kpis'][number], year: number) =>
    k.years.find((y) => y.fiscalYear.year === year)!;
  return {
    id: 'achievement',
    title: t(lang, { ja: 'KPI の達成率（年度別）', en: 'KPI achievement by fiscal year' }),
    notes: [
      t(lang, {
        ja: '種類や単位の異なる KPI は生の値ではなく達成率（比率）で並べます。ストックは（実績 − 基準値）÷（目標 − 基準値）、増分は 実績 ÷ 目標。目標のない年度・未報告の年度は棒を描きません（0 ではありません）。',
        en: 'KPIs of different kinds and units are set side by side as achievement rates, never raw values. Stock: (actual − baseline) ÷ (target − baseline); increment: actual ÷ target. Years without a target or not reported have no bar (never 0).',
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
        height={300}
        series={series.map(({ key, label, color }) => ({ key, label, color }))}
        rows={comparison.fiscalYears.map((year) => ({
          year: lang === 'ja' ? year.label : `FY${year.year}`,
          ...Object.fromEntries(
            series.map((s) => [s.key, cell(s.kpi, year.year).achievement.value]),
          ),
        }))}
      />
    ),
    columns: [
      { label: t(lang, { ja: '事業・KPI', en: 'Program and KPI' }) },
      ...comparison.fiscalYears.map((year) => ({
        label: fiscalYearText(lang, year),
        numeric: true,
      })),
      { label: t(lang, { ja: '計画期間', en: 'Plan period' }), numeric: true },
      { label: t(lang, { ja: '現在の状況', en: 'Current status' }) },
    ],
    rows: series.map((s) => ({
      cells: [
        `${s.label}: ${lang === 'ja' ? s.kpi.kpi.name : (s.kpi.kpi.nameEn ?? s.kpi.kpi.name)}`,
        ...comparison.fiscalYears.map((year) => {
          const c = cell(s.kpi, year.year);
          return c.value ? (
            <DerivedFigure key={year.year} figure={c.achievement} lang={lang} />
          ) : (
            <span key={year.year} className="missing">
              {t(lang, { ja: '記載なし', en: 'no entry' })}
            </span>
          );
        }),
        <DerivedFigure key="plan" figure={s.kpi.kpi.planAchievement} lang={lang} />,
        <StatusBadge key="status" status={s.kpi.kpi.currentStatus} lang={lang} />,
      ],
      csv: [
        s.label,
        ...comparison.fiscalYears.map((year) => cell(s.kpi, year.year).achievement.value),
        s.kpi.kpi.planAchievement.value,
        s.kpi.kpi.currentStatus
          ? lang === 'ja'
            ? s.kpi.kpi.currentStatus.label
            : s.kpi.kpi.currentStatus.labelEn
          : null,
      ],
    })),
  };
}

function costFigure(comparison: Comparison, lang: Lang): FigureData {
  const missing = t(lang, { ja: '未報告', en: 'not reported' });
  return {
    id: 'costs',
    title: t(lang, { ja: '年度別の費用と交付金割合', en: 'Costs and grant share by fiscal year' }),
    notes: [
      t(lang, {
        ja: '総費用 = 事業費 + 人件費（人件費が未報告なら総費用も未報告）。交付金割合 = 交付金・国県支出金 ÷ 事業費。費用の範囲が異なる事業どうしの比は取りません。',
        en: 'Total cost = project + personnel cost (not reported when personnel is not). Grant share = grant ÷ project cost. No ratio is taken between programs whose costs cover different things.',
      }),
    ],
    columns: [
      { label: t(lang, { ja: '事業', en: 'Program' }) },
      ...comparison.fiscalYears.map((year) => ({
        label: fiscalYearText(lang, year),
        numeric: true,
      })),
    ],
    rows: comparison.programs.flatMap((entry) => {
      const name = programName(lang, entry.program);
      const line = (
        label: string,
        pick: (s: NonNullable<Compared['costYears'][number]['summary']>) => React.ReactNode,
        csv: (s: NonNullable<Compared['costYears'][number]['summary']>) => string | number | null,
      ) => ({
        cells: [
          `${name}: ${label}`,
          ...entry.costYears.map((c) =>
            c.summary ? (
              pick(c.summary)
            ) : (
              <Missing key={c.fiscalYear.year} absence="NOT_REPORTED" lang={lang} />
            ),
          ),
        ],
        csv: [
          `${name}: ${label}`,
          ...entry.costYears.map((c) => (c.summary ? csv(c.summary) : missing)),
        ],
      });
      return [
        line(
          t(lang, { ja: '事業費', en: 'project cost' }),
          (s) =>
            s.projectCost === null ? (
              <Missing absence="NOT_REPORTED" lang={lang} />
            ) : (
              formatYenExact(lang, s.projectCost)
            ),
          (s) => s.projectCost ?? missing,
        ),
        line(
          t(lang, { ja: '総費用', en: 'total cost' }),
          (s) => <DerivedFigure figure={s.totalCost} lang={lang} />,
          (s) => s.totalCost.value ?? missing,
        ),
        line(
          t(lang, { ja: '交付金割合', en: 'grant share' }),
          (s) => <DerivedFigure figure={s.grantShare} lang={lang} />,
          (s) => s.grantShare.value,
        ),
      ];
    }),
  };
}

function costPerUnitFigure(comparison: Comparison, lang: Lang): FigureData {
  return {
    id: 'cost-per-unit',
    title: t(lang, {
      ja: '成果 1 単位あたりの費用（按分なし）',
      en: 'Cost per unit of outcome (not apportioned)',
    }),
    notes: [
      t(lang, {
        ja: 'その年度の費用 ÷ その年度の成果（ストックは増加分）。事業全体の費用を KPI ごとに割るため、KPI 間で足し合わせません。年度と単位の異なる値は並べて読むだけにしてください。',
        en: "The year's cost ÷ the year's outcome (for a stock, its change). The whole program's cost is divided by each KPI in turn: never add two KPIs' figures. Figures of different years and units are to be read side by side, not combined.",
      }),
    ],
    columns: [
      { label: t(lang, { ja: '事業・KPI', en: 'Program and KPI' }) },
      ...comparison.fiscalYears.map((year) => ({
        label: fiscalYearText(lang, year),
        numeric: true,
      })),
    ],
    rows: comparison.programs.flatMap((entry) =>
      entry.kpis.map((k) => {
        const label = `${programName(lang, entry.program)} KPI ${k.kpi.position}（${lang === 'ja' ? k.kpi.unit : (k.kpi.unitEn ?? k.kpi.unit)}）`;
        return {
          cells: [
            label,
            ...k.years.map((y) => (
              <DerivedFigure key={y.fiscalYear.year} figure={y.costPerUnit} lang={lang} />
            )),
          ],
          csv: [label, ...k.years.map((y) => y.costPerUnit.value)],
        };
      }),
    ),
  };
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
  const params = {
    ids: asked,
    from: from ? String(from) : undefined,
    to: to ? String(to) : undefined,
  };
  const result = await getComparison(ids, from, to);
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
  const figures = [
    achievementFigure(comparison, lang),
    costFigure(comparison, lang),
    costPerUnitFigure(comparison, lang),
  ];
  const selection = comparison.programs
    .map((entry) => programName(lang, entry.program))
    .join(' ／ ');
  const years = comparison.fiscalYears;

  return (
    <article lang={lang}>
      <PageHeader
        lang={lang}
        title={title}
        subtitle={`${selection}${years.length ? ` ・ ${fiscalYearText(lang, years[0]!)}〜${fiscalYearText(lang, years.at(-1)!)}` : ''}`}
        path="/compare"
        params={params}
        selection={selection}
      />
      <form
        className="filters screen-only"
        method="get"
        action="/compare"
        aria-label={t(lang, { ja: '比較する事業の選択', en: 'Choose programs to compare' })}
      >
        <fieldset>
          <legend>
            {t(lang, { ja: '比較する事業（2件以上）', en: 'Programs to compare (two or more)' })}
          </legend>
          {programs.nodes.map((p) => (
            <label key={p.id} className="check">
              <input type="checkbox" name="ids" value={p.id} defaultChecked={ids.includes(p.id)} />{' '}
              {lang === 'ja' ? p.municipality.name : (p.municipality.nameEn ?? p.municipality.name)}{' '}
              {lang === 'ja' ? p.name : (p.nameEn ?? p.name)}
            </label>
          ))}
        </fieldset>
        <label>
          {t(lang, { ja: '開始年度', en: 'From FY' })}
          <input type="number" name="from" min={1947} max={2100} defaultValue={from ?? undefined} />
        </label>
        <label>
          {t(lang, { ja: '終了年度', en: 'To FY' })}
          <input type="number" name="to" min={1947} max={2100} defaultValue={to ?? undefined} />
        </label>
        {lang === 'en' ? <input type="hidden" name="lang" value="en" /> : null}
        <button type="submit">{t(lang, { ja: '比較する', en: 'Compare' })}</button>
      </form>

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

      {figures.map((figure) => (
        <ChartFigure key={figure.id} figure={figure} lang={lang} />
      ))}

      {comparison.programs.some((entry) => entry.costPeriods.length > 0) ? (
        <section aria-labelledby="periods-title">
          <h2 id="periods-title">
            {t(lang, {
              ja: '複数年度の合計として報告された費用',
              en: 'Costs reported only over several years',
            })}
          </h2>
          <ul>
            {comparison.programs.flatMap((entry) =>
              entry.costPeriods.map((period, index) => (
                <li key={`${entry.program.id}-${index}`}>
                  {programName(lang, entry.program)}:{' '}
                  {fiscalYearText(lang, period.fiscalYears.first)}〜
                  {fiscalYearText(lang, period.fiscalYears.last)}
                  {period.derived
                    ? ` † ${t(lang, { ja: '差し引きで求めた派生値', en: 'derived by difference' })}`
                    : ''}{' '}
                  ・ {t(lang, { ja: '事業費', en: 'project cost' })}{' '}
                  {period.projectCost === null ? (
                    <Missing absence="NOT_REPORTED" lang={lang} />
                  ) : (
                    formatYenExact(lang, period.projectCost)
                  )}{' '}
                  ・ {t(lang, { ja: '交付金割合', en: 'grant share' })}{' '}
                  <DerivedFigure figure={period.grantShare} lang={lang} />
                </li>
              )),
            )}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="evaluations-title">
        <h2 id="evaluations-title">
          {t(lang, {
            ja: '評価（それぞれの様式の語で）',
            en: 'Evaluations, each in its own form’s terms',
          })}
        </h2>
        {comparison.programs.map((entry) => (
          <div key={entry.program.id}>
            <h3>
              {programName(lang, entry.program)}{' '}
              <span className="en">（{entry.program.document.formName}）</span>
            </h3>
            {entry.program.evaluations.length > 0 ? (
              <ul>
                {entry.program.evaluations.map((e, index) => (
                  <li key={index} lang="ja">
                    {e.axisLabel}:{' '}
                    {e.grade.value ? (
                      `${e.grade.value} ${e.gradeLabel ?? ''}`
                    ) : (
                      <Missing absence={e.grade.absence} lang={lang} />
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <p>
                {t(lang, {
                  ja: '評語による評価はありません。KPI ごとの達成状況は上の表のとおりです。',
                  en: 'No graded evaluation; each KPI’s status is in the table above.',
                })}
              </p>
            )}
            <p>
              <a href={href(`/programs/${entry.program.id}`, lang)}>
                {t(lang, { ja: 'この事業の詳細', en: 'This program in detail' })}
              </a>
              {entry.missingYears.length > 0
                ? ` ・ ${t(lang, { ja: '数値のない年度', en: 'years without figures' })}: ${entry.missingYears.map((y) => fiscalYearText(lang, y)).join('、')}`
                : ''}
            </p>
          </div>
        ))}
      </section>

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
            ja: '* 達成率から判定した状況。† 派生した入力（年度目標の合計、差し引きで求めた費用）を使う値。未報告・対象外・不明は 0 として扱いません。',
            en: '* Status computed from the achievement. † A figure with a derived input (a sum of yearly targets, a cost by difference). Not reported, no target and unclear are never treated as 0.',
          })}
        </p>
      </section>
      <PrintAppendix figureIds={figures.map((f) => f.id)} lang={lang} />
    </article>
  );
}
