import { BarChart } from '@/components/charts/bar-chart';
import type { FigureData } from '@/components/chart-figure';
import { DerivedFigure } from '@/components/derived-figure';
import { Missing } from '@/components/missing';
import { SourceNote } from '@/components/source-note';
import { StatusBadge } from '@/components/status-badge';
import { absenceLabel, fiscalYearText, formatQuantity, formatYenExact } from '@/lib/format';
import type { ProgramPage } from '@/lib/api/program';
import { t, type Lang } from '@/lib/i18n';

type Program = NonNullable<ProgramPage>;
type Kpi = Program['kpis'][number];

const KIND = {
  STOCK: { ja: 'ストック（年度末の水準）', en: 'stock (level at year end)' },
  INCREMENT: { ja: '増分（年度ごとの増加）', en: 'yearly increment' },
} as const;

/** A measured value with its source, or the word for why it is missing. */
function measure(
  lang: Lang,
  m: {
    value: number | null;
    absence: 'NOT_REPORTED' | 'NOT_APPLICABLE' | 'AMBIGUOUS' | null;
    source?: Parameters<typeof SourceNote>[0]['source'];
  },
) {
  return m.value === null ? (
    <Missing absence={m.absence} lang={lang} />
  ) : (
    <>
      {formatQuantity(m.value)}
      <SourceNote source={m.source} lang={lang} />
    </>
  );
}

const csvValue = (
  lang: Lang,
  m: { value: number | null; absence: 'NOT_REPORTED' | 'NOT_APPLICABLE' | 'AMBIGUOUS' | null },
) => m.value ?? absenceLabel(lang, m.absence);

/** One KPI: target against actual per fiscal year, with achievement and status beside them. */
export function kpiFigure(kpi: Kpi, lang: Lang): FigureData {
  const name = lang === 'ja' ? kpi.name : (kpi.nameEn ?? kpi.name);
  const unit = lang === 'ja' ? kpi.unit : (kpi.unitEn ?? kpi.unit);
  const notes = [
    t(lang, { ja: `種類：${KIND[kpi.kind].ja}`, en: `Kind: ${KIND[kpi.kind].en}` }),
    kpi.kind === 'STOCK'
      ? t(lang, {
          ja: '達成率 =（実績 − 基準値）÷（目標 − 基準値）',
          en: 'Achievement = (actual − baseline) ÷ (target − baseline)',
        })
      : t(lang, { ja: '達成率 = 実績 ÷ 目標', en: 'Achievement = actual ÷ target' }),
    t(lang, {
      ja: '未報告・対象外の年度は棒を描かず、0 として扱いません。* は達成率から判定した状況（90% 以上 100% 未満を概ね達成とする、この製品の基準）。',
      en: 'Years not reported or without a target have no bar and are never 0. * marks a status computed from the achievement (90 % to under 100 % is "nearly", this product’s rule).',
    }),
  ];
  return {
    id: `kpi-${kpi.position}`,
    title: `${t(lang, { ja: 'KPI', en: 'KPI' })} ${kpi.position}: ${name}（${unit}）`,
    notes,
    chart: (
      <BarChart
        lang={lang}
        label={t(lang, { ja: `${name} の目標と実績`, en: `${name}: target and actual` })}
        indexBy="year"
        groupMode="grouped"
        format="number"
        series={[
          { key: 'target', label: t(lang, { ja: '目標', en: 'Target' }), color: '#9aa5b1' },
          { key: 'actual', label: t(lang, { ja: '実績', en: 'Actual' }), color: '#0b5cad' },
        ]}
        rows={kpi.values.map((v) => ({
          year: lang === 'ja' ? v.fiscalYear.label : `FY${v.fiscalYear.year}`,
          target: v.target.value,
          actual: v.actual.value,
        }))}
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
        fiscalYearText(lang, v.fiscalYear),
        measure(lang, v.target),
        measure(lang, v.actual),
        v.runningTotal.value === null ? '—' : formatQuantity(v.runningTotal.value),
        <DerivedFigure key="a" figure={v.achievement} lang={lang} />,
        <StatusBadge key="s" status={v.status} lang={lang} />,
      ],
      csv: [
        v.fiscalYear.year,
        csvValue(lang, v.target),
        csvValue(lang, v.actual),
        v.runningTotal.value,
        v.achievement.value,
        v.status ? (lang === 'ja' ? v.status.label : v.status.labelEn) : null,
      ],
    })),
  };
}

