import path from 'node:path';
import { DatasetError, readProgramFiles } from '../dataset/read.js';
import { datasetFiles, DATA_DIR } from '../dataset/files.js';

/** Validates dataset files without a database: `pnpm -C apps/api check:data [files…]`. */
const files = process.argv.slice(2).map((file) => path.resolve(file));
try {
  const sources = await readProgramFiles(files.length > 0 ? files : await datasetFiles(), DATA_DIR);
  for (const source of sources) console.log(`ok ${source.file}`);
} catch (error) {
  console.error(error instanceof DatasetError ? error.message : error);
  process.exitCode = 1;
}
