import { inArray } from 'drizzle-orm';
import { refreshProgramSummaries } from '../analytics/program-summary.js';
import {
  costKey,
  diffFacts,
  factsOfFile,
  factsOfRecords,
  kpiValueKey,
  programKey,
  type Change,
  type Fact,
  type Facts,
} from '../audit/facts.js';
import { auditChanges } from '../audit/record.js';
import type { Database } from '../db/client.js';
import { programRecords, programRefs, programsOfDocuments } from '../db/queries/program-records.js';
import { deleteProgramChildren } from '../db/queries/program-children.js';
import * as t from '../db/schema/index.js';
import {
  upsertCostEntry,
  upsertKpiValue,
  type KpiValueFigures,
} from '../db/queries/record-writes.js';
import { loadPrograms } from '../dataset/load.js';
import { DatasetError, type DatasetProblem } from '../dataset/read.js';
import type { ImportBatch } from './read.js';
import type { CostRow, KpiValueRow, TableRow } from './tables.js';

export interface ImportReport {
  /** Every entity the import touches, with what happens to it. */
  changes: Change[];
  /** False for a dry run. */
  applied: boolean;
}

export interface ImportOptions {
  dryRun: boolean;
  /** Table rows written so far, of all. */
  onProgress?: (done: number, total: number) => void;
  /** Programs written so far, of all the files and workbooks bring. */
  onProgramProgress?: (done: number, total: number) => void;
}

/** A dry run ends its transaction by this, so nothing it might have done is kept. */
class DryRun extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

const rowKey = (row: TableRow) => {
  const program = programKey(row.municipalityCode, row.programNumber);
  return row.table === 'kpi_values'
    ? kpiValueKey(program, row.kpiPosition, row.fiscalYear)
    : costKey(program, row.category, row.staffType, row.fiscalYearFrom, row.fiscalYearTo);
};

/** What the row sets; a column the table leaves out keeps what is stored. */
function kpiValueFigures(row: KpiValueRow, kind: 'stock' | 'increment' | null) {
  const figures: Record<string, string | number | null> = {};
  const put = (name: 'target' | 'actual' | 'runningTotal', cell: KpiValueRow['target']) => {
    if (!cell) return;
    // A stock has no running total: an empty cell there says nothing, it is not "not reported".
    const absent = name === 'runningTotal' && kind === 'stock' && cell.value === null;
    figures[name] = cell.value;
    figures[`${name}Absence`] = absent ? null : cell.absence;
  };
  put('target', row.target);
  put('actual', row.actual);
  put('runningTotal', row.runningTotal);
  if (row.status !== undefined) figures.status = row.status;
  if (row.note !== undefined) figures.note = row.note;
  return figures;
}

function costFigures(row: CostRow) {
  return {
    amountYen: row.amountYen,
    amountAbsence: row.amountAbsence,
    precisionYen: row.precisionYen,
    ...(row.staffFte !== undefined && { staffFte: row.staffFte.value }),
    ...(row.note !== undefined && { note: row.note }),
  };
}

const EMPTY_KPI_VALUE: Fact = {
  target: null,
  targetAbsence: null,
  actual: null,
  actualAbsence: null,
  runningTotal: null,
  runningTotalAbsence: null,
  status: null,
  note: null,
};

/**
 * Imports a checked batch in one transaction: program files replace their programs' records, table rows
 * are upserted by their natural keys (municipality code, program number, KPI, fiscal year; or cost
 * category, staff type and years). References are checked against the database and the batch before
 * anything is written; any problem, or any failure while writing, leaves the database as it was. A dry
 * run computes the same changes and writes nothing.
 */
export async function importBatch(
  db: Database,
  batch: ImportBatch,
  options: ImportOptions,
): Promise<ImportReport> {
  try {
    return await db.transaction(async (tx) => run(tx as unknown as Database, batch, options));
  } catch (error) {
    if (error instanceof DryRun) return error.report;
    throw error;
  }
}

