import { ACHIEVEMENT_FORMULAS, type KpiKind, type NamedFormula } from '../achievement/index.js';
import { COST_FORMULAS } from '../cost/index.js';
import { fiscalYearLabel } from '../era/index.js';

/** What the comparison rules need to know of one program. */
export interface ComparedProgramFacts {
  id: string;
  name: string;
  /** The name in English, for the English notes (the Japanese where none is given). */
  nameEn?: string;
  /** The form of its source document (evaluation sheet, grant result report). */
  form: string;
  formEn?: string;
  kpis: readonly { kind: KpiKind | null; unit: string; unitEn?: string }[];
  /** Fiscal years with any KPI figure, baseline or single-year cost. */
  yearsWithFigures: readonly number[];
  /** Fiscal years with a target, an actual or a cost (a baseline's year alone is not one). */
  reportedYears?: readonly number[];
  /** Fiscal years with a target whose actual is blank in the source. */
  blankActualYears?: readonly number[];
  /** Fiscal years whose cost lines are printed but blank. */
  blankCostYears?: readonly number[];
  /** For each fiscal year with a reported single-year cost: what that cost covers. */
  costBasisByYear: ReadonlyMap<number, 'total_cost' | 'project_cost'>;
}

export type ComparisonNoteKind =
  | 'KIND_MISMATCH'
  | 'UNIT_MISMATCH'
  | 'MISSING_YEARS'
  | 'COST_SCOPE'
  | 'NO_COMMON_COST_YEAR'
  | 'FORM_DIFFERENCE';

export interface ComparisonNote {
  kind: ComparisonNoteKind;
  ja: string;
  en: string;
  programIds: string[];
}

/**
 * The fiscal-year axis of a comparison: every year from the first to the last that any program has a
 * figure for, or the range asked for.
 */
