import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, freshDatabase } from './support/databases.js';
import { freePort } from './support/pg-cluster.js';

const API_DIR = fileURLToPath(new URL('..', import.meta.url));

/** The processes a process started, from /proc. */
function childrenOf(pid: number): number[] {
  const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
  return text ? text.split(/\s+/).map(Number) : [];
}

async function until<T>(read: () => T | Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.runIf(backends().includes('postgres'))('several API workers on one port', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let api: ChildProcess;
  let url: string;
  const logs: { msg?: string; pid?: number; worker?: number }[] = [];

  beforeAll(async () => {
    // A database with no data: the primary loads it once, before any worker starts.
    database = await freshDatabase('postgres');
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    api = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: API_DIR,
      env: {
        ...process.env,
        DATABASE_URL: database.url!,
        API_WORKERS: '2',
        API_PORT: String(port),
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let pending = '';
    api.stdout!.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop()!;
      for (const line of lines) logs.push(JSON.parse(line));
    });
    await until(
      () =>
        fetch(`${url}/readyz`).then(
          (r) => r.ok,
          () => false,
        ),
      (ready) => ready,
    );
  });
  afterAll(async () => {
    api.kill('SIGKILL');
    await database.drop();
  });

  /** One request on a connection of its own: workers take connections, not requests, in turn. */
  const ask = () =>
    new Promise<{ status: number; body: unknown }>((resolve, reject) => {
      const request = http.request(
        `${url}/graphql`,
        {
          method: 'POST',
          agent: false,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' },
        },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () =>
            resolve({ status: response.statusCode!, body: JSON.parse(text) }),
          );
        },
      );
      request.once('error', reject);
      request.end(JSON.stringify({ query: '{ municipalities { code } }' }));
    });

  const listening = () => logs.filter((l) => l.msg === 'worker listening').map((l) => l.worker);

  it('spreads requests over its workers, and starts a worker again when one dies', async () => {
    // /readyz answers as soon as one worker listens; the primary says when both do.
    await until(
      () => logs.some((l) => l.msg?.endsWith('with 2 workers')),
      (ready) => ready,
    );
    const workers = childrenOf(api.pid!);
    expect(workers).toHaveLength(2);
    expect(new Set(listening())).toEqual(new Set(workers));
    for (let i = 0; i < 20; i += 1) {
      const response = await ask();
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        data: { municipalities: [{ code: '12215' }, { code: '14214' }] },
      });
    }
    const served = new Set(logs.filter((l) => l.msg === 'graphql request').map((l) => l.pid));
    expect(served).toEqual(new Set(workers));

    process.kill(workers[0]!, 'SIGKILL');
    const after = await until(
      () => childrenOf(api.pid!),
      (pids) => pids.length === 2 && !pids.includes(workers[0]!),
    );
    expect(after).toContain(workers[1]);
    expect(after).toHaveLength(2);
    const restarted = after.find((pid) => pid !== workers[1])!;
    await until(listening, (pids) => pids.includes(restarted));
    expect(logs).toContainEqual(
      expect.objectContaining({ msg: 'worker exited', pid: api.pid, worker: workers[0] }),
    );
    expect((await ask()).status).toBe(200);
  });

  it('stops with its workers on SIGTERM', async () => {
    const workers = childrenOf(api.pid!);
    const exited = new Promise<number | null>((resolve) => api.once('exit', resolve));
    api.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const pid of workers) expect(() => process.kill(pid, 0)).toThrow();
  });
});
