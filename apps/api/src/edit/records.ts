import { normalizeText } from '@muni/domain';
import type { Caller } from '../auth/caller.js';
import {
  evaluationFact,
  evaluationKey,
  kpiFact,
  kpiKey,
  narrativeFact,
  narrativeKey,
  programFact,
  programKey,
} from '../audit/facts.js';
import type { Database } from '../db/client.js';
import {
  evaluationByKey,
  insertProvenance,
  insertRow,
  kpiById,
  kpiPositionTaken,
  municipalityAndDocument,
  narrativeByKey,
  programContext,
  programNumberTaken,
  setFieldSources,
  updateVersioned,
} from '../db/queries/record-writes.js';
import * as t from '../db/schema/index.js';
import { fiscalYear, municipalityCode, nonBlank, policyAreaKey } from '../dataset/format.js';
import {
  editInTransaction,
  invalid,
  notFound,
  provenanceOf,
  Refused,
  stale,
  zodErrors,
  type EditResult,
  type SourceInput,
  type UserError,
} from './common.js';
import { idOf } from './figures.js';
import { quoted } from '../graphql/errors.js';

/** A text field of an update: undefined keeps, null clears (where allowed), text is normalised. */
function textField(
  name: string,
  value: string | null | undefined,
  required: boolean,
  errors: UserError[],
): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || normalizeText(value).trim() === '') {
    if (required) errors.push(invalid(['input', name], 'must not be empty'));
    return null;
  }
  const parsed = nonBlank.safeParse(normalizeText(value));
  if (!parsed.success) errors.push(...zodErrors(['input', name], parsed.error));
  return parsed.success ? parsed.data : null;
}

const defined = <T extends object>(fields: T) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;

const PROGRAM_TEXT_FIELDS = [
  ['name', 'nameJa', true],
  ['nameEn', 'nameEn', false],
  ['department', 'department', false],
  ['departmentHead', 'departmentHead', false],
  ['division', 'division', false],
  ['divisionHead', 'divisionHead', false],
  ['fundingSchemeName', 'fundingSchemeName', false],
  ['budgetLine', 'budgetLine', false],
  ['relatedPlan', 'relatedPlan', false],
  ['legalBasis', 'legalBasis', false],
] as const;

export type ProgramUpdateInput = {
  id: string;
  expectedVersion: number;
  policyArea?: string | null;
  source?: SourceInput | null;
} & { [K in (typeof PROGRAM_TEXT_FIELDS)[number][0]]?: string | null };

export async function programUpdate(
  db: Database,
  caller: Caller,
  input: ProgramUpdateInput,
): Promise<EditResult<t.Program>> {
  const errors: UserError[] = [];
  const id = idOf(['input', 'id'], input.id, errors);
  const set: Partial<t.Program> = {};
  for (const [name, column, required] of PROGRAM_TEXT_FIELDS) {
    const value = textField(name, input[name], required, errors);
    if (value !== undefined) (set as Record<string, unknown>)[column] = value;
  }
  if (input.policyArea !== undefined) {
    const parsed = policyAreaKey.safeParse(input.policyArea ?? '');
    if (!parsed.success) errors.push(...zodErrors(['input', 'policyArea'], parsed.error));
    else set.policyArea = parsed.data;
  }
  if (Object.keys(set).length === 0 && errors.length === 0)
    errors.push(invalid(['input'], 'gives no field to change'));
  if (errors.length) return { userErrors: errors, result: null };
  return editInTransaction(db, caller, async (db) => {
    const context = await programContext(db, id);
    if (!context) throw new Refused([notFound(['input', 'id'], `program ${input.id}`)]);
    const provenance = await provenanceOf(caller, input.source, {
      programId: id,
      document: context.document,
    });
    const written = await updateVersioned(db, t.program, id, input.expectedVersion, set);
    if (!written.ok)
      throw new Refused([
        stale(['input', 'expectedVersion'], input.expectedVersion, written.currentVersion),
      ]);
    // Fields the API reports with their own source point at the provenance of the new value.
    const sourced = Object.keys(set)
      .map((column) => PROGRAM_TEXT_FIELDS.find(([, c]) => c === column)?.[0] ?? column)
      .filter((field) => field !== 'nameEn');
    await setFieldSources(db, id, sourced, await insertProvenance(db, provenance));
    const key = programKey(context.code, context.program.number);
    return {
      result: written.row,
      programId: id,
      changes: [
        {
          key,
          entity: 'program',
          program: key,
          action: 'changed',
          before: programFact(written.before!),
          after: programFact(written.row),
        },
      ],
    };
  });
}

