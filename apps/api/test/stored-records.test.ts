import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshStaleRecords } from '../src/analytics/program-summary.js';
import { loadDataset } from '../src/dataset/load.js';
import {
  programRecordsAtOnce,
  programsWithStaleRecords,
  storeProgramRecords,
  type ProgramRecord,
} from '../src/db/queries/program-record.js';
import type { Database } from '../src/db/client.js';
import { generateNational } from '../src/national/generate.js';
import { backends, freshDatabase } from './support/databases.js';
import { shippedSources } from './support/dataset.js';
import { dataOf, graphqlClient } from './support/graphql.js';

/** Records in program order: a read of several gives them in no order of its own. */
const byProgram = (records: ProgramRecord[]) =>
  [...records].sort((a, b) => a.program.id - b.program.id);

describe.each(backends())("programs' stored records on %s", (backend) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let ids: number[];
  beforeAll(async () => {
    database = await freshDatabase(backend);
    await loadDataset(database.db, await shippedSources());
    await generateNational(database.db, {
      municipalities: 4,
      programsPerMunicipality: 3,
      fiscalYears: 4,
      firstFiscalYear: 2020,
      seed: 3,
    });
    const { rows } = (await database.db.execute(
      sql`select id from program order by id`,
    )) as unknown as { rows: { id: number }[] };
    ids = rows.map((row) => Number(row.id));
  });
  afterAll(() => database.drop());

  it('are kept for every program a load writes, current and equal to what the tables say', async () => {
    expect(ids.length).toBe(14);
    expect(await programsWithStaleRecords(database.db)).toEqual([]);
    const stored = byProgram(await programRecordsAtOnce(database.db, ids));
    await database.db.execute(sql`delete from program_record`);
    expect(await programsWithStaleRecords(database.db)).toEqual(ids);
    const fromTables = byProgram(await programRecordsAtOnce(database.db, ids));
    expect(stored).toEqual(fromTables);
    expect(await refreshStaleRecords(database.db)).toBe(ids.length);
    expect(await programsWithStaleRecords(database.db)).toEqual([]);
    expect(byProgram(await programRecordsAtOnce(database.db, ids))).toEqual(fromTables);
  });

  it('are never read once a write they did not follow has changed the program', async () => {
    const [one, other] = ids.slice(-2) as [number, number];
    const [before] = await programRecordsAtOnce(database.db, [one]);
    const value = before!.values.find((row) => row.actual !== null)!;
    // Written as no edit of this API writes: without shaping the record again.
    await database.db.execute(
      sql`update kpi_value set actual = ${value.actual! + 1} where id = ${value.id}`,
    );
    const [after] = await programRecordsAtOnce(database.db, [one]);
    expect(after!.values.find((row) => row.id === value.id)!.actual).toBe(value.actual! + 1);
    // Only that program's copy is out of date: the others are still read as kept.
    expect(await programsWithStaleRecords(database.db)).toEqual([one]);
    const [untouched] = await programRecordsAtOnce(database.db, [other]);
    expect(untouched!.program.id).toBe(other);
    expect(await refreshStaleRecords(database.db)).toBe(1);
    expect(await programsWithStaleRecords(database.db)).toEqual([]);
    expect(await programRecordsAtOnce(database.db, [one])).toEqual([after]);
  });

  it('are shaped again by an edit, in its transaction', async () => {
    const [first] = await programRecordsAtOnce(database.db, [ids[0]!]);
    const kpi = first!.kpis[0]!;
    const editor = graphqlClient(database.db, { caller: { name: 'planner', role: 'editor' } });
    const answer = dataOf(
      await editor<any>(
        `mutation Edit($input: KpiValueUpsertInput!) {
          kpiValueUpsert(input: $input) { userErrors { message } }
        }`,
        { input: { kpiId: String(kpi.id), fiscalYear: 2031, actual: { value: 7 } } },
      ),
    );
    expect(answer.kpiValueUpsert.userErrors).toEqual([]);
    expect(await programsWithStaleRecords(database.db)).toEqual([]);
    const [edited] = await programRecordsAtOnce(database.db, [first!.program.id]);
    expect(
      edited!.values.find((row) => row.kpiId === kpi.id && row.fiscalYear === 2031)?.actual,
    ).toBe(7);
  });

  it('are forgotten by a write after them in the same transaction, and not read by another layout', async () => {
    const [one, other] = ids.slice(0, 2) as [number, number];
    const [before] = await programRecordsAtOnce(database.db, [one]);
    const value = before!.values.find((row) => row.actual !== null)!;
    // The revision moves once per transaction: only deleting the copy can tell this write from the
    // shaping before it.
    const setActual = (tx: { execute: typeof database.db.execute }, actual: number) =>
      tx.execute(sql`update kpi_value set actual = ${actual} where id = ${value.id}`);
    await database.db.transaction(async (tx) => {
      await setActual(tx, value.actual! + 2);
      await storeProgramRecords(tx as unknown as Database, [one]);
      await setActual(tx, value.actual! + 1);
    });
    expect(await programsWithStaleRecords(database.db)).toEqual([one]);
    const [after] = await programRecordsAtOnce(database.db, [one]);
    expect(after!.values.find((row) => row.id === value.id)!.actual).toBe(value.actual! + 1);
    // A copy another version of the API shaped (another column order) is read from the tables.
    await database.db.execute(
      sql`update program_record set layout = 'another', figures = '{"kpis": [[1]]}' where program_id = ${other}`,
    );
    expect(await programsWithStaleRecords(database.db)).toEqual([one, other]);
    const [read] = await programRecordsAtOnce(database.db, [other]);
    expect(read!.kpis.length).toBeGreaterThan(0);
    expect(read!.kpis[0]!.programId).toBe(other);
    expect(await refreshStaleRecords(database.db)).toBe(2);
    expect(await programsWithStaleRecords(database.db)).toEqual([]);
  });
});
