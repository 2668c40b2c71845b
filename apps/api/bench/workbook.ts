/**
 * `pnpm -C apps/api bench:workbook`: the 大船渡市 workbook imported into a fresh embedded database and
 * into a throwaway PostgreSQL cluster, each twice; prints the time and memory of each. `pnpm bench`
 * measures the same on its national database and adds the city's page to the pages it measures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../src/db/client.js';
import { findPgBinDir, startPgCluster } from '../test/support/pg-cluster.js';
import { importWorkbookMeasured, workbookLine } from './workbook-import.js';

const dir = mkdtempSync(path.join(tmpdir(), 'muni-bench-workbook-'));
try {
  const embedded = await openDatabase({ pgliteDir: path.join(dir, 'pglite') });
  await embedded.migrate();
  const onPglite = await importWorkbookMeasured(embedded.db, 'PGlite');
  await embedded.close();
  if (onPglite) console.log(workbookLine(onPglite));

  const binDir = findPgBinDir();
  if (!binDir)
    throw new Error('PostgreSQL binaries not found: install postgresql or set PG_BIN_DIR');
  const cluster = await startPgCluster(binDir, { shared_buffers: '256MB' });
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('create database workbook');
    await admin.end();
    const postgres = await openDatabase({
      databaseUrl: cluster.urlOf('workbook'),
      pgliteDir: 'unused',
    });
    await postgres.migrate();
    const onPostgres = await importWorkbookMeasured(postgres.db, 'PostgreSQL');
    await postgres.close();
    if (onPostgres) console.log(workbookLine(onPostgres));
  } finally {
    cluster.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
