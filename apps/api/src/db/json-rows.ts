import { getTableColumns, type Column } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';

/** Each table's columns with the names the database gives them, worked out once. */
const columnsByTable = new WeakMap<PgTable, [key: string, name: string, column: Column][]>();

function columnsOf(table: PgTable) {
  let columns = columnsByTable.get(table);
  if (!columns) {
    columns = (Object.entries(getTableColumns(table)) as [string, Column][]).map(
      // Named as the database names it: the client's snake_case, unless the schema named it itself.
      ([key, column]) => [key, column.keyAsName ? toSnakeCase(column.name) : column.name, column],
    );
    columnsByTable.set(table, columns);
  }
  return columns;
}

/** Each column's key in drizzle and its name in the database. */
export const columnNamesOf = (table: PgTable): [key: string, name: string][] =>
  columnsOf(table).map(([key, name]) => [key, name]);

/** A row as `to_json` gives it (column names, JSON values), as drizzle gives it (its keys and types). */
export function rowFromJson<T extends PgTable>(
  table: T,
  json: Record<string, unknown>,
): T['$inferSelect'] {
  const row: Record<string, unknown> = {};
  for (const [key, name, column] of columnsOf(table)) {
    const value = json[name];
    // A JSON column's value is already what it holds; mapping it again would parse a string twice.
    row[key] =
      value === null || value === undefined
        ? null
        : column.columnType === 'PgJsonb' || column.columnType === 'PgJson'
          ? value
          : column.mapFromDriverValue(value);
  }
  return row as T['$inferSelect'];
}

/** Rows as `json_agg` gives them, as drizzle gives them. */
export const rowsFromJson = <T extends PgTable>(table: T, json: unknown): T['$inferSelect'][] =>
  ((json as Record<string, unknown>[] | null) ?? []).map((row) => rowFromJson(table, row));
