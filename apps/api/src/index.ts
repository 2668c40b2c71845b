import cluster from 'node:cluster';
import { openDatabase, type DatabaseHandle } from './db/client.js';
import { readEnv } from './env.js';
import { createLogger } from './logger.js';
import { createApp } from './server.js';
import { prepareDatabase } from './startup.js';

const env = readEnv();
const logger = createLogger(env.LOG_LEVEL);

function open(): Promise<DatabaseHandle> {
  return openDatabase({
    databaseUrl: env.DATABASE_URL,
    readUrl: env.DATABASE_READ_URL,
    pgliteDir: env.PGLITE_DIR,
    onIdleError: (error) => logger.warn({ err: error }, 'idle database connection failed'),
    poolMax: env.DB_POOL_MAX,
    statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
  });
}

/** Serves HTTP in this process until told to stop. */
async function serve(database: DatabaseHandle): Promise<void> {
  const { app, apollo } = await createApp({
    database,
    logger,
    production: env.NODE_ENV === 'production',
    cacheMaxAge: env.CACHE_MAX_AGE,
    answerCacheBytes: env.ANSWER_CACHE_MB * 2 ** 20,
    readRequiresToken: env.READ_REQUIRES_TOKEN,
  });
  const server = app.listen(env.PORT, () => {
    if (!cluster.isWorker)
      logger.info(
        {
          port: env.PORT,
          database: database.kind,
          ...(database.kind === 'pglite' && { pgliteDir: env.PGLITE_DIR }),
        },
        `API ready at http://localhost:${env.PORT}/graphql`,
      );
  });
  async function shutdown(signal: string): Promise<void> {
    logger.info({ signal }, 'shutting down');
    server.close();
    await apollo.stop();
    await database.close();
    process.exit(0);
  }
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

/**
 * Several processes on one port, as a load balancer would spread them over machines: the API keeps no
 * state of its own, so they need nothing from each other. The primary brings the database up to date
 * once, then only starts workers, and starts a worker again when one dies.
 */
async function superviseWorkers(workers: number): Promise<void> {
  const database = await open();
  await prepareDatabase(database, logger);
  await database.close();
  let stopping = false;
  const start = () => {
    const worker = cluster.fork();
    const started = Date.now();
    worker.once('exit', (code, signal) => {
      if (stopping) return;
      logger.error({ worker: worker.process.pid, code, signal }, 'worker exited');
      // A worker that dies at once would otherwise be restarted in a tight loop.
      setTimeout(start, Date.now() - started < 5_000 ? 1_000 : 0);
    });
  };
  // Ready once every worker listens: until then the port spreads connections over fewer of them.
  const listening = new Set<number>();
  let ready = false;
  cluster.on('exit', (worker) => listening.delete(worker.id));
  cluster.on('listening', (worker) => {
    logger.info({ worker: worker.process.pid }, 'worker listening');
    listening.add(worker.id);
    if (!ready && listening.size === workers) {
      ready = true;
      logger.info(
        { port: env.PORT, database: 'postgres', workers },
        `API ready at http://localhost:${env.PORT}/graphql with ${workers} workers`,
      );
    }
  });
  for (let i = 0; i < workers; i += 1) start();
  const shutdown = (signal: NodeJS.Signals) => {
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const running = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
    let left = running.length;
    if (left === 0) process.exit(0);
    for (const worker of running) {
      worker.once('exit', () => {
        left -= 1;
        if (left === 0) process.exit(0);
      });
      worker.process.kill(signal);
    }
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

if (cluster.isWorker) {
  await serve(await open());
} else if (env.API_WORKERS > 1) {
  await superviseWorkers(env.API_WORKERS);
} else {
  const database = await open();
  await prepareDatabase(database, logger);
  await serve(database);
}