export interface ProgramCreateInput {
  municipalityCode: string;
  documentKey: string;
  number: string;
  name: string;
  nameEn?: string | null;
  policyArea: string;
  fundingScheme: 'MUNICIPAL' | 'NATIONAL_GRANT';
  source?: SourceInput | null;
}

export async function programCreate(
  db: Database,
  caller: Caller,
  input: ProgramCreateInput,
): Promise<EditResult<t.Program>> {
  const errors: UserError[] = [];
  const code = municipalityCode.safeParse(input.municipalityCode);
  if (!code.success) errors.push(...zodErrors(['input', 'municipalityCode'], code.error));
  const number = textField('number', input.number, true, errors);
  const name = textField('name', input.name, true, errors);
  const nameEn = textField('nameEn', input.nameEn, false, errors);
  const area = policyAreaKey.safeParse(input.policyArea);
  if (!area.success) errors.push(...zodErrors(['input', 'policyArea'], area.error));
  if (errors.length) return { userErrors: errors, result: null };
  let programId = 0;
  return editInTransaction(db, caller, async (db) => {
    const found = await municipalityAndDocument(db, input.municipalityCode, input.documentKey);
    if (!found.municipalityId)
      errors.push(
        notFound(['input', 'municipalityCode'], `municipality ${quoted(input.municipalityCode)}`),
      );
    if (!found.documentId)
      errors.push(notFound(['input', 'documentKey'], `document ${quoted(input.documentKey)}`));
    if (errors.length) throw new Refused(errors);
    if (await programNumberTaken(db, found.municipalityId!, number!))
      throw new Refused([
        {
          field: ['input', 'number'],
          message: `program ${input.municipalityCode}/${number} exists already`,
          code: 'ALREADY_EXISTS',
        },
      ]);
    const row = await insertRow(db, t.program, {
      municipalityId: found.municipalityId!,
      number: number!,
      nameJa: name!,
      nameEn: nameEn ?? null,
      documentId: found.documentId!,
      policyArea: area.data!,
      fundingScheme: input.fundingScheme.toLowerCase() as t.Program['fundingScheme'],
      firstFiscalYearAbsence: 'not_reported',
      lastFiscalYearAbsence: 'not_reported',
      // No program file stands behind this record: any file for it will replace it.
      recordHash: '',
    });
    programId = row.id;
    const document = (await programContext(db, row.id))!.document;
    const provenance = await provenanceOf(caller, input.source, { programId: row.id, document });
    await setFieldSources(
      db,
      row.id,
      ['number', 'name', 'policyArea', 'fundingScheme'],
      await insertProvenance(db, provenance),
    );
    const key = programKey(input.municipalityCode, row.number);
    return {
      result: row,
      programId,
      changes: [
        {
          key,
          entity: 'program',
          program: key,
          action: 'added',
          before: null,
          after: programFact(row),
        },
      ],
    };
  });
}

export interface KpiCreateInput {
  programId: string;
  position: number;
  name: string;
  nameEn?: string | null;
  unit: string;
  unitEn?: string | null;
  kind: 'STOCK' | 'INCREMENT';
  direction?: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | null;
  note?: string | null;
  source?: SourceInput | null;
}

