import {
  ABSENCE_WORDS,
  formatYen,
  formatYenCompact,
  formatYenFigure,
  fiscalYearLabel,
  fiscalYearRangeLabel,
  fiscalYearRangeLabelEn,
  type Absence as StoredAbsence,
} from '@muni/domain';
import type { Lang } from './i18n';

/** Why a value is missing, as the API names it. */
export type Absence = Uppercase<StoredAbsence>;

/** The word for a missing value: one per reason, never 0, never a blank. */
export function absenceLabel(lang: Lang, absence: Absence | null | undefined): string {
  return ABSENCE_WORDS[(absence ?? 'NOT_REPORTED').toLowerCase() as StoredAbsence][lang];
}

/** What a reason's word means, for a legend. */
export function absenceMeaning(lang: Lang, absence: Absence): string {
  const words = ABSENCE_WORDS[absence.toLowerCase() as StoredAbsence];
  return lang === 'ja' ? words.meaningJa : words.meaningEn;
}

/** A text in the reader's language, falling back to the Japanese where no English is given. */
export function inLang(lang: Lang, ja: string, en: string | null | undefined): string {
  return lang === 'ja' ? ja : (en ?? ja);
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

/** A range of fiscal years in a cell: 令和3〜4年度, FY2021–FY2022; one year alone as itself. */
export function fiscalYearRange(lang: Lang, first: number, last: number): string {
  return lang === 'ja' ? fiscalYearRangeLabel(first, last) : fiscalYearRangeLabelEn(first, last);
}

/** A fiscal year as a column heading: 令和3年度 (2021), or FY2021. */
export function fiscalYearHeading(lang: Lang, year: number): string {
  return lang === 'ja' ? `${fiscalYearLabel(year)}（${year}）` : `FY${year}`;
}
