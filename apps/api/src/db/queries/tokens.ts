import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../client.js';
import { apiToken } from '../schema/index.js';

export async function insertToken(
  db: Database,
  token: { name: string; role: 'viewer' | 'editor' | 'admin'; tokenSha256: string },
): Promise<void> {
  await db.insert(apiToken).values(token);
}

/** The holder of a token, by its hash; revoked tokens are not found. */
export async function tokenHolder(
  db: Database,
  tokenSha256: string,
): Promise<{ name: string; role: 'viewer' | 'editor' | 'admin' } | null> {
  const [row] = await db
    .select({ name: apiToken.name, role: apiToken.role })
    .from(apiToken)
    .where(and(eq(apiToken.tokenSha256, tokenSha256), isNull(apiToken.revokedAt)));
  return row ?? null;
}
