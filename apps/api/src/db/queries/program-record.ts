import { getTableName, sql, type SQL } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { PgDialect, type PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../client.js';
import { rowFromJson, rowsFromValues, rowValuesSql } from '../json-rows.js';
import { listItems, listParameter, preparedOn } from '../prepared.js';
import * as t from '../schema/index.js';

/**
 * Changes of a program read with its record, newest first: enough for any first page of its history
 * (at most 20 entries, and one more to tell whether more follow).
 */
export const RECENT_CHANGES = 21;

/**
 * The parts of a program's record a read may bring beside the program and its municipality. A request
 * reads those its operation may use (graphql/record-parts.ts), so a question about KPIs does not make
 * PostgreSQL shape the narratives and history too.
 */
export const RECORD_PARTS = [
  'documents',
  'kpis',
  'costs',
  'evaluations',
  'activities',
  'narratives',
  'planLevels',
  'glosses',
  'printedUnitCosts',
  'fieldSources',
  'provenance',
  'summary',
  'history',
] as const;
export type RecordPart = (typeof RECORD_PARTS)[number];
export const WHOLE_RECORD: ReadonlySet<RecordPart> = new Set(RECORD_PARTS);

/**
 * One program's record as the API reads it: every row below it, in the order pages show them. A part
 * the read did not bring (not in `parts`) is empty here, not absent in the database.
 */
export interface ProgramRecord {
  parts: ReadonlySet<RecordPart>;
  program: t.Program;
  municipality: t.Municipality;
  /** Its own document and every document its provenance cites. */
  documents: t.SourceDocument[];
  kpis: t.Kpi[];
  values: t.KpiValue[];
  costs: t.CostEntry[];
  evaluations: t.Evaluation[];
  activities: t.Activity[];
  activityYears: t.ActivityYear[];
  narratives: t.Narrative[];
  planLevels: t.PlanLevel[];
  glosses: t.Gloss[];
  printedUnitCosts: t.PrintedUnitCost[];
  fieldSources: (typeof t.programFieldSource.$inferSelect)[];
  provenance: t.Provenance[];
  /** Its derived figures, without the search text lists search by. */
  summary: Omit<t.ProgramSummary, 'searchText' | 'searchBigrams'> | null;
  recentChanges: t.AuditEvent[];
  lastChangedAt: Date | null;
}

/** Every row of `table` below the program `p`, as one JSON array in `order`. */
function rowsOf(table: PgTable, where: SQL, order: string): SQL {
  const name = sql.identifier(getTableName(table));
  return sql`(select coalesce(json_agg(${rowValuesSql(table, 'r')} order by ${sql.raw(order)}), '[]') from ${name} r where ${where})`;
}

/** The JSON of each part, as PostgreSQL shapes it for the program `p`. */
function partsSql(): Record<RecordPart, SQL> {
  const own = sql`r.program_id = p.id`;
  return {
    documents: sql`'documents', (select coalesce(json_agg(${rowValuesSql(t.sourceDocument, 'd')} order by d.id), '[]') from source_document d where d.id in (
            select p.document_id union select v.document_id from provenance v where v.program_id = p.id))`,
    kpis: sql`'kpis', ${rowsOf(t.kpi, own, 'r.position')},
          'values', ${rowsOf(t.kpiValue, sql`r.kpi_id in (select k.id from kpi k where k.program_id = p.id)`, 'r.kpi_id, r.fiscal_year')}`,
    costs: sql`'costs', ${rowsOf(t.costEntry, own, 'r.fiscal_year_from, r.fiscal_year_to, r.category, r.staff_type')}`,
    evaluations: sql`'evaluations', ${rowsOf(t.evaluation, own, 'r.fiscal_year, r.axis')}`,
    activities: sql`'activities', ${rowsOf(t.activity, own, 'r.position')},
          'activityYears', ${rowsOf(t.activityYear, sql`r.activity_id in (select a.id from activity a where a.program_id = p.id)`, 'r.activity_id, r.fiscal_year')}`,
    narratives: sql`'narratives', ${rowsOf(t.narrative, own, 'r.kind, r.kpi_id, r.position')}`,
    planLevels: sql`'planLevels', ${rowsOf(t.planLevel, own, 'r.depth')}`,
    glosses: sql`'glosses', ${rowsOf(t.gloss, own, 'r.ja')}`,
    printedUnitCosts: sql`'printedUnitCosts', ${rowsOf(t.printedUnitCost, own, 'r.fiscal_year')}`,
    fieldSources: sql`'fieldSources', ${rowsOf(t.programFieldSource, own, 'r.field')}`,
    provenance: sql`'provenance', ${rowsOf(t.provenance, own, 'r.id')}`,
    summary: sql`'summary', (select to_jsonb(s) - 'search_text' - 'search_bigrams' from program_summary s
            where s.program_id = p.id)`,
    history: sql`'recentChanges', (select coalesce(json_agg(${rowValuesSql(t.auditEvent, 'a')} order by a.id desc), '[]') from (
            select * from audit_event e where e.program_id = p.id order by e.id desc
            limit ${sql.raw(String(RECENT_CHANGES))}) a),
          'lastChangedAt', (select max(e.at) from audit_event e where e.program_id = p.id)`,
  };
}

/**
 * The sets of parts a read brings: the smallest that holds what the operation may use. Each is a
 * prepared statement of its own on every connection (two: for one program and for several), so they
 * are few and fixed: a client choosing its fields cannot make PostgreSQL keep ever more plans, nor crowd
 * out the sets the dashboard uses.
 */
const SHAPES: readonly ReadonlySet<RecordPart>[] = [
  // A program's figures: KPIs with their values, and costs.
  new Set<RecordPart>(['kpis', 'costs']),
  // And where they were read, in either language, and the years they cover.
  new Set<RecordPart>(['kpis', 'costs', 'documents', 'provenance', 'glosses', 'summary']),
  WHOLE_RECORD,
];

/**
 * The parts kept shaped in `program_record`, by column: each shape reads whole columns. The documents
 * (shared by programs), the summary and the history are read as they are.
 */
const STORED = {
  figures: ['kpis', 'costs'],
  sourced: ['provenance', 'glosses'],
  rest: [
    'evaluations',
    'activities',
    'narratives',
    'planLevels',
    'printedUnitCosts',
    'fieldSources',
  ],
} as const satisfies Record<string, readonly RecordPart[]>;
type StoredColumn = keyof typeof STORED;
const STORED_COLUMNS = Object.keys(STORED) as StoredColumn[];
const LIVE_PARTS = RECORD_PARTS.filter((part) =>
  STORED_COLUMNS.every((column) => !(STORED[column] as readonly RecordPart[]).includes(part)),
);

/** A stored column's JSON as the program's rows are now. */
function shapedNow(column: StoredColumn): SQL {
  const sqlOf = partsSql();
  return sql`json_build_object(${sql.join(
    STORED[column].map((part) => sqlOf[part]),
    sql`, `,
  )})`;
}

/**
 * The latest revision at which any row of the program changed. Not everything's (`*`): a dataset-wide
 * source or a new municipality is no row of the program, and would make every copy in the country
 * stale; a truncation, the one change that names no rows, forgets the copies itself (migration 0020).
 */
const latestChangeOf = (programId: SQL) =>
  sql`coalesce((select v.revision from data_scope_revision v where v.scope = 'p:' || ${programId}), 0)`;

/**
 * The statement that shapes the stored columns, as a fingerprint: a copy is read only by the version
 * of the API that shaped it, since its rows are arrays read back by column position.
 */
const LAYOUT = createHash('sha1')
  .update(STORED_COLUMNS.map((column) => new PgDialect().sqlToQuery(shapedNow(column)).sql).join())
  .digest('hex')
  .slice(0, 16);

/**
 * Whether the program `p`'s stored copy `s` is this version's and no row of it changed since. A write
 * to the program after it was shaped also deletes it (migration 0020), in the write's own transaction,
 * where the revision has not moved again.
 */
const isCurrent = sql`s.layout = ${sql.raw(`'${LAYOUT}'`)} and s.revision >= ${latestChangeOf(sql`p.id`)}`;

/** Programs shaped by one statement: each shaping reads every table a program has rows in, so a
 * statement is kept short enough for the statement timeout whatever the number of programs. */
const SHAPED_AT_ONCE = 100;

/**
 * Shapes and keeps the stored parts of these programs' records, at the data revision their transaction
 * has reached: called after a write's last statement about them (refreshProgramSummaries), so the copy
 * is current until the next write to them.
 */
export async function storeProgramRecords(
  db: Database,
  programIds: readonly number[],
): Promise<void> {
  for (let start = 0; start < programIds.length; start += SHAPED_AT_ONCE)
    await db.execute(sql`
      insert into program_record (program_id, revision, layout, ${sql.join(
        STORED_COLUMNS.map((column) => sql.identifier(column)),
        sql`, `,
      )})
      select p.id, (select revision from data_revision), ${LAYOUT}, ${sql.join(
        STORED_COLUMNS.map(shapedNow),
        sql`, `,
      )}
      from program p
      where p.id = any(${sql.param(programIds.slice(start, start + SHAPED_AT_ONCE))}::int[])
      on conflict (program_id) do update set revision = excluded.revision,
        layout = excluded.layout, ${sql.join(
          STORED_COLUMNS.map(
            (column) => sql`${sql.identifier(column)} = excluded.${sql.identifier(column)}`,
          ),
          sql`, `,
        )}`);
}

/** Programs whose stored parts are missing, older than a change to them or shaped by another version
 * of the API, by id. */
export async function programsWithStaleRecords(db: Database): Promise<number[]> {
  const rows = (await db.execute(sql`
    select p.id from program p left join program_record s on s.program_id = p.id
    where s.program_id is null or not (${isCurrent})
    order by p.id`)) as unknown as { rows: { id: number }[] };
  return rows.rows.map((row) => Number(row.id));
}

// A shape reads whole stored columns: one holding part of a column would be given the rest as well,
// or, reading the column by another of its parts, none of it.
for (const shape of SHAPES)
  for (const column of STORED_COLUMNS)
    if (new Set(STORED[column].map((part) => shape.has(part))).size > 1)
      throw new Error(`a record's shape holds part of the stored column ${column}`);

const shapeHolding = (parts: ReadonlySet<RecordPart>) =>
  SHAPES.find((shape) => [...parts].every((part) => shape.has(part)))!;

/**
 * The records of these programs with the parts asked for, in one statement whatever their number:
 * PostgreSQL shapes each into JSON, so a program page costs one round trip to the database, not one
 * per table.
 */
export async function programRecordsAtOnce(
  db: Database,
  programIds: readonly number[],
  parts: ReadonlySet<RecordPart> = WHOLE_RECORD,
): Promise<ProgramRecord[]> {
  if (programIds.length === 0) return [];
  const held = shapeHolding(parts);
  const asked = LIVE_PARTS.filter((part) => held.has(part));
  const columns = STORED_COLUMNS.filter((column) => held.has(STORED[column][0]));
  // One program (a page) is named by a plain id, not a list of one: PostgreSQL plans it for one row,
  // where a list is a set of a size no plan sees (listItems), so that its one plan serves any list.
  const one = programIds.length === 1;
  const name = `program_record${one ? '' : 's'}_${SHAPES.indexOf(held)}`;
  const read = preparedOn(db, name, (on) => {
    const sqlOf = partsSql();
    // A stored column is read as it was kept while no change to the program is newer, else shaped
    // from the tables as they are now.
    const stored = Object.fromEntries(
      columns.map((column) => [
        column,
        sql<Record<string, unknown>>`case when ${isCurrent}
          then s.${sql.identifier(column)} else ${shapedNow(column)} end`,
      ]),
    );
    return on
      .select({
        record: sql<Record<string, unknown>>`json_build_object(
          'program', to_json(p),
          'municipality', (select to_json(m) from municipality m where m.id = p.municipality_id)
          ${sql.join(
            asked.map((part) => sql`, ${sqlOf[part]}`),
            sql``,
          )}
        )`,
        ...stored,
      })
      .from(sql`program p left join program_record s on s.program_id = p.id`)
      .where(one ? sql`p.id = ${sql.placeholder('id')}` : sql`p.id in ${listItems('ids', 'int')}`)
      .prepare(name);
  });
  const rows = (await read.execute(
    one ? { id: programIds[0] } : { ids: listParameter(programIds) },
  )) as {
    record: Record<string, unknown>;
  }[];
  return rows.map((row) => {
    const record: Record<string, unknown> = row.record;
    for (const column of columns) Object.assign(record, (row as Record<string, unknown>)[column]);
    return recordFromJson(held, record);
  });
}

/** A record as PostgreSQL shaped it, as the API reads it. */
function recordFromJson(
  held: ReadonlySet<RecordPart>,
  record: Record<string, unknown>,
): ProgramRecord {
  return {
    parts: held,
    program: rowFromJson(t.program, record.program as Record<string, unknown>),
    municipality: rowFromJson(t.municipality, record.municipality as Record<string, unknown>),
    documents: rowsFromValues(t.sourceDocument, record.documents ?? []),
    kpis: rowsFromValues(t.kpi, record.kpis ?? []),
    values: rowsFromValues(t.kpiValue, record.values ?? []),
    costs: rowsFromValues(t.costEntry, record.costs ?? []),
    evaluations: rowsFromValues(t.evaluation, record.evaluations ?? []),
    activities: rowsFromValues(t.activity, record.activities ?? []),
    activityYears: rowsFromValues(t.activityYear, record.activityYears ?? []),
    narratives: rowsFromValues(t.narrative, record.narratives ?? []),
    planLevels: rowsFromValues(t.planLevel, record.planLevels ?? []),
    glosses: rowsFromValues(t.gloss, record.glosses ?? []),
    printedUnitCosts: rowsFromValues(t.printedUnitCost, record.printedUnitCosts ?? []),
    fieldSources: rowsFromValues(t.programFieldSource, record.fieldSources ?? []),
    provenance: rowsFromValues(t.provenance, record.provenance ?? []),
    summary: record.summary
      ? rowFromJson(t.programSummary, record.summary as Record<string, unknown>)
      : null,
    recentChanges: rowsFromValues(t.auditEvent, record.recentChanges ?? []),
    lastChangedAt: record.lastChangedAt ? new Date(record.lastChangedAt as string) : null,
  };
}
