import path from 'node:path';
import { DATA_DIR } from '../dataset/files.js';
import { DatasetError } from '../dataset/read.js';
import { readForms } from '../forms/definition.js';
import { readEnv } from '../env.js';
import { readImportBatch } from '../import/read.js';
import { describeChanges } from '../import/report.js';
import { importBatch } from '../import/run.js';
import { openCommandDatabase, parseArguments } from './database.js';

const ENCODING_NAMES = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 with BOM',
  shift_jis: 'Shift_JIS (CP932)',
};

/** A bar on the terminal, a line per step elsewhere (CI logs). */
function progress(label: string, done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done} of ${total}`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
  else if (done === total || done % 50 === 0) console.error(line);
}

/**
 * `pnpm import [--dry-run] [--verbose] <files…>`: checks every file, then imports all of them in one
 * transaction, or with --dry-run says what would change and writes nothing. A workbook (.xlsx) is read
 * by the form definition of data/forms whose layout it has.
 */
const { options, rest } = parseArguments(process.argv.slice(2), ['dry-run', 'verbose']);
const cwd = readEnv().INIT_CWD ?? process.cwd();
const files = rest.map((file) => path.resolve(cwd, file));
const dryRun = options.has('dry-run');
try {
  const batch = await readImportBatch(files, {
    dataDir: DATA_DIR,
    forms: await readForms(path.join(DATA_DIR, 'forms')),
    label: (file) => path.relative(cwd, file) || file,
    onFile: (file) => {
      if (file.kind === 'workbook') {
        console.error(
          `read ${file.file}: workbook of ${file.rows} programs by form ${file.form ?? '(none fits)'}`,
        );
        const notices = file.notices ?? [];
        if (notices.length > 0)
          console.error(
            `  ${notices.length} cells read but not imported${options.has('verbose') ? ':' : ' (--verbose lists them)'}`,
          );
        if (options.has('verbose')) for (const notice of notices) console.error(`    ${notice}`);
        return;
      }
      console.error(
        `read ${file.file}: ${file.kind === 'program' ? 'program file' : `table of ${file.rows} rows`}, ${ENCODING_NAMES[file.encoding!]}`,
      );
    },
  });
  const { handle } = await openCommandDatabase();
  try {
    const report = await importBatch(handle.db, batch, {
      dryRun,
      onProgress: (done, total) => progress('rows', done, total),
      onProgramProgress: (done, total) => progress('programs', done, total),
    });
    const lines = describeChanges(report.changes, { verbose: options.has('verbose') });
    console.log(dryRun ? `dry run, nothing written: ${lines[0]}` : `imported: ${lines[0]}`);
    for (const line of lines.slice(1)) console.log(line);
  } finally {
    await handle.close();
  }
} catch (error) {
  console.error(error instanceof DatasetError ? `nothing imported: ${error.message}` : error);
  process.exitCode = 1;
}
