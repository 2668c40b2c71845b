import { notFound } from 'next/navigation';
import { AbsenceLegend } from '@/components/absence-legend';
import { ChartFigure } from '@/components/chart-figure';
import { CostTable } from '@/components/cost-table';
import { DerivedFigure } from '@/components/derived-figure';
import { KpiResultsTable } from '@/components/kpi-results-table';
import { Glossed, Localized } from '@/components/localized';
import { Missing } from '@/components/missing';
import { PageHeader } from '@/components/page-header';
import { PrintAppendix } from '@/components/print-appendix';
import { SimilarPrograms } from '@/components/similar-programs';
import { SourceNote } from '@/components/source-note';
import { StatusBadge } from '@/components/status-badge';
import { UnitCosts } from '@/components/unit-costs';
import { Verdict } from '@/components/verdict';
import type { CostCategory } from '@/lib/api/generated';
import { getProgram } from '@/lib/api/program';
import { fiscalYearHeading, fiscalYearRange, formatQuantity, formatYenExact } from '@/lib/format';
import { askedIn, dot, href, langOf, parens, t, type Lang } from '@/lib/i18n';
import { costTable } from '@/lib/view/cost-table';
import { programCosts, programKpis } from '@/lib/view/from-api';
import { expressionIn, reasonIn } from '@/lib/view/formula';
import { kpiResults } from '@/lib/view/kpi-results';
import { similarLines } from '@/lib/view/similar';
import { isEditor } from '@/lib/viewer';
import { costFigure, kpiFigure } from './_components/figures';

export const dynamic = 'force-dynamic';

type Program = NonNullable<Awaited<ReturnType<typeof getProgram>>>;

const CATEGORY: Record<CostCategory, { ja: string; en: string }> = {
  PROJECT_COST: { ja: '事業費', en: 'Project cost' },
  PERSONNEL_COST: { ja: '人件費', en: 'Personnel cost' },
  TOTAL_COST: { ja: 'トータルコスト（印字）', en: 'Total cost (as printed)' },
  GRANT: { ja: '交付金充当額', en: 'Grant' },
  NATIONAL_PREFECTURAL_SUBSIDY: { ja: '国県支出金', en: 'National/prefectural subsidy' },
  NATIONAL_SUBSIDY: { ja: '国庫支出金', en: 'National subsidy' },
  PREFECTURAL_SUBSIDY: { ja: '都道府県支出金', en: 'Prefectural subsidy' },
  LOCAL_BOND: { ja: '地方債', en: 'Local bond' },
  OTHER_SPECIFIC_REVENUE: { ja: 'その他特財', en: 'Other specific revenue' },
  GENERAL_FUND: { ja: '一般財源', en: 'General fund' },
};

const STAFF = {
  REGULAR: { ja: '正規職員', en: 'regular staff' },
  OTHER: { ja: 'その他の職員', en: 'other staff' },
} as const;

