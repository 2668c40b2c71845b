import { BarChart } from '@/components/charts/bar-chart';
import type { FigureData } from '@/components/chart-figure';
import { DerivedFigure } from '@/components/derived-figure';
import { Missing } from '@/components/missing';
import { SourceNote, type SourceFields } from '@/components/source-note';
import { StatusBadge } from '@/components/status-badge';
import {
  absenceLabel,
  fiscalYearHeading,
  fiscalYearRange,
  formatQuantity,
  formatYenExact,
  type Absence,
} from '@/lib/format';
import type { ProgramPage } from '@/lib/api/program';
import { askedIn, t, type Lang } from '@/lib/i18n';
import { kpiChart, type ChartModel } from '@/lib/view/charts';
import type { KpiInput } from '@/lib/view/kpi-results';

type Program = NonNullable<ProgramPage>;
type Kpi = Program['kpis'][number];

const KIND = {
  STOCK: { ja: 'ストック（各年度の水準）', en: 'stock (a level each year)' },
  INCREMENT: { ja: '増分（年度ごとの増加）', en: 'yearly increment' },
  UNSTATED: {
    ja: '資料に記載なし（水準か増分か不明のため達成率は計算しない）',
    en: 'not stated in the source (level or increment unknown, so no achievement is computed)',
  },
} as const;

interface SourcedReading {
  value: number | null;
  absence: Absence | null;
  source?: SourceFields | null;
}

/** A measured value with its source, or the word for why it is missing. */
function measure(lang: Lang, m: SourcedReading) {
  return m.value === null ? (
    <Missing absence={m.absence} lang={lang} />
  ) : (
    <>
      {formatQuantity(m.value)}
      <SourceNote source={m.source} lang={lang} />
    </>
  );
}

const csvValue = (lang: Lang, m: SourcedReading) => m.value ?? absenceLabel(lang, m.absence);

/** One KPI: target against actual per fiscal year, with achievement and status beside them. */
export function kpiFigure(kpi: Kpi, input: KpiInput, lang: Lang): FigureData {
  const name = lang === 'ja' ? kpi.name : (kpi.nameEn ?? kpi.name);
  const unit = lang === 'ja' ? kpi.unit : (kpi.unitEn ?? kpi.unit);
  const chart: ChartModel = kpiChart(lang, input);
  return {
    id: `kpi-${kpi.position}`,
    title: `KPI ${kpi.position}: ${name} (${unit})`,
    notes: [
      t(lang, {
        ja: `種類：${KIND[kpi.kind ?? 'UNSTATED'].ja}`,
        en: `Kind: ${KIND[kpi.kind ?? 'UNSTATED'].en}`,
      }),
      kpi.kind === null
        ? t(lang, {
            ja: '年度ごとの目標と実績をそのまま示す。',
            en: 'Targets and actuals are shown as reported, year by year.',
          })
        : kpi.kind === 'STOCK'
          ? t(lang, {
              ja: '達成率 =（実績 − 基準値）÷（目標 − 基準値）。赤い破線は基準値。',
              en: 'Achievement = (actual − baseline) ÷ (target − baseline). The red dashed line is the baseline.',
            })
          : t(lang, { ja: '達成率 = 実績 ÷ 目標', en: 'Achievement = actual ÷ target' }),
    ],
    chart: (
      <BarChart
        lang={lang}
        label={t(lang, { ja: `${name} の目標と実績`, en: `${name}: target and actual` })}
        indexBy="year"
        groupMode="grouped"
        format="number"
        {...chart}
      />
    ),
    columns: [
      { label: t(lang, { ja: '年度', en: 'Fiscal year' }) },
      { label: t(lang, { ja: '目標', en: 'Target' }), numeric: true },
      { label: t(lang, { ja: '実績', en: 'Actual' }), numeric: true },
      { label: t(lang, { ja: '累計', en: 'Running total' }), numeric: true },
      { label: t(lang, { ja: '達成率', en: 'Achievement' }), numeric: true },
      { label: t(lang, { ja: '状況', en: 'Status' }) },
    ],
    rows: kpi.values.map((v) => ({
      cells: [
        fiscalYearHeading(lang, v.fiscalYear.year),
        measure(lang, v.target),
        measure(lang, v.actual),
        v.runningTotal.value === null
          ? t(lang, { ja: '（欄なし）', en: '(none)' })
          : formatQuantity(v.runningTotal.value),
        <DerivedFigure key="a" figure={v.achievement} lang={lang} />,
        <StatusBadge key="s" status={v.status} lang={lang} />,
      ],
      csv: [
        v.fiscalYear.year,
        csvValue(lang, v.target),
        csvValue(lang, v.actual),
        v.runningTotal.value,
        v.achievement.value,
        v.status ? askedIn(lang, v.status.label, v.status.labelEn) : null,
      ],
    })),
  };
}

