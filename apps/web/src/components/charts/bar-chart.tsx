'use client';

import { ResponsiveBar } from '@nivo/bar';
import { formatRatio, formatYenHeadline, formatQuantity } from '@/lib/format';
import type { Lang } from '@/lib/i18n';

export type ValueFormat = 'yen' | 'percent' | 'number';

export interface BarSeries {
  key: string;
  label: string;
  color: string;
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
}

function formatter(format: ValueFormat, lang: Lang) {
  return (value: number) =>
    format === 'yen'
      ? formatYenHeadline(lang, value)
      : format === 'percent'
        ? formatRatio(value)
        : formatQuantity(value);
}

/** A bar chart of rows the server already shaped; the browser only draws. */
export function BarChart({
  rows,
  indexBy,
  series,
  format,
  groupMode,
  lang,
  label,
  height = 260,
}: BarChartProps) {
  const data = rows.map((row) =>
    Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)),
  ) as Record<string, string | number>[];
  const colors = Object.fromEntries(series.map((s) => [s.key, s.color]));
  const names = Object.fromEntries(series.map((s) => [s.key, s.label]));
  const format_ = formatter(format, lang);
  return (
    <div className="chart" style={{ height }} role="img" aria-label={label}>
      <ResponsiveBar
        data={data}
        keys={series.map((s) => s.key)}
        indexBy={indexBy}
        groupMode={groupMode}
        margin={{ top: 10, right: 16, bottom: 64, left: 72 }}
        padding={0.25}
        innerPadding={groupMode === 'grouped' ? 2 : 0}
        colors={({ id }) => colors[String(id)] ?? '#888'}
        valueFormat={format_}
        axisLeft={{ format: format_, tickValues: 5 }}
        axisBottom={{ tickSize: 0, tickPadding: 8 }}
        enableLabel={false}
        enableGridY
        legends={[
          {
            dataFrom: 'keys',
            anchor: 'bottom',
            direction: 'row',
            translateY: 56,
            itemWidth: 150,
            itemHeight: 16,
            symbolSize: 12,
            data: series.map((s) => ({ id: s.key, label: s.label, color: s.color })),
          },
        ]}
        tooltipLabel={(datum) => `${names[String(datum.id)] ?? datum.id} ${datum.indexValue}`}
        animate={false}
        role="presentation"
        theme={{ text: { fontFamily: "'Noto Sans JP', sans-serif", fontSize: 12, fill: '#333' } }}
      />
    </div>
  );
}
