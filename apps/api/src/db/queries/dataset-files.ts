import { sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { datasetFile } from '../schema/index.js';

/** The fingerprint of each shipped program file as last loaded at start. */
export async function loadedDatasetFiles(db: Database): Promise<Map<string, string>> {
  const rows = await db.select().from(datasetFile);
  return new Map(rows.map((row) => [row.path, row.sha256]));
}

export async function markDatasetFiles(
  db: Database,
  files: readonly { path: string; sha256: string }[],
): Promise<void> {
  if (files.length === 0) return;
  await db
    .insert(datasetFile)
    .values(files.map((file) => ({ ...file })))
    .onConflictDoUpdate({
      target: datasetFile.path,
      set: { sha256: sql`excluded.sha256`, loadedAt: sql`now()` },
    });
}
