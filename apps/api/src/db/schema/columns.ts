import { sql, type SQL } from 'drizzle-orm';
import { check, smallint, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { MAX_FISCAL_YEAR, MIN_FISCAL_YEAR } from '@muni/domain';

/** A fiscal year (年度) as its Western starting year. */
export const fiscalYear = () => smallint();

/** The CHECK that keeps a fiscal-year column within the years the product accepts. */
export function plausibleFiscalYear(name: string, column: AnyPgColumn): ReturnType<typeof check> {
  return check(
    name,
    sql`${column} between ${sql.raw(String(MIN_FISCAL_YEAR))} and ${sql.raw(String(MAX_FISCAL_YEAR))}`,
  );
}

/** A reason for NULL may only stand beside a NULL value. */
export function absenceOnlyWhenNull(
  name: string,
  value: AnyPgColumn,
  reason: AnyPgColumn,
): ReturnType<typeof check> {
  return check(name, sql`${reason} is null or ${value} is null` as SQL);
}