export async function kpiCreate(
  db: Database,
  caller: Caller,
  input: KpiCreateInput,
): Promise<EditResult<t.Kpi>> {
  const errors: UserError[] = [];
  const programId = idOf(['input', 'programId'], input.programId, errors);
  if (!Number.isInteger(input.position) || input.position < 1)
    errors.push(invalid(['input', 'position'], 'must be 1 or more (① is 1)'));
  const name = textField('name', input.name, true, errors);
  const unit = textField('unit', input.unit, true, errors);
  const nameEn = textField('nameEn', input.nameEn, false, errors);
  const unitEn = textField('unitEn', input.unitEn, false, errors);
  const note = textField('note', input.note, false, errors);
  if (errors.length) return { userErrors: errors, result: null };
  return editInTransaction(db, caller, async (db) => {
    const context = await programContext(db, programId);
    if (!context)
      throw new Refused([notFound(['input', 'programId'], `program ${input.programId}`)]);
    const provenance = await provenanceOf(caller, input.source, {
      programId,
      document: context.document,
    });
    const provenanceId = await insertProvenance(db, provenance);
    if (await kpiPositionTaken(db, programId, input.position))
      throw new Refused([
        {
          field: ['input', 'position'],
          message: `the program has a KPI ${input.position} already`,
          code: 'ALREADY_EXISTS',
        },
      ]);
    const row = await insertRow(db, t.kpi, {
      programId,
      position: input.position,
      nameJa: name!,
      nameEn: nameEn ?? null,
      unit: unit!,
      unitEn: unitEn ?? null,
      kind: input.kind.toLowerCase() as t.Kpi['kind'],
      // Never assumed: a direction the editor does not give is not stated.
      direction: input.direction ? (input.direction.toLowerCase() as t.Kpi['direction']) : null,
      note: note ?? null,
      provenanceId,
      unitProvenanceId: provenanceId,
      kindProvenanceId: provenanceId,
    });
    const program = programKey(context.code, context.program.number);
    return {
      result: row,
      programId,
      changes: [
        {
          key: kpiKey(program, row.position),
          entity: 'kpi',
          program,
          action: 'added',
          before: null,
          after: kpiFact(row),
        },
      ],
    };
  });
}

export interface KpiUpdateInput {
  id: string;
  expectedVersion: number;
  name?: string | null;
  nameEn?: string | null;
  unit?: string | null;
  unitEn?: string | null;
  direction?: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | null;
  note?: string | null;
  source?: SourceInput | null;
}

export async function kpiUpdate(
  db: Database,
  caller: Caller,
  input: KpiUpdateInput,
): Promise<EditResult<t.Kpi>> {
  const errors: UserError[] = [];
  const id = idOf(['input', 'id'], input.id, errors);
  const set = defined({
    nameJa: textField('name', input.name, true, errors),
    nameEn: textField('nameEn', input.nameEn, false, errors),
    unit: textField('unit', input.unit, true, errors),
    unitEn: textField('unitEn', input.unitEn, false, errors),
    note: textField('note', input.note, false, errors),
    direction: input.direction ? (input.direction.toLowerCase() as t.Kpi['direction']) : undefined,
  }) as Partial<t.Kpi>;
  if (Object.keys(set).length === 0 && errors.length === 0)
    errors.push(invalid(['input'], 'gives no field to change'));
  if (errors.length) return { userErrors: errors, result: null };
  return editInTransaction(db, caller, async (db) => {
    const kpi = await kpiById(db, id);
    const context = kpi && (await programContext(db, kpi.programId));
    if (!kpi || !context) throw new Refused([notFound(['input', 'id'], `KPI ${input.id}`)]);
    const provenance = await provenanceOf(caller, input.source, {
      programId: kpi.programId,
      document: context.document,
    });
    const provenanceId = await insertProvenance(db, provenance);
    const written = await updateVersioned(db, t.kpi, id, input.expectedVersion, {
      ...set,
      ...(set.nameJa !== undefined && { provenanceId }),
      ...(set.unit !== undefined && { unitProvenanceId: provenanceId }),
    });
    if (!written.ok)
      throw new Refused([
        stale(['input', 'expectedVersion'], input.expectedVersion, written.currentVersion),
      ]);
    const program = programKey(context.code, context.program.number);
    return {
      result: written.row,
      programId: kpi.programId,
      changes: [
        {
          key: kpiKey(program, kpi.position),
          entity: 'kpi',
          program,
          action: 'changed',
          before: kpiFact(written.before!),
          after: kpiFact(written.row),
        },
      ],
    };
  });
}

export interface EvaluationUpdateInput {
  programId: string;
  fiscalYear: number;
  axis: string;
  expectedVersion: number;
  grade?: string | null;
  gradeAbsence?: Uppercase<t.Evaluation['gradeAbsence'] & string> | null;
  reason?: string | null;
  note?: string | null;
  source?: SourceInput | null;
}

