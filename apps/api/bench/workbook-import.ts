/**
 * The real workbook in `pnpm bench`: the 大船渡市 import timed on the database it is given, with the
 * process's peak memory, then imported again (which must change nothing). Skipped, and said so, when
 * the workbook is not beside the project.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../src/db/client.js';
import { DATA_DIR } from '../src/dataset/files.js';
import { readForms } from '../src/forms/definition.js';
import { readImportBatch } from '../src/import/read.js';
import { importBatch } from '../src/import/run.js';

export const WORKBOOK = path.resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../../../shared/real/ofunato-r7/jimu-jigyo-hyoka-r7.xlsx',
);

export interface WorkbookImport {
  database: string;
  programs: number;
  /** Reading the workbook and checking every cell, before anything is written. */
  readSeconds: number;
  importSeconds: number;
  /** The most this process held while importing (the database too, where it is embedded). */
  peakRssMb: number;
  againSeconds: number;
  againChanged: number;
}

async function timed<T>(
  work: () => Promise<T>,
): Promise<{ value: T; seconds: number; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  try {
    const value = await work();
    return {
      value,
      seconds: Math.round((performance.now() - started) / 100) / 10,
      peakRssMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 1024 / 1024),
    };
  } finally {
    clearInterval(sampler);
  }
}

/** Imports the workbook twice into `db`; null when the workbook is absent. */
export async function importWorkbookMeasured(
  db: Database,
  database: string,
): Promise<WorkbookImport | null> {
  if (!existsSync(WORKBOOK)) {
    process.stderr.write(`workbook import not measured: ${WORKBOOK} is absent\n`);
    return null;
  }
  const forms = await readForms(path.join(DATA_DIR, 'forms'));
  const read = () => readImportBatch([WORKBOOK], { dataDir: DATA_DIR, forms });
  const first = await timed(read);
  const imported = await timed(() => importBatch(db, first.value, { dryRun: false }));
  const again = await timed(async () => importBatch(db, await read(), { dryRun: false }));
  return {
    database,
    programs: first.value.programs.length,
    readSeconds: first.seconds,
    importSeconds: imported.seconds,
    peakRssMb: Math.max(first.peakRssMb, imported.peakRssMb),
    againSeconds: again.seconds,
    againChanged: again.value.changes.filter((change) => change.action !== 'unchanged').length,
  };
}

export function workbookLine(result: WorkbookImport): string {
  return `${result.database}: ${result.programs} programs read and checked in ${result.readSeconds} s, imported in ${result.importSeconds} s (peak ${result.peakRssMb} MB in the importing process); again in ${result.againSeconds} s, ${result.againChanged} changes`;
}
