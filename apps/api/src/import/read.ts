import path from 'node:path';
import {
  DatasetError,
  readProgramText,
  type DatasetProblem,
  type ProgramSource,
} from '../dataset/read.js';
import type { Forms } from '../forms/definition.js';
import { sheetFormProblems } from '../forms/sheet-form.js';
import { readWorkbook } from '../forms/import-workbook.js';
import { parseCsv } from './csv.js';
import { MAX_IMPORT_BYTES, readImportBytes, readImportFile, type TextEncoding } from './decode.js';
import { readTable, type TableRow } from './tables.js';

/** What one file brought. */
export interface ImportFile {
  file: string;
  kind: 'program' | 'table' | 'workbook';
  /** A text file's encoding; null for a workbook. */
  encoding: TextEncoding | null;
  /** Rows of a table or programs of a workbook; 1 for a program file. */
  rows: number;
  /** The form definition a workbook was read by. */
  form?: string;
  /** What a workbook gave that was not imported, and why. */
  notices?: string[];
}

/** Every file of an import, read and checked on its own: programs and table rows. */
export interface ImportBatch {
  files: ImportFile[];
  programs: ProgramSource[];
  /** The rows without problems; rows with problems are left out and their problems kept. */
  rows: TableRow[];
  /** Problems found in the files, reported with those the import finds in their references. */
  problems: DatasetProblem[];
  /**
   * The documents a file brings whole (a workbook holds every program of its evaluation): a program of
   * such a document that the batch no longer brings was dropped by the municipality, and is removed.
   */
  wholeDocuments: string[];
}

/**
 * Reads and checks every file before anything is written, gathering the problems of all of them (the
 * import adds those of references and fails with all of them at once): a
 * program file as the dataset format (`muni-program/1`), a `.csv` as a KPI values or costs table, an
 * `.xlsx` as a workbook of programs by the form definition whose layout it has.
 */
export async function readImportBatch(
  files: readonly string[],
  options: {
    dataDir: string;
    maxBytes?: number;
    /** The form definitions (data/forms): a workbook (.xlsx) is read by one, a program file read
     * from a sheet of a defined form is checked against it. */
    forms?: Forms;
    /** How a file is named in messages; relative to the working directory by default. */
    label?: (file: string) => string;
    onFile?: (file: ImportFile) => void;
  },
): Promise<ImportBatch> {
  const problems: DatasetProblem[] = [];
  const batch: ImportBatch = { files: [], programs: [], rows: [], problems, wholeDocuments: [] };
  if (files.length === 0)
    throw new DatasetError([{ file: '(none)', path: '', message: 'no files to import' }]);
  for (const file of files) {
    const label = options.label?.(file) ?? (path.relative(process.cwd(), file) || file);
    const extension = path.extname(file).toLowerCase();
    if (!['.yaml', '.yml', '.csv', '.xlsx'].includes(extension)) {
      problems.push({
        file: label,
        path: '',
        message: 'is neither a program file (.yaml), a table (.csv) nor a workbook (.xlsx)',
      });
      continue;
    }
    if (extension === '.xlsx') {
      const bytes = await readImportBytes(file, options.maxBytes ?? MAX_IMPORT_BYTES);
      if (!bytes.ok) {
        problems.push({ file: label, path: '', message: bytes.problem });
        continue;
      }
      const workbook = await readWorkbook(bytes.bytes, options.forms?.workbooks ?? [], label);
      problems.push(...workbook.problems);
      batch.programs.push(...workbook.programs);
      // A workbook read with no program (a sheet left empty) says nothing of what the city dropped.
      const document = workbook.programs[0]?.data.document.key;
      if (document && !batch.wholeDocuments.includes(document)) batch.wholeDocuments.push(document);
      const entry: ImportFile = {
        file: label,
        kind: 'workbook',
        encoding: null,
        rows: workbook.programs.length,
        notices: workbook.notices,
        ...(workbook.form && { form: workbook.form.key }),
      };
      batch.files.push(entry);
      options.onFile?.(entry);
      continue;
    }
    const read = await readImportFile(file, options.maxBytes ?? MAX_IMPORT_BYTES);
    if (!read.ok) {
      problems.push({ file: label, path: '', message: read.problem });
      continue;
    }
    if (extension === '.csv') {
      const csv = parseCsv(read.text);
      if (!csv.ok) {
        problems.push({ file: label, path: `line ${csv.line}`, message: csv.problem });
        continue;
      }
      const table = readTable(label, csv.records);
      problems.push(...table.problems);
      batch.rows.push(...table.rows);
      const entry: ImportFile = {
        file: label,
        kind: 'table',
        encoding: read.encoding,
        rows: table.rows.length,
      };
      batch.files.push(entry);
      options.onFile?.(entry);
      continue;
    }
    try {
      const program = await readProgramText(label, read.text, options.dataDir);
      const { problems: mismatches } = sheetFormProblems(options.forms?.sheets ?? [], program);
      if (mismatches.length > 0) throw new DatasetError(mismatches);
      batch.programs.push(program);
      const entry: ImportFile = { file: label, kind: 'program', encoding: read.encoding, rows: 1 };
      batch.files.push(entry);
      options.onFile?.(entry);
    } catch (error) {
      if (!(error instanceof DatasetError)) throw error;
      problems.push(...error.problems);
    }
  }
  return batch;
}
