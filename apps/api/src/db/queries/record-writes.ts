import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import * as t from '../schema/index.js';

/**
 * Writes of single entities of a program's record, shared by the import command and the mutations.
 * Each checks the version the writer read (optimistic concurrency), raises it, and gives back the row
 * before and after, so the caller can record both in the audit log.
 */

/** The version a writer based its change on: undefined skips the check (an import replaces by key),
 * null means "this must not exist yet", a number must be the stored version. */
export type ExpectedVersion = number | null | undefined;

export type WriteResult<Row> =
  { ok: true; before: Row | null; row: Row } | { ok: false; currentVersion: number | null };

export type NewProvenance = Omit<typeof t.provenance.$inferInsert, 'id'>;

function versionMatches(current: { version: number } | undefined, expected: ExpectedVersion) {
  if (expected === undefined) return true;
  if (expected === null) return current === undefined;
  return current?.version === expected;
}

export async function insertProvenance(db: Database, row: NewProvenance): Promise<number> {
  const [inserted] = await db.insert(t.provenance).values(row).returning({ id: t.provenance.id });
  return inserted!.id;
}

export type KpiValueFigures = Partial<
  Pick<
    t.KpiValue,
    | 'target'
    | 'targetAbsence'
    | 'actual'
    | 'actualAbsence'
    | 'runningTotal'
    | 'runningTotalAbsence'
    | 'status'
    | 'note'
  >
>;

/** Sets a KPI's figures for one fiscal year; figures not given keep their stored value and source. */
export async function upsertKpiValue(
  db: Database,
  input: {
    kpiId: number;
    fiscalYear: number;
    figures: KpiValueFigures;
    provenance: NewProvenance;
    expectedVersion: ExpectedVersion;
  },
): Promise<WriteResult<t.KpiValue>> {
  const [current] = await db
    .select()
    .from(t.kpiValue)
    .where(and(eq(t.kpiValue.kpiId, input.kpiId), eq(t.kpiValue.fiscalYear, input.fiscalYear)))
    .for('update');
  if (!versionMatches(current, input.expectedVersion))
    return { ok: false, currentVersion: current?.version ?? null };
  const provenanceId = await insertProvenance(db, input.provenance);
  const f = input.figures;
  const sources = {
    ...('target' in f && { targetProvenanceId: provenanceId }),
    ...('actual' in f && { actualProvenanceId: provenanceId }),
    ...('runningTotal' in f && { runningTotalProvenanceId: provenanceId }),
    ...('status' in f && { statusProvenanceId: provenanceId }),
  };
  if (current) {
    const [row] = await db
      .update(t.kpiValue)
      .set({ ...f, ...sources, version: sql`${t.kpiValue.version} + 1` })
      .where(eq(t.kpiValue.id, current.id))
      .returning();
    return { ok: true, before: current, row: row! };
  }
  const [row] = await db
    .insert(t.kpiValue)
    .values({ kpiId: input.kpiId, fiscalYear: input.fiscalYear, ...f, ...sources })
    .returning();
  return { ok: true, before: null, row: row! };
}

export type CostKey = Pick<
  t.CostEntry,
  'programId' | 'category' | 'staffType' | 'fiscalYearFrom' | 'fiscalYearTo'
>;
export type CostFigures = Pick<t.CostEntry, 'amountYen' | 'amountAbsence' | 'precisionYen'> &
  Partial<Pick<t.CostEntry, 'staffFte' | 'note'>>;

/** Sets one cost line, found by its natural key (program, category, staff type, years). */
export async function upsertCostEntry(
  db: Database,
  input: {
    key: CostKey;
    figures: CostFigures;
    /** Whether the line states staff (a personnel line, or any line given an FTE). */
    withStaff: boolean;
    provenance: NewProvenance;
    expectedVersion: ExpectedVersion;
  },
): Promise<WriteResult<t.CostEntry>> {
  const { key } = input;
  const [current] = await db
    .select()
    .from(t.costEntry)
    .where(
      and(
        eq(t.costEntry.programId, key.programId),
        eq(t.costEntry.category, key.category),
        key.staffType === null
          ? isNull(t.costEntry.staffType)
          : eq(t.costEntry.staffType, key.staffType),
        eq(t.costEntry.fiscalYearFrom, key.fiscalYearFrom),
        eq(t.costEntry.fiscalYearTo, key.fiscalYearTo),
      ),
    )
    .for('update');
  if (!versionMatches(current, input.expectedVersion))
    return { ok: false, currentVersion: current?.version ?? null };
  const provenanceId = await insertProvenance(db, input.provenance);
  const staff =
    'staffFte' in input.figures
      ? { staffFteProvenanceId: input.withStaff ? provenanceId : null }
      : {};
  if (current) {
    const [row] = await db
      .update(t.costEntry)
      .set({
        ...input.figures,
        provenanceId,
        ...staff,
        version: sql`${t.costEntry.version} + 1`,
      })
      .where(eq(t.costEntry.id, current.id))
      .returning();
    return { ok: true, before: current, row: row! };
  }
  const [row] = await db
    .insert(t.costEntry)
    .values({ ...key, ...input.figures, provenanceId, ...staff })
    .returning();
  return { ok: true, before: null, row: row! };
}