/** Costs per fiscal year, stacked by who paid: personnel, grant, and the rest of the project cost. */
export function costFigure(program: Program, lang: Lang): FigureData {
  const single = program.costSummaries.filter(
    (s) => s.fiscalYears.first.year === s.fiscalYears.last.year,
  );
  const yen = (value: number | null) =>
    value === null ? <Missing absence="NOT_REPORTED" lang={lang} /> : formatYenExact(lang, value);
  // A form with no personnel cost line: its blank is not a blank cell, so not 未報告.
  const personnelLines = program.costs.some((c) => c.category === 'PERSONNEL_COST');
  const noLine = t(lang, { ja: '欄なし', en: 'no such line' });
  const label = (s: (typeof program.costSummaries)[number]) =>
    `${fiscalYearRange(lang, s.fiscalYears.first.year, s.fiscalYears.last.year)}${s.derived ? ' †' : ''}`;
  const yearOf = (year: number) => fiscalYearHeading(lang, year);
  const series = [
    { key: 'personnel', label: t(lang, { ja: '人件費', en: 'Personnel' }), color: '#CC79A7' },
    {
      key: 'grant',
      label: t(lang, {
        ja: '事業費のうち交付金・国県支出金',
        en: 'Project cost: grant or subsidy',
      }),
      color: '#E69F00',
      fill: 'lines' as const,
    },
    {
      key: 'other',
      label: t(lang, { ja: '事業費のうちその他', en: 'Project cost: other sources' }),
      color: '#0072B2',
      fill: 'dots' as const,
    },
  ];
  const rows = single.map((s) => ({
    year: yearOf(s.fiscalYears.first.year),
    personnel: s.personnelCost,
    grant: s.grant !== null && s.projectCost !== null ? s.grant : null,
    // A project cost with no grant line is drawn whole; a remainder below 0 (a grant over the cost) is not.
    other:
      s.otherThanGrant.value !== null
        ? Math.max(0, s.otherThanGrant.value)
        : s.grant === null
          ? s.projectCost
          : null,
  }));
  const gaps = single.flatMap((s) =>
    s.projectCost === null && s.personnelCost === null
      ? [
          {
            index: yearOf(s.fiscalYears.first.year),
            key: 'other',
            text: absenceLabel(lang, 'NOT_REPORTED'),
          },
        ]
      : [],
  );
  return {
    id: 'cost-chart',
    title: t(lang, {
      ja: '年度別の費用（だれが負担したかで積み上げ）',
      en: 'Costs by fiscal year, stacked by who paid',
    }),
    notes: [
      t(lang, {
        ja: '総費用 = 事業費 + 人件費（どちらかが未報告なら総費用も未報告）。複数年度の合計としてだけ報告された費用は上の表のとおりで、年度に割り振りません。',
        en: 'Total cost = project + personnel cost (not reported when either is). Costs reported only as a multi-year total are in the table above and are not spread over years.',
      }),
    ],
    chart:
      rows.length > 0 ? (
        <BarChart
          lang={lang}
          label={t(lang, {
            ja: '年度別の費用（財源別の積み上げ）',
            en: 'Costs by fiscal year, stacked by funding',
          })}
          indexBy="year"
          groupMode="stacked"
          format="yen"
          series={series}
          rows={rows}
          gaps={gaps}
        />
      ) : undefined,
    columns: [
      { label: t(lang, { ja: '年度', en: 'Fiscal years' }) },
      { label: t(lang, { ja: '事業費', en: 'Project cost' }), numeric: true },
      { label: t(lang, { ja: 'うち交付金等', en: 'of which grant' }), numeric: true },
      { label: t(lang, { ja: '人件費', en: 'Personnel cost' }), numeric: true },
      { label: t(lang, { ja: '総費用', en: 'Total cost' }), numeric: true },
    ],
    rows: program.costSummaries.map((s) => ({
      cells: [
        label(s),
        yen(s.projectCost),
        yen(s.grant),
        personnelLines ? yen(s.personnelCost) : <span className="missing">{noLine}</span>,
        <DerivedFigure key="t" figure={s.totalCost} lang={lang} />,
      ],
      csv: [
        s.fiscalYears.first.year === s.fiscalYears.last.year
          ? s.fiscalYears.first.year
          : `${s.fiscalYears.first.year}-${s.fiscalYears.last.year}`,
        s.projectCost ?? absenceLabel(lang, 'NOT_REPORTED'),
        s.grant ?? absenceLabel(lang, 'NOT_REPORTED'),
        s.personnelCost ?? (personnelLines ? absenceLabel(lang, 'NOT_REPORTED') : noLine),
        s.totalCost.value ?? absenceLabel(lang, 'NOT_REPORTED'),
      ],
    })),
  };
}
