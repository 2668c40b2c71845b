import { pino } from 'pino';
import { openDatabase, type DatabaseHandle } from '../db/client.js';
import { readEnv, type Env } from '../env.js';
import { prepareDatabase } from '../startup.js';

/**
 * The database the API uses, migrated and with the shipped dataset loaded, as the API would find it at
 * start. An embedded PGlite database belongs to one process: stop the API before running a command on it.
 */
export async function openCommandDatabase(): Promise<{ handle: DatabaseHandle; env: Env }> {
  const env = readEnv();
  const handle = await openDatabase({ databaseUrl: env.DATABASE_URL, pgliteDir: env.PGLITE_DIR });
  await prepareDatabase(handle, pino({ level: 'warn' }));
  return { handle, env };
}

/** `--name value` and `--flag` arguments, and the rest in order. */
export function parseArguments(
  args: readonly string[],
  flags: readonly string[],
): { options: Map<string, string | true>; rest: string[] } {
  const options = new Map<string, string | true>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--') continue;
    if (!arg.startsWith('--')) {
      rest.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (flags.includes(name)) options.set(name, true);
    else if (inline !== undefined) options.set(name, inline);
    else if (args[i + 1] !== undefined) options.set(name, args[++i]!);
    else throw new Error(`--${name} needs a value`);
  }
  return { options, rest };
}
