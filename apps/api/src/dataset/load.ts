import { createHash } from 'node:crypto';
import { printedAmountInYen } from '@muni/domain';
import { and, eq, sql } from 'drizzle-orm';
import { refreshProgramSummaries } from '../analytics/program-summary.js';
import type { Database } from '../db/client.js';
import { deleteProgramChildren } from '../db/queries/program-children.js';
import * as t from '../db/schema/index.js';
import { STATUS_NOTE_HEADING, type ProgramFile, type SourcedValue } from './format.js';
import type { ProgramSource } from './read.js';
import { auditChanges, type Actor } from '../audit/record.js';
import { diffFacts, factsOfFile, factsOfRecords, programKey, type Facts } from '../audit/facts.js';
import { programRecords } from '../db/queries/program-records.js';

export type LoadOutcome = 'inserted' | 'replaced' | 'unchanged';

export interface LoadedProgram {
  file: string;
  municipalityCode: string;
  number: string;
  outcome: LoadOutcome;
}

type NewProvenance = typeof t.provenance.$inferInsert;

/** Collects a program's provenance records so they are written in one statement, then resolves ids. */
class ProvenanceBatch {
  private readonly rows: NewProvenance[] = [];
  private ids: number[] = [];

  constructor(
    private readonly documentId: number,
    private readonly programId: number,
  ) {}

  /** Registers where a value came from; the returned function gives its id once the batch is written. */
  add(source: Omit<SourcedValue<unknown>, 'value' | 'absence'>): () => number {
    const index =
      this.rows.push({
        origin: source.origin,
        documentId: source.origin === 'document' ? this.documentId : null,
        section: source.section ?? null,
        rawText: source.raw ?? null,
        note: source.note ?? null,
        programId: this.programId,
      }) - 1;
    return () => {
      const id = this.ids[index];
      if (id === undefined) throw new Error('provenance read before the batch was written');
      return id;
    };
  }

  /** Like `add`, for a value that may be absent from the file. */
  addOptional(
    source: Omit<SourcedValue<unknown>, 'value' | 'absence'> | undefined,
  ): () => number | null {
    return source ? this.add(source) : () => null;
  }

  async write(db: Database): Promise<void> {
    if (this.rows.length === 0) return;
    const inserted = await db
      .insert(t.provenance)
      .values(this.rows)
      .returning({ id: t.provenance.id });
    this.ids = inserted.map((row) => row.id);
  }
}

/** The value and the reason it is missing, as the two columns store them. */
function split<T>(item: SourcedValue<T> | undefined): {
  value: T | null;
  absence: SourcedValue<T>['absence'] | null;
} {
  return { value: item?.value ?? null, absence: item?.absence ?? null };
}

/**
 * What a program's stored record is made from: its data, every raw text included, and its document's
 * key. Not the rest of the document (its file name, its digest), stored with the document whenever a
 * program of it is loaded: a workbook holds hundreds of programs, and one row edited, or the file renamed, must not
 * rewrite all the others.
 */
export function recordHash(source: ProgramSource): string {
  const { document, ...record } = source.data;
  // Which document it belongs to is part of the record (its document id changes with it), and the
  // document's year, which the record's status notes are written with.
  return createHash('sha256')
    .update(JSON.stringify({ ...record, document: [document.key, document.fiscalYear] }))
    .digest('hex');
}

/** A shipped program file as the API last loaded it: its data and the source text its raws quote. */
export function fileFingerprint(source: ProgramSource): string {
  return createHash('sha256')
    .update(JSON.stringify({ data: source.data, source: source.sourceSha256 }))
    .digest('hex');
}

