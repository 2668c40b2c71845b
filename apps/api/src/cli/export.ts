import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { programByNumber } from '../db/queries/programs.js';
import { readEnv } from '../env.js';
import { exportPrograms, type ExportFormat } from '../export/program-export.js';
import { openCommandDatabase, parseArguments } from './database.js';

/**
 * `pnpm export --program <code>/<number> [--program …] [--format yaml|csv] [--out <dir>]`: programs in
 * the import formats (a program file each, or the KPI values and costs tables), to a folder or stdout.
 */
const args = process.argv.slice(2);
const programs = args.flatMap((arg, i) =>
  arg === '--program' && args[i + 1] ? [args[i + 1]!] : [],
);
const { options } = parseArguments(
  args.filter((arg, i) => arg !== '--program' && args[i - 1] !== '--program'),
  [],
);
const format = options.get('format') ?? 'yaml';
if (programs.length === 0 || (format !== 'yaml' && format !== 'csv')) {
  console.error('usage: pnpm export --program <code>/<number> [--format yaml|csv] [--out <dir>]');
  process.exit(2);
}
const { handle } = await openCommandDatabase();
try {
  const ids: number[] = [];
  for (const key of programs) {
    const [code, ...number] = key.split('/');
    const program = await programByNumber(handle.db, code ?? '', number.join('/'));
    if (!program) throw new Error(`no program ${key}`);
    ids.push(program.id);
  }
  const formats: ExportFormat[] = format === 'yaml' ? ['yaml'] : ['kpi_values_csv', 'costs_csv'];
  const files = (await Promise.all(formats.map((f) => exportPrograms(handle.db, ids, f)))).flat();
  const out = options.get('out');
  if (typeof out === 'string') {
    const dir = path.resolve(readEnv().INIT_CWD ?? process.cwd(), out);
    await mkdir(dir, { recursive: true });
    for (const file of files) {
      await writeFile(path.join(dir, file.fileName), file.content);
      console.error(`wrote ${path.join(dir, file.fileName)}`);
    }
  } else {
    for (const file of files) process.stdout.write(file.content);
  }
} catch (error) {
  console.error(`nothing exported: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await handle.close();
}