type VersionedTable = typeof t.program | typeof t.kpi | typeof t.evaluation | typeof t.narrative;

/**
 * Updates one row by id if it is still at the version the writer read, raising the version. A missing
 * row gives `currentVersion: null`.
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Database,
  table: T,
  id: number,
  expectedVersion: number,
  set: Partial<T['$inferInsert']>,
): Promise<WriteResult<T['$inferSelect']>> {
  // The four tables share `id` and `version`; drizzle's types cannot say so of a union of tables.
  const target = table as typeof t.program;
  const [current] = await db.select().from(target).where(eq(target.id, id)).for('update');
  if (!current || current.version !== expectedVersion)
    return { ok: false, currentVersion: current?.version ?? null };
  const [row] = await db
    .update(target)
    .set({ ...(set as object), version: sql`${target.version} + 1` })
    .where(eq(target.id, id))
    .returning();
  return { ok: true, before: current as T['$inferSelect'], row: row as T['$inferSelect'] };
}

/** Points a program's field at the provenance of its new value. */
export async function setFieldSources(
  db: Database,
  programId: number,
  fields: readonly string[],
  provenanceId: number,
): Promise<void> {
  if (fields.length === 0) return;
  await db
    .insert(t.programFieldSource)
    .values(fields.map((field) => ({ programId, field, provenanceId })))
    .onConflictDoUpdate({
      target: [t.programFieldSource.programId, t.programFieldSource.field],
      set: { provenanceId },
    });
}

export async function insertRow<T extends typeof t.program | typeof t.kpi>(
  db: Database,
  table: T,
  values: T['$inferInsert'],
): Promise<T['$inferSelect']> {
  const [row] = await db
    .insert(table as typeof t.program)
    .values(values as typeof t.program.$inferInsert)
    .returning();
  return row as T['$inferSelect'];
}

/** Ids a mutation names by natural key: a program's evaluation or narrative, and a program's context. */
export async function evaluationByKey(
  db: Database,
  key: { programId: number; fiscalYear: number; axis: t.Evaluation['axis'] },
): Promise<t.Evaluation | null> {
  const [row] = await db
    .select()
    .from(t.evaluation)
    .where(
      and(
        eq(t.evaluation.programId, key.programId),
        eq(t.evaluation.fiscalYear, key.fiscalYear),
        eq(t.evaluation.axis, key.axis),
      ),
    );
  return row ?? null;
}

export async function narrativeByKey(
  db: Database,
  key: {
    programId: number;
    kind: t.Narrative['kind'];
    position: number;
    kpiId: number | null;
  },
): Promise<t.Narrative | null> {
  const [row] = await db
    .select()
    .from(t.narrative)
    .where(
      and(
        eq(t.narrative.programId, key.programId),
        eq(t.narrative.kind, key.kind),
        eq(t.narrative.position, key.position),
        key.kpiId === null ? isNull(t.narrative.kpiId) : eq(t.narrative.kpiId, key.kpiId),
      ),
    );
  return row ?? null;
}

/** A program with what names it (its municipality's code) and the document its values quote. */
export async function programContext(
  db: Database,
  programId: number,
): Promise<{ program: t.Program; code: string; document: t.SourceDocument } | null> {
  const [row] = await db
    .select({ program: t.program, code: t.municipality.code, document: t.sourceDocument })
    .from(t.program)
    .innerJoin(t.municipality, eq(t.municipality.id, t.program.municipalityId))
    .innerJoin(t.sourceDocument, eq(t.sourceDocument.id, t.program.documentId))
    .where(eq(t.program.id, programId));
  return row ?? null;
}

export async function kpiById(db: Database, id: number): Promise<t.Kpi | null> {
  const [row] = await db.select().from(t.kpi).where(eq(t.kpi.id, id));
  return row ?? null;
}

export async function municipalityAndDocument(
  db: Database,
  code: string,
  documentKey: string,
): Promise<{ municipalityId: number | null; documentId: number | null }> {
  const [municipality] = await db
    .select({ id: t.municipality.id })
    .from(t.municipality)
    .where(eq(t.municipality.code, code));
  const [document] = await db
    .select({ id: t.sourceDocument.id })
    .from(t.sourceDocument)
    .where(eq(t.sourceDocument.key, documentKey));
  return { municipalityId: municipality?.id ?? null, documentId: document?.id ?? null };
}

/** Whether a municipality has a program of this number already. */
export async function programNumberTaken(
  db: Database,
  municipalityId: number,
  number: string,
): Promise<boolean> {
  const n = await db.$count(
    t.program,
    and(eq(t.program.municipalityId, municipalityId), eq(t.program.number, number)),
  );
  return n > 0;
}

/** Whether a program has a KPI at this position already. */
export async function kpiPositionTaken(
  db: Database,
  programId: number,
  position: number,
): Promise<boolean> {
  const n = await db.$count(
    t.kpi,
    and(eq(t.kpi.programId, programId), eq(t.kpi.position, position)),
  );
  return n > 0;
}
