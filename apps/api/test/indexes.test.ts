import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDataset } from '../src/dataset/load.js';
import { freshDatabase } from './support/databases.js';
import { shippedSources } from './support/dataset.js';

/**
 * The reads a request makes, as the loaders and lists write them. With two programs PostgreSQL would
 * rightly scan; with sequential scans priced out, a plan without an index means no index can serve it.
 */
const READS: Record<string, string> = {
  'KPIs of programs': 'select * from kpi where program_id in (1, 2) order by program_id, position',
  'values of KPIs': 'select * from kpi_value where kpi_id in (1, 2) order by kpi_id, fiscal_year',
  'costs of programs': 'select * from cost_entry where program_id in (1, 2)',
  'evaluations of programs': 'select * from evaluation where program_id in (1, 2)',
  'narratives of programs': 'select * from narrative where program_id in (1, 2)',
  'activities of programs': 'select * from activity where program_id in (1, 2)',
  'years of activities': 'select * from activity_year where activity_id in (1, 2)',
  'provenance by id': 'select * from provenance where id in (1, 2, 3)',
  'programs of municipalities': 'select * from program where municipality_id in (1, 2)',
  'program by number': "select * from program where municipality_id = 1 and number = '25-102'",
  'municipality by code': "select * from municipality where code = '14214'",
};

/** The orders a page of programs is read in (findPrograms): each read from an index, never sorted. */
const PAGES = [
  'latest_cost_yen desc nulls last',
  'latest_cost_yen asc nulls last',
  'achievement_mean desc nulls last',
  'achievement_mean asc nulls last',
  'cost_per_outcome asc nulls last',
  'cost_per_outcome desc nulls last',
  'sort_code asc nulls last',
  'sort_code desc nulls last',
];

describe.runIf(inject('pgUrl'))('indexes on PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    database = await freshDatabase('postgres');
    await loadDataset(database.db, await shippedSources());
    await database.db.execute(sql`analyze`);
  });
  afterAll(() => database.drop());

  it.each(Object.entries(READS))('serve %s', async (_name, query) => {
    const plan = (await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return tx.execute(sql.raw(`explain ${query}`));
    })) as unknown as { rows: { 'QUERY PLAN': string }[] };
    const text = plan.rows.map((row) => row['QUERY PLAN']).join('\n');
    expect(text, text).toMatch(/Index (Only )?Scan|Bitmap Index Scan/);
  });

  it.each(PAGES)('read a page of programs by %s in order, sorting nothing', async (order) => {
    const plan = (await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      return tx.execute(
        sql.raw(`explain select * from program_summary order by ${order}, program_id limit 51`),
      );
    })) as unknown as { rows: { 'QUERY PLAN': string }[] };
    const text = plan.rows.map((row) => row['QUERY PLAN']).join('\n');
    expect(text, text).toMatch(/Index Scan/);
    expect(text, text).not.toMatch(/Sort/);
  });
});
