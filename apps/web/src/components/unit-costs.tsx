import { kpiMark } from '@muni/domain';
import type { PrintedUnitCostFieldsFragment } from '@/lib/api/generated';
import type { WithSources } from '@/lib/api/sources';
import { fiscalYearHeading, formatCount, formatYenPerUnit } from '@/lib/format';
import type { Lang } from '@/lib/i18n';
import { Localized } from './localized';

/** A per-unit figure this product derived, with the sentence saying what it divides by what. */
export interface DerivedUnitCost {
  kpiPosition: number;
  kpiName: string;
  yen: number;
  /** What it divides by what, naming the cost it divides (total, or project cost alone). */
  description: string;
}

/**
 * Cost per unit, in context: each figure with what it divides by what, and the form's own unit cost
 * (its target count and what it counts) beside them, since the two answer different questions.
 */
export function UnitCosts({
  lang,
  derived,
  printed,
}: {
  lang: Lang;
  derived: readonly DerivedUnitCost[];
  printed: readonly WithSources<PrintedUnitCostFieldsFragment>[];
}) {
  return (
    <div className="unit-costs">
      {derived.length > 0 ? (
        <ul>
          {derived.map((item, index) => (
            <li key={index}>
              <strong>
                {kpiMark(item.kpiPosition)} {item.kpiName.charAt(0).toUpperCase()}
                {item.kpiName.slice(1)}: {formatYenPerUnit(lang, item.yen)}
              </strong>{' '}
              {item.description}
            </li>
          ))}
        </ul>
      ) : (
        <p>
          {lang === 'ja'
            ? '成果 1 単位あたりの費用を計算できる年度はありません（費用か成果が報告されていない）。'
            : 'No year has both a cost and an outcome to divide it by.'}
        </p>
      )}
      {printed.map((cost, index) => (
        <p key={index} className="printed-unit-cost">
          {lang === 'ja' ? '資料自身の単位当たりコスト' : 'The form’s own unit cost'} (
          {fiscalYearHeading(lang, cost.fiscalYear.year)}):{' '}
          <strong>
            {cost.unitCost.value === null ? '—' : formatYenPerUnit(lang, cost.unitCost.value)}
          </strong>
          {cost.formula?.value ? (
            <>
              {' '}
              = <Localized lang={lang} ja={cost.formula.value} en={cost.formula.valueEn} />
            </>
          ) : null}
          {cost.targetCount.value !== null ? (
            <>
              {lang === 'ja' ? '。対象数 ' : '. Count divided by: '}
              {formatCount(cost.targetCount.value)}
              {cost.targetUnit ? (
                <>
                  {' '}
                  <Localized lang={lang} ja={cost.targetUnit} en={cost.targetUnitEn} />
                </>
              ) : null}
              {cost.targetDefinition?.value ? (
                <>
                  {lang === 'ja' ? '（' : ' ('}
                  <Localized
                    lang={lang}
                    ja={cost.targetDefinition.value}
                    en={cost.targetDefinition.valueEn}
                  />
                  {lang === 'ja' ? '）' : ')'}
                </>
              ) : null}
            </>
          ) : null}
          {lang === 'ja'
            ? '。様式の印字どおりで、KPI の成果で割った上の値とは別物です。'
            : '. As the form prints it: not the per-KPI figures above, which divide by an outcome.'}
        </p>
      ))}
    </div>
  );
}
