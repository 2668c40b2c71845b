import { hashToken, newToken, type Role } from '../auth/caller.js';
import { insertToken } from '../db/queries/tokens.js';
import { openCommandDatabase, parseArguments } from './database.js';

/**
 * `pnpm token:create --name <who> --role viewer|editor|admin`: prints a new API token once; only its
 * SHA-256 is stored, so a lost token is replaced, never recovered.
 */
const { options } = parseArguments(process.argv.slice(2), []);
const name = options.get('name');
const role = options.get('role') ?? 'editor';
if (
  typeof name !== 'string' ||
  !name.trim() ||
  !['viewer', 'editor', 'admin'].includes(String(role))
) {
  console.error('usage: pnpm token:create --name <who> [--role viewer|editor|admin]');
  process.exit(2);
}
const { handle } = await openCommandDatabase();
try {
  const token = newToken();
  await insertToken(handle.db, {
    name: name.trim(),
    role: role as Role,
    tokenSha256: hashToken(token),
  });
  console.error(`token for ${name.trim()} (${role}); it is shown only now:`);
  console.log(token);
} catch (error) {
  console.error(`no token created: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await handle.close();
}
