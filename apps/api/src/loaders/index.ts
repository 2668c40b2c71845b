import type { TreeProgram } from '@muni/domain';
import DataLoader from 'dataloader';
import type { Database } from '../db/client.js';
import { lastChanges } from '../db/queries/audit.js';
import { treeProgramsByMunicipality } from '../db/queries/policy-tree.js';
import { rollupCountsByMunicipality } from '../db/queries/programs.js';
import { rowsByKeys } from '../db/queries/rows-by-keys.js';
import { similarPrograms, type SimilarLists } from '../db/queries/similar-programs.js';
import { readScope } from '../db/read-scopes.js';
import * as t from '../db/schema/index.js';
import { readScoped } from '../db/statement-counter.js';
import { exportEach, type ExportedFile, type ExportFormat } from '../export/program-export.js';
import { groupedLoader } from './grouped.js';
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
  return new DataLoader<number, Row | null>(
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
      const byKey = new Map<number, Row[]>();
      const rows = await readScoped(
        () => fetch(keys),
        (found) => scopesOf(keys, found),
      );
      for (const row of rows) {
        const list = byKey.get(keyOf(row));
        if (list) list.push(row);
        else byKey.set(keyOf(row), [row]);
      }
      return keys.map((key) => byKey.get(key) ?? []);
    },
    { batchScheduleFn },
  );
}

/**
 * One set of loaders per request. `source` names the database to read from when a batch runs: the
 * replica for queries, the primary once the request turns out to be a mutation. `schedule` says when
 * a batch is sent.
 */
