import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Database } from '../client.js';
import { rowsByKeys } from './rows-by-keys.js';
import * as t from '../schema/index.js';
import type { ProgramRecord } from './program-record.js';

/** Everything a set of programs' records hold, read table by table: what exports and diffs work from. */
export interface ProgramRecords extends Pick<
  ProgramRecord,
  | 'kpis'
  | 'values'
  | 'costs'
  | 'evaluations'
  | 'activities'
  | 'activityYears'
  | 'narratives'
  | 'glosses'
  | 'planLevels'
  | 'fieldSources'
> {
  programs: { program: t.Program; municipality: t.Municipality; document: t.SourceDocument }[];
  unitCosts: t.PrintedUnitCost[];
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
    unitCosts: [],
    glosses: [],
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
  const kpis = await rowsByKeys(db, t.kpi, t.kpi.programId, ids, [t.kpi.programId, t.kpi.position]);
  const values = await rowsByKeys(
    db,
    t.kpiValue,
    t.kpiValue.kpiId,
    kpis.map((kpi) => kpi.id),
    [t.kpiValue.kpiId, t.kpiValue.fiscalYear],
  );
  const costs = await rowsByKeys(db, t.costEntry, t.costEntry.programId, ids, [
    t.costEntry.programId,
    t.costEntry.id,
  ]);
  const evaluations = await rowsByKeys(db, t.evaluation, t.evaluation.programId, ids, [
    t.evaluation.programId,
    t.evaluation.id,
  ]);
  const activities = await rowsByKeys(db, t.activity, t.activity.programId, ids, [
    t.activity.programId,
    t.activity.position,
  ]);
  const activityYears = await rowsByKeys(
    db,
    t.activityYear,
    t.activityYear.activityId,
    activities.map((activity) => activity.id),
    [t.activityYear.activityId, t.activityYear.fiscalYear],
  );
  const narratives = await rowsByKeys(db, t.narrative, t.narrative.programId, ids, [
    t.narrative.programId,
    t.narrative.id,
  ]);
  const unitCosts = await rowsByKeys(db, t.printedUnitCost, t.printedUnitCost.programId, ids, [
    t.printedUnitCost.programId,
    t.printedUnitCost.fiscalYear,
  ]);
  const glosses = await rowsByKeys(db, t.gloss, t.gloss.programId, ids, [
    t.gloss.programId,
    t.gloss.ja,
  ]);
  const planLevels = await rowsByKeys(db, t.planLevel, t.planLevel.programId, ids, [
    t.planLevel.programId,
    t.planLevel.depth,
  ]);
  const fieldSources = await rowsByKeys(
    db,
    t.programFieldSource,
    t.programFieldSource.programId,
    ids,
  );
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
    unitCosts,
    glosses,
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
  kpis: { id: number; position: number; kind: 'stock' | 'increment' | null }[];
}

/** The programs of these documents, by the document's key: what a workbook imported before brought. */
export async function programsOfDocuments(
  db: Database,
  documentKeys: readonly string[],
): Promise<{ id: number; municipalityCode: string; number: string }[]> {
  if (documentKeys.length === 0) return [];
  return db
    .select({ id: t.program.id, municipalityCode: t.municipality.code, number: t.program.number })
    .from(t.program)
    .innerJoin(t.sourceDocument, eq(t.sourceDocument.id, t.program.documentId))
    .innerJoin(t.municipality, eq(t.municipality.id, t.program.municipalityId))
    .where(inArray(t.sourceDocument.key, [...documentKeys]));
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
    if (row.kpiId !== null && row.position !== null)
      ref.kpis.push({ id: row.kpiId, position: row.position, kind: row.kind });
  }
  return {
    programs: [...programs.values()],
    municipalityCodes: new Set(municipalities.map((m) => m.code)),
  };
}