export function fiscalYearAxis(
  programs: readonly ComparedProgramFacts[],
  from?: number | null,
  to?: number | null,
): number[] {
  const years = programs.flatMap((program) => program.yearsWithFigures);
  const first = from ?? (years.length ? Math.min(...years) : null);
  const last = to ?? (years.length ? Math.max(...years) : null);
  if (first === null || last === null || last < first) return [];
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

const KIND_JA: Record<KpiKind | 'null', string> = {
  stock: 'ストック（年度末の水準）',
  increment: '増分（年度ごとの増加）',
  null: '種類の記載なし',
};
const KIND_EN: Record<KpiKind | 'null', string> = {
  stock: 'stock (a level at year end)',
  increment: 'yearly increment',
  null: 'kind not stated',
};

const nameEn = (program: ComparedProgramFacts) => program.nameEn ?? program.name;

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/**
 * What may not be compared, and why, stated next to the figures: KPI kinds and units that differ, years
 * without figures, costs that cover different things, no year where every cost is reported, and forms
 * whose evaluations must each be read on their own scale.
 */
export function comparisonNotes(
  programs: readonly ComparedProgramFacts[],
  axis: readonly number[],
): ComparisonNote[] {
  const notes: ComparisonNote[] = [];
  const ids = programs.map((program) => program.id);

  const kinds = distinct(programs.flatMap((program) => program.kpis.map((kpi) => kpi.kind)));
  if (kinds.length > 1) {
    const byProgram = programs.map(
      (p) => `${p.name}: ${distinct(p.kpis.map((k) => KIND_JA[k.kind ?? 'null'])).join('・')}`,
    );
    const byProgramEn = programs.map(
      (p) => `${nameEn(p)}: ${distinct(p.kpis.map((k) => KIND_EN[k.kind ?? 'null'])).join(', ')}`,
    );
    notes.push({
      kind: 'KIND_MISMATCH',
      ja: `KPI の種類が異なります（${byProgram.join('／')}）。生の値は同じ軸に載せず達成率で並べますが、ストックは基準値からの進捗、増分は実績 ÷ 目標で、同じ 100% でも意味が違います。`,
      en: `KPI kinds differ (${byProgramEn.join('; ')}). Raw values are never put on one axis; achievement rates are set side by side, but a stock's is progress from its baseline and an increment's is actual ÷ target, so the same 100 % means different things.`,
      programIds: ids,
    });
  }

  const units = distinct(programs.flatMap((program) => program.kpis.map((kpi) => kpi.unit)));
  if (units.length > 1) {
    notes.push({
      kind: 'UNIT_MISMATCH',
      ja: `単位が異なります（${units.join('、')}）。値どうしの比較・合計はしません。`,
      en: `Units differ (${distinct(programs.flatMap((p) => p.kpis.map((k) => k.unitEn ?? k.unit))).join(', ')}): values are neither compared nor added across them.`,
      programIds: ids,
    });
  }

  for (const program of programs) {
    const missing = axis.filter(
      (year) =>
        !program.yearsWithFigures.includes(year) &&
        programs.some((other) => (other.reportedYears ?? other.yearsWithFigures).includes(year)),
    );
    const blankActuals = (program.blankActualYears ?? []).filter((year) => axis.includes(year));
    const blankCosts = (program.blankCostYears ?? []).filter((year) => axis.includes(year));
    if (missing.length + blankActuals.length + blankCosts.length === 0) continue;
    const ja = (years: readonly number[]) => years.map(fiscalYearLabel).join('、');
    const en = (years: readonly number[]) => years.map((y) => `FY${y}`).join(', ');
    const parts = [
      blankActuals.length
        ? {
            ja: `${ja(blankActuals)}の実績は空欄（未報告）で、その年度の目標の達成は判断できません`,
            en: `the ${en(blankActuals)} actual is blank (not reported), so whether that year's target was met cannot be told`,
          }
        : null,
      blankCosts.length
        ? {
            ja: `${ja(blankCosts)}の費用は空欄（未報告）`,
            en: `the ${en(blankCosts)} costs are blank (not reported)`,
          }
        : null,
      missing.length
        ? {
            ja: `${ja(missing)}は資料の期間外で数値がありません`,
            en: `${en(missing)} is not covered by its document`,
          }
        : null,
    ].filter((part) => part !== null);
    notes.push({
      kind: 'MISSING_YEARS',
      ja: `${program.name}：${parts.map((p) => p.ja).join('。')}。どれも 0 ではありません。`,
      en: `${nameEn(program)}: ${parts.map((p) => p.en).join('; ')}. None of these is 0.`,
      programIds: [program.id],
    });
  }

  const bases = programs.map((program) => distinct([...program.costBasisByYear.values()]));
  const projectOnly = programs.filter((_, i) => bases[i]!.includes('project_cost'));
  const total = programs.filter((_, i) => bases[i]!.includes('total_cost'));
  if (projectOnly.length > 0 && total.length > 0) {
    notes.push({
      kind: 'COST_SCOPE',
      ja: `費用の範囲が異なります。${total.map((p) => p.name).join('、')}は総費用（事業費＋人件費）、${projectOnly.map((p) => p.name).join('、')}は事業費のみで人件費を含みません（資料に人件費の記載がない）。団体職員の人件費を含まない分だけ後者の費用と単位あたりの値は小さく出るため、金額どうしを比べず、比も取りません。`,
      en: `Cost scopes differ: ${total.map(nameEn).join(', ')} report total cost (project plus personnel cost); ${projectOnly.map(nameEn).join(', ')} report project cost only, with no personnel cost (the source has none). Costs and per-unit figures without the municipality's own staff cost read lower by that much: the amounts are not compared, and no ratio of them is taken.`,
      programIds: [...total, ...projectOnly].map((p) => p.id),
    });
  }

  const withCosts = programs.filter((program) => program.costBasisByYear.size > 0);
  if (
    withCosts.length > 1 &&
    !axis.some((year) => withCosts.every((program) => program.costBasisByYear.has(year)))
  ) {
    notes.push({
      kind: 'NO_COMMON_COST_YEAR',
      ja: '費用が報告された年度が事業ごとに異なり、同じ年度の費用がそろっていません。金額は年度を添えて読み、年度の違う金額どうしを比べないでください。',
      en: 'The programs report costs for different years, none the same: read each amount with its year, and do not set amounts of different years against each other.',
      programIds: withCosts.map((p) => p.id),
    });
  }

  const forms = distinct(programs.map((program) => program.form));
  if (forms.length > 1) {
    notes.push({
      kind: 'FORM_DIFFERENCE',
      ja: `様式が異なります（${forms.join('／')}）。評価や状況はそれぞれの様式の語で示し、評語を達成状況に読み替えません。`,
      en: `The forms differ (${distinct(programs.map((p) => p.formEn ?? p.form)).join(' / ')}): evaluations and statuses are shown in each form’s own terms; grades are not mapped onto statuses.`,
      programIds: ids,
    });
  }
  return notes;
}

/** Every formula a comparison's figures use, named, for the comparison to state beside them. */
export const COMPARISON_FORMULAS: readonly NamedFormula[] = [
  ...ACHIEVEMENT_FORMULAS,
  ...COST_FORMULAS,
];
