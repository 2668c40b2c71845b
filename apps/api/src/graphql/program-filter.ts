import { isPlausibleFiscalYear, searchForm } from '@muni/domain';
import type { ProgramFilterInput } from '../db/queries/programs.js';
import type { ProgramFilter } from '../generated/resolvers.js';
import { badUserInput } from './errors.js';
import { fromEnum } from './values.js';

/** The most values a list filter may hold. */
export const MAX_FILTER_VALUES = 100;
/** Words a search matches at once: each is a pattern every program's text is checked against. */
const MAX_WORDS = 10;
const MAX_TEXT = 200;

/** Prefecture codes are 1 to 47, and 101 to 147 for the synthetic dataset's made-up ones. */
export function checkPrefectureCodes(
  argument: string,
  codes: readonly number[] | null | undefined,
) {
  for (const code of codes ?? []) {
    if (!((code >= 1 && code <= 47) || (code >= 101 && code <= 147)))
      throw badUserInput(argument, `${code} is not a prefecture code (1 to 47, or 101 to 147)`);
  }
}

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
  checkPrefectureCodes(`${argument}.prefectureCodes`, filter.prefectureCodes);
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
  // Measured again as searched: normalisation expands some characters eighteen-fold (U+FDFA).
  const searched = filter.text ? searchForm(filter.text) : null;
  if (searched !== null && searched.length > MAX_TEXT)
    throw badUserInput(
      `${argument}.text`,
      `at most ${MAX_TEXT} characters once normalised (NFKC), got ${searched.length}`,
    );
  const words = searched ? searched.split(/\s+/).filter(Boolean) : null;
  if (words && words.length > MAX_WORDS)
    throw badUserInput(`${argument}.text`, `at most ${MAX_WORDS} words, got ${words.length}`);
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
