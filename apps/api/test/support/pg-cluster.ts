import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throwaway PostgreSQL cluster in a temporary folder, for tests and benchmarks. */
export interface PgCluster {
  /** Connection URL of the `postgres` database, as superuser. */
  url: string;
  port: number;
  /** URL of another database of the cluster. */
  urlOf(database: string): string;
  /** The server's process id (its backends are its children), from its pid file. */
  serverPid(): number;
  /** Shuts the server down fast, as an outage would, keeping its data. */
  pause(): void;
  /** Starts it again on the same port. */
  resume(): void;
  stop(): void;
}

/** The folder of PostgreSQL's server binaries: `PG_BIN_DIR`, or the newest under /usr/lib/postgresql. */
export function findPgBinDir(): string | null {
  const fromEnv = process.env.PG_BIN_DIR;
  if (fromEnv) return existsSync(path.join(fromEnv, 'initdb')) ? fromEnv : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

/** A loopback port nothing listens on now. */
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

/** initdb refuses to run as root, so as root the cluster belongs to the `postgres` user. */
function asClusterOwner(command: string, args: string[]): string[] {
  return process.getuid?.() === 0
    ? ['runuser', '-u', 'postgres', '--', command, ...args]
    : [command, ...args];
}

function run(argv: string[]): void {
  const [command, ...args] = argv;
  const result = spawnSync(command!, args, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(
      `${argv.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

/** A folder the cluster's owner may write to: as root, the `postgres` user. */
function ownedTempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'muni-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  return dir;
}

/** Starts a new cluster on a free loopback port; the caller stops it. */
export async function startPgCluster(
  binDir: string,
  settings: Record<string, string> = {},
): Promise<PgCluster> {
  const dir = ownedTempDir();
  const dataDir = path.join(dir, 'data');
  run(
    asClusterOwner(path.join(binDir, 'initdb'), [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C',
    ]),
  );
  return serve(binDir, dir, dataDir, settings);
}

/**
 * Starts a streaming replica of a running cluster: a base backup taken with pg_basebackup, started as a
 * hot standby that follows the primary.
 */
export async function startReplica(binDir: string, primary: PgCluster): Promise<PgCluster> {
  const dir = ownedTempDir();
  const dataDir = path.join(dir, 'data');
  run(
    asClusterOwner(path.join(binDir, 'pg_basebackup'), [
      '-h',
      '127.0.0.1',
      '-p',
      String(primary.port),
      '-U',
      'postgres',
      '-D',
      dataDir,
      '-R',
      '-X',
      'stream',
      // An immediate checkpoint: by default the backup waits for a spread one, which took most of two
      // minutes here.
      '--checkpoint=fast',
    ]),
  );
  return serve(binDir, dir, dataDir, { hot_standby: 'on' });
}

async function serve(
  binDir: string,
  dir: string,
  dataDir: string,
  settings: Record<string, string>,
): Promise<PgCluster> {
  const port = await freePort();
  const options = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${dir}`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    ...Object.entries(settings).map(([key, value]) => `-c ${key}=${value}`),
  ].join(' ');
  run(
    asClusterOwner(path.join(binDir, 'pg_ctl'), [
      '-D',
      dataDir,
      '-o',
      options,
      '-l',
      path.join(dir, 'log'),
      '-w',
      'start',
    ]),
  );
  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const pgCtl = (args: string[]) =>
    run(asClusterOwner(path.join(binDir, 'pg_ctl'), ['-D', dataDir, ...args]));
  return {
    url: urlOf('postgres'),
    port,
    urlOf,
    serverPid: () =>
      Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]),
    pause: () => pgCtl(['-m', 'fast', '-w', 'stop']),
    resume: () => pgCtl(['-o', options, '-l', path.join(dir, 'log'), '-w', 'start']),
    stop() {
      const [command, ...args] = asClusterOwner(path.join(binDir, 'pg_ctl'), [
        '-D',
        dataDir,
        '-m',
        'immediate',
        'stop',
      ]);
      spawnSync(command!, args);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
