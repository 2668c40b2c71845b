'use client';

import { Bar, ResponsiveBar, type BarCustomLayerProps, type BarDatum } from '@nivo/bar';
import { formatRatio, formatYenHeadline, formatQuantity } from '@/lib/format';
import type { Lang } from '@/lib/i18n';

export type ValueFormat = 'yen' | 'percent' | 'number';

/** How a series is filled besides its colour, so series stay apart in greyscale and on paper. */
export type Fill = 'solid' | 'lines' | 'dots' | 'cross';

export interface BarSeries {
  key: string;
  label: string;
  color: string;
  fill?: Fill;
  /** The label is the source's Japanese on an English page. */
  labelLang?: 'ja';
}

/** Why a slot has no bar: the word is drawn in the slot, so an empty slot never reads as 0. */
export interface BarGap {
  index: string;
  key: string;
  text: string;
}

/** A horizontal line across the chart: 100 % of target, or a stock's baseline. */
export interface Reference {
  value: number;
  label: string;
}

export interface BarChartProps {
  /** One row per category (a fiscal year); a series missing from a row is drawn as a gap, never 0. */
  rows: Record<string, string | number | null>[];
  indexBy: string;
  series: BarSeries[];
  format: ValueFormat;
  groupMode: 'grouped' | 'stacked';
  lang: Lang;
  /** What the chart shows, for screen readers; the table beside it holds the figures. */
  label: string;
  height?: number;
  gaps?: BarGap[];
  references?: Reference[];
}

/** The width the chart is drawn at for A4 (186 mm of text width at 96 dpi, less a margin). */
const PRINT_WIDTH = 680;
const MARGIN = { top: 44, right: 150, bottom: 36, left: 72 };
/** Labels drawn on the chart, in px: 9 pt. */
const LABEL_SIZE = 12;

function formatter(format: ValueFormat, lang: Lang) {
  return (value: number) =>
    format === 'yen'
      ? formatYenHeadline(lang, value)
      : format === 'percent'
        ? formatRatio(value)
        : formatQuantity(value);
}

const PATTERN = {
  lines: (color: string, id: string) => (
    <pattern
      id={id}
      patternUnits="userSpaceOnUse"
      width="7"
      height="7"
      patternTransform="rotate(-45)"
    >
      <rect width="7" height="7" fill={color} />
      <line x1="0" y1="0" x2="0" y2="7" stroke="#fff" strokeWidth="3" />
    </pattern>
  ),
  dots: (color: string, id: string) => (
    <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6">
      <rect width="6" height="6" fill={color} />
      <circle cx="3" cy="3" r="1.4" fill="#fff" />
    </pattern>
  ),
  cross: (color: string, id: string) => (
    <pattern id={id} patternUnits="userSpaceOnUse" width="8" height="8">
      <rect width="8" height="8" fill={color} />
      <path d="M0 4H8M4 0V8" stroke="#fff" strokeWidth="1.5" />
    </pattern>
  ),
};

const patternId = (chart: string, key: string) => `${chart}-fill-${key}`;

/** The fills of the series, as SVG patterns a chart and its legend share. */
function Patterns({ series, chart }: { series: BarSeries[]; chart: string }) {
  return (
    <defs>
      {series.map((s) =>
        s.fill && s.fill !== 'solid' ? (
          <g key={s.key}>{PATTERN[s.fill](s.color, patternId(chart, s.key))}</g>
        ) : null,
      )}
    </defs>
  );
}

const paint = (s: BarSeries, chart: string) =>
  s.fill && s.fill !== 'solid' ? `url(#${patternId(chart, s.key)})` : s.color;

