import { formatYen, formatYenCompact, formatYenFigure } from '@muni/domain';
import type { Lang, Text } from './i18n';

export type Absence = 'NOT_REPORTED' | 'NOT_APPLICABLE' | 'AMBIGUOUS';

/** The three kinds of missing, shown as words, never as 0. */
export const ABSENCE_LABEL: Record<Absence, Text> = {
  NOT_REPORTED: { ja: '未報告', en: 'not reported' },
  NOT_APPLICABLE: { ja: '対象外', en: 'no target' },
  AMBIGUOUS: { ja: '不明', en: 'unclear' },
};

export function absenceLabel(lang: Lang, absence: Absence | null | undefined): string {
  return ABSENCE_LABEL[absence ?? 'NOT_REPORTED'][lang];
}

const QUANTITY = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('ja-JP', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const COUNT = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 0 });
const EN_MILLIONS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A count with thousands separators, as both languages write it: 34,822. */
export function formatCount(value: number): string {
  return COUNT.format(value);
}

export function formatQuantity(value: number): string {
  return QUANTITY.format(value);
}

/** A ratio as a percentage to one decimal: 2.214 → 221.4%. */
export function formatRatio(ratio: number): string {
  return `${PERCENT.format(ratio * 100)}%`;
}

/** Yen for a table cell: every digit, in 円; English readers get ¥. */
export function formatYenExact(lang: Lang, yen: number): string {
  return lang === 'ja' ? formatYen(yen) : `¥${new Intl.NumberFormat('en-US').format(yen)}`;
}

/** Yen for a headline or an axis: 万円 and 億円 in Japanese, ¥ millions in English. */
export function formatYenHeadline(lang: Lang, yen: number): string {
  if (lang === 'ja') return formatYenCompact(yen);
  return Math.abs(yen) >= 1_000_000
    ? `¥${EN_MILLIONS.format(yen / 1_000_000)} million`
    : `¥${new Intl.NumberFormat('en-US').format(yen)}`;
}

/** Yen per unit of outcome: whole yen, or two decimals below 100 yen. */
export function formatYenPerUnit(lang: Lang, yen: number): string {
  // The same rounding as the API's formula text, so the cell and its tooltip agree.
  return lang === 'ja' ? formatYenFigure(yen) : `¥${formatYenFigure(yen).slice(0, -1)}`;
}

/** A fiscal year as readers expect it: 令和5年度 (2023), or FY2023 (Reiwa 5). */
export function fiscalYearText(
  lang: Lang,
  year: { year: number; label: string; labelEn: string },
): string {
  return lang === 'ja' ? `${year.label}（${year.year}）` : year.labelEn;
}
