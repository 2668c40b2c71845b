import type { KpiKind } from '../achievement/index.js';
import { formatYenFigure } from '../cost/index.js';
import { formatNumber, type Derived } from '../derived/index.js';
import { fiscalYearRangeLabel, fiscalYearRangeLabelEn } from '../era/index.js';

const BASIS = {
  total_cost: { ja: '総費用', en: 'total cost', noteJa: '', noteEn: '' },
  project_cost: {
    ja: '事業費',
    en: 'project cost',
    noteJa: '（人件費を含まない）',
    noteEn: ' (without personnel cost)',
  },
} as const;

/**
 * One sentence saying what a cost per unit divides by what, so a reader never sets two figures of
 * different bases side by side unknowingly.
 *
 * @example describePerUnit({ first: 2021, last: 2021, basis: 'total_cost', costYen: 327000, kind: 'stock', kpiName: { ja: '公認サポーター数', en: 'official supporters' }, unit: { ja: '団体(個人)', en: 'groups' }, outcome: 63, previousLevel: 60, figure }).ja
 * //=> '令和3年度の総費用 327,000円を、公認サポーター数の増加分 3（60 → 63、団体(個人)）で割った値。'
 */
export function describePerUnit(input: {
  first: number;
  last: number;
  /** The range is the program's plan period. */
  planPeriod?: boolean;
  basis: keyof typeof BASIS | null;
  costYen: number | null;
  kind: KpiKind | null;
  kpiName: { ja: string; en: string };
  unit: { ja: string; en: string };
  outcome: number | null;
  previousLevel: number | null;
  figure: Derived;
}): { ja: string; en: string } {
  const years = {
    ja: `${input.planPeriod ? '計画期間（' : ''}${fiscalYearRangeLabel(input.first, input.last)}${input.planPeriod ? '）' : ''}`,
    en: `${input.planPeriod ? 'the plan period (' : ''}${fiscalYearRangeLabelEn(input.first, input.last)}${input.planPeriod ? ')' : ''}`,
  };
  if (input.figure.value === null || input.basis === null || input.costYen === null) {
    const reason = input.figure.notComputed ?? {
      ja: '計算に必要な値がない',
      en: 'an input is missing',
    };
    return {
      ja: `${years.ja}は計算しません：${reason.ja}。`,
      en: `Not computed for ${years.en}: ${reason.en}.`,
    };
  }
  const basis = BASIS[input.basis];
  const cost = {
    ja: formatYenFigure(input.costYen),
    en: `¥${formatYenFigure(input.costYen).slice(0, -1)}`,
  };
  const single = input.first === input.last;
  const outcome = input.outcome!;
  const divisor =
    input.kind === 'stock'
      ? {
          ja: `${input.kpiName.ja}の増加分 ${formatNumber(outcome - input.previousLevel!)}（${formatNumber(input.previousLevel!)} → ${formatNumber(outcome)}、${input.unit.ja}）`,
          en: `the rise in ${input.kpiName.en}, ${formatNumber(outcome - input.previousLevel!)} (${formatNumber(input.previousLevel!)} → ${formatNumber(outcome)} ${input.unit.en})`,
        }
      : single
        ? {
            ja: `その年度の実績 ${formatNumber(outcome)}（${input.kpiName.ja}、${input.unit.ja}）`,
            en: `that year's ${input.kpiName.en}, ${formatNumber(outcome)} (${input.unit.en})`,
          }
        : {
            ja: `期間の累計 ${formatNumber(outcome)}（${input.kpiName.ja}）`,
            en: `the period's running total of ${input.kpiName.en}, ${formatNumber(outcome)}`,
          };
  return {
    ja: `${years.ja}の${basis.ja} ${cost.ja}${basis.noteJa}を、${divisor.ja}で割った値。`,
    en: `The ${basis.en} of ${years.en}, ${cost.en}${basis.noteEn}, divided by ${divisor.en}.`,
  };
}
