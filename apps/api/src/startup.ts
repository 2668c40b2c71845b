import path from 'node:path';
import type { Logger } from 'pino';
import { refreshMissingSummaries, refreshStaleRecords } from './analytics/program-summary.js';
import type { DatabaseHandle } from './db/client.js';
import { loadedDatasetFiles, markDatasetFiles } from './db/queries/dataset-files.js';
import { refreshStaleRankings } from './db/queries/kept-rankings.js';
import { datasetFiles, DATA_DIR } from './dataset/files.js';
import { fileFingerprint, loadDataset } from './dataset/load.js';
import { readProgramFiles } from './dataset/read.js';

/**
 * Brings the database to the shipped schema and the shipped dataset, whichever process gets there first.
 * A shipped file is loaded only when it differs from what was loaded from it last time: a program
 * corrected since (by an import or an edit) keeps its corrections until its file in the repository
 * itself changes, and then the file wins, as the audit log records.
 */
export async function prepareDatabase(handle: DatabaseHandle, logger: Logger): Promise<void> {
  await handle.exclusive(async () => {
    const started = performance.now();
    await handle.migrate();
    const sources = await readProgramFiles(await datasetFiles(), DATA_DIR);
    const loadedBefore = await loadedDatasetFiles(handle.db);
    const fingerprints = sources.map((source) => ({
      source,
      path: path.relative(DATA_DIR, path.resolve(source.file)),
      sha256: fileFingerprint(source),
    }));
    const changed = fingerprints.filter((file) => loadedBefore.get(file.path) !== file.sha256);
    const loaded = await loadDataset(
      handle.db,
      changed.map((file) => file.source),
      {
        inTransaction: (db) =>
          markDatasetFiles(
            db,
            changed.map(({ path, sha256 }) => ({ path, sha256 })),
          ),
      },
    );
    const summarized = await refreshMissingSummaries(handle.db);
    const reranked = await refreshStaleRankings(handle.db);
    const reshaped = await refreshStaleRecords(handle.db);
    logger.info(
      {
        database: handle.kind,
        programs: loaded,
        summariesRecomputed: summarized,
        rankingsRecomputed: reranked.length,
        recordsReshaped: reshaped,
        unchangedFiles: sources.length - changed.length,
        ms: Math.round(performance.now() - started),
      },
      'database migrated and dataset loaded',
    );
  });
}
