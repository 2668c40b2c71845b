import { DerivedFigure } from '@/components/derived-figure';
import { Missing } from '@/components/missing';
import { fiscalYearRange, fiscalYearText, formatYenExact, formatYenHeadline } from '@/lib/format';
import type { ProgramHeadline } from '@/lib/api/overview';
import { dot, href, parens, t, type Lang } from '@/lib/i18n';

/** One program's headline: who runs it, its KPIs achieved, its latest cost and grant share. */
export function ProgramCard({ program, lang }: { program: ProgramHeadline; lang: Lang }) {
  const cost = program.latestCost;
  const name = lang === 'ja' ? program.name : (program.nameEn ?? program.name);
  return (
    <article className="program-card" aria-labelledby={`program-${program.id}`}>
      <p className="program-meta">
        {lang === 'ja' ? program.prefecture : (program.prefectureEn ?? program.prefecture)}{' '}
        {lang === 'ja' ? program.municipality : (program.municipalityEn ?? program.municipality)}
        {program.synthetic ? t(lang, { ja: '（合成データ）', en: ' (synthetic)' }) : ''}
        {dot(lang)}
        {program.numberAssigned
          ? t(lang, {
              ja: `整理番号 ${program.number}（資料に事業番号なし）`,
              en: `Ref. ${program.number} (no number in the source)`,
            })
          : t(lang, { ja: `事業番号 ${program.number}`, en: `Program ${program.number}` })}
      </p>
      <h2 id={`program-${program.id}`}>
        <a href={href(`/programs/${program.id}`, lang)}>{name}</a>
      </h2>
      {lang === 'ja' && program.nameEn ? <p className="en">{program.nameEn}</p> : null}
      <p className="program-meta">
        {program.fundingScheme === 'NATIONAL_GRANT'
          ? t(lang, { ja: '国の交付金事業', en: 'National grant' })
          : t(lang, { ja: '単独事業', en: "Municipality's own" })}
        {program.years
          ? `${dot(lang)}${t(lang, { ja: 'データのある年度', en: 'figures for' })} ${fiscalYearRange(lang, program.years.first.year, program.years.last.year)}`
          : ''}
      </p>
      <dl className="figures">
        <div className="figure">
          <dt>{t(lang, { ja: 'KPI の達成', en: 'KPIs achieved' })}</dt>
          <dd>
            {program.kpisWithStatus > 0 ? (
              `${program.kpisAchieved} / ${program.kpisWithStatus}`
            ) : (
              <Missing absence="NOT_REPORTED" lang={lang} />
            )}
            <div className="figure-note">
              {t(lang, {
                ja: `KPI ${program.kpiCount} 件（計画期間、なければ最新年度）`,
                en: `${program.kpiCount} KPIs (plan period, else latest year)`,
              })}
            </div>
          </dd>
        </div>
        <div className="figure">
          <dt>
            {cost
              ? `${cost.basis === 'TOTAL_COST' ? t(lang, { ja: '総費用', en: 'Total cost' }) : t(lang, { ja: '事業費', en: 'Project cost' })}${parens(lang, fiscalYearText(lang, cost.summary.fiscalYears.first))}`
              : t(lang, { ja: '費用', en: 'Cost' })}
          </dt>
          <dd title={cost ? formatYenExact(lang, cost.yen) : undefined}>
            {cost ? (
              formatYenHeadline(lang, cost.yen)
            ) : (
              <Missing absence="NOT_REPORTED" lang={lang} />
            )}
            <div className="figure-note">
              {cost?.basis === 'PROJECT_COST'
                ? t(lang, { ja: '人件費の記載なし', en: 'no personnel cost in the source' })
                : t(lang, { ja: '事業費 + 人件費', en: 'project + personnel' })}
            </div>
          </dd>
        </div>
        <div className="figure">
          <dt>{t(lang, { ja: '交付金割合', en: 'Grant share' })}</dt>
          <dd>
            {cost ? (
              <DerivedFigure figure={cost.summary.grantShare} lang={lang} />
            ) : (
              <Missing absence="NOT_REPORTED" lang={lang} />
            )}
          </dd>
        </div>
      </dl>
    </article>
  );
}
