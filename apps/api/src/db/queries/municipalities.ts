import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../client.js';
import { municipality, type Municipality } from '../schema/index.js';

// Query builders run their SQL each time something awaits them; awaiting here hands resolvers a plain
// promise, so a caller that looks twice does not query twice.
export async function findMunicipalities(
  db: Database,
  filter: { prefectureCodes?: readonly number[] | null; codes?: readonly string[] | null },
): Promise<Municipality[]> {
  return await db
    .select()
    .from(municipality)
    .where(
      and(
        filter.prefectureCodes
          ? inArray(municipality.prefectureCode, [...filter.prefectureCodes])
          : undefined,
        filter.codes ? inArray(municipality.code, [...filter.codes]) : undefined,
      ),
    )
    .orderBy(asc(municipality.code));
}

export async function municipalityByCode(db: Database, code: string): Promise<Municipality | null> {
  const [row] = await db.select().from(municipality).where(eq(municipality.code, code));
  return row ?? null;
}

/** The prefectures that have municipalities, by code: one row each, named as its municipalities name it. */
export async function allPrefectures(db: Database): Promise<Municipality[]> {
  return await db
    .selectDistinctOn([municipality.prefectureCode])
    .from(municipality)
    .orderBy(asc(municipality.prefectureCode), asc(municipality.code));
}

export async function prefectureByCode(db: Database, code: number): Promise<Municipality | null> {
  const [row] = await db
    .select()
    .from(municipality)
    .where(eq(municipality.prefectureCode, code))
    .orderBy(asc(municipality.code))
    .limit(1);
  return row ?? null;
}
