import { notFound } from 'next/navigation';
import { ChartFigure } from '@/components/chart-figure';
import { PrintAppendix } from '@/components/print-appendix';
import { DerivedFigure } from '@/components/derived-figure';
import { Missing } from '@/components/missing';
import { PageHeader } from '@/components/page-header';
import { SourceNote } from '@/components/source-note';
import { StatusBadge } from '@/components/status-badge';
import { fiscalYearText, formatQuantity, formatYenExact } from '@/lib/format';
import { getProgram } from '@/lib/api/program';
import { href, langOf, t, type Lang } from '@/lib/i18n';
import { costFigure, costPerUnitFigure, kpiFigure } from './_components/figures';

export const dynamic = 'force-dynamic';

type Program = NonNullable<Awaited<ReturnType<typeof getProgram>>>;

const CATEGORY = {
  PROJECT_COST: { ja: '事業費', en: 'Project cost' },
  PERSONNEL_COST: { ja: '人件費', en: 'Personnel cost' },
  TOTAL_COST: { ja: 'トータルコスト（印字）', en: 'Total cost (as printed)' },
  GRANT: { ja: '交付金充当額', en: 'Grant' },
  NATIONAL_PREFECTURAL_SUBSIDY: { ja: '国県支出金', en: 'National/prefectural subsidy' },
  LOCAL_BOND: { ja: '地方債', en: 'Local bond' },
  OTHER_SPECIFIC_REVENUE: { ja: 'その他特財', en: 'Other specific revenue' },
  GENERAL_FUND: { ja: '一般財源', en: 'General fund' },
} as const;

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
            {n.heading}
            {n.kpi ? ` (KPI ${n.kpi.position})` : ''}
          </dt>
          <dd lang="ja">
            {n.text.split('\n').map((line, i) => (
              <p key={i}>{line}</p>
            ))}
            <SourceNote source={n.source} lang={lang} />
          </dd>
        </div>
      ))}
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
  const program = await getProgram(id);
  if (!program) notFound();

  const name = lang === 'ja' ? program.name : (program.nameEn ?? program.name);
  const municipality =
    lang === 'ja'
      ? program.municipality.name
      : (program.municipality.nameEn ?? program.municipality.name);
  const prefecture =
    lang === 'ja'
      ? program.municipality.prefecture.name
      : (program.municipality.prefecture.nameEn ?? program.municipality.prefecture.name);
  const kpiFigures = program.kpis.map((kpi) => kpiFigure(kpi, lang));
  const figures = [...kpiFigures, costFigure(program, lang), costPerUnitFigure(program, lang)];
  const [costs, perUnit] = figures.slice(kpiFigures.length);

  return (
    <article lang={lang}>
      <PageHeader
        lang={lang}
        title={name}
        subtitle={`${prefecture} ${municipality} ・ ${t(lang, { ja: '事業番号', en: 'Program' })} ${program.number} ・ ${program.document.formName}（${fiscalYearText(lang, program.document.fiscalYear)}）`}
        path={`/programs/${program.id}`}
        params={{}}
        selection={`${municipality} ${name}`}
      />
      <nav
        className="screen-only section-nav"
        aria-label={t(lang, { ja: 'ページ内の節', en: 'Sections' })}
      >
        <a href="#plan">{t(lang, { ja: '計画 Plan', en: 'Plan' })}</a>
        <a href="#do">{t(lang, { ja: '実施 Do', en: 'Do' })}</a>
        <a href="#check">{t(lang, { ja: '評価 Check', en: 'Check' })}</a>
        <a href="#action">{t(lang, { ja: '改善 Action', en: 'Action' })}</a>
        <a href={href('/compare', lang, { ids: [program.id] })}>
          {t(lang, { ja: '他の事業と比べる', en: 'Compare with others' })}
        </a>
        <a href={href('/rankings', lang, { area: program.policyArea, highlight: program.id })}>
          {t(lang, { ja: '同じ分野の全国順位', en: 'National ranking in its area' })}
        </a>
        <a href={href(`/programs/${program.id}/entry`, lang)}>
          {t(lang, { ja: '実績を入力（編集者）', en: 'Enter results (editors)' })}
        </a>
      </nav>
      {program.lastChangedAt ? (
        <details className="changes">
          <summary>
            {t(lang, { ja: '最終変更', en: 'Last changed' })}:{' '}
            {new Date(program.lastChangedAt).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB', {
              timeZone: 'Asia/Tokyo',
            })}
          </summary>
          <ul>
            {program.history.nodes.map((change, index) => (
              <li key={index}>
                {new Date(change.at).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB', {
                  timeZone: 'Asia/Tokyo',
                })}{' '}
                ・ {change.actor} ・ {change.entity} {change.entityKey}
                {change.changedFields.length ? `（${change.changedFields.join(', ')}）` : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <section id="plan" aria-labelledby="plan-title">
        <h2 id="plan-title">{t(lang, { ja: '計画（Plan）', en: 'Plan' })}</h2>
        {program.planHierarchy.length > 0 ? (
          <ol className="hierarchy" aria-label={t(lang, { ja: '計画体系', en: 'Plan hierarchy' })}>
            {program.planHierarchy.map((level, index) => (
              <li key={index} lang="ja">
                <span className="level">{level.level}</span>{' '}
                {level.number ? `${level.number} ` : ''}
                {level.name}
                <SourceNote source={level.source} lang={lang} />
              </li>
            ))}
          </ol>
        ) : null}
        <dl className="facts">
          <div>
            <dt>{t(lang, { ja: '所管', en: 'Owner' })}</dt>
            <dd lang="ja">
              {[program.department, program.division].filter(Boolean).join(' ／ ') || (
                <Missing absence="NOT_REPORTED" lang={lang} />
              )}
            </dd>
          </div>
          <div>
            <dt>{t(lang, { ja: '財源', en: 'Funding' })}</dt>
            <dd>
              {program.fundingScheme === 'NATIONAL_GRANT'
                ? t(lang, { ja: '国の交付金事業', en: 'National grant' })
                : t(lang, { ja: '単独事業', en: "Municipality's own" })}
              {program.fundingSchemeName ? (
                <span lang="ja">（{program.fundingSchemeName}）</span>
              ) : null}
            </dd>
          </div>
          <div>
            <dt>{t(lang, { ja: '期間', en: 'Period' })}</dt>
            <dd>
              {program.planPeriod ? (
                `${fiscalYearText(lang, program.planPeriod.first)}〜${fiscalYearText(lang, program.planPeriod.last)}`
              ) : program.firstFiscalYear ? (
                `${fiscalYearText(lang, program.firstFiscalYear)}〜`
              ) : (
                <Missing absence="NOT_REPORTED" lang={lang} />
              )}
            </dd>
          </div>
        </dl>
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
        <h3>{t(lang, { ja: '成果指標と目標', en: 'KPIs and targets' })}</h3>
        <ul className="kpi-list">
          {program.kpis.map((kpi) => (
            <li key={kpi.position}>
              <strong lang="ja">
                {kpi.position}. {kpi.name}
              </strong>{' '}
              ({lang === 'ja' ? kpi.unit : (kpi.unitEn ?? kpi.unit)}) ・{' '}
              {t(lang, { ja: '基準値', en: 'baseline' })}{' '}
              {kpi.baseline?.value.value != null ? (
                formatQuantity(kpi.baseline.value.value)
              ) : (
                <Missing absence="NOT_REPORTED" lang={lang} />
              )}
              {kpi.baseline?.label ? `（${kpi.baseline.label}）` : ''} ・{' '}
              {t(lang, { ja: '計画期間の目標', en: 'plan-period target' })}{' '}
              {kpi.planTarget.value !== null ? (
                formatQuantity(kpi.planTarget.value)
              ) : (
                <Missing absence={kpi.planTarget.absence} lang={lang} />
              )}
            </li>
          ))}
        </ul>
      </section>

      <section id="do" aria-labelledby="do-title">
        <h2 id="do-title">{t(lang, { ja: '事業実施（Do）', en: 'Do' })}</h2>
        {program.activities.length > 0 ? (
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-label={t(lang, { ja: '表', en: 'Table' })}
          >
            <table>
              <caption>
                {t(lang, { ja: '事業行程：計画と実施結果', en: 'Schedule: planned and done' })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t(lang, { ja: '項目', en: 'Activity' })}</th>
                  {program.activities[0]!.years.map((y) => (
                    <th scope="col" key={y.fiscalYear.year}>
                      {fiscalYearText(lang, y.fiscalYear)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {program.activities.map((activity) => (
                  <tr key={activity.position}>
                    <th scope="row" lang="ja">
                      {activity.name}
                    </th>
                    {activity.years.map((y) => (
                      <td key={y.fiscalYear.year} lang="ja">
                        {t(lang, { ja: '計画', en: 'Plan' })}:{' '}
                        {y.planned.value ?? <Missing absence={y.planned.absence} lang={lang} />}
                        <br />
                        {t(lang, { ja: '結果', en: 'Done' })}:{' '}
                        {y.done.value ?? <Missing absence={y.done.absence} lang={lang} />}
                        <SourceNote source={y.done.source} lang={lang} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <Narratives
          program={program}
          kinds={['PREVIOUS_POLICY', 'ACTIONS_DONE', 'METHOD', 'SPENDING']}
          lang={lang}
        />
        {costs ? <ChartFigure figure={costs} lang={lang} /> : null}
        <details className="screen-only">
          <summary>
            {t(lang, { ja: '資料に記載された費用の全行', en: 'Every cost line as printed' })}
          </summary>
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-label={t(lang, { ja: '表', en: 'Table' })}
          >
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
                      {cost.staffType ? `（${t(lang, STAFF[cost.staffType])}）` : ''}
                    </th>
                    <td>
                      {cost.fiscalYears.first.year === cost.fiscalYears.last.year
                        ? fiscalYearText(lang, cost.fiscalYears.first)
                        : `${fiscalYearText(lang, cost.fiscalYears.first)}〜${fiscalYearText(lang, cost.fiscalYears.last)}`}
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
          </div>
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
                {t(lang, { ja: '計画期間の達成率', en: 'Plan-period achievement' })}:{' '}
                <DerivedFigure figure={kpi.planAchievement} lang={lang} />{' '}
                {kpi.planAchievement.formula.expression ? (
                  <span className="expression">（{kpi.planAchievement.formula.expression}）</span>
                ) : null}{' '}
                {kpi.planStatus ? <StatusBadge status={kpi.planStatus} lang={lang} /> : null}
              </p>
            </div>
          );
        })}
        {perUnit ? <ChartFigure figure={perUnit} lang={lang} /> : null}
        {program.evaluations.length > 0 ? (
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-label={t(lang, { ja: '表', en: 'Table' })}
          >
            <table>
              <caption>
                {t(lang, {
                  ja: '評価（資料の尺度のまま）',
                  en: 'Evaluations, on the form’s own scales',
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
                    <th scope="row" lang="ja">
                      {e.axisLabel}（{fiscalYearText(lang, e.fiscalYear)}）
                    </th>
                    <td lang="ja">
                      {e.grade.value ? (
                        <>
                          <strong>{e.grade.value}</strong> {e.gradeLabel}
                        </>
                      ) : (
                        <Missing absence={e.grade.absence} lang={lang} />
                      )}
                      <SourceNote source={e.grade.source} lang={lang} />
                      <div className="scale">
                        {e.scale
                          .map((s) => `${s.grade === s.label ? s.label : `${s.grade}: ${s.label}`}`)
                          .join(' ／ ')}
                      </div>
                    </td>
                    <td lang="ja">{e.reason?.value ?? e.note ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
      <PrintAppendix figureIds={figures.map((f) => f.id)} lang={lang} />
    </article>
  );
}
