import type { FigureFields } from '@/components/derived-figure';
import {
  absenceLabel,
  fiscalYearRange,
  formatQuantity,
  formatRatio,
  formatYenExact,
} from '@/lib/format';
import type { Lang } from '@/lib/i18n';
import { expressionIn } from './formula';
import { YEARS_ACROSS } from './kpi-results';

/** A cost summary as both pages read it: one fiscal year, or a range of them printed as a total. */
export interface CostSummaryInput {
  first: number;
  last: number;
  projectCost: number | null;
  personnelCost: number | null;
  staffFte: number | null;
  grant: number | null;
  totalCost: FigureFields;
  grantShare: FigureFields;
  otherThanGrant: FigureFields;
  /** Found by difference of printed totals, not printed. */
  derived: boolean;
  /** What the years plan to spend (予算, 目標), not what they spent. */
  planned: boolean;
}

export interface ProgramCosts {
  label: string;
  summaries: CostSummaryInput[];
  /** Whether the form has personnel cost lines at all (a blank line is not a missing line). */
  hasPersonnelLines: boolean;
  /** Whether it has grant or subsidy lines, so the grant's part is worth a row. */
  hasGrantLines: boolean;
}

export type CostCell =
  | { kind: 'amount'; text: string; formula: string | null; derived: boolean }
  | { kind: 'missing'; text: string }
  /** A total over several years, shown once across them. */
  | { kind: 'span'; span: number; text: string; formula: string | null; derived?: boolean };

export interface CostRow {
  program: string;
  line: string;
  cells: CostCell[];
  /** The totals the source prints over several years (a plan period), when the table has the column. */
  total: CostCell | null;
  csv: (string | number | null)[];
}

export interface CostTable {
  years: number[];
  /** The years whose amounts are planned, not spent: their headings say so. */
  plannedYears: number[];
  /** Whether any program prints a multi-year total, so the table has a column for it. */
  hasTotals: boolean;
  rows: CostRow[];
}

type Pick = (s: CostSummaryInput) => { value: number | null; figure: FigureFields | null };

interface Line {
  ja: string;
  en: string;
  pick: Pick;
  format: (lang: Lang, value: number) => string;
  /** A rate, not an amount: a range shows its rate, not a sum. */
  rate?: boolean;
  /** A line the form does not have at all: said once across the row. */
  absentBecause?: (p: ProgramCosts) => { ja: string; en: string } | null;
  when?: (p: ProgramCosts) => boolean;
}

const yen = (lang: Lang, value: number) => formatYenExact(lang, value);
const figure =
  (pick: (s: CostSummaryInput) => FigureFields): Pick =>
  (s) => ({ value: pick(s).value, figure: pick(s) });

const NO_PERSONNEL = {
  ja: '記載なし（様式に人件費の欄がない）',
  en: 'none (the form has no personnel cost)',
};

const LINES: Line[] = [
  {
    ja: '事業費',
    en: 'Project cost',
    pick: (s) => ({ value: s.projectCost, figure: null }),
    format: yen,
  },
  {
    ja: 'うち交付金・国県支出金',
    en: 'of which grant or subsidy',
    pick: (s) => ({ value: s.grant, figure: null }),
    format: yen,
    when: (p) => p.hasGrantLines,
  },
  {
    ja: 'うち交付金・国県支出金以外',
    en: 'of which not grant or subsidy',
    pick: figure((s) => s.otherThanGrant),
    format: yen,
    when: (p) => p.hasGrantLines,
  },
  {
    ja: '交付金の割合',
    en: 'Grant share',
    pick: figure((s) => s.grantShare),
    format: (_lang, value) => formatRatio(value),
    rate: true,
    when: (p) => p.hasGrantLines,
  },
  {
    ja: '人件費',
    en: 'Personnel cost',
    pick: (s) => ({ value: s.personnelCost, figure: null }),
    format: yen,
    absentBecause: (p) => (p.hasPersonnelLines ? null : NO_PERSONNEL),
  },
  {
    ja: '総費用（事業費＋人件費）',
    en: 'Total cost (project + personnel)',
    pick: figure((s) => s.totalCost),
    format: yen,
    absentBecause: (p) =>
      p.hasPersonnelLines
        ? null
        : { ja: '計算せず（人件費の記載がない）', en: 'not computed (no personnel cost)' },
  },
];

const single = (s: CostSummaryInput) => s.first === s.last;

/** The fiscal years any program reports a cost for, alone or in a total found by difference. */
export function costYears(programs: readonly ProgramCosts[]): number[] {
  const years = new Set<number>();
  for (const program of programs)
    for (const s of program.summaries)
      if (single(s) || s.derived) for (let y = s.first; y <= s.last; y += 1) years.add(y);
  return [...years].sort((a, b) => a - b);
}

function amount(lang: Lang, line: Line, s: CostSummaryInput): CostCell {
  const { value, figure: derivedFrom } = line.pick(s);
  if (value === null) {
    return {
      kind: 'missing',
      text:
        derivedFrom?.notComputed && derivedFrom.notComputed !== 'MISSING_INPUT'
          ? lang === 'ja'
            ? '計算せず'
            : 'not computed'
          : absenceLabel(lang, 'NOT_REPORTED'),
    };
  }
  const fte =
    line.ja === '人件費' && s.staffFte !== null
      ? lang === 'ja'
        ? `（職員 ${formatQuantity(s.staffFte)}人）`
        : ` (${formatQuantity(s.staffFte)} staff)`
      : '';
  return {
    kind: 'amount',
    text: `${line.format(lang, value)}${fte}`,
    formula: derivedFrom ? expressionIn(lang, derivedFrom.formula) : null,
    // Found by difference, or computed from printed figures (a remainder, a share, a sum).
    derived: s.derived || derivedFrom !== null,
  };
}

