import type { TreeProgram } from '@muni/domain';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import * as t from '../schema/index.js';

/**
 * The programs of some municipalities as a policy tree needs them: their plan levels, their single-year
 * cost lines, and the direction of their latest evaluation. Three statements, however many programs.
 */
export async function treeProgramsByMunicipality(
  db: Database,
  municipalityIds: readonly number[],
): Promise<Map<number, TreeProgram[]>> {
  const ids = [...municipalityIds];
  const [levels, costs, directions] = await Promise.all([
    db
      .select({
        programId: t.program.id,
        municipalityId: t.program.municipalityId,
        level: t.planLevel.level,
        number: t.planLevel.number,
        name: t.planLevel.name,
      })
      .from(t.program)
      .leftJoin(t.planLevel, eq(t.planLevel.programId, t.program.id))
      .where(inArray(t.program.municipalityId, ids))
      .orderBy(asc(t.program.id), asc(t.planLevel.depth)),
    db
      .select({
        programId: t.costEntry.programId,
        category: t.costEntry.category,
        fiscalYear: t.costEntry.fiscalYearFrom,
        yen: t.costEntry.amountYen,
        amountKind: t.costEntry.amountKind,
      })
      .from(t.costEntry)
      .innerJoin(t.program, eq(t.program.id, t.costEntry.programId))
      .where(
        and(
          inArray(t.program.municipalityId, ids),
          eq(t.costEntry.fiscalYearFrom, t.costEntry.fiscalYearTo),
          // A personnel total, not its lines by staff type.
          isNull(t.costEntry.staffType),
        ),
      ),
    // The latest evaluated year's direction of each program.
    db
      .selectDistinctOn([t.evaluation.programId], {
        programId: t.evaluation.programId,
        grade: t.evaluation.grade,
        scale: t.evaluation.scale,
      })
      .from(t.evaluation)
      .innerJoin(t.program, eq(t.program.id, t.evaluation.programId))
      .where(and(inArray(t.program.municipalityId, ids), eq(t.evaluation.axis, 'direction')))
      .orderBy(t.evaluation.programId, sql`${t.evaluation.fiscalYear} desc`),
  ]);

  const programs = new Map<number, TreeProgram & { municipalityId: number }>();
  for (const row of levels) {
    let program = programs.get(row.programId);
    if (!program) {
      program = {
        id: row.programId,
        municipalityId: row.municipalityId,
        levels: [],
        costs: [],
        direction: null,
      };
      programs.set(row.programId, program);
    }
    if (row.level !== null && row.name !== null)
      (program.levels as TreeProgram['levels'][number][]).push({
        level: row.level,
        number: row.number,
        name: row.name,
      });
  }
  for (const cost of costs) {
    const program = programs.get(cost.programId);
    if (program) (program.costs as TreeProgram['costs'][number][]).push(cost);
  }
  for (const row of directions) {
    const program = programs.get(row.programId);
    if (!program || row.grade === null) continue;
    const label = row.scale.find((option) => option.grade === row.grade)?.label ?? row.grade;
    program.direction = { grade: row.grade, label };
  }
  const byMunicipality = new Map<number, TreeProgram[]>(ids.map((id) => [id, []]));
  for (const { municipalityId, ...program } of programs.values())
    byMunicipality.get(municipalityId)!.push(program);
  return byMunicipality;
}
