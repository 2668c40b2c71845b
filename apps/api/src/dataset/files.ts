import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's `data/` folder, which ships the program files and the source texts they quote. */
export const DATA_DIR = path.resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../../../data',
);

/** The program files shipped in `data/programs/`, in a stable order. */
export async function datasetFiles(dataDir = DATA_DIR): Promise<string[]> {
  const dir = path.join(dataDir, 'programs');
  const names = await readdir(dir);
  return names
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}
