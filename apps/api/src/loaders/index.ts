import type { TreeProgram } from '@muni/domain';
import DataLoader from 'dataloader';
import type { Database } from '../db/client.js';
import { treeProgramsByMunicipality } from '../db/queries/policy-tree.js';
import { rollupCountsByMunicipality } from '../db/queries/programs.js';
import { rowsByKeys } from '../db/queries/rows-by-keys.js';
import {
  programRecordsAtOnce,
  RECENT_CHANGES,
  RECORD_PARTS,
  WHOLE_RECORD,
  type ProgramRecord,
  type RecordPart,
} from '../db/queries/program-record.js';
import { similarPrograms, type SimilarLists } from '../db/queries/similar-programs.js';
import { readScope } from '../db/read-scopes.js';
import * as t from '../db/schema/index.js';
import { readScoped } from '../db/statement-counter.js';
import { exportEach, type ExportedFile, type ExportFormat } from '../export/program-export.js';
import { memoizedOn } from '../analytics/memo.js';
import { groupBy } from '../group-by.js';
import { groupedLoader } from './grouped.js';
import { HeldLoader, whenHeld, type Held } from './held.js';
import { historyLoader } from './history.js';

/** When a loader sends the keys it has collected: see batchWhenWalked in graphql/time-slice.ts. */
export type BatchSchedule = (dispatch: () => void) => void;

/**
 * What a batch read depends on (db/read-scopes.ts), from its keys and the rows it found; null for
 * anything at all.
 */
type ScopesOf<Row> = (keys: readonly number[], rows: Row[]) => Iterable<string> | null;

/** The scopes of reads keyed by program: each program's own. */
const ofPrograms = (keys: readonly number[]) => keys.map(readScope.program);
/** The scopes of reads keyed by municipality: each one's own. */
const ofMunicipalities = (keys: readonly number[]) => keys.map(readScope.municipality);
/**
 * Rows of a program, found by their own ids: each belongs to its program's scope. An id that names no
 * row came from nowhere a scope covers, so the answer may depend on anything.
 */
const ofOwningPrograms = (
  keys: readonly number[],
  rows: { programId: number | null }[],
): string[] | null =>
  rows.length < keys.length
    ? null
    : // A row of no program (a dataset-wide provenance) moves everything (`*`) when it changes.
      rows.flatMap((row) => (row.programId === null ? [] : [readScope.program(row.programId)]));

/** A loader of one row per key (null where none), in key order as DataLoader requires. */
function oneByKey<Row>(
  batchScheduleFn: BatchSchedule,
  fetch: (keys: readonly number[]) => Promise<Row[]>,
  keyOf: (row: Row) => number,
  scopesOf: ScopesOf<Row>,
) {
  return new HeldLoader<Row>(
    async (keys) => {
      const rows = await readScoped(
        () => fetch(keys),
        (found) => scopesOf(keys, found),
      );
      const byKey = new Map(rows.map((row) => [keyOf(row), row]));
      return keys.map((key) => byKey.get(key) ?? null);
    },
    { batchScheduleFn },
  );
}

/** A loader of every row per key (an empty list where none), keeping the query's order within a key. */
function manyByKey<Row>(
  batchScheduleFn: BatchSchedule,
  fetch: (keys: readonly number[]) => Promise<Row[]>,
  keyOf: (row: Row) => number,
  scopesOf: ScopesOf<Row>,
) {
  return new DataLoader<number, Row[]>(
    async (keys) => {
      const rows = await readScoped(
        () => fetch(keys),
        (found) => scopesOf(keys, found),
      );
      const byKey = groupBy(rows, keyOf);
      return keys.map((key) => byKey.get(key) ?? []);
    },
    { batchScheduleFn },
  );
}

/**
 * The provenance a record's rows cite (every column named provenanceId or …ProvenanceId), in id
 * order: not the entries an edit replaced, which stay in the audit trail but are no source of anything.
 */
function citedProvenance(found: ProgramRecord): t.Provenance[] {
  const cited = new Set<number>();
  for (const rows of [
    found.kpis,
    found.values,
    found.costs,
    found.evaluations,
    found.activities,
    found.activityYears,
    found.narratives,
    found.planLevels,
    found.glosses,
    found.printedUnitCosts,
    found.fieldSources,
  ] as object[][])
    for (const row of rows)
      for (const [key, value] of Object.entries(row))
        if ((key === 'provenanceId' || key.endsWith('ProvenanceId')) && typeof value === 'number')
          cited.add(value);
  return found.provenance.filter((row) => cited.has(row.id));
}

/**
 * One set of loaders per request. `source` names the database to read from when a batch runs: the
 * replica for queries, the primary once the request turns out to be a mutation. `schedule` says when
 * a batch is sent. `recordParts` says which parts of programs' records the operation may read.
 */
