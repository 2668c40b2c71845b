import { getTableColumns, sql, type Column, type SQL } from 'drizzle-orm';
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

/** A column's JSON value as drizzle gives it. */
function fromJson(column: Column, value: unknown): unknown {
  // A JSON column's value is already what it holds; mapping it again would parse a string twice.
  return value === null || value === undefined
    ? null
    : column.columnType === 'PgJsonb' || column.columnType === 'PgJson'
      ? value
      : column.mapFromDriverValue(value);
}

/** A row as `to_json` gives it (column names, JSON values), as drizzle gives it (its keys and types). */
export function rowFromJson<T extends PgTable>(
  table: T,
  json: Record<string, unknown>,
): T['$inferSelect'] {
  const row: Record<string, unknown> = {};
  for (const [key, name, column] of columnsOf(table)) row[key] = fromJson(column, json[name]);
  return row as T['$inferSelect'];
}

/**
 * A row of `table` (aliased `alias`) as a JSON array of its values in the columns' order, which
 * rowsFromValues reads back. A list of a program's rows as `to_json` objects repeats every column's name
 * in every row: three times the bytes for PostgreSQL to send and the API to parse.
 */
export function rowValuesSql(table: PgTable, alias: string): SQL {
  return sql.raw(
    `json_build_array(${columnsOf(table)
      .map(([, name]) => `${alias}."${name}"`)
      .join(', ')})`,
  );
}

/** Rows as `json_agg` of rowValuesSql gives them, as drizzle gives them. */
export function rowsFromValues<T extends PgTable>(table: T, json: unknown): T['$inferSelect'][] {
  const columns = columnsOf(table);
  return ((json as unknown[][] | null) ?? []).map((values) => {
    const row: Record<string, unknown> = {};
    columns.forEach(([key, , column], index) => (row[key] = fromJson(column, values[index])));
    return row as T['$inferSelect'];
  });
}