async function upsertMunicipality(
  db: Database,
  data: ProgramFile['municipality'],
): Promise<number> {
  const fields = {
    nameJa: data.nameJa,
    nameEn: data.nameEn ?? null,
    prefectureCode: data.prefecture.code,
    prefectureJa: data.prefecture.ja,
    prefectureEn: data.prefecture.en ?? null,
  };
  const [existing] = await db
    .select({ municipality: t.municipality, note: t.provenance.note })
    .from(t.municipality)
    .innerJoin(t.provenance, eq(t.provenance.id, t.municipality.provenanceId))
    .where(eq(t.municipality.code, data.code));
  if (!existing) {
    const [provenance] = await db
      .insert(t.provenance)
      .values({ origin: 'external', note: data.note })
      .returning({ id: t.provenance.id });
    const [row] = await db
      .insert(t.municipality)
      .values({ code: data.code, ...fields, provenanceId: provenance!.id })
      .returning({ id: t.municipality.id });
    return row!.id;
  }
  const current = existing.municipality;
  const same = (Object.keys(fields) as (keyof typeof fields)[]).every(
    (key) => current[key] === fields[key],
  );
  if (!same) {
    await db.update(t.municipality).set(fields).where(eq(t.municipality.id, current.id));
    // Its programs' search text holds its name: the ones this load does not rewrite are refreshed here.
    const programs = await db
      .select({ id: t.program.id })
      .from(t.program)
      .where(eq(t.program.municipalityId, current.id));
    await refreshProgramSummaries(
      db,
      programs.map((program) => program.id),
    );
  }
  if (existing.note !== data.note) {
    await db
      .update(t.provenance)
      .set({ note: data.note })
      .where(eq(t.provenance.id, current.provenanceId));
  }
  return current.id;
}

async function upsertDocument(
  db: Database,
  data: ProgramFile['document'],
  municipalityId: number,
  sha256: string,
): Promise<number> {
  const fields = {
    municipalityId,
    form: data.form,
    formName: data.formName,
    formNameEn: data.formNameEn ?? null,
    title: data.title,
    titleEn: data.titleEn ?? null,
    fiscalYear: data.fiscalYear,
    filePath: data.file,
    sha256,
  };
  const [row] = await db
    .insert(t.sourceDocument)
    .values({ key: data.key, ...fields })
    .onConflictDoUpdate({ target: t.sourceDocument.key, set: fields })
    .returning({ id: t.sourceDocument.id });
  return row!.id;
}

function programFields(data: ProgramFile['program']) {
  const first = split(data.firstFiscalYear);
  const last = split(data.lastFiscalYear);
  return {
    nameJa: data.name.value,
    nameEn: data.nameEn ?? null,
    department: data.department?.value ?? null,
    departmentHead: data.departmentHead?.value ?? null,
    division: data.division?.value ?? null,
    divisionHead: data.divisionHead?.value ?? null,
    section: data.section?.value ?? null,
    periodKind: data.periodKind?.value ?? null,
    programCategory: data.programCategory?.value ?? null,
    policyArea: data.policyArea.value,
    fundingScheme: data.fundingScheme.value,
    fundingSchemeName: data.fundingSchemeName?.value ?? null,
    budgetLine: data.budgetLine?.value ?? null,
    relatedPlan: data.relatedPlan?.value ?? null,
    legalBasis: data.legalBasis?.value ?? null,
    firstFiscalYear: first.value,
    firstFiscalYearAbsence: first.absence,
    lastFiscalYear: last.value,
    lastFiscalYearAbsence: last.absence,
    planFirstFiscalYear: data.planPeriod?.value.first ?? null,
    planLastFiscalYear: data.planPeriod?.value.last ?? null,
  };
}

/** The program fields that carry their own provenance, by the name the API reports them under. */
const SOURCED_PROGRAM_FIELDS = [
  'number',
  'name',
  'department',
  'departmentHead',
  'division',
  'divisionHead',
  'section',
  'periodKind',
  'programCategory',
  'policyArea',
  'fundingScheme',
  'fundingSchemeName',
  'budgetLine',
  'relatedPlan',
  'legalBasis',
  'firstFiscalYear',
  'lastFiscalYear',
  'planPeriod',
] as const satisfies readonly (keyof ProgramFile['program'])[];

