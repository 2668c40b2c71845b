import 'server-only';
import { ApiError, request } from './client';
import type { ComparePageQuery, DefaultComparisonQuery } from './generated';
import type { Lang } from '../i18n';
import { COMPARE_PAGE, DEFAULT_COMPARISON } from './operations/compare';
import { withCostRules } from './cost-rules';
import { withSources, type WithSources } from './sources';
import { isEditor } from '../viewer';

/** A comparison as the answer sends it, each cost figure's unit and rule put back. */
function readable(data: ComparePageQuery) {
  return {
    ...data,
    compare: {
      ...data.compare,
      programs: data.compare.programs.map((entry) => ({
        ...entry,
        costYears: entry.costYears.map((year) => ({
          ...year,
          summary: year.summary && withCostRules(year.summary),
        })),
        costPeriods: entry.costPeriods.map(withCostRules),
      })),
    },
  };
}

export type ComparePage = WithSources<ReturnType<typeof readable>>;

/** Isehara's city promotion against Asahi's community program, the comparison a link with no selection opens. */
export async function defaultComparisonIds(): Promise<string[]> {
  const data = await request<DefaultComparisonQuery>(DEFAULT_COMPARISON);
  if (!data.isehara || !data.asahi)
    throw new ApiError('the default comparison’s programs are not in the database');
  return [data.isehara.id, data.asahi.id];
}

/** The comparison, or the API's word on why the selection cannot be compared. */
export async function getComparison(
  ids: string[],
  from: number | null,
  to: number | null,
  lang: Lang,
  /** Words the chooser's programs must hold (name or text); every program when null. */
  find: string | null = null,
): Promise<{ data: ComparePage } | { problem: string }> {
  try {
    const data = await request<ComparePageQuery>(COMPARE_PAGE, {
      ids,
      from,
      to,
      ja: lang === 'ja',
      editor: await isEditor(),
      find,
    });
    return {
      data: withSources(
        readable(data),
        data.compare.programs.map((entry) => entry.program),
      ),
    };
  } catch (error) {
    if (
      error instanceof ApiError &&
      error.codes.every((c) => c === 'BAD_USER_INPUT' || c === 'NOT_FOUND')
    ) {
      return { problem: error.message };
    }
    throw error;
  }
}
