import type { ProgramRecords } from '../db/queries/program-records.js';
import { toCsv } from '../import/csv.js';
import { COST_HEADER, KPI_VALUE_HEADER } from '../import/tables.js';

/** An absent figure as the CSV format writes it: blank for not reported, － for not applicable. */
function figure(value: number | null, absence: string | null): string | number {
  if (value !== null) return value;
  return absence === 'not_applicable' ? '－' : '';
}

/** Where a figure was read, in one cell: the section and raw text, or the note. */
function sourceText(records: ProgramRecords, id: number | null): string | null {
  const p = id === null ? undefined : records.provenance.get(id);
  if (!p) return null;
  return [p.section, p.note].filter(Boolean).join(' / ') || null;
}

/** The KPI values of these programs as a KPI values table (the import format). */
export function kpiValuesCsv(records: ProgramRecords, programIds: readonly number[]): string {
  const rows = records.programs
    .filter(({ program }) => programIds.includes(program.id))
    .flatMap(({ program, municipality }) =>
      records.kpis
        .filter((kpi) => kpi.programId === program.id)
        .flatMap((kpi) =>
          records.values
            .filter((v) => v.kpiId === kpi.id)
            .map((v) => [
              municipality.code,
              program.number,
              kpi.position,
              v.fiscalYear,
              v.targetProvenanceId === null ? '' : figure(v.target, v.targetAbsence),
              v.actualProvenanceId === null ? '' : figure(v.actual, v.actualAbsence),
              v.runningTotalProvenanceId === null
                ? ''
                : figure(v.runningTotal, v.runningTotalAbsence),
              v.status,
              v.note,
              sourceText(records, v.actualProvenanceId ?? v.targetProvenanceId),
            ]),
        ),
    );
  return toCsv(KPI_VALUE_HEADER, rows);
}

/** The cost lines of these programs as a costs table (the import format), amounts as printed. */
export function costsCsv(records: ProgramRecords, programIds: readonly number[]): string {
  const rows = records.programs
    .filter(({ program }) => programIds.includes(program.id))
    .flatMap(({ program, municipality }) =>
      records.costs
        .filter((c) => c.programId === program.id)
        .map((c) => {
          const thousands = c.precisionYen === 1_000;
          return [
            municipality.code,
            program.number,
            c.category,
            c.staffType,
            c.fiscalYearFrom,
            c.fiscalYearTo === c.fiscalYearFrom ? null : c.fiscalYearTo,
            figure(
              c.amountYen === null ? null : thousands ? c.amountYen / 1_000 : c.amountYen,
              c.amountAbsence,
            ),
            thousands ? '千円' : '円',
            c.staffFte,
            c.note,
            sourceText(records, c.provenanceId),
          ];
        }),
    );
  return toCsv(COST_HEADER, rows);
}