/** Writes a program's whole record: the program row, then every child in one statement per table. */
async function writeProgramRecord(
  db: Database,
  programId: number,
  documentId: number,
  data: ProgramFile,
): Promise<void> {
  const batch = new ProvenanceBatch(documentId, programId);

  const fieldSources = SOURCED_PROGRAM_FIELDS.flatMap((field) => {
    const item = data.program[field];
    return item ? [{ field, provenance: batch.add(item) }] : [];
  });
  const planLevels = data.program.planHierarchy.map((level, depth) => ({
    level,
    depth,
    provenance: batch.add({ origin: 'document', section: level.section, raw: level.raw }),
  }));
  const kpis = data.kpis.map((kpi) => ({
    kpi,
    name: batch.add(kpi.name),
    unit: batch.add(kpi.unit),
    kind: batch.add(kpi.kind),
    baseline: batch.addOptional(kpi.baseline),
    planTarget: batch.addOptional(kpi.planTarget),
    planActual: batch.addOptional(kpi.planActual),
    planStatus: batch.addOptional(kpi.planStatus),
    statusNote: batch.addOptional(kpi.statusNote),
    values: kpi.values.map((value) => ({
      value,
      target: batch.addOptional(value.target),
      actual: batch.addOptional(value.actual),
      runningTotal: batch.addOptional(value.runningTotal),
      status: batch.addOptional(value.status),
    })),
  }));
  const costs = data.costs.map((cost) => ({
    cost,
    amount: batch.add(cost.amount),
    staffFte: batch.addOptional(cost.staffFte),
    staffHours: batch.addOptional(cost.staffHours),
  }));
  const evaluations = data.evaluations.map((evaluation) => ({
    evaluation,
    grade: batch.add(evaluation.grade),
    reason: batch.addOptional(evaluation.reason),
  }));
  const activities = data.activities.map((activity) => ({
    activity,
    name: batch.add(activity.name),
    years: activity.years.map((year) => ({
      year,
      planned: batch.addOptional(year.planned),
      done: batch.addOptional(year.done),
    })),
  }));
  const narratives = data.narratives.map((narrative) => ({
    narrative,
    text: batch.add(narrative.text),
  }));
  const unitCosts = data.unitCosts.map((cost) => ({
    cost,
    targetCount: batch.add(cost.targetCount),
    targetDefinition: batch.addOptional(cost.targetDefinition),
    unitCost: batch.add(cost.unitCost),
    formula: batch.addOptional(cost.formula),
  }));

  await batch.write(db);

  if (data.glosses.length > 0) {
    await db
      .insert(t.gloss)
      .values(data.glosses.map((gloss) => ({ programId, ja: gloss.ja, en: gloss.en })));
  }
  if (unitCosts.length > 0) {
    await db.insert(t.printedUnitCost).values(
      unitCosts.map(({ cost, ...source }) => {
        const count = split(cost.targetCount);
        const unitCost = split(cost.unitCost);
        return {
          programId,
          fiscalYear: cost.fiscalYear,
          targetCount: count.value,
          targetCountAbsence: count.absence,
          targetUnit: cost.targetUnit ?? null,
          targetDefinition: cost.targetDefinition?.value ?? null,
          // Printed per-unit costs may be fractions of a yen; 千円 is scaled, never rounded.
          unitCostYen:
            unitCost.value === null
              ? null
              : cost.unit === '千円'
                ? unitCost.value * 1_000
                : unitCost.value,
          unitCostAbsence: unitCost.absence,
          formula: cost.formula?.value ?? null,
          note: cost.note ?? null,
          targetCountProvenanceId: source.targetCount(),
          targetDefinitionProvenanceId: source.targetDefinition(),
          unitCostProvenanceId: source.unitCost(),
          formulaProvenanceId: source.formula(),
        };
      }),
    );
  }

  if (fieldSources.length > 0) {
    await db.insert(t.programFieldSource).values(
      fieldSources.map((row) => ({
        programId,
        field: row.field,
        provenanceId: row.provenance(),
      })),
    );
  }
  if (planLevels.length > 0) {
    await db.insert(t.planLevel).values(
      planLevels.map(({ level, depth, provenance }) => ({
        programId,
        depth,
        level: level.level,
        number: level.number ?? null,
        name: level.name,
        provenanceId: provenance(),
      })),
    );
  }

  const kpiIds =
    kpis.length === 0
      ? []
      : await db
          .insert(t.kpi)
          .values(
            kpis.map(({ kpi, ...source }) => {
              const baseline = split(kpi.baseline);
              const planTarget = split(kpi.planTarget);
              const planActual = split(kpi.planActual);
              return {
                programId,
                position: kpi.position,
                nameJa: kpi.name.value,
                nameEn: kpi.nameEn ?? null,
                shortName: kpi.shortName ?? null,
                shortNameEn: kpi.shortNameEn ?? null,
                unit: kpi.unit.value,
                unitEn: kpi.unitEn ?? null,
                kind: kpi.kind.value,
                kindAbsence: kpi.kind.absence ?? null,
                role: kpi.role ?? null,
                direction: kpi.direction,
                baselineValue: baseline.value,
                baselineAbsence: baseline.absence,
                baselineFiscalYear: kpi.baseline?.fiscalYear ?? null,
                baselineLabel: kpi.baseline?.label ?? null,
                planTarget: planTarget.value,
                planTargetAbsence: planTarget.absence,
                planActual: planActual.value,
                planActualAbsence: planActual.absence,
                planStatus: kpi.planStatus?.value ?? null,
                note: kpi.note ?? null,
                provenanceId: source.name(),
                unitProvenanceId: source.unit(),
                kindProvenanceId: source.kind(),
                baselineProvenanceId: source.baseline(),
                planTargetProvenanceId: source.planTarget(),
                planActualProvenanceId: source.planActual(),
                planStatusProvenanceId: source.planStatus(),
              };
            }),
          )
          .returning({ id: t.kpi.id });

  const kpiValues = kpis.flatMap((entry, index) =>
    entry.values.map(({ value, ...source }) => {
      const target = split(value.target);
      const actual = split(value.actual);
      const runningTotal = split(value.runningTotal);
      return {
        kpiId: kpiIds[index]!.id,
        fiscalYear: value.fiscalYear,
        target: target.value,
        targetAbsence: target.absence,
        actual: actual.value,
        actualAbsence: actual.absence,
        runningTotal: runningTotal.value,
        runningTotalAbsence: runningTotal.absence,
        status: value.status?.value ?? null,
        note: value.note ?? null,
        targetProvenanceId: source.target(),
        actualProvenanceId: source.actual(),
        runningTotalProvenanceId: source.runningTotal(),
        statusProvenanceId: source.status(),
      };
    }),
  );
  if (kpiValues.length > 0) await db.insert(t.kpiValue).values(kpiValues);

  if (costs.length > 0) {
    await db.insert(t.costEntry).values(
      costs.map(({ cost, amount, staffFte, staffHours }) => {
        const money =
          cost.amount.value === null ? null : printedAmountInYen(cost.amount.value, cost.unit);
        return {
          programId,
          fiscalYearFrom: cost.fiscalYear ?? cost.period!.first,
          fiscalYearTo: cost.fiscalYear ?? cost.period!.last,
          category: cost.category,
          staffType: cost.staffType ?? null,
          amountKind: cost.amountKind,
          amountYen: money?.yen ?? null,
          amountAbsence: cost.amount.absence ?? null,
          precisionYen: money?.precision ?? (cost.unit === '千円' ? 1_000 : 1),
          staffFte: cost.staffFte?.value ?? null,
          staffHours: cost.staffHours?.value ?? null,
          note: cost.note ?? null,
          provenanceId: amount(),
          staffFteProvenanceId: staffFte(),
          staffHoursProvenanceId: staffHours(),
        };
      }),
    );
  }

  if (evaluations.length > 0) {
    await db.insert(t.evaluation).values(
      evaluations.map(({ evaluation, grade, reason }) => ({
        programId,
        fiscalYear: evaluation.fiscalYear,
        axis: evaluation.axis,
        axisLabel: evaluation.axisLabel,
        grade: evaluation.grade.value,
        gradeAbsence: evaluation.grade.absence ?? null,
        scale: evaluation.scale,
        reasonLabel: evaluation.reasonLabel ?? null,
        reason: evaluation.reason?.value ?? null,
        note: evaluation.note ?? null,
        gradeProvenanceId: grade(),
        reasonProvenanceId: reason(),
      })),
    );
  }

  const activityIds =
    activities.length === 0
      ? []
      : await db
          .insert(t.activity)
          .values(
            activities.map(({ activity, name }) => ({
              programId,
              position: activity.position,
              name: activity.name.value,
              provenanceId: name(),
            })),
          )
          .returning({ id: t.activity.id });
  const activityYears = activities.flatMap((entry, index) =>
    entry.years.map(({ year, planned, done }) => ({
      activityId: activityIds[index]!.id,
      fiscalYear: year.fiscalYear,
      planned: year.planned?.value ?? null,
      plannedAbsence: year.planned?.absence ?? null,
      done: year.done?.value ?? null,
      doneAbsence: year.done?.absence ?? null,
      plannedProvenanceId: planned(),
      doneProvenanceId: done(),
    })),
  );
  if (activityYears.length > 0) await db.insert(t.activityYear).values(activityYears);

  const narrativeRows = [
    ...narratives.map(({ narrative, text }) => ({
      programId,
      kpiId: null,
      kind: narrative.kind,
      position: narrative.position,
      fiscalYear: narrative.fiscalYear ?? null,
      heading: narrative.heading,
      text: narrative.text.value,
      provenanceId: text(),
    })),
    ...kpis.flatMap(({ kpi, statusNote }, index) =>
      kpi.statusNote
        ? [
            {
              programId,
              kpiId: kpiIds[index]!.id,
              kind: 'kpi_status_note' as const,
              position: 1,
              fiscalYear: data.document.fiscalYear,
              heading: STATUS_NOTE_HEADING,
              text: kpi.statusNote.value,
              provenanceId: statusNote()!,
            },
          ]
        : [],
    ),
  ];
  if (narrativeRows.length > 0) await db.insert(t.narrative).values(narrativeRows);
}

