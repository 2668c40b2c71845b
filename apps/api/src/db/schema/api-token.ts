import { pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { apiRole } from './enums.js';

/**
 * A credential for the API. Only the SHA-256 of the token is stored: the token is 32 random bytes, so a
 * salted slow hash would add nothing, and a leaked table gives no usable token.
 */
export const apiToken = pgTable('api_token', {
  id: serial().primaryKey(),
  /** Who or what holds it; the audit log names changes by it. */
  name: text().notNull().unique(),
  role: apiRole().notNull(),
  tokenSha256: text().notNull().unique(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp({ withTimezone: true }),
});

export type ApiToken = typeof apiToken.$inferSelect;
