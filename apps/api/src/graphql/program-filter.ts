import { isPlausibleFiscalYear } from '@muni/domain';
import { searchForm } from '../analytics/program-summary.js';
import type { ProgramFilterInput } from '../db/queries/programs.js';
import type { ProgramFilter } from '../generated/resolvers.js';
import { badUserInput } from './errors.js';
import { fromEnum } from './values.js';

/** The most values a list filter may hold. */
export const MAX_FILTER_VALUES = 100;
const MAX_TEXT = 200;

/** Checks a filter argument, naming the field and the problem, and turns it into the query's terms. */
export function readProgramFilter(
  filter: ProgramFilter | null | undefined,
  argument = 'filter',
): ProgramFilterInput {
  if (!filter) return {};
  for (const key of [
    'municipalityCodes',
    'prefectureCodes',
    'policyAreas',
    'fundingSchemes',
  ] as const) {
    if ((filter[key]?.length ?? 0) > MAX_FILTER_VALUES)
      throw badUserInput(`${argument}.${key}`, `at most ${MAX_FILTER_VALUES} values`);
  }
  for (const code of filter.municipalityCodes ?? []) {
    if (!/^[0-9]{5}$/.test(code))
      throw badUserInput(
        `${argument}.municipalityCodes`,
        `"${code}" is not a five-digit local government code`,
      );
  }
  for (const code of filter.prefectureCodes ?? []) {
    if (!Number.isInteger(code) || code < 1 || code > 999)
      throw badUserInput(`${argument}.prefectureCodes`, `${code} is not a prefecture code`);
  }
  for (const key of ['fiscalYearFrom', 'fiscalYearTo'] as const) {
    const year = filter[key];
    if (year != null && !isPlausibleFiscalYear(year))
      throw badUserInput(
        `${argument}.${key}`,
        `${year} is not a plausible fiscal year (1947 to 2100)`,
      );
  }
  if (
    filter.fiscalYearFrom != null &&
    filter.fiscalYearTo != null &&
    filter.fiscalYearTo < filter.fiscalYearFrom
  ) {
    throw badUserInput(`${argument}.fiscalYearTo`, 'is before fiscalYearFrom');
  }
  if ((filter.text?.length ?? 0) > MAX_TEXT)
    throw badUserInput(`${argument}.text`, `at most ${MAX_TEXT} characters`);
  const words = filter.text ? searchForm(filter.text).split(/\s+/).filter(Boolean) : null;
  return {
    municipalityCodes: filter.municipalityCodes,
    prefectureCodes: filter.prefectureCodes,
    fiscalYearFrom: filter.fiscalYearFrom,
    fiscalYearTo: filter.fiscalYearTo,
    policyAreas: filter.policyAreas,
    fundingSchemes: filter.fundingSchemes?.map(fromEnum),
    words,
  };
}
