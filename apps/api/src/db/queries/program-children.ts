import { inArray, type SQLWrapper } from 'drizzle-orm';
import type { Database } from '../client.js';
import * as t from '../schema/index.js';

/**
 * Deletes what lies below the program rows named (ids, or a subquery giving them): their children
 * first, then the provenance they cited. One cascading delete of the programs would not do: PostgreSQL
 * would check the provenance before the values citing it were gone.
 */
export async function deleteProgramChildren(
  db: Database,
  programs: number[] | SQLWrapper,
): Promise<void> {
  for (const table of [
    t.narrative,
    t.kpi,
    t.costEntry,
    t.evaluation,
    t.activity,
    t.planLevel,
    t.programFieldSource,
    t.gloss,
    t.printedUnitCost,
  ]) {
    await db.delete(table).where(inArray(table.programId, programs));
  }
  await db.delete(t.provenance).where(inArray(t.provenance.programId, programs));
}