export function createLoaders(
  source: () => Database,
  schedule: BatchSchedule,
  recordParts: () => ReadonlySet<RecordPart> = () => WHOLE_RECORD,
) {
  const kpi = oneByKey(
    schedule,
    (ids) => rowsByKeys(source(), t.kpi, t.kpi.id, ids),
    (row) => row.id,
    ofOwningPrograms,
  );
  const municipality = oneByKey(
    schedule,
    (ids) => rowsByKeys(source(), t.municipality, t.municipality.id, ids),
    (row) => row.id,
    ofMunicipalities,
  );
  const program = oneByKey(
    schedule,
    (ids) => rowsByKeys(source(), t.program, t.program.id, ids),
    (row) => row.id,
    ofPrograms,
  );
  const document = oneByKey(
    schedule,
    (ids) => rowsByKeys(source(), t.sourceDocument, t.sourceDocument.id, ids),
    (row) => row.id,
    (keys) => keys.map(readScope.document),
  );
  const provenance = oneByKey(
    schedule,
    (ids) => rowsByKeys(source(), t.provenance, t.provenance.id, ids),
    (row) => row.id,
    ofOwningPrograms,
  );
  const history = historyLoader(source, schedule);
  /** Keeps what a record brings at hand for whatever asks for it by id. */
  const remember = (found: ProgramRecord) => {
    program.prime(found.program.id, found.program);
    municipality.prime(found.municipality.id, found.municipality);
    for (const row of found.documents) document.prime(row.id, row);
    for (const row of found.provenance) provenance.prime(row.id, row);
    for (const row of found.kpis) kpi.prime(row.id, row);
    if (found.parts.has('history'))
      for (let limit = 1; limit < RECENT_CHANGES; limit += 1)
        history.prime(
          { owner: { programId: found.program.id }, beforeId: null, limit },
          found.recentChanges.slice(0, limit + 1),
        );
  };
  /** Each program's record as read, the whole one where it was read too. */
  const heldRecords = new Map<number, ProgramRecord>();
  const records = (parts: () => ReadonlySet<RecordPart>) =>
    new DataLoader<number, ProgramRecord | null>(
      async (ids) => {
        const found = await readScoped(
          () => programRecordsAtOnce(source(), ids, parts()),
          (rows) => [
            ...ofPrograms(ids),
            ...rows.flatMap((each) => [
              readScope.municipality(each.program.municipalityId),
              ...each.documents.map((row) => readScope.document(row.id)),
            ]),
          ],
        );
        const byId = new Map<number, ProgramRecord>();
        for (const each of found) {
          byId.set(each.program.id, each);
          const held = heldRecords.get(each.program.id);
          if (!held || each.parts.size > held.parts.size) heldRecords.set(each.program.id, each);
          remember(each);
        }
        return ids.map((id) => byId.get(id) ?? null);
      },
      { batchScheduleFn: schedule },
    );
  /**
   * Programs' records with the parts the operation may read, each batch in one statement: its
   * program, municipality, documents, provenance, KPIs and the first page of its history are then at
   * hand for whatever asks for them by id.
   */
  const record = records(recordParts);
  /** Whole records, for a part the operation was not expected to read: slower, never wrong. */
  const wholeRecord = records(() => WHOLE_RECORD);
  const holding = (found: ProgramRecord | null | undefined, needs: readonly RecordPart[]) =>
    found != null && needs.every((each) => found.parts.has(each));
  /** A part (or parts) of each program's record, by program id, worked out once per record. */
  const part = <T>(
    name: RecordPart | readonly RecordPart[],
    pick: (found: ProgramRecord) => T,
    none: T,
  ) => {
    const picked = memoizedOn(pick);
    const needs = typeof name === 'string' ? [name] : name;
    const read = async (programId: number): Promise<T> => {
      let found = await record.load(programId);
      if (found && !holding(found, needs)) found = await wholeRecord.load(programId);
      return found ? picked(found) : none;
    };
    return {
      get: (programId: number): Held<T> => {
        const held = heldRecords.get(programId);
        return holding(held, needs) ? picked(held!) : read(programId);
      },
    };
  };
  const valuesByKpi = part('kpis', (found) => groupBy(found.values, (row) => row.kpiId), new Map());
  const yearsByActivity = part(
    'activities',
    (found) => groupBy(found.activityYears, (row) => row.activityId),
    new Map(),
  );
  return {
    kpi,
    municipality,
    program,
    document,
    provenance,
    history,
    record,
    kpisByProgram: part('kpis', (found) => found.kpis, []),
    costsByProgram: part('costs', (found) => found.costs, []),
    evaluationsByProgram: part('evaluations', (found) => found.evaluations, []),
    activitiesByProgram: part('activities', (found) => found.activities, []),
    narrativesByProgram: part('narratives', (found) => found.narratives, []),
    planLevelsByProgram: part('planLevels', (found) => found.planLevels, []),
    printedUnitCostsByProgram: part('printedUnitCosts', (found) => found.printedUnitCosts, []),
    fieldSourcesByProgram: part('fieldSources', (found) => found.fieldSources, []),
    sourcesByProgram: part(RECORD_PARTS, citedProvenance, []),
    documentsByProgram: part('documents', (found) => found.documents, []),
    summaryByProgram: part('summary', (found) => found.summary, null),
    programSummary: oneByKey(
      schedule,
      (ids) => rowsByKeys(source(), t.programSummary, t.programSummary.programId, ids),
      (row) => row.programId,
      ofPrograms,
    ),
    /** Each program's glosses, by the Japanese text they translate. */
    glossesByProgram: part(
      'glosses',
      (found) => new Map(found.glosses.map((row) => [row.ja, row.en])),
      new Map<string, string>(),
    ),
    lastChangeByProgram: part(
      'history',
      (found) => (found.lastChangedAt ? { at: found.lastChangedAt } : null),
      null,
    ),
    /** A KPI's values, from its program's record. */
    kpiValuesOf: (owner: Pick<t.Kpi, 'id' | 'programId'>): Held<t.KpiValue[]> =>
      whenHeld(valuesByKpi.get(owner.programId), (byKpi) => byKpi.get(owner.id) ?? []),
    /** An activity's years, from its program's record. */
    activityYearsOf: (owner: Pick<t.Activity, 'id' | 'programId'>): Held<t.ActivityYear[]> =>
      whenHeld(
        yearsByActivity.get(owner.programId),
        (byActivity) => byActivity.get(owner.id) ?? [],
      ),
    municipalitiesByPrefecture: manyByKey(
      schedule,
      (codes) =>
        rowsByKeys(source(), t.municipality, t.municipality.prefectureCode, codes, [
          t.municipality.prefectureCode,
          t.municipality.code,
        ]),
      (row) => row.prefectureCode,
      () => [readScope.programs],
    ),
    programsByMunicipality: manyByKey(
      schedule,
      (ids) =>
        rowsByKeys(source(), t.program, t.program.municipalityId, ids, [
          t.program.municipalityId,
          t.program.number,
        ]),
      (row) => row.municipalityId,
      ofMunicipalities,
    ),
    rollupByMunicipality: oneByKey(
      schedule,
      (ids) => rollupCountsByMunicipality(source(), ids),
      (row) => row.municipalityId,
      ofMunicipalities,
    ),
    /** A municipality's programs as its policy tree and funding sums need them. */
    treeProgramsByMunicipality: new DataLoader<number, TreeProgram[]>(
      async (ids) => {
        const byMunicipality = await readScoped(
          () => treeProgramsByMunicipality(source(), ids),
          () => ofMunicipalities(ids),
        );
        return ids.map((id) => byMunicipality.get(id) ?? []);
      },
      { batchScheduleFn: schedule },
    ),
    /** Each program's file in a format; the programs of a list asking for one are read together. */
    exportFile: groupedLoader<{ programId: number; format: ExportFormat }, ExportedFile>({
      schedule,
      keyOf: ({ programId, format }) => `${format}/${programId}`,
      groupOf: ({ format }) => format,
      load: (group) => {
        const ids = group.map((request) => request.programId);
        // A program's file also carries its municipality and documents.
        return readScoped(
          () => exportEach(source(), ids, group[0]!.format),
          () => [...ofPrograms(ids), readScope.programs, readScope.documents],
        );
      },
    }),
    /** Similar programs, both scopes at once; the programs of a page asking as many are found together. */
    similarPrograms: groupedLoader<{ programId: number; first: number }, SimilarLists>({
      schedule,
      keyOf: ({ programId, first }) => `${first}/${programId}`,
      groupOf: ({ first }) => String(first),
      load: async (group) => {
        const ids = group.map((request) => request.programId);
        // Found by every program's terms; each shows its own name and its municipality's.
        const found = await readScoped(
          () => similarPrograms(source(), ids, group[0]!.first),
          (lists) => [
            readScope.terms,
            ...[...lists.values()].flatMap(({ same, other }) =>
              [...same, ...other].flatMap((row) => [
                readScope.program(row.program.id),
                readScope.municipality(row.municipality.id),
              ]),
            ),
          ],
        );
        for (const { same, other } of found.values()) {
          for (const row of [...same, ...other]) {
            program.prime(row.program.id, row.program);
            municipality.prime(row.municipality.id, row.municipality);
          }
        }
        return ids.map((id) => found.get(id) ?? { same: [], other: [] });
      },
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
