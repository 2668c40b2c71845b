import { openDatabase } from './db/client.js';
import { readEnv } from './env.js';
import { createLogger } from './logger.js';
import { createApp } from './server.js';
import { prepareDatabase } from './startup.js';

const env = readEnv();
const logger = createLogger(env.LOG_LEVEL);
const database = await openDatabase({
  databaseUrl: env.DATABASE_URL,
  readUrl: env.DATABASE_READ_URL,
  pgliteDir: env.PGLITE_DIR,
  onIdleError: (error) => logger.warn({ err: error }, 'idle database connection failed'),
  poolMax: env.DB_POOL_MAX,
  statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
});
await prepareDatabase(database, logger);
const { app, apollo } = await createApp({
  database,
  logger,
  production: env.NODE_ENV === 'production',
  cacheMaxAge: env.CACHE_MAX_AGE,
  answerCacheBytes: env.ANSWER_CACHE_MB * 2 ** 20,
  readRequiresToken: env.READ_REQUIRES_TOKEN,
});

const server = app.listen(env.PORT, () => {
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