/** Who loads a file: at start the dataset, else the import command; the audit log names it. */
export type ActorOf = (source: ProgramSource) => Actor;

export const datasetActor: ActorOf = (source) => ({
  name: `dataset:${source.file}`,
  source: 'dataset',
});

async function loadProgram(
  db: Database,
  source: ProgramSource,
  actorOf: ActorOf,
  force: boolean,
): Promise<LoadedProgram & { programId: number }> {
  const { data } = source;
  const hash = recordHash(source);
  const municipalityId = await upsertMunicipality(db, data.municipality);
  const documentId = await upsertDocument(db, data.document, municipalityId, source.sourceSha256);
  const number = data.program.number.value;
  const fields = { ...programFields(data.program), documentId, recordHash: hash };
  const [existing] = await db
    .select({ id: t.program.id, recordHash: t.program.recordHash })
    .from(t.program)
    .where(and(eq(t.program.municipalityId, municipalityId), eq(t.program.number, number)));
  const result = { file: source.file, municipalityCode: data.municipality.code, number };
  if (existing?.recordHash === hash && !force)
    return { ...result, programId: existing.id, outcome: 'unchanged' };

  // The record's facts before and after, so the audit log says what a replaced record changed.
  const before: Facts = existing
    ? factsOfRecords(await programRecords(db, [existing.id]))
    : new Map();
  let programId: number;
  if (existing) {
    programId = existing.id;
    await db
      .update(t.program)
      .set({ ...fields, version: sql`${t.program.version} + 1` })
      .where(eq(t.program.id, programId));
    await deleteProgramChildren(db, [programId]);
  } else {
    const [row] = await db
      .insert(t.program)
      .values({ municipalityId, number, ...fields })
      .returning({ id: t.program.id });
    programId = row!.id;
  }
  await writeProgramRecord(db, programId, documentId, data);
  const key = programKey(data.municipality.code, number);
  const actor = actorOf(source);
  await auditChanges(
    db,
    actor,
    [
      {
        key,
        entity: 'program_record',
        program: key,
        action: existing ? 'changed' : 'added',
        before: existing ? { recordHash: existing.recordHash } : null,
        after: { recordHash: hash, file: source.file },
      },
      ...diffFacts(before, factsOfFile(data)),
    ],
    () => programId,
  );
  return { ...result, programId, outcome: existing ? 'replaced' : 'inserted' };
}

