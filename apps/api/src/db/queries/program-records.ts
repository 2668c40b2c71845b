import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Database } from '../client.js';
import * as t from '../schema/index.js';

/** Everything a set of programs' records hold, read table by table: what exports and diffs work from. */
export interface ProgramRecords {
  programs: { program: t.Program; municipality: t.Municipality; document: t.SourceDocument }[];
  kpis: t.Kpi[];
  values: t.KpiValue[];
  costs: t.CostEntry[];
  evaluations: t.Evaluation[];
  activities: t.Activity[];
  activityYears: t.ActivityYear[];
  narratives: t.Narrative[];
  planLevels: t.PlanLevel[];
  fieldSources: (typeof t.programFieldSource.$inferSelect)[];
  provenance: Map<number, t.Provenance>;
}

/** Reads the records of these programs in a fixed number of statements, whatever their number. */
export async function programRecords(
  db: Database,
  programIds: readonly number[],
): Promise<ProgramRecords> {
  const ids = [...new Set(programIds)];
  const empty: ProgramRecords = {
    programs: [],
    kpis: [],
    values: [],
    costs: [],
    evaluations: [],
    activities: [],
    activityYears: [],
    narratives: [],
    planLevels: [],
    fieldSources: [],
    provenance: new Map(),
  };
  if (ids.length === 0) return empty;
  // One statement after another: a transaction's connection runs them one at a time anyway.
  const programs = await db
    .select({ program: t.program, municipality: t.municipality, document: t.sourceDocument })
    .from(t.program)
    .innerJoin(t.municipality, eq(t.municipality.id, t.program.municipalityId))
    .innerJoin(t.sourceDocument, eq(t.sourceDocument.id, t.program.documentId))
    .where(inArray(t.program.id, ids))
    .orderBy(asc(t.municipality.code), asc(t.program.number));
  const kpis = await db
    .select()
    .from(t.kpi)
    .where(inArray(t.kpi.programId, ids))
    .orderBy(asc(t.kpi.programId), asc(t.kpi.position));
  const values =
    kpis.length === 0
      ? []
      : await db
          .select()
          .from(t.kpiValue)
          .where(
            inArray(
              t.kpiValue.kpiId,
              kpis.map((kpi) => kpi.id),
            ),
          )
          .orderBy(asc(t.kpiValue.kpiId), asc(t.kpiValue.fiscalYear));
  const costs = await db
    .select()
    .from(t.costEntry)
    .where(inArray(t.costEntry.programId, ids))
    .orderBy(asc(t.costEntry.programId), asc(t.costEntry.id));
  const evaluations = await db
    .select()
    .from(t.evaluation)
    .where(inArray(t.evaluation.programId, ids))
    .orderBy(asc(t.evaluation.programId), asc(t.evaluation.id));
  const activities = await db
    .select()
    .from(t.activity)
    .where(inArray(t.activity.programId, ids))
    .orderBy(asc(t.activity.programId), asc(t.activity.position));
  const activityYears =
    activities.length === 0
      ? []
      : await db
          .select()
          .from(t.activityYear)
          .where(
            inArray(
              t.activityYear.activityId,
              activities.map((activity) => activity.id),
            ),
          )
          .orderBy(asc(t.activityYear.activityId), asc(t.activityYear.fiscalYear));
  const narratives = await db
    .select()
    .from(t.narrative)
    .where(inArray(t.narrative.programId, ids))
    .orderBy(asc(t.narrative.programId), asc(t.narrative.id));
  const planLevels = await db
    .select()
    .from(t.planLevel)
    .where(inArray(t.planLevel.programId, ids))
    .orderBy(asc(t.planLevel.programId), asc(t.planLevel.depth));
  const fieldSources = await db
    .select()
    .from(t.programFieldSource)
    .where(inArray(t.programFieldSource.programId, ids));
  const municipalityProvenance = programs.map((row) => row.municipality.provenanceId);
  const provenance = await db
    .select()
    .from(t.provenance)
    .where(
      or(inArray(t.provenance.programId, ids), inArray(t.provenance.id, municipalityProvenance)),
    );
  return {
    programs,
    kpis,
    values,
    costs,
    evaluations,
    activities,
    activityYears,
    narratives,
    planLevels,
    fieldSources,
    provenance: new Map(provenance.map((row) => [row.id, row])),
  };
}

/** A program named by its natural key, with its KPIs, for resolving the rows of an imported table. */
export interface ProgramRef {
  id: number;
  municipalityCode: string;
  number: string;
  kpis: { id: number; position: number; kind: 'stock' | 'increment' }[];
}

/** The programs with these natural keys that exist, and which of the municipality codes exist. */
export async function programRefs(
  db: Database,
  keys: readonly { municipalityCode: string; number: string }[],
): Promise<{ programs: ProgramRef[]; municipalityCodes: Set<string> }> {
  const codes = [...new Set(keys.map((key) => key.municipalityCode))];
  if (codes.length === 0) return { programs: [], municipalityCodes: new Set() };
  const municipalities = await db
    .select({ code: t.municipality.code })
    .from(t.municipality)
    .where(inArray(t.municipality.code, codes));
  const numbers = [...new Set(keys.map((key) => key.number))];
  const rows = await db
    .select({
      id: t.program.id,
      municipalityCode: t.municipality.code,
      number: t.program.number,
      kpiId: t.kpi.id,
      position: t.kpi.position,
      kind: t.kpi.kind,
    })
    .from(t.program)
    .innerJoin(t.municipality, eq(t.municipality.id, t.program.municipalityId))
    .leftJoin(t.kpi, eq(t.kpi.programId, t.program.id))
    .where(and(inArray(t.municipality.code, codes), inArray(t.program.number, numbers)));
  const programs = new Map<number, ProgramRef>();
  for (const row of rows) {
    const ref = programs.get(row.id) ?? {
      id: row.id,
      municipalityCode: row.municipalityCode,
      number: row.number,
      kpis: [],
    };
    programs.set(row.id, ref);
    if (row.kpiId !== null && row.position !== null && row.kind !== null)
      ref.kpis.push({ id: row.kpiId, position: row.position, kind: row.kind });
  }
  return {
    programs: [...programs.values()],
    municipalityCodes: new Set(municipalities.map((m) => m.code)),
  };
}
