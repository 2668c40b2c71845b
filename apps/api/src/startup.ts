import type { Logger } from 'pino';
import type { DatabaseHandle } from './db/client.js';
import { datasetFiles, DATA_DIR } from './dataset/files.js';
import { loadDataset } from './dataset/load.js';
import { readProgramFiles } from './dataset/read.js';

/** Brings the database to the shipped schema and the shipped dataset, whichever process gets there first. */
export async function prepareDatabase(handle: DatabaseHandle, logger: Logger): Promise<void> {
  await handle.exclusive(async () => {
    const started = performance.now();
    await handle.migrate();
    const sources = await readProgramFiles(await datasetFiles(), DATA_DIR);
    const loaded = await loadDataset(handle.db, sources);
    logger.info(
      { database: handle.kind, programs: loaded, ms: Math.round(performance.now() - started) },
      'database migrated and dataset loaded',
    );
  });
}
