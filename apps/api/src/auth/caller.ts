import { createHash, randomBytes } from 'node:crypto';
import { GraphQLError } from 'graphql';

export type Role = 'viewer' | 'editor' | 'admin';

/** Who a request's token belongs to. */
export interface Caller {
  name: string;
  role: Role;
}

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

/** A new token: 32 random bytes, so guessing one is hopeless and a fast hash is enough to store it. */
export function newToken(): string {
  return `muni_${randomBytes(32).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The token of an `Authorization: Bearer <token>` header, or null without one. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/** Refuses a caller below `role`: no token is 401, too weak a token 403. */
export function requireRole(caller: Caller | null, role: Role): Caller {
  if (!caller)
    throw unauthenticated(
      `this needs an API token with the role ${role} or higher (Authorization: Bearer <token>)`,
    );
  if (RANK[caller.role] < RANK[role]) {
    throw new GraphQLError(
      `the token ${caller.name} has the role ${caller.role}; this needs ${role} or higher`,
      { extensions: { code: 'FORBIDDEN', http: { status: 403 } } },
    );
  }
  return caller;
}