/**
 * Loads validated program files in one transaction: all of them or, on any error, none. A program whose
 * record has not changed since it was last loaded is left untouched, so loading twice writes nothing.
 */
export async function loadDataset(
  db: Database,
  sources: readonly ProgramSource[],
  options: { actorOf?: ActorOf; inTransaction?: (db: Database) => Promise<void> } = {},
): Promise<LoadedProgram[]> {
  return db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const loaded = await loadPrograms(db, sources, options.actorOf ?? datasetActor);
    await options.inTransaction?.(db);
    return loaded.map(({ programId: _programId, ...program }) => program);
  });
}

/** Loads program files inside the caller's transaction, recording each change in the audit log. */
export async function loadPrograms(
  db: Database,
  sources: readonly ProgramSource[],
  actorOf: ActorOf,
  /** Load this program even if its file is the one last loaded: its record was edited since. */
  force: (source: ProgramSource) => boolean = () => false,
  onProgress?: (done: number, total: number) => void,
): Promise<(LoadedProgram & { programId: number })[]> {
  const loaded: (LoadedProgram & { programId: number })[] = [];
  for (const source of sources) {
    loaded.push(await loadProgram(db, source, actorOf, force(source)));
    onProgress?.(loaded.length, sources.length);
  }
  await refreshProgramSummaries(
    db,
    loaded.filter((program) => program.outcome !== 'unchanged').map((program) => program.programId),
  );
  return loaded;
}