async function run(
  db: Database,
  batch: ImportBatch,
  options: ImportOptions,
): Promise<ImportReport> {
  const problems: DatasetProblem[] = [...batch.problems];
  const keys = [
    ...batch.programs.map((p) => ({
      municipalityCode: p.data.municipality.code,
      number: p.data.program.number.value,
    })),
    ...batch.rows.map((row) => ({
      municipalityCode: row.municipalityCode,
      number: row.programNumber,
    })),
  ];
  const refs = await programRefs(db, keys);
  const municipalities = new Set([
    ...refs.municipalityCodes,
    ...batch.programs.map((p) => p.data.municipality.code),
  ]);
  // The KPIs each program will have once the batch's program files are loaded.
  const kpisOf = new Map(
    refs.programs.map((p) => [
      programKey(p.municipalityCode, p.number),
      new Map(p.kpis.map((kpi) => [kpi.position, kpi.kind])),
    ]),
  );
  const programFiles = new Map<string, string>();
  for (const source of batch.programs) {
    const key = programKey(source.data.municipality.code, source.data.program.number.value);
    const earlier = programFiles.get(key);
    if (earlier)
      problems.push({
        file: source.file,
        path: 'program.number',
        message: `program ${key} is also in ${earlier}`,
      });
    programFiles.set(key, source.file);
    kpisOf.set(key, new Map(source.data.kpis.map((kpi) => [kpi.position, kpi.kind.value])));
  }

  // The programs of a workbook imported before that this one no longer has.
  const dropped = (await programsOfDocuments(db, batch.wholeDocuments)).filter(
    (p) => !programFiles.has(programKey(p.municipalityCode, p.number)),
  );
  const droppedKeys = new Set(dropped.map((p) => programKey(p.municipalityCode, p.number)));
  // A table row for one of them refers to a program that will not be there.
  for (const key of droppedKeys) kpisOf.delete(key);

  const seen = new Map<string, TableRow>();
  for (const row of batch.rows) {
    const at = `line ${row.line}`;
    const program = programKey(row.municipalityCode, row.programNumber);
    const kpis = kpisOf.get(program);
    if (!municipalities.has(row.municipalityCode)) {
      problems.push({
        file: row.file,
        path: `${at}, municipality_code`,
        message: `unknown municipality ${row.municipalityCode}: import a program file of it first`,
      });
      continue;
    }
    if (!kpis) {
      problems.push({
        file: row.file,
        path: `${at}, program_number`,
        message: `municipality ${row.municipalityCode} has no program ${row.programNumber}`,
      });
      continue;
    }
    if (row.table === 'kpi_values' && !kpis.has(row.kpiPosition)) {
      problems.push({
        file: row.file,
        path: `${at}, kpi_position`,
        message: `program ${program} has no KPI ${row.kpiPosition}`,
      });
      continue;
    }
    const key = rowKey(row);
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({
        file: row.file,
        path: `${at}, fiscal_year`,
        message: `duplicates ${earlier.file} line ${earlier.line} (the same ${row.table === 'kpi_values' ? 'KPI and fiscal year' : 'cost line and fiscal year'})`,
      });
      continue;
    }
    seen.set(key, row);
  }
  if (problems.length > 0) throw new DatasetError(problems);

  // Facts now, after the program files, and after the rows: the dry run's answer and the audit's.
  const before = factsOfRecords(
    await programRecords(db, [...refs.programs.map((p) => p.id), ...dropped.map((p) => p.id)]),
  );
  const afterPrograms: Facts = new Map(before);
  for (const [factKey, fact] of afterPrograms)
    if (droppedKeys.has(fact.program)) afterPrograms.delete(factKey);
  for (const source of batch.programs) {
    const key = programKey(source.data.municipality.code, source.data.program.number.value);
    for (const [factKey, fact] of afterPrograms)
      if (fact.program === key) afterPrograms.delete(factKey);
    for (const [factKey, fact] of factsOfFile(source.data)) afterPrograms.set(factKey, fact);
  }
  const afterRows: Facts = new Map(afterPrograms);
  for (const row of batch.rows) {
    const key = rowKey(row);
    const program = programKey(row.municipalityCode, row.programNumber);
    const previous = afterPrograms.get(key)?.fact;
    if (row.table === 'kpi_values') {
      const kind = kpisOf.get(program)!.get(row.kpiPosition)!;
      afterRows.set(key, {
        entity: 'kpi_value',
        program,
        fact: { ...EMPTY_KPI_VALUE, ...previous, ...kpiValueFigures(row, kind) },
      });
    } else {
      afterRows.set(key, {
        entity: 'cost_entry',
        program,
        fact: { staffFte: null, note: null, ...previous, ...costFigures(row) },
      });
    }
  }
  const report: ImportReport = { changes: diffFacts(before, afterRows), applied: !options.dryRun };
  if (options.dryRun) throw new DryRun(report);

  if (dropped.length > 0) {
    const ids = dropped.map((p) => p.id);
    await auditChanges(
      db,
      { name: `import:${batch.files.map((f) => f.file).join(', ')}`, source: 'import' },
      report.changes.filter((c) => droppedKeys.has(c.program)),
      // The audit outlives the program: its events keep the key, not the row.
      () => null,
    );
    await deleteProgramChildren(db, ids);
    await db.delete(t.program).where(inArray(t.program.id, ids));
  }

  // Program files: replaced whole when anything in them differs from what is stored, edits included.
  const changedPrograms = new Set(
    report.changes.filter((c) => c.action !== 'unchanged').map((c) => c.program),
  );
  await loadPrograms(
    db,
    batch.programs,
    (source) => ({ name: `import:${source.file}`, source: 'import' }),
    (source) =>
      changedPrograms.has(
        programKey(source.data.municipality.code, source.data.program.number.value),
      ),
    options.onProgramProgress,
  );

  const rowChanges = new Map(diffFacts(afterPrograms, afterRows).map((c) => [c.key, c]));
  const current = await programRefs(
    db,
    batch.rows.map((row) => ({
      municipalityCode: row.municipalityCode,
      number: row.programNumber,
    })),
  );
  const programs = new Map(
    current.programs.map((p) => [programKey(p.municipalityCode, p.number), p]),
  );
  const touched = new Set<number>();
  let done = 0;
  for (const row of batch.rows) {
    done += 1;
    if (done % 200 === 0 || done === batch.rows.length)
      options.onProgress?.(done, batch.rows.length);
    const change = rowChanges.get(rowKey(row))!;
    if (change.action === 'unchanged') continue;
    const program = programs.get(programKey(row.municipalityCode, row.programNumber))!;
    const provenance = {
      origin: 'import' as const,
      note: `${row.file} line ${row.line}${row.source ? `: ${row.source}` : ''}`,
      programId: program.id,
    };
    if (row.table === 'kpi_values') {
      const kpi = program.kpis.find((k) => k.position === row.kpiPosition)!;
      await upsertKpiValue(db, {
        kpiId: kpi.id,
        fiscalYear: row.fiscalYear,
        figures: kpiValueFigures(row, kpi.kind) as KpiValueFigures,
        provenance,
        expectedVersion: undefined,
      });
    } else {
      await upsertCostEntry(db, {
        key: {
          programId: program.id,
          category: row.category,
          staffType: row.staffType,
          fiscalYearFrom: row.fiscalYearFrom,
          fiscalYearTo: row.fiscalYearTo,
        },
        figures: costFigures(row),
        withStaff: row.category === 'personnel_cost' || row.staffFte?.value != null,
        provenance,
        expectedVersion: undefined,
      });
    }
    await auditChanges(
      db,
      { name: `import:${row.file}`, source: 'import' },
      [change],
      () => program.id,
    );
    touched.add(program.id);
  }
  await refreshProgramSummaries(db, [...touched]);
  return report;
}
