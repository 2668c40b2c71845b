import type { Absence, CostCategory, CostLinesFieldsFragment, StaffType } from './generated';

/** One cost line as the page's table of printed lines reads it, its source named by id. */
export interface CostLine {
  category: CostCategory;
  staffType: StaffType | null;
  fiscalYears: { first: { year: number }; last: { year: number } };
  amount: {
    yen: number | null;
    absence: Absence | null;
    precisionYen: number;
    source: { id: string } | null;
  };
  staffFte: { value: number | null } | null;
}

/** A program's cost lines, one row each, from the columns the API sends. */
export function costLines(lines: CostLinesFieldsFragment): CostLine[] {
  return lines.categories.map((category, i) => {
    const source = lines.amountSources[i] ?? null;
    // A line with a staff count cell, even a blank one, has its source; one without has neither.
    const staffFteSource = lines.staffFteSources[i] ?? null;
    return {
      category,
      staffType: lines.staffTypes[i] ?? null,
      fiscalYears: { first: { year: lines.firstYears[i]! }, last: { year: lines.lastYears[i]! } },
      amount: {
        yen: lines.amounts[i] ?? null,
        absence: lines.amountAbsences[i] ?? null,
        precisionYen: lines.amountPrecisions[i]!,
        source: source === null ? null : { id: source },
      },
      staffFte: staffFteSource === null ? null : { value: lines.staffFtes[i] ?? null },
    };
  });
}
