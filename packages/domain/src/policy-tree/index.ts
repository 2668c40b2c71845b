/**
 * A city's programs by its own policy system (政策 → 施策 → 基本事業 → 事務事業): how many programs each
 * part has, what they cost each year by source of funding, and which directions were chosen. Sums are
 * exact sums of what is reported, and say how many programs left a figure blank: a blank is never 0.
 */

/** The categories a funding year sums, in the order a table shows them. */
export const FUNDING_CATEGORIES = [
  'grant',
  'national_subsidy',
  'prefectural_subsidy',
  'national_prefectural_subsidy',
  'local_bond',
  'other_specific_revenue',
  'general_fund',
  'project_cost',
  'personnel_cost',
  'total_cost',
] as const;
export type FundingCategory = (typeof FUNDING_CATEGORIES)[number];

/** One program as the tree needs it. */
export interface TreeProgram {
  id: number;
  /** The program's plan levels, top first. */
  levels: readonly { level: string; number: string | null; name: string }[];
  /** One amount per category and fiscal year (single years only); null where not reported. */
  costs: readonly {
    category: string;
    fiscalYear: number;
    yen: number | null;
    amountKind: 'actual' | 'plan';
  }[];
  /** The direction chosen in the program's latest evaluation, as its grade and label. */
  direction: { grade: string; label: string } | null;
}

/** A sum over programs: the reported amounts added, and how many programs gave none. */
export interface FundingSum {
  yen: number;
  /** Programs whose figure is in the sum. */
  reported: number;
  /** Programs of the node with no figure for it (blank, not applicable, unreadable). */
  missing: number;
}

export interface FundingYear {
  fiscalYear: number;
  /** Spent, or planned: a year never mixes the two. */
  amountKind: 'actual' | 'plan';
  sums: Record<FundingCategory, FundingSum>;
}

export interface PolicyNode {
  level: string;
  number: string | null;
  /** The name most of its programs give it. */
  name: string;
  /** Other spellings of the name in some programs (豊かな心をはぐくむ beside 育む). */
  otherNames: string[];
  programIds: number[];
  funding: FundingYear[];
  directions: { grade: string; label: string; count: number }[];
  children: PolicyNode[];
}

function emptySums(): Record<FundingCategory, FundingSum> {
  return Object.fromEntries(
    FUNDING_CATEGORIES.map((category) => [category, { yen: 0, reported: 0, missing: 0 }]),
  ) as Record<FundingCategory, FundingSum>;
}

/**
 * Sums programs' costs by fiscal year and category. A program with no line for a category in a year
 * in which it reports others counts as missing for it; a category no program of the set uses at all
 * (national_prefectural_subsidy in a form that splits it) stays at zero reported, zero missing.
 *
 * @example fundingByYear([{ id: 1, levels: [], direction: null, costs: [{ category: 'project_cost', fiscalYear: 2024, yen: 3089000, amountKind: 'actual' }] }, { id: 2, levels: [], direction: null, costs: [{ category: 'project_cost', fiscalYear: 2024, yen: null, amountKind: 'actual' }] }])[0].sums.project_cost //=> { yen: 3089000, reported: 1, missing: 1 }
 */
export function fundingByYear(programs: readonly TreeProgram[]): FundingYear[] {
  const years = new Map<number, FundingYear>();
  const used = new Set<string>();
  for (const program of programs) for (const cost of program.costs) used.add(cost.category);
  for (const program of programs) {
    const own = new Map<number, Map<string, number | null>>();
    for (const cost of program.costs) {
      if (!(FUNDING_CATEGORIES as readonly string[]).includes(cost.category)) continue;
      let year = years.get(cost.fiscalYear);
      if (!year) {
        year = { fiscalYear: cost.fiscalYear, amountKind: cost.amountKind, sums: emptySums() };
        years.set(cost.fiscalYear, year);
      }
      if (!own.has(cost.fiscalYear)) own.set(cost.fiscalYear, new Map());
      own.get(cost.fiscalYear)!.set(cost.category, cost.yen);
    }
    for (const [fiscalYear, amounts] of own) {
      const sums = years.get(fiscalYear)!.sums;
      for (const category of FUNDING_CATEGORIES) {
        if (!used.has(category)) continue;
        const yen = amounts.get(category);
        if (yen === undefined || yen === null) sums[category].missing += 1;
        else {
          sums[category].yen += yen;
          sums[category].reported += 1;
        }
      }
    }
  }
  return [...years.values()].sort((a, b) => a.fiscalYear - b.fiscalYear);
}

/** The directions some programs chose, with how many chose each, in grade order. */
export function directionsOf(programs: readonly TreeProgram[]): PolicyNode['directions'] {
  const counts = new Map<string, { grade: string; label: string; count: number }>();
  for (const { direction } of programs) {
    if (!direction) continue;
    const entry = counts.get(direction.grade) ?? { ...direction, count: 0 };
    entry.count += 1;
    counts.set(direction.grade, entry);
  }
  return [...counts.values()].sort((a, b) => a.grade.localeCompare(b.grade));
}

/** The most common spelling first; ties go to the first seen. */
function names(spellings: readonly string[]): { name: string; otherNames: string[] } {
  const counts = new Map<string, number>();
  for (const spelling of spellings) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  const ordered = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([spelling]) => spelling);
  return { name: ordered[0] ?? '', otherNames: ordered.slice(1) };
}

/**
 * The tree of a city's policy system, built from its programs' plan levels: nodes are told apart by
 * their number where the source gives one (names vary in spelling between rows), else by name. Nodes
 * are in number order; each holds the programs under it.
 *
 * @example buildPolicyTree([{ id: 1, costs: [], direction: null, levels: [{ level: '政策', number: '06', name: '自然豊かな環境の保全と創造' }] }])[0].programIds //=> [1]
 */
export function buildPolicyTree(programs: readonly TreeProgram[], depth = 0): PolicyNode[] {
  const groups = new Map<string, TreeProgram[]>();
  for (const program of programs) {
    const level = program.levels[depth];
    if (!level) continue;
    const key = level.number ?? `name:${level.name}`;
    groups.set(key, [...(groups.get(key) ?? []), program]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'ja', { numeric: true }))
    .map(([, members]) => {
      const level = members[0]!.levels[depth]!;
      return {
        level: level.level,
        number: level.number,
        ...names(members.map((member) => member.levels[depth]!.name)),
        programIds: members.map((member) => member.id),
        funding: fundingByYear(members),
        directions: directionsOf(members),
        children: buildPolicyTree(members, depth + 1),
      };
    });
}