function Narratives({
  program,
  kinds,
  lang,
}: {
  program: Program;
  kinds: Program['narratives'][number]['kind'][];
  lang: Lang;
}) {
  const texts = program.narratives.filter((n) => kinds.includes(n.kind));
  if (texts.length === 0) return null;
  return (
    <dl className="narratives">
      {texts.map((n, index) => (
        <div key={index}>
          <dt>
            <Localized lang={lang} ja={n.heading} en={n.headingEn} />
            {n.kpi ? ` (KPI ${n.kpi.position})` : ''}
          </dt>
          <dd>
            {/* Line by line where the gloss keeps the text's lines, else the whole text with its gloss. */}
            {n.textEn && n.textEn.split('\n').length !== n.text.split('\n').length ? (
              <p>
                <Glossed lang={lang} ja={n.text} en={n.textEn} />
              </p>
            ) : (
              n.text.split('\n').map((line, i) => (
                <p key={i}>
                  <Glossed lang={lang} ja={line} en={n.textEn?.split('\n')[i]} />
                </p>
              ))
            )}
            <SourceNote source={n.source} lang={lang} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** When the record last changed: the date for everyone, who changed what for editors only. */
async function ChangeLog({ program, lang }: { program: Program; lang: Lang }) {
  if (!program.lastChangedAt) return null;
  const when = (at: string) =>
    new Date(at).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB', {
      timeZone: 'Asia/Tokyo',
      dateStyle: 'long',
      timeStyle: 'short',
    });
  const last = `${t(lang, { ja: '最終更新', en: 'Last updated' })}: ${when(program.lastChangedAt)}`;
  if (!(await isEditor())) return <p className="changes">{last}</p>;
  return (
    <details className="changes">
      <summary>{last}</summary>
      <ul>
        {program.history.nodes.map((change, index) => (
          <li key={index}>
            {when(change.at)}
            {dot(lang)}
            {change.actor}
            {dot(lang)}
            {change.entity} {change.entityKey}
            {change.changedFields.length ? parens(lang, change.changedFields.join(', ')) : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}

function Facts({ program, lang }: { program: Program; lang: Lang }) {
  const owner = [
    program.department && { ja: program.department, en: program.departmentEn },
    program.division && { ja: program.division, en: program.divisionEn },
  ].filter((x): x is { ja: string; en: string | null } => Boolean(x));
  return (
    <dl className="facts">
      {/* A form without an owner field (a grant report) has no owner to show. */}
      {owner.length ? (
        <div>
          <dt>{t(lang, { ja: '所管', en: 'Owner' })}</dt>
          <dd>
            {owner.map((o, i) => (
              <span key={i}>
                {i > 0 ? ' / ' : ''}
                <Localized lang={lang} ja={o.ja} en={o.en} />
              </span>
            ))}
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t(lang, { ja: '財源', en: 'Funding' })}</dt>
        <dd>
          {program.fundingScheme === 'NATIONAL_GRANT'
            ? t(lang, { ja: '国の交付金事業', en: 'National grant' })
            : t(lang, { ja: '単独事業', en: "Municipality's own" })}
          {program.fundingSchemeName ? (
            <>
              {lang === 'ja' ? '（' : ' ('}
              <Localized
                lang={lang}
                ja={program.fundingSchemeName}
                en={program.fundingSchemeNameEn}
              />
              {lang === 'ja' ? '）' : ')'}
            </>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{t(lang, { ja: '事業の期間', en: 'Program period' })}</dt>
        <dd>
          {program.planPeriod ? (
            lang === 'ja' ? (
              `計画期間 ${fiscalYearRange(lang, program.planPeriod.first.year, program.planPeriod.last.year)}`
            ) : (
              `${fiscalYearRange(lang, program.planPeriod.first.year, program.planPeriod.last.year)} (plan period)`
            )
          ) : program.firstFiscalYear ? (
            <>
              {t(lang, { ja: '開始', en: 'since' })}{' '}
              {fiscalYearHeading(lang, program.firstFiscalYear.year)}
              {program.lastFiscalYear ? null : (
                <>
                  {lang === 'ja' ? '、終了年度 ' : ', end year '}
                  <Missing absence="NOT_REPORTED" lang={lang} />
                </>
              )}
            </>
          ) : (
            <Missing absence="NOT_REPORTED" lang={lang} />
          )}
        </dd>
      </div>
      {program.dataYears ? (
        <div>
          <dt>{t(lang, { ja: 'データのある年度', en: 'Years with figures' })}</dt>
          <dd>
            {fiscalYearRange(lang, program.dataYears.first.year, program.dataYears.last.year)}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

export default async function ProgramPageView({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const lang = langOf(query.lang);
  const program = await getProgram(id, lang);
  if (!program) notFound();
  const editor = await isEditor();

  const name = lang === 'ja' ? program.name : (program.nameEn ?? program.name);
  const municipality =
    lang === 'ja'
      ? program.municipality.name
      : (program.municipality.nameEn ?? program.municipality.name);
  const prefecture =
    lang === 'ja'
      ? program.municipality.prefecture.name
      : (program.municipality.prefecture.nameEn ?? program.municipality.prefecture.name);
  const form = lang === 'ja' ? program.document.formName : (program.document.formNameEn ?? '');
  const number = program.numberAssigned
    ? t(lang, {
        ja: `事業番号：資料に記載なし（整理番号 ${program.number}）`,
        en: `No program number in the source (reference ${program.number})`,
      })
    : `${t(lang, { ja: '事業番号', en: 'Program' })} ${program.number}`;
  const kpis = programKpis(lang, program);
  const results = kpiResults(lang, [kpis]);
  const costs = costTable(lang, [programCosts(lang, program)]);
  const kpiFigures = program.kpis.map((kpi, index) => kpiFigure(kpi, kpis.kpis[index]!, lang));
  const costs_ = costFigure(program, lang);
  const figures = [...kpiFigures, costs_];
  const periodAchievement = program.planPeriod
    ? t(lang, { ja: '計画期間の達成率', en: 'Plan-period achievement' })
    : t(lang, { ja: '期間全体の達成率', en: 'Achievement over the whole period' });

  return (
    <article lang={lang}>
      <PageHeader
        lang={lang}
        title={name}
        subtitle={`${lang === 'ja' ? `${prefecture} ${municipality}` : `${municipality}, ${prefecture}`}${dot(lang)}${number}${dot(lang)}${form}${parens(lang, fiscalYearHeading(lang, program.document.fiscalYear.year))}`}
        path={`/programs/${program.id}`}
        params={{}}
        selection={`${municipality} ${name}`}
      />
      <nav
        className="screen-only section-nav"
        aria-label={t(lang, { ja: 'ページ内の節', en: 'Sections' })}
      >
        <a href={href(`/municipalities/${program.municipality.code}`, lang)}>
          {t(lang, {
            ja: `${municipality}の全事業`,
            en: `All programs of ${municipality}`,
          })}
        </a>
        <a href="#verdict">{t(lang, { ja: '結論', en: 'In short' })}</a>
        <a href="#plan">{t(lang, { ja: '計画 Plan', en: 'Plan' })}</a>
        <a href="#do">{t(lang, { ja: '実施 Do', en: 'Do' })}</a>
        <a href="#check">{t(lang, { ja: '評価 Check', en: 'Check' })}</a>
        <a href="#action">{t(lang, { ja: '改善 Action', en: 'Action' })}</a>
        <a href="#similar">{t(lang, { ja: '似た事業', en: 'Similar programs' })}</a>
        <a href={href('/compare', lang, { ids: [program.id] })}>
          {t(lang, { ja: '他の事業と比べる', en: 'Compare with others' })}
        </a>
        <a href={href('/rankings', lang, { area: program.policyArea, highlight: program.id })}>
          {t(lang, { ja: '同じ分野の全国順位', en: 'National ranking in its area' })}
        </a>
        {editor ? (
          <a href={href(`/programs/${program.id}/entry`, lang)}>
            {t(lang, { ja: '実績を入力（編集者）', en: 'Enter results (editors)' })}
          </a>
        ) : null}
      </nav>

      <ChangeLog program={program} lang={lang} />

      <section id="verdict" aria-labelledby="verdict-title" className="verdicts">
        <h2 id="verdict-title">
          {t(lang, {
            ja: '結論：目標は達成されたか、いくらかかり、だれが負担したか',
            en: 'In short: were the targets met, what did it cost, who paid',
          })}
        </h2>
        <div className="verdict-card">
          <Verdict sentences={program.verdict} lang={lang} id="verdict" />
        </div>
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
            en: 'Each KPI’s target, actual and status, as the source gives them',
          })}
        />
      </section>

      <section aria-labelledby="costs-title">
        <h2 id="costs-title">
          {t(lang, { ja: '費用と負担（円）', en: 'What it cost and who paid (yen)' })}
        </h2>
        <CostTable
          table={costs}
          lang={lang}
          id="cost-table"
          title={t(lang, {
            ja: '年度別の費用と財源（資料の値と、その差し引き）',
            en: 'Costs and funding by fiscal year (as printed, and found by difference)',
          })}
        />
        <h3>{t(lang, { ja: '成果 1 単位あたりの費用', en: 'Cost per unit of outcome' })}</h3>
        <UnitCosts
          lang={lang}
          printed={program.printedUnitCosts}
          derived={program.costPerUnit.flatMap((entry) => {
            const kpi = kpis.kpis.find((k) => k.position === entry.kpi.position);
            return entry.figure.value === null || !kpi
              ? []
              : [
                  {
                    kpiPosition: entry.kpi.position,
                    kpiName: lang === 'ja' ? kpi.shortName : (kpi.shortNameEn ?? kpi.shortName),
                    yen: entry.figure.value,
                    description: askedIn(lang, entry.description, entry.descriptionEn),
                  },
                ];
          })}
        />
      </section>

      <section id="plan" aria-labelledby="plan-title">
        <h2 id="plan-title">{t(lang, { ja: '計画（Plan）', en: 'Plan' })}</h2>
        {program.planHierarchy.length > 0 ? (
          <ol className="hierarchy" aria-label={t(lang, { ja: '計画体系', en: 'Plan hierarchy' })}>
            {program.planHierarchy.map((level, index) => (
              <li key={index}>
                <span className="level">
                  <Localized lang={lang} ja={level.level} en={level.levelEn} />
                </span>{' '}
                {level.number ? `${level.number} ` : ''}
                <Localized lang={lang} ja={level.name} en={level.nameEn} />
                <SourceNote source={level.source} lang={lang} />
              </li>
            ))}
          </ol>
        ) : null}
        <Facts program={program} lang={lang} />
        <Narratives
          program={program}
          kinds={[
            'PURPOSE',
            'TARGET_GROUPS',
            'CONTENT',
            'BACKGROUND',
            'STRATEGY_POSITION',
            'COMPONENT',
          ]}
          lang={lang}
        />
      </section>

      <section id="do" aria-labelledby="do-title">
        <h2 id="do-title">{t(lang, { ja: '事業実施（Do）', en: 'Do' })}</h2>
        {program.activities.length > 0 ? (
          <table>
            <caption>
              {t(lang, { ja: '事業行程：計画と実施結果', en: 'Schedule: planned and done' })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(lang, { ja: '項目', en: 'Activity' })}</th>
                {program.activities[0]!.years.map((y) => (
                  <th scope="col" key={y.fiscalYear.year}>
                    {fiscalYearHeading(lang, y.fiscalYear.year)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {program.activities.map((activity) => (
                <tr key={activity.position}>
                  <th scope="row">
                    <Localized lang={lang} ja={activity.name} en={activity.nameEn} />
                  </th>
                  {activity.years.map((y) => (
                    <td key={y.fiscalYear.year}>
                      {t(lang, { ja: '計画', en: 'Plan' })}:{' '}
                      {y.planned.value ? (
                        <Localized lang={lang} ja={y.planned.value} en={y.planned.valueEn} />
                      ) : (
                        <Missing absence={y.planned.absence} lang={lang} />
                      )}
                      <br />
                      {t(lang, { ja: '結果', en: 'Done' })}:{' '}
                      {y.done.value ? (
                        <Localized lang={lang} ja={y.done.value} en={y.done.valueEn} />
                      ) : (
                        <Missing absence={y.done.absence} lang={lang} />
                      )}
                      <SourceNote source={y.done.source} lang={lang} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <Narratives
          program={program}
          kinds={['PREVIOUS_POLICY', 'ACTIONS_DONE', 'METHOD', 'SPENDING']}
          lang={lang}
        />
        <ChartFigure figure={costs_} lang={lang} />
        <details className="screen-only">
          <summary>
            {t(lang, { ja: '資料に記載された費用の全行', en: 'Every cost line as printed' })}
          </summary>
          <table>
            <caption>
              {t(lang, { ja: '費用の記載（印字どおり）', en: 'Cost lines as printed' })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(lang, { ja: '区分', en: 'Category' })}</th>
                <th scope="col">{t(lang, { ja: '年度', en: 'Fiscal years' })}</th>
                <th scope="col" className="number">
                  {t(lang, { ja: '金額', en: 'Amount' })}
                </th>
                <th scope="col" className="number">
                  {t(lang, { ja: '職員（人）', en: 'Staff (FTE)' })}
                </th>
              </tr>
            </thead>
            <tbody>
              {program.costs.map((cost, index) => (
                <tr key={index}>
                  <th scope="row">
                    {t(lang, CATEGORY[cost.category])}
                    {cost.staffType ? parens(lang, t(lang, STAFF[cost.staffType])) : ''}
                  </th>
                  <td>
                    {fiscalYearRange(lang, cost.fiscalYears.first.year, cost.fiscalYears.last.year)}
                  </td>
                  <td className="number">
                    {cost.amount.yen === null ? (
                      <Missing absence={cost.amount.absence} lang={lang} />
                    ) : (
                      <>
                        {formatYenExact(lang, cost.amount.yen)}
                        {cost.amount.precisionYen > 1 ? (
                          <span className="precision">
                            {' '}
                            {t(lang, { ja: '（千円単位）', en: '(to ¥1,000)' })}
                          </span>
                        ) : null}
                      </>
                    )}
                    <SourceNote source={cost.amount.source} lang={lang} />
                  </td>
                  <td className="number">
                    {cost.staffFte?.value != null ? formatQuantity(cost.staffFte.value) : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>

      <section id="check" aria-labelledby="check-title">
        <h2 id="check-title">{t(lang, { ja: '評価（Check）', en: 'Check' })}</h2>
        {kpiFigures.map((figure, index) => {
          const kpi = program.kpis[index]!;
          return (
            <div key={figure.id}>
              <ChartFigure figure={figure} lang={lang} />
              <p className="plan-achievement">
                {periodAchievement}: <DerivedFigure figure={kpi.planAchievement} lang={lang} />{' '}
                {kpi.planAchievement.value === null ? (
                  <span className="expression">
                    {parens(
                      lang,
                      kpi.planAchievement.notComputed === null
                        ? ''
                        : reasonIn(lang, kpi.planAchievement.notComputed),
                    )}
                  </span>
                ) : (
                  <span className="expression">
                    {parens(lang, expressionIn(lang, kpi.planAchievement.formula) ?? '')}
                  </span>
                )}{' '}
                {kpi.planStatus ? <StatusBadge status={kpi.planStatus} lang={lang} /> : null}
              </p>
            </div>
          );
        })}
        {program.evaluations.length > 0 ? (
          <table className="evaluations">
            <caption>
              {t(lang, {
                ja: '団体自身の評価（資料の尺度のまま）',
                en: 'The municipality’s own evaluation, on the form’s scales',
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(lang, { ja: '観点', en: 'Axis' })}</th>
                <th scope="col">{t(lang, { ja: '評語', en: 'Grade' })}</th>
                <th scope="col">{t(lang, { ja: '理由', en: 'Reason' })}</th>
              </tr>
            </thead>
            <tbody>
              {program.evaluations.map((e) => (
                <tr key={`${e.axis}-${e.fiscalYear.year}`}>
                  <th scope="row">
                    <Localized lang={lang} ja={e.axisLabel} en={e.axisLabelEn} />
                    {parens(lang, fiscalYearHeading(lang, e.fiscalYear.year))}
                  </th>
                  <td>
                    {e.grade.value ? (
                      <>
                        <strong>{e.grade.value}</strong>{' '}
                        {e.gradeLabel ? (
                          <Localized lang={lang} ja={e.gradeLabel} en={e.gradeLabelEn} />
                        ) : null}
                      </>
                    ) : (
                      <Missing absence={e.grade.absence} lang={lang} />
                    )}
                    <SourceNote source={e.grade.source} lang={lang} />
                    <div className="scale">
                      {e.scale.map((s, i) => (
                        <span key={i}>
                          {i > 0 ? ' / ' : ''}
                          {s.grade === s.label ? '' : `${s.grade}: `}
                          <Localized lang={lang} ja={s.label} en={s.labelEn} />
                        </span>
                      ))}
                    </div>
                  </td>
                  <td>
                    {e.reason?.value ? (
                      <Glossed lang={lang} ja={e.reason.value} en={e.reason.valueEn} />
                    ) : (
                      <Missing absence={e.reason?.absence ?? e.grade.absence} lang={lang} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <Narratives
          program={program}
          kinds={['KPI_STATUS_NOTE', 'KPI_SELF_EVALUATION']}
          lang={lang}
        />
      </section>

      <section id="action" aria-labelledby="action-title">
        <h2 id="action-title">{t(lang, { ja: '改善（Action）', en: 'Action' })}</h2>
        <Narratives
          program={program}
          kinds={['ISSUES', 'NEXT_POLICY', 'REVIEW', 'PERIOD_SUMMARY']}
          lang={lang}
        />
      </section>

      <SimilarPrograms
        sameMunicipality={similarLines(lang, program.id, program.sameMunicipality)}
        otherMunicipalities={similarLines(lang, program.id, program.otherMunicipalities)}
        municipality={municipality}
        lang={lang}
      />

      <AbsenceLegend lang={lang} />
      <PrintAppendix figureIds={figures.map((f) => f.id)} lang={lang} />
    </article>
  );
}
