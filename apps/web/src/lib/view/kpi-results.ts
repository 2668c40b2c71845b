import { kpiMark } from '@muni/domain';
import { absenceLabel, formatQuantity, type Absence } from '@/lib/format';
import { askedIn, t, type Lang } from '@/lib/i18n';

/** A figure as read: its value, or why it is missing. */
export interface Reading {
  value: number | null;
  absence: Absence | null;
}

export interface StatusInput {
  code: 'ACHIEVED' | 'NEARLY_ACHIEVED' | 'NOT_MET' | 'NOT_IMPLEMENTED' | 'OTHER';
  label: string;
  labelEn?: string;
  origin: 'SOURCE' | 'COMPUTED';
}

export interface KpiYearInput {
  year: number;
  target: Reading;
  actual: Reading;
  status: StatusInput | null;
  /** The year's achievement rate (1.0 = 100 %), where computed. */
  achievement?: number | null;
}

/** One KPI as both pages hold it: names, unit, kind, its years and its plan-period figures. */
export interface KpiInput {
  position: number;
  name: string;
  nameEn?: string | null;
  shortName: string;
  shortNameEn?: string | null;
  unit: string;
  unitEn?: string | null;
  /** Null where the source does not say. */
  kind: 'STOCK' | 'INCREMENT' | null;
  baseline: { value: number | null; label: string | null; labelEn?: string | null } | null;
  years: KpiYearInput[];
  plan: { target: Reading; actual: Reading; status: StatusInput | null } | null;
}

export interface ProgramKpis {
  /** The program as a reader names it, in the page's language. */
  label: string;
  /** A short name for legends: the municipality's. */
  short: string;
  kpis: KpiInput[];
}

/** A piece of text, and whether it is the source's Japanese kept in an English page. */
export interface Words {
  text: string;
  ja: boolean;
}

export type ResultCell =
  | {
      kind: 'figures';
      target: string;
      actual: string;
      /** Which of the two is a word for a missing value. */
      targetMissing: boolean;
      actualMissing: boolean;
      status: { text: string; code: StatusInput['code']; computed: boolean } | null;
    }
  | { kind: 'absent'; text: string };

export interface ResultRow {
  program: string;
  mark: string;
  name: Words;
  unit: Words;
  /** Stock or increment, and the baseline a stock is measured from. */
  basis: string;
  cells: ResultCell[];
  plan: ResultCell | null;
  csv: (string | number | null)[];
}

export interface ResultTable {
  years: number[];
  hasPlan: boolean;
  rows: ResultRow[];
}

const words = (lang: Lang, ja: string, en: string | null | undefined): Words =>
  lang === 'ja' || !en ? { text: ja, ja: lang === 'en' } : { text: en, ja: false };

const capitalized = (w: Words): Words => ({
  ...w,
  text: w.text.charAt(0).toUpperCase() + w.text.slice(1),
});

function reading(lang: Lang, r: Reading): { text: string; missing: boolean } {
  return r.value === null
    ? { text: absenceLabel(lang, r.absence), missing: true }
    : { text: formatQuantity(r.value), missing: false };
}

function cell(
  lang: Lang,
  target: Reading,
  actual: Reading,
  status: StatusInput | null,
): ResultCell {
  if (target.value === null && actual.value === null && target.absence === actual.absence)
    return { kind: 'absent', text: absenceLabel(lang, target.absence) };
  const t = reading(lang, target);
  const a = reading(lang, actual);
  return {
    kind: 'figures',
    target: t.text,
    actual: a.text,
    targetMissing: t.missing,
    actualMissing: a.missing,
    status:
      status && actual.value !== null
        ? {
            text: askedIn(lang, status.label, status.labelEn),
            code: status.code,
            computed: status.origin === 'COMPUTED',
          }
        : null,
  };
}

const cellText = (c: ResultCell | null, lang: Lang): string | null => {
  if (c === null) return null;
  if (c.kind === 'absent') return c.text;
  const status = c.status ? ` ${c.status.text}${c.status.computed ? '*' : ''}` : '';
  return lang === 'ja'
    ? `目標 ${c.target} / 実績 ${c.actual}${status}`
    : `target ${c.target} / actual ${c.actual}${status}`;
};

