import type { Database } from '../db/client.js';
import { programRecords } from '../db/queries/program-records.js';
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
  const name = (id: number) => {
    const entry = records.programs.find((p) => p.program.id === id)!;
    return `${entry.municipality.code}-${entry.program.number}`.replace(/[^A-Za-z0-9._-]/g, '_');
  };
  const ids = records.programs.map((p) => p.program.id);
  if (format === 'yaml')
    return ids.map((id) => ({
      fileName: `${name(id)}.yaml`,
      contentType: 'application/yaml; charset=utf-8',
      content: programYaml(records, id),
    }));
  const base = ids.length === 1 ? name(ids[0]!) : 'programs';
  return format === 'kpi_values_csv'
    ? [
        {
          fileName: `${base}-kpi-values.csv`,
          contentType: 'text/csv; charset=utf-8',
          content: kpiValuesCsv(records, ids),
        },
      ]
    : [
        {
          fileName: `${base}-costs.csv`,
          contentType: 'text/csv; charset=utf-8',
          content: costsCsv(records, ids),
        },
      ];
}
