import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the web app under test answers. */
    webUrl: string;
    /** The GraphQL endpoint of the API under test. */
    apiUrl: string;
    /** An editor's API token for the data-entry page. */
    editorToken: string;
  }
}

const WEB_DIR = fileURLToPath(new URL('../..', import.meta.url));
const API_DIR = path.resolve(WEB_DIR, '../api');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function waitFor(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${url}: the server exited (${child.exitCode}):\n${output()}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within 90 s:\n${output()}`);
}

function start(command: string, args: string[], cwd: string, env: Record<string, string>) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return { child, output: () => output.slice(-4000) };
}

/** The real 大船渡市 workbook, where it is beside the project (its tests say so where it is not). */
export const WORKBOOK = path.resolve(
  WEB_DIR,
  '../../../shared/real/ofunato-r7/jimu-jigyo-hyoka-r7.xlsx',
);

/** Runs one of the API's commands on the embedded database in `dataDir`, before the API holds it. */
function apiCommand(dataDir: string, args: string[]): string {
  const run = spawnSync(process.execPath, args, {
    cwd: API_DIR,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, PGLITE_DIR: path.join(dataDir, 'pglite'), LOG_LEVEL: 'warn' },
  });
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

/**
 * The built API on a fresh embedded database and the built web app against it, as a user's
 * `pnpm start` does, on free loopback ports; with `workbook`, that workbook imported first.
 */
export async function startProduct(options: { workbook?: string; editorToken?: boolean } = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'muni-e2e-'));
  const apiPort = await freePort();
  // An editor's token, made before the API holds the embedded database.
  const editorToken = options.editorToken
    ? apiCommand(dataDir, [
        'dist/cli/create-token.js',
        '--name',
        'e2e editor',
        '--role',
        'editor',
      ]).trim()
    : '';
  if (options.workbook) apiCommand(dataDir, ['dist/cli/import.js', options.workbook]);
  const api = start(process.execPath, ['dist/index.js'], API_DIR, {
    API_PORT: String(apiPort),
    PGLITE_DIR: path.join(dataDir, 'pglite'),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  });
  await waitFor(`http://127.0.0.1:${apiPort}/readyz`, api.child, api.output);
  const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
  const web = await startBuiltWeb(apiUrl);
  return {
    webUrl: web.url,
    apiUrl,
    editorToken,
    stop: async () => {
      web.stop();
      api.child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 300));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The product the page tests share: the shipped programs only, so what they count stays fixed. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const product = await startProduct({ editorToken: true });
  project.provide('editorToken', product.editorToken);
  project.provide('webUrl', product.webUrl);
  project.provide('apiUrl', product.apiUrl);
  return product.stop;
}

/** The built web app (`next start`) against an API, once it answers. */
export async function startBuiltWeb(
  apiUrl: string,
  port?: number,
): Promise<{ url: string; stop: () => void }> {
  const webPort = port ?? (await freePort());
  const web = start(
    process.execPath,
    [path.join(WEB_DIR, 'node_modules/next/dist/bin/next'), 'start', '-p', String(webPort)],
    WEB_DIR,
    { API_URL: apiUrl, NODE_ENV: 'production' },
  );
  const url = `http://127.0.0.1:${webPort}`;
  await waitFor(`${url}/icon.svg`, web.child, web.output);
  return { url, stop: () => web.child.kill('SIGTERM') };
}