export function createLoaders(source: () => Database, schedule: BatchSchedule) {
  const kpi = oneByKey(
    schedule,
    (ids) => rowsByKeys(source(), t.kpi, t.kpi.id, ids),
    (row) => row.id,
    ofOwningPrograms,
  );
  return {
    kpi,
    municipality: oneByKey(
      schedule,
      (ids) => rowsByKeys(source(), t.municipality, t.municipality.id, ids),
      (row) => row.id,
      ofMunicipalities,
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
    program: oneByKey(
      schedule,
      (ids) => rowsByKeys(source(), t.program, t.program.id, ids),
      (row) => row.id,
      ofPrograms,
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
    document: oneByKey(
      schedule,
      (ids) => rowsByKeys(source(), t.sourceDocument, t.sourceDocument.id, ids),
      (row) => row.id,
      // A source document that changes moves everything (`*`), which every answer depends on.
      () => [],
    ),
    provenance: oneByKey(
      schedule,
      (ids) => rowsByKeys(source(), t.provenance, t.provenance.id, ids),
      (row) => row.id,
      ofOwningPrograms,
    ),
    kpisByProgram: manyByKey(
      schedule,
      async (ids) => {
        const rows = await rowsByKeys(source(), t.kpi, t.kpi.programId, ids, [
          t.kpi.programId,
          t.kpi.position,
        ]);
        // A value asks for its KPI by id; the KPIs a program brought are then already at hand.
        for (const row of rows) kpi.prime(row.id, row);
        return rows;
      },
      (row) => row.programId,
      ofPrograms,
    ),
    programSummary: oneByKey(
      schedule,
      (ids) => rowsByKeys(source(), t.programSummary, t.programSummary.programId, ids),
      (row) => row.programId,
      ofPrograms,
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
    kpiValuesByKpi: manyByKey(
      schedule,
      async (ids) => {
        // Their KPIs, read with them (already at hand when read through their program), name the
        // programs whose scopes the values belong to.
        const [rows] = await Promise.all([
          rowsByKeys(source(), t.kpiValue, t.kpiValue.kpiId, ids, [
            t.kpiValue.kpiId,
            t.kpiValue.fiscalYear,
          ]),
          kpi.loadMany(ids),
        ]);
        return rows;
      },
      (row) => row.kpiId,
      () => [],
    ),
    costsByProgram: manyByKey(
      schedule,
      (ids) =>
        rowsByKeys(source(), t.costEntry, t.costEntry.programId, ids, [
          t.costEntry.programId,
          t.costEntry.fiscalYearFrom,
          t.costEntry.fiscalYearTo,
          t.costEntry.category,
          t.costEntry.staffType,
        ]),
      (row) => row.programId,
      ofPrograms,
    ),
    evaluationsByProgram: manyByKey(
      schedule,
      (ids) =>
        rowsByKeys(source(), t.evaluation, t.evaluation.programId, ids, [
          t.evaluation.programId,
          t.evaluation.fiscalYear,
          t.evaluation.axis,
        ]),
      (row) => row.programId,
      ofPrograms,
    ),
    activitiesByProgram: manyByKey(
      schedule,
      (ids) =>
        rowsByKeys(source(), t.activity, t.activity.programId, ids, [
          t.activity.programId,
          t.activity.position,
        ]),
      (row) => row.programId,
      ofPrograms,
    ),
    activityYearsByActivity: manyByKey(
      schedule,
      (ids) =>
        rowsByKeys(source(), t.activityYear, t.activityYear.activityId, ids, [
          t.activityYear.activityId,
          t.activityYear.fiscalYear,
        ]),
      (row) => row.activityId,
      // An activity is reached only through its program, whose scope its years move.
      () => [],
    ),
    narrativesByProgram: manyByKey(
      schedule,
      (ids) =>
        rowsByKeys(source(), t.narrative, t.narrative.programId, ids, [
          t.narrative.programId,
          t.narrative.kind,
          t.narrative.kpiId,
          t.narrative.position,
        ]),
      (row) => row.programId,
      ofPrograms,
    ),
    planLevelsByProgram: manyByKey(
      schedule,
      (ids) =>
        rowsByKeys(source(), t.planLevel, t.planLevel.programId, ids, [
          t.planLevel.programId,
          t.planLevel.depth,
        ]),
      (row) => row.programId,
      ofPrograms,
    ),
    /** Each program's glosses, by the Japanese text they translate. */
    glossesByProgram: new DataLoader<number, Map<string, string>>(
      async (ids) => {
        const rows = await readScoped(
          () => rowsByKeys(source(), t.gloss, t.gloss.programId, ids),
          () => ofPrograms(ids),
        );
        const byProgram = new Map<number, Map<string, string>>();
        for (const row of rows) {
          const glosses = byProgram.get(row.programId) ?? new Map<string, string>();
          glosses.set(row.ja, row.en);
          byProgram.set(row.programId, glosses);
        }
        return ids.map((id) => byProgram.get(id) ?? new Map<string, string>());
      },
      { batchScheduleFn: schedule },
    ),
    printedUnitCostsByProgram: manyByKey(
      schedule,
      (ids) =>
        rowsByKeys(source(), t.printedUnitCost, t.printedUnitCost.programId, ids, [
          t.printedUnitCost.programId,
          t.printedUnitCost.fiscalYear,
        ]),
      (row) => row.programId,
      ofPrograms,
    ),
    history: historyLoader(source, schedule),
    /** Each program's file in a format; the programs of a list asking for one are read together. */
    exportFile: groupedLoader<{ programId: number; format: ExportFormat }, ExportedFile>({
      schedule,
      keyOf: ({ programId, format }) => `${format}/${programId}`,
      groupOf: ({ format }) => format,
      load: (group) => {
        const ids = group.map((request) => request.programId);
        // A program's file also carries its municipality and documents, which move `programs` and `*`.
        return readScoped(
          () => exportEach(source(), ids, group[0]!.format),
          () => [...ofPrograms(ids), readScope.programs],
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
        // Found by every program's terms; the programs found are then read through their own scopes.
        const found = await readScoped(
          () => similarPrograms(source(), ids, group[0]!.first),
          () => [readScope.terms],
        );
        return ids.map((id) => found.get(id) ?? { same: [], other: [] });
      },
    }),
    lastChangeByProgram: oneByKey(
      schedule,
      (ids) => lastChanges(source(), ids),
      (row) => row.programId,
      ofPrograms,
    ),
    fieldSourcesByProgram: manyByKey(
      schedule,
      (ids) =>
        rowsByKeys(source(), t.programFieldSource, t.programFieldSource.programId, ids, [
          t.programFieldSource.programId,
          t.programFieldSource.field,
        ]),
      (row) => row.programId,
      ofPrograms,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
