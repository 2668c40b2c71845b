import { and, asc, count, eq, gt } from 'drizzle-orm';
import type { Database } from '../client.js';
import { municipality, program, type Program } from '../schema/index.js';

/** A page of programs in id order, after `afterId`; one more than asked, to tell whether a next page exists. */
export function programsAfter(db: Database, afterId: number, limit: number): Promise<Program[]> {
  return db
    .select()
    .from(program)
    .where(gt(program.id, afterId))
    .orderBy(asc(program.id))
    .limit(limit + 1);
}

export async function programCount(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(program);
  return row?.n ?? 0;
}

/** A program by its natural key: the municipality's code and the program's number. */
export async function programByNumber(
  db: Database,
  municipalityCode: string,
  number: string,
): Promise<Program | null> {
  const [row] = await db
    .select({ program })
    .from(program)
    .innerJoin(municipality, eq(municipality.id, program.municipalityId))
    .where(and(eq(municipality.code, municipalityCode), eq(program.number, number)));
  return row?.program ?? null;
}