/**
 * Costs per fiscal year and who paid, in yen, for one or more programs: a year reported only within a
 * total of several years is one cell across them (令和3〜4年度 合計 …（年度別の内訳なし）), never 未報告
 * in each; a line the form lacks is said once across the row.
 */
export function costTable(
  lang: Lang,
  programs: readonly ProgramCosts[],
  years: readonly number[] = costYears(programs),
): CostTable {
  const hasTotals = programs.some((p) => p.summaries.some((s) => !single(s) && !s.derived));
  const rows = programs.flatMap((program) =>
    LINES.filter((line) => line.when?.(program) ?? true).map((line): CostRow => {
      const label = lang === 'ja' ? line.ja : line.en;
      const absent = line.absentBecause?.(program) ?? null;
      if (absent) {
        const text = absent[lang];
        return {
          program: program.label,
          line: label,
          cells: [{ kind: 'span', span: years.length + (hasTotals ? 1 : 0), text, formula: null }],
          total: null,
          csv: [program.label, label, ...years.map(() => text), ...(hasTotals ? [text] : [])],
        };
      }
      const cells: CostCell[] = [];
      const csv: (string | number | null)[] = [];
      for (const year of years) {
        const own = program.summaries.find((s) => single(s) && s.first === year);
        const byDifference = program.summaries.find(
          (s) => s.derived && !single(s) && s.first <= year && s.last >= year,
        );
        const printedTotal = program.summaries.find(
          (s) => !s.derived && !single(s) && s.first <= year && s.last >= year,
        );
        if (own) {
          const c = amount(lang, line, own);
          cells.push(c);
          csv.push(c.kind === 'span' ? null : c.text);
        } else if (byDifference) {
          const start = years.find((y) => y >= byDifference.first);
          if (year !== start) {
            csv.push(absenceLabel(lang, 'IN_MULTI_YEAR_TOTAL'));
            continue;
          }
          const c = amount(lang, line, byDifference);
          const span = years.filter(
            (y) => y >= byDifference.first && y <= byDifference.last,
          ).length;
          const range = fiscalYearRange(lang, byDifference.first, byDifference.last);
          const text =
            c.kind !== 'amount'
              ? c.text
              : line.rate
                ? `${range} ${c.text}`
                : lang === 'ja'
                  ? `${range} 合計 ${c.text}（年度別の内訳なし）`
                  : `${range} together ${c.text} (no figure for each year)`;
          cells.push({
            kind: 'span',
            span,
            text,
            formula: c.kind === 'amount' ? c.formula : null,
            derived: true,
          });
          csv.push(text);
        } else {
          const text = absenceLabel(
            lang,
            printedTotal ? 'IN_MULTI_YEAR_TOTAL' : 'OUTSIDE_DOCUMENT',
          );
          cells.push({ kind: 'missing', text });
          csv.push(text);
        }
      }
      const totals = program.summaries.filter((s) => !single(s) && !s.derived);
      let total: CostCell | null = null;
      if (hasTotals) {
        const parts = totals.map((s) => {
          const c = amount(lang, line, s);
          const plan = s.planned ? (lang === 'ja' ? '（計画）' : ' (planned)') : '';
          return { c, text: `${fiscalYearRange(lang, s.first, s.last)}${plan} ${c.text}` };
        });
        total =
          parts.length === 0
            ? { kind: 'missing', text: lang === 'ja' ? 'なし' : 'none' }
            : {
                kind: 'amount',
                text: parts.map((p) => p.text).join(' / '),
                formula: parts[0]!.c.kind === 'amount' ? parts[0]!.c.formula : null,
                derived: parts.some((p) => p.c.kind === 'amount' && p.c.derived),
              };
        csv.push(total.text);
      }
      return {
        program: program.label,
        line: label,
        cells,
        total,
        csv: [program.label, label, ...csv],
      };
    }),
  );
  const plannedYears = years.filter((year) =>
    programs.some((p) => p.summaries.some((s) => single(s) && s.first === year && s.planned)),
  );
  return { years: [...years], plannedYears, hasTotals, rows };
}

/** A cell of a turned cost table: the cell and the rows it covers, or null under a cell above it. */
export type TurnedCostCell = { cell: CostCell; rows: number } | null;

/** A row of a turned cost table: a year (null for the multi-year totals) and each line's cell in it. */
export interface TurnedCostRow {
  year: number | null;
  cells: TurnedCostCell[];
}

/** Whether a cost table reads better turned, as a KPI table does (readsTurned): one program's, long. */
export const costsReadTurned = (table: CostTable): boolean =>
  new Set(table.rows.map((row) => row.program)).size === 1 && table.years.length > YEARS_ACROSS;

/**
 * The cost table turned: a row per year, then the multi-year totals' where the table has them; a column
 * per line. A total over several years covers their rows as it covered their columns.
 */
export function turnedCosts(table: CostTable): TurnedCostRow[] {
  const slots = table.years.length + (table.hasTotals ? 1 : 0);
  const columns = table.rows.map((row) => {
    const column: TurnedCostCell[] = [];
    for (const cell of row.cells) {
      const span = cell.kind === 'span' ? cell.span : 1;
      column.push({ cell, rows: span }, ...Array<TurnedCostCell>(span - 1).fill(null));
    }
    if (row.total) column.push({ cell: row.total, rows: 1 });
    return column;
  });
  return Array.from({ length: slots }, (_, index) => ({
    year: table.years[index] ?? null,
    cells: columns.map((column) => column[index] ?? null),
  }));
}
