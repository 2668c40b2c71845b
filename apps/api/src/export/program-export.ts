import type { Database } from '../db/client.js';
import { programRecords, type ProgramRecords } from '../db/queries/program-records.js';
import { programYaml } from './program-file.js';
import { costsCsv, kpiValuesCsv } from './tables.js';

export type ExportFormat = 'yaml' | 'kpi_values_csv' | 'costs_csv';

export interface ExportedFile {
  fileName: string;
  contentType: string;
  content: string;
}

/** Programs in an import format: one program file each, or one table for all of them. */
export async function exportPrograms(
  db: Database,
  programIds: readonly number[],
  format: ExportFormat,
): Promise<ExportedFile[]> {
  const records = await programRecords(db, programIds);
  const ids = records.programs.map((p) => p.program.id);
  return format === 'yaml'
    ? ids.map((id) => exportedFile(records, [id], format))
    : [exportedFile(records, ids, format)];
}

/**
 * Each program's own file, from one reading of all their records: what a list of programs answers
 * when every one is asked for its export. Every id must name a program.
 */
export async function exportEach(
  db: Database,
  programIds: readonly number[],
  format: ExportFormat,
): Promise<ExportedFile[]> {
  const records = await programRecords(db, programIds);
  return programIds.map((id) => exportedFile(records, [id], format));
}

/** The file of one program, or (for a table) of several under one name. */
function exportedFile(
  records: ProgramRecords,
  ids: readonly number[],
  format: ExportFormat,
): ExportedFile {
  const base = ids.length === 1 ? fileBase(records, ids[0]!) : 'programs';
  switch (format) {
    case 'yaml':
      return {
        fileName: `${base}.yaml`,
        contentType: 'application/yaml; charset=utf-8',
        content: programYaml(records, ids[0]!),
      };
    case 'kpi_values_csv':
      return {
        fileName: `${base}-kpi-values.csv`,
        contentType: 'text/csv; charset=utf-8',
        content: kpiValuesCsv(records, ids),
      };
    case 'costs_csv':
      return {
        fileName: `${base}-costs.csv`,
        contentType: 'text/csv; charset=utf-8',
        content: costsCsv(records, ids),
      };
  }
}

function fileBase(records: ProgramRecords, id: number): string {
  const entry = records.programs.find((p) => p.program.id === id)!;
  return `${entry.municipality.code}-${entry.program.number}`.replace(/[^A-Za-z0-9._-]/g, '_');
}
