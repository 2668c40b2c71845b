import path from 'node:path';
import { DatasetError, readProgramFiles } from '../dataset/read.js';
import { datasetFiles, DATA_DIR } from '../dataset/files.js';
import { readForms } from '../forms/definition.js';
import { sheetFormProblems } from '../forms/sheet-form.js';

/**
 * Validates dataset files without a database: `pnpm -C apps/api check:data [files…]`. The form
 * definitions are read too, and a program file read from a sheet of a defined form is checked against it.
 */
const files = process.argv.slice(2).map((file) => path.resolve(file));
try {
  const forms = await readForms(path.join(DATA_DIR, 'forms'));
  const sources = await readProgramFiles(files.length > 0 ? files : await datasetFiles(), DATA_DIR);
  const checked = sources.map((source) => ({ source, ...sheetFormProblems(forms.sheets, source) }));
  const problems = checked.flatMap((entry) => entry.problems);
  if (problems.length > 0) throw new DatasetError(problems);
  for (const { source, form } of checked)
    console.log(`ok ${source.file}${form ? ` (form ${form.key})` : ''}`);
  for (const form of forms.workbooks) console.log(`ok form ${form.key} (workbook)`);
} catch (error) {
  console.error(error instanceof DatasetError ? error.message : error);
  process.exitCode = 1;
}