/** Costs per fiscal year, stacked by who paid: personnel, grant, and the rest of the project cost. */
export function costFigure(program: Program, lang: Lang): FigureData {
  const years = program.costSummaries.filter(
    (s) => s.fiscalYears.first.year === s.fiscalYears.last.year,
  );
  const periods = program.costSummaries.filter(
    (s) => s.fiscalYears.first.year !== s.fiscalYears.last.year,
  );
  const yen = (value: number | null) =>
    value === null ? <Missing absence="NOT_REPORTED" lang={lang} /> : formatYenExact(lang, value);
  const label = (s: (typeof years)[number]) =>
    s.fiscalYears.first.year === s.fiscalYears.last.year
      ? fiscalYearText(lang, s.fiscalYears.first)
      : `${fiscalYearText(lang, s.fiscalYears.first)}〜${fiscalYearText(lang, s.fiscalYears.last)}${s.derived ? ' †' : ''}`;
  return {
    id: 'costs',
    title: t(lang, { ja: '年度別の費用と財源', en: 'Costs and funding by fiscal year' }),
    notes: [
      t(lang, {
        ja: '総費用 = 事業費 + 人件費。どちらかが未報告なら総費用も未報告です。交付金割合 = 交付金・国県支出金 ÷ 事業費（0 ÷ 0 は計算しません）。',
        en: 'Total cost = project cost + personnel cost; not reported when either is. Grant share = grant (or national and prefectural subsidy) ÷ project cost (0 ÷ 0 is not computed).',
      }),
      ...(periods.some((p) => p.derived)
        ? [
            t(lang, {
              ja: '† 印字された合計の差し引きで求めた派生値。',
              en: '† Derived by difference of printed totals.',
            }),
          ]
        : []),
    ],
    chart: (
      <BarChart
        lang={lang}
        label={t(lang, {
          ja: '年度別の費用（財源別の積み上げ）',
          en: 'Costs by fiscal year, stacked by funding',
        })}
        indexBy="year"
        groupMode="stacked"
        format="yen"
        series={[
          { key: 'personnel', label: t(lang, { ja: '人件費', en: 'Personnel' }), color: '#6a3d9a' },
          {
            key: 'grant',
            label: t(lang, { ja: '事業費のうち交付金等', en: 'Project: grant' }),
            color: '#e07b00',
          },
          {
            key: 'other',
            label: t(lang, { ja: '事業費のうちその他', en: 'Project: other' }),
            color: '#0b5cad',
          },
        ]}
        rows={years.map((s) => ({
          year: lang === 'ja' ? s.fiscalYears.first.label : `FY${s.fiscalYears.first.year}`,
          personnel: s.personnelCost,
          grant: s.grant !== null && s.projectCost !== null ? s.grant : null,
          other: s.projectCost === null ? null : s.projectCost - (s.grant ?? 0),
        }))}
      />
    ),
    columns: [
      { label: t(lang, { ja: '年度', en: 'Fiscal years' }) },
      { label: t(lang, { ja: '事業費', en: 'Project cost' }), numeric: true },
      { label: t(lang, { ja: 'うち交付金等', en: 'of which grant' }), numeric: true },
      { label: t(lang, { ja: '人件費', en: 'Personnel cost' }), numeric: true },
      { label: t(lang, { ja: '職員（人）', en: 'Staff (FTE)' }), numeric: true },
      { label: t(lang, { ja: '総費用', en: 'Total cost' }), numeric: true },
      { label: t(lang, { ja: '交付金割合', en: 'Grant share' }), numeric: true },
    ],
    rows: [...years, ...periods].map((s) => ({
      cells: [
        label(s),
        yen(s.projectCost),
        yen(s.grant),
        yen(s.personnelCost),
        s.staffFte === null ? '—' : formatQuantity(s.staffFte),
        <DerivedFigure key="t" figure={s.totalCost} lang={lang} />,
        <DerivedFigure key="g" figure={s.grantShare} lang={lang} />,
      ],
      csv: [
        s.fiscalYears.first.year === s.fiscalYears.last.year
          ? s.fiscalYears.first.year
          : `${s.fiscalYears.first.year}-${s.fiscalYears.last.year}`,
        s.projectCost,
        s.grant,
        s.personnelCost,
        s.staffFte,
        s.totalCost.value,
        s.grantShare.value,
      ],
    })),
  };
}

/** Cost per unit of each KPI's outcome, per year and over the plan period. */
export function costPerUnitFigure(program: Program, lang: Lang): FigureData {
  const kpiName = (position: number) => {
    const kpi = program.kpis.find((k) => k.position === position);
    return kpi
      ? `${position}. ${lang === 'ja' ? kpi.name : (kpi.nameEn ?? kpi.name)}`
      : String(position);
  };
  const years = (entry: Program['costPerUnit'][number]) =>
    entry.fiscalYears.first.year === entry.fiscalYears.last.year
      ? fiscalYearText(lang, entry.fiscalYears.first)
      : `${fiscalYearText(lang, entry.fiscalYears.first)}〜${fiscalYearText(lang, entry.fiscalYears.last)}`;
  return {
    id: 'cost-per-unit',
    title: t(lang, {
      ja: '成果 1 単位あたりの費用（按分なし）',
      en: 'Cost per unit of outcome (not apportioned)',
    }),
    notes: [
      t(lang, {
        ja: '事業全体の費用を KPI ごとに割った値です。KPI どうしで足し合わせないでください。人件費が未報告の事業は事業費で割っています。',
        en: 'The whole program’s cost divided by each KPI in turn: do not add the figures of two KPIs. Where personnel cost is not reported, the project cost is divided.',
      }),
    ],
    columns: [
      { label: 'KPI' },
      { label: t(lang, { ja: '年度', en: 'Fiscal years' }) },
      { label: t(lang, { ja: '費用の範囲', en: 'Cost divided' }) },
      { label: t(lang, { ja: '1 単位あたり', en: 'Per unit' }), numeric: true },
      { label: t(lang, { ja: '計算式', en: 'Formula' }) },
    ],
    rows: program.costPerUnit.map((entry) => ({
      cells: [
        kpiName(entry.kpi.position),
        years(entry),
        entry.costBasis === null
          ? '—'
          : entry.costBasis === 'TOTAL_COST'
            ? t(lang, { ja: '総費用', en: 'total cost' })
            : t(lang, { ja: '事業費のみ', en: 'project cost only' }),
        <DerivedFigure key="f" figure={entry.figure} lang={lang} />,
        entry.figure.formula.expression ??
          (lang === 'ja' ? entry.figure.notComputedText : entry.figure.notComputedTextEn),
      ],
      csv: [
        entry.kpi.position,
        entry.fiscalYears.first.year === entry.fiscalYears.last.year
          ? entry.fiscalYears.first.year
          : `${entry.fiscalYears.first.year}-${entry.fiscalYears.last.year}`,
        entry.costBasis,
        entry.figure.value,
        entry.figure.formula.expression,
      ],
    })),
  };
}