export async function evaluationUpdate(
  db: Database,
  caller: Caller,
  input: EvaluationUpdateInput,
): Promise<EditResult<t.Evaluation>> {
  const errors: UserError[] = [];
  const programId = idOf(['input', 'programId'], input.programId, errors);
  const year = fiscalYear.safeParse(input.fiscalYear);
  if (!year.success) errors.push(...zodErrors(['input', 'fiscalYear'], year.error));
  const reason = textField('reason', input.reason, false, errors);
  const note = textField('note', input.note, false, errors);
  if (input.grade === null && !input.gradeAbsence)
    errors.push(
      invalid(
        ['input', 'gradeAbsence'],
        `a null value needs its reason: ${t.absence.enumValues.join(', ')}`,
      ),
    );
  if (input.grade && input.gradeAbsence)
    errors.push(invalid(['input', 'gradeAbsence'], 'only a null value can have an absence reason'));
  if (errors.length) return { userErrors: errors, result: null };
  return editInTransaction(db, caller, async (db) => {
    const context = await programContext(db, programId);
    const axis = input.axis.toLowerCase() as t.Evaluation['axis'];
    const current =
      context && (await evaluationByKey(db, { programId, fiscalYear: input.fiscalYear, axis }));
    if (!context || !current)
      throw new Refused([
        notFound(
          ['input'],
          `the ${input.axis} evaluation of ${input.fiscalYear} of program ${input.programId}`,
        ),
      ]);
    if (input.grade && !current.scale.some((option) => option.grade === input.grade))
      throw new Refused([invalid(['input', 'grade'], `grade ${input.grade} is not on the scale`)]);
    const provenanceId = await insertProvenance(
      db,
      await provenanceOf(caller, input.source, { programId, document: context.document }),
    );
    const written = await updateVersioned(db, t.evaluation, current.id, input.expectedVersion, {
      ...(input.grade !== undefined && {
        grade: input.grade,
        gradeAbsence:
          input.grade === null
            ? (input.gradeAbsence!.toLowerCase() as t.Evaluation['gradeAbsence'])
            : null,
        gradeProvenanceId: provenanceId,
      }),
      ...(reason !== undefined && {
        reason,
        reasonProvenanceId: reason === null ? null : provenanceId,
      }),
      ...(note !== undefined && { note }),
    });
    if (!written.ok)
      throw new Refused([
        stale(['input', 'expectedVersion'], input.expectedVersion, written.currentVersion),
      ]);
    const program = programKey(context.code, context.program.number);
    return {
      result: written.row,
      programId,
      changes: [
        {
          key: evaluationKey(program, current.fiscalYear, current.axis),
          entity: 'evaluation',
          program,
          action: 'changed',
          before: evaluationFact(written.before!),
          after: evaluationFact(written.row),
        },
      ],
    };
  });
}

export interface NarrativeUpdateInput {
  programId: string;
  kind: string;
  position?: number | null;
  kpiId?: string | null;
  expectedVersion: number;
  heading?: string | null;
  text?: string | null;
  source?: SourceInput | null;
}

export async function narrativeUpdate(
  db: Database,
  caller: Caller,
  input: NarrativeUpdateInput,
): Promise<EditResult<t.Narrative>> {
  const errors: UserError[] = [];
  const programId = idOf(['input', 'programId'], input.programId, errors);
  const kpiId = input.kpiId == null ? null : idOf(['input', 'kpiId'], input.kpiId, errors);
  const heading = textField('heading', input.heading, true, errors);
  const text = textField('text', input.text, true, errors);
  if (heading === undefined && text === undefined && errors.length === 0)
    errors.push(invalid(['input'], 'gives no field to change'));
  if (errors.length) return { userErrors: errors, result: null };
  return editInTransaction(db, caller, async (db) => {
    const context = await programContext(db, programId);
    const kind = input.kind.toLowerCase() as t.Narrative['kind'];
    const position = input.position ?? 1;
    const current = context && (await narrativeByKey(db, { programId, kind, position, kpiId }));
    if (!context || !current)
      throw new Refused([
        notFound(['input'], `the ${input.kind} text ${position} of program ${input.programId}`),
      ]);
    const provenanceId = await insertProvenance(
      db,
      await provenanceOf(caller, input.source, { programId, document: context.document }),
    );
    const written = await updateVersioned(db, t.narrative, current.id, input.expectedVersion, {
      ...(heading != null && { heading }),
      ...(text != null && { text, provenanceId }),
    });
    if (!written.ok)
      throw new Refused([
        stale(['input', 'expectedVersion'], input.expectedVersion, written.currentVersion),
      ]);
    const program = programKey(context.code, context.program.number);
    const kpiPosition = kpiId === null ? null : ((await kpiById(db, kpiId))?.position ?? null);
    return {
      result: written.row,
      programId,
      changes: [
        {
          key: narrativeKey(program, kind, position, kpiPosition),
          entity: 'narrative',
          program,
          action: 'changed',
          before: narrativeFact(written.before!),
          after: narrativeFact(written.row),
        },
      ],
    };
  });
}
