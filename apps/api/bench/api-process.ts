import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/support/pg-cluster.js';

const API_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Megabytes of heap each API process may use, as the README deploys it: a hundred mixed requests at
 * a time ran in 384 with no error, but at 512 kept answers were a quarter slower than at 1,024, which
 * served as fast as V8's default on this 24 GB machine. */
const HEAP_MB = 1024;
/** Megabytes of each of V8's semi-spaces, where a request's short-lived objects are made: at the
 * default 16, collecting them took a sixth of the API's time on the dashboard's program query; at 64,
 * that query cost 7.4 ms of API CPU instead of 9.1 (one worker, 10 connections). */
const SEMI_SPACE_MB = 64;

export interface RunningApi {
  url: string;
  pid: number;
  /** Whether the process is running and none of its workers has died. */
  alive(): boolean;
  stop(): void;
}

/** The built API as its own process, as it is deployed, once it says it is ready. */
export async function startApi(env: Record<string, string>): Promise<RunningApi> {
  const port = await freePort();
  // API_NODE_ARGS: flags for the API's node, such as `--cpu-prof` to see where a benchmark's time goes.
  const nodeArgs = process.env.API_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, 'dist/index.js'], {
    cwd: API_DIR,
    env: {
      ...process.env,
      ...env,
      API_PORT: String(port),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      // As deployed (README): each process's heap capped and its young generation sized, which its
      // workers inherit.
      NODE_OPTIONS: [
        process.env.NODE_OPTIONS,
        `--max-old-space-size=${HEAP_MB}`,
        `--max-semi-space-size=${SEMI_SPACE_MB}`,
      ]
        .filter(Boolean)
        .join(' '),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let exited = false;
  let workerExits = 0;
  child.once('exit', () => (exited = true));
  // Its log, passed on; a worker's death is counted, since the primary starts another in its place.
  child.stdout!.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    workerExits += chunk.toString().split('"msg":"worker exited"').length - 1;
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 400 && !exited; i += 1) {
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    pid: child.pid!,
    alive: () => !exited && workerExits === 0,
    stop: () => child.kill('SIGTERM'),
  };
}