/** A bar chart of rows the page already shaped; the browser only draws. */
export function BarChart({
  rows,
  indexBy,
  series,
  format,
  groupMode,
  lang,
  label,
  height = 260,
  gaps = [],
  references = [],
}: BarChartProps) {
  const chart = label.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 40) || 'chart';
  const data = rows.map((row) =>
    Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)),
  ) as BarDatum[];
  const keys = series.map((s) => s.key);
  const byKey = new Map(series.map((s) => [s.key, s]));
  const text = formatter(format, lang);
  const top = Math.max(
    0,
    ...references.map((r) => r.value),
    ...data.flatMap((row) =>
      groupMode === 'stacked'
        ? [keys.reduce((sum, key) => sum + (typeof row[key] === 'number' ? row[key] : 0), 0)]
        : keys.map((key) => (typeof row[key] === 'number' ? row[key] : 0)),
    ),
  );

  // Drawn over the bars: each bar's value, the word in each empty slot, and the fills' patterns (one
  // set per drawing: a pattern inside the hidden screen drawing would not paint the printed one).
  const overlay = (drawing: string) =>
    function Overlay({ bars, xScale, innerHeight }: BarCustomLayerProps<BarDatum>) {
      const band = (xScale as unknown as { bandwidth: () => number }).bandwidth();
      const slot = groupMode === 'grouped' ? band / keys.length : band;
      return (
        <g>
          <Patterns series={series} chart={drawing} />
          {groupMode === 'grouped'
            ? bars
                .filter((bar) => typeof bar.data.value === 'number')
                .map((bar) => {
                  const label = text(bar.data.value!);
                  // Across the bar where it fits, else up its length: never smaller than 9 pt.
                  const across = bar.width >= label.length * LABEL_SIZE * 0.6;
                  return (
                    <text
                      key={bar.key}
                      transform={
                        across
                          ? `translate(${bar.x + bar.width / 2},${bar.y - 4})`
                          : `translate(${bar.x + bar.width / 2 + LABEL_SIZE / 3},${bar.y - 4}) rotate(-90)`
                      }
                      textAnchor={across ? 'middle' : 'start'}
                      fontSize={LABEL_SIZE}
                      fill="#222"
                    >
                      {label}
                    </text>
                  );
                })
            : null}
          {gaps.map((gap) => {
            const x =
              (xScale as unknown as (v: string) => number)(gap.index) +
              (groupMode === 'grouped' ? slot * keys.indexOf(gap.key) : 0) +
              slot / 2;
            return (
              <text
                key={`${gap.index}-${gap.key}`}
                transform={`translate(${x},${innerHeight - 4}) rotate(-90)`}
                fontSize={LABEL_SIZE}
                fill="#7a4b00"
                dominantBaseline="middle"
              >
                {gap.text}
              </text>
            );
          })}
        </g>
      );
    };

  const props = (drawing: string) => ({
    data,
    keys,
    indexBy,
    groupMode,
    margin: MARGIN,
    padding: 0.25,
    innerPadding: groupMode === 'grouped' ? 2 : 0,
    maxValue: top * 1.12 || 1,
    colors: ({ id }: { id: string | number }) => {
      const s = byKey.get(String(id));
      return s ? paint(s, drawing) : '#888';
    },
    valueFormat: text,
    axisLeft: { format: text, tickValues: 5 },
    axisBottom: { tickSize: 0, tickPadding: 8 },
    enableLabel: false,
    enableGridY: true,
    markers: references.map((r) => ({
      axis: 'y' as const,
      value: r.value,
      legend: r.label,
      // Right of the plot, where no bar or bar label is.
      legendPosition: 'right' as const,
      lineStyle: { stroke: '#b00020', strokeWidth: 1.5, strokeDasharray: '6 4' },
      textStyle: { fill: '#b00020', fontSize: LABEL_SIZE },
    })),
    layers: ['grid', 'axes', 'bars', overlay(drawing), 'markers'] as (
      'grid' | 'axes' | 'bars' | 'markers' | ReturnType<typeof overlay>
    )[],
    tooltipLabel: (datum: { id: string | number; indexValue: string | number }) =>
      `${byKey.get(String(datum.id))?.label ?? datum.id} ${datum.indexValue}`,
    animate: false,
    role: 'presentation',
    theme: { text: { fontFamily: "'Noto Sans JP', sans-serif", fontSize: 12, fill: '#333' } },
  });
  return (
    <div className="chart" role="img" aria-label={label}>
      <div className="screen-only" style={{ height }}>
        <ResponsiveBar {...props(`${chart}-screen`)} />
      </div>
      <div className="print-only chart-print">
        <Bar {...props(`${chart}-print`)} width={PRINT_WIDTH} height={height} />
      </div>
      <ul className="chart-legend">
        {series.map((s) => (
          <li key={s.key}>
            <svg width="14" height="14" aria-hidden="true">
              <Patterns series={[s]} chart={`${chart}-legend`} />
              <rect width="14" height="14" fill={paint(s, `${chart}-legend`)} />
            </svg>{' '}
            <span lang={s.labelLang}>{s.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