/** The fiscal years any of the programs gives a target or an actual for (a baseline year alone is not one). */
export function resultYears(programs: readonly ProgramKpis[]): number[] {
  const years = new Set<number>();
  for (const program of programs)
    for (const kpi of program.kpis)
      for (const y of kpi.years)
        if (y.target.value !== null || y.actual.value !== null) years.add(y.year);
  return [...years].sort((a, b) => a - b);
}

/**
 * Every KPI's target, actual and status for every year, the raw figures a council member checks first:
 * one row per program and KPI, one cell per year, the reason in words where a figure is missing.
 */
export function kpiResults(
  lang: Lang,
  programs: readonly ProgramKpis[],
  years: readonly number[] = resultYears(programs),
): ResultTable {
  const hasPlan = programs.some((p) => p.kpis.some((k) => k.plan !== null));
  const rows = programs.flatMap((program) =>
    program.kpis.map((kpi): ResultRow => {
      const cells = years.map((year) => {
        const y = kpi.years.find((entry) => entry.year === year);
        return y
          ? cell(lang, y.target, y.actual, y.status)
          : ({ kind: 'absent', text: absenceLabel(lang, 'OUTSIDE_DOCUMENT') } as const);
      });
      const plan = kpi.plan ? cell(lang, kpi.plan.target, kpi.plan.actual, kpi.plan.status) : null;
      const stock = kpi.kind === 'STOCK';
      const baseline =
        stock && kpi.baseline?.value != null
          ? lang === 'ja'
            ? `、基準値 ${formatQuantity(kpi.baseline.value)}${kpi.baseline.label ? `（${kpi.baseline.label}）` : ''}`
            : `, baseline ${formatQuantity(kpi.baseline.value)}${kpi.baseline.labelEn ? ` (${kpi.baseline.labelEn})` : ''}`
          : '';
      const basis =
        t(
          lang,
          kpi.kind === null
            ? { ja: '水準か増分かの記載なし', en: 'level or yearly addition not stated' }
            : stock
              ? { ja: '年度末の水準', en: 'level at year end' }
              : { ja: '年度ごとの増分', en: 'added each year' },
        ) + baseline;
      const name = capitalized(words(lang, kpi.shortName, kpi.shortNameEn ?? kpi.nameEn));
      const unit = words(lang, kpi.unit, kpi.unitEn);
      return {
        program: program.label,
        mark: kpiMark(kpi.position),
        name,
        unit,
        basis,
        cells,
        plan,
        csv: [
          program.label,
          `${kpiMark(kpi.position)} ${name.text}`,
          unit.text,
          ...cells.map((c) => cellText(c, lang)),
          ...(hasPlan ? [cellText(plan, lang)] : []),
        ],
      };
    }),
  );
  return { years: [...years], hasPlan, rows };
}

/**
 * Past this many years, one program's table is turned: a row per year and a column per KPI. Ten year
 * columns on A4 leave each a finger wide, and break every year's heading and status mid-word.
 */
export const YEARS_ACROSS = 5;

/** A row of a turned table: a year (null for the plan period) and each KPI's cell in it. */
export interface TurnedRow {
  year: number | null;
  cells: (ResultCell | null)[];
}

/** Whether a table reads better turned: one program's, with more years than fit across a page. */
export const readsTurned = (table: ResultTable): boolean =>
  new Set(table.rows.map((row) => row.program)).size === 1 && table.years.length > YEARS_ACROSS;

/** The table turned: a row per year, then the plan period's where there is one; a column per KPI. */
export function turned(table: ResultTable): TurnedRow[] {
  return [
    ...table.years.map((year, index) => ({
      year,
      cells: table.rows.map((row) => row.cells[index]!),
    })),
    ...(table.hasPlan ? [{ year: null, cells: table.rows.map((row) => row.plan) }] : []),
  ];
}
