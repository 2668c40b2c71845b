import path from 'node:path';
import { DATA_DIR } from '../dataset/files.js';
import { DatasetError } from '../dataset/read.js';
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

/**
 * `pnpm import [--dry-run] [--verbose] <files…>`: checks every file, then imports all of them in one
 * transaction, or with --dry-run says what would change and writes nothing.
 */
const { options, rest } = parseArguments(process.argv.slice(2), ['dry-run', 'verbose']);
const cwd = readEnv().INIT_CWD ?? process.cwd();
const files = rest.map((file) => path.resolve(cwd, file));
const dryRun = options.has('dry-run');
try {
  const batch = await readImportBatch(files, {
    dataDir: DATA_DIR,
    label: (file) => path.relative(cwd, file) || file,
    onFile: (file) =>
      console.error(
        `read ${file.file}: ${file.kind === 'program' ? 'program file' : `table of ${file.rows} rows`}, ${ENCODING_NAMES[file.encoding]}`,
      ),
  });
  const { handle } = await openCommandDatabase();
  try {
    const report = await importBatch(handle.db, batch, {
      dryRun,
      onProgress: (done, total) => console.error(`written ${done} of ${total} rows`),
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
