import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository's root, so relative defaults do not depend on the directory a process starts in. */
export const REPO_ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    DATABASE_READ_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' })
      .optional(),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' })
      .optional(),
    PGLITE_DIR: z
      .string()
      .min(1)
      .default(path.join(REPO_ROOT, '.data', 'pglite')),
    CACHE_MAX_AGE: z.coerce.number().int().min(0).max(86_400).default(60),
    /** Megabytes of public answers each API process keeps by data revision; 0 computes every answer. */
    ANSWER_CACHE_MB: z.coerce.number().int().min(0).max(65_536).default(64),
    /** Processes serving HTTP, each with its own pool and answers (PostgreSQL only: PGlite is one process's). */
    API_WORKERS: z.coerce.number().int().min(1).max(256).default(1),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(1_000).default(10),
    DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    /** When true, queries need a token too (any role); by default reads are open and only writes need one. */
    READ_REQUIRES_TOKEN: z
      .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
      .default('false')
      .transform((value) => value === 'true' || value === '1'),
    /** The directory `pnpm <command>` was run from: pnpm -C moves into the package, and command-line
     * paths are the caller's. */
    INIT_CWD: z.string().min(1).optional(),
  })
  .refine((env) => env.API_WORKERS === 1 || env.DATABASE_URL !== undefined, {
    path: ['API_WORKERS'],
    message:
      'more than one worker needs DATABASE_URL: the embedded database belongs to one process',
  });

export type Env = z.infer<typeof envSchema>;

/** Reads the environment once, naming each bad variable, so a misconfigured server refuses to start. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // API_PORT lets the root `pnpm start` give the API and the web app different ports; PORT serves when
  // the API runs alone.
  const withPort = { ...source, PORT: source.API_PORT || source.PORT };
  const parsed = envSchema.safeParse(
    Object.fromEntries(Object.entries(withPort).filter(([, v]) => v !== '')),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`invalid environment:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, PGLITE_DIR: path.resolve(REPO_ROOT, parsed.data.PGLITE_DIR) };
}
