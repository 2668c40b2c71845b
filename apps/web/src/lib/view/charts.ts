import { fiscalYearLabel, kpiMark } from '@muni/domain';
import type { BarGap, BarSeries, Fill, Reference } from '@/components/charts/bar-chart';
import { absenceLabel, formatQuantity } from '@/lib/format';
import type { Lang } from '@/lib/i18n';
import type { KpiInput, KpiYearInput, ProgramKpis } from './kpi-results';

/** Colours apart for colour-blind readers (Okabe and Ito), each with its own fill for greyscale. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#333333'];
const FILLS: Fill[] = ['solid', 'lines', 'dots', 'cross'];

export const styleOf = (index: number) => ({
  color: PALETTE[index % PALETTE.length]!,
  fill: FILLS[index % FILLS.length]!,
});

const yearLabel = (lang: Lang, year: number) =>
  lang === 'ja' ? fiscalYearLabel(year) : `FY${year}`;

/** The word for an empty slot: why that year has no bar. */
function gapWord(lang: Lang, y: KpiYearInput | undefined, missing: 'target' | 'actual' | 'rate') {
  if (!y) return absenceLabel(lang, 'OUTSIDE_DOCUMENT');
  if (y.target.value === null && (missing !== 'actual' || y.actual.value === null))
    return absenceLabel(lang, y.target.absence);
  if (y.actual.value === null) return absenceLabel(lang, y.actual.absence);
  return lang === 'ja' ? '計算せず' : 'not computed';
}

export interface ChartModel {
  rows: Record<string, string | number | null>[];
  series: BarSeries[];
  gaps: BarGap[];
  references: Reference[];
}

const japaneseOnly = (lang: Lang, en: string | null | undefined) =>
  lang === 'en' && !en ? 'ja' : undefined;

/**
 * Achievement by year for every KPI of every program compared: rates, since kinds and units differ;
 * a year is a column only where some program has a target or an actual; every empty slot says why.
 */
export function achievementChart(
  lang: Lang,
  programs: readonly ProgramKpis[],
  years: readonly number[],
): ChartModel {
  const entries = programs.flatMap((program, p) =>
    program.kpis.map((kpi) => ({ program, kpi, key: `p${p}k${kpi.position}` })),
  );
  const series = entries.map(({ program, kpi, key }, index) => ({
    key,
    label: `${program.short} ${kpiMark(kpi.position)} ${lang === 'ja' ? kpi.shortName : (kpi.shortNameEn ?? kpi.shortName)}`,
    ...styleOf(index),
    ...(japaneseOnly(lang, kpi.shortNameEn) ? { labelLang: 'ja' as const } : {}),
  }));
  const rows = years.map((year) => ({
    year: yearLabel(lang, year),
    ...Object.fromEntries(
      entries.map(({ kpi, key }) => [
        key,
        kpi.years.find((y) => y.year === year)?.achievement ?? null,
      ]),
    ),
  }));
  const gaps = years.flatMap((year) =>
    entries
      .filter(({ kpi }) => (kpi.years.find((y) => y.year === year)?.achievement ?? null) === null)
      .map(({ kpi, key }) => ({
        index: yearLabel(lang, year),
        key,
        text: gapWord(
          lang,
          kpi.years.find((y) => y.year === year),
          'rate',
        ),
      })),
  );
  return {
    rows,
    series,
    gaps,
    references: [{ value: 1, label: lang === 'ja' ? '目標 100%' : 'target 100%' }],
  };
}

/** One KPI's targets against its actuals, a stock drawn against its baseline. */
export function kpiChart(lang: Lang, kpi: KpiInput): ChartModel {
  const years = kpi.years.filter(
    (y) =>
      y.target.value !== null || y.actual.value !== null || y.target.absence === 'NOT_APPLICABLE',
  );
  const series: BarSeries[] = [
    { key: 'target', label: lang === 'ja' ? '目標' : 'Target', color: '#9aa5b1', fill: 'lines' },
    { key: 'actual', label: lang === 'ja' ? '実績' : 'Actual', color: '#0072B2', fill: 'solid' },
  ];
  const rows = years.map((y) => ({
    year: yearLabel(lang, y.year),
    target: y.target.value,
    actual: y.actual.value,
  }));
  const gaps = years.flatMap((y) => [
    ...(y.target.value === null
      ? [{ index: yearLabel(lang, y.year), key: 'target', text: gapWord(lang, y, 'target') }]
      : []),
    ...(y.actual.value === null
      ? [{ index: yearLabel(lang, y.year), key: 'actual', text: gapWord(lang, y, 'actual') }]
      : []),
  ]);
  const baseline = kpi.kind === 'STOCK' ? kpi.baseline : null;
  const references =
    baseline?.value != null
      ? [
          {
            value: baseline.value,
            label:
              lang === 'ja'
                ? `基準値 ${formatQuantity(baseline.value)}${baseline.label ? `（${baseline.label}）` : ''}`
                : `baseline ${formatQuantity(baseline.value)}${baseline.labelEn ? ` (${baseline.labelEn})` : ''}`,
          },
        ]
      : [];
  return { rows, series, gaps, references };
}
