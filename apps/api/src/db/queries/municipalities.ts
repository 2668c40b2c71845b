import { asc, eq } from 'drizzle-orm';
import type { Database } from '../client.js';
import { municipality, type Municipality } from '../schema/index.js';

// Query builders run their SQL each time something awaits them; awaiting here hands resolvers a plain
// promise, so a caller that looks twice does not query twice.
export async function allMunicipalities(db: Database): Promise<Municipality[]> {
  return await db.select().from(municipality).orderBy(asc(municipality.code));
}

export async function municipalityByCode(db: Database, code: string): Promise<Municipality | null> {
  const [row] = await db.select().from(municipality).where(eq(municipality.code, code));
  return row ?? null;
}
