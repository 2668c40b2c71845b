import type { TestProject } from 'vitest/node';
import { findPgBinDir, startPgCluster } from './pg-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the throwaway cluster's `postgres` database, or '' where no PostgreSQL binaries exist. */
    pgUrl: string;
  }
}

/** Starts one PostgreSQL cluster for the whole run; every test file makes its own database in it. */
export default async function setup(project: TestProject): Promise<() => void> {
  const binDir = findPgBinDir();
  if (!binDir) {
    if (process.env.CI)
      throw new Error('PostgreSQL binaries not found: CI must run the suite on both databases');
    console.warn('PostgreSQL binaries not found (set PG_BIN_DIR): the suite runs on PGlite only');
    project.provide('pgUrl', '');
    return () => undefined;
  }
  const cluster = await startPgCluster(binDir);
  project.provide('pgUrl', cluster.url);
  return () => cluster.stop();
}
