import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';

/** Row counts of every table of the data model: what "changes nothing" is measured by. */
export async function tableCounts(db: Database): Promise<Record<string, number>> {
  const result = (await db.execute(sql`
    select c.relname as table_name,
      (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %I', c.relname), false, true, '')))[1]::text::int as rows
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' order by c.relname`)) as unknown as {
    rows: { table_name: string; rows: number }[];
  };
  return Object.fromEntries(result.rows.map((row) => [row.table_name, row.rows]));
}
