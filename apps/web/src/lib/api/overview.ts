import 'server-only';
import { request } from './client';
import type { FundingScheme, OverviewQuery, ProgramOrderField } from './generated';
import { OVERVIEW } from './operations/overview';
import type { Lang } from '../i18n';

type Node = OverviewQuery['programs']['nodes'][number];
type Summary = Node['costSummaries'][number];

/** Programs on one page of the overview. */
export const PAGE_SIZE = 50;

/** The overview's selection, read from the URL. */
export interface OverviewSelection {
  prefecture?: number | undefined;
  municipality?: string | undefined;
  fiscalYear?: number | undefined;
  policyArea?: string | undefined;
  fundingScheme?: FundingScheme | undefined;
  text?: string | undefined;
  sort?: ProgramOrderField | undefined;
  /** The cursor of the last program of the page before. */
  after?: string | undefined;
}

export interface ProgramHeadline {
  id: string;
  number: string;
  /** True where the source prints no number and the dataset assigned one. */
  numberAssigned: boolean;
  name: string;
  nameEn: string | null;
  municipality: string;
  municipalityEn: string | null;
  /** Made-up test data (the synthetic national dataset), never a real city's figures. */
  synthetic: boolean;
  prefecture: string;
  prefectureEn: string | null;
  fundingScheme: FundingScheme;
  policyArea: string;
  years: Node['dataYears'];
  kpisAchieved: number;
  kpisWithStatus: number;
  kpiCount: number;
  /** The latest single fiscal year with a reported cost: its total cost (or project cost) and grant share. */
  latestCost: { summary: Summary; basis: 'TOTAL_COST' | 'PROJECT_COST'; yen: number } | null;
}

/** The latest single year whose cost is reported, preferring the total cost to the project cost alone. */
export function latestCost(summaries: readonly Summary[]): ProgramHeadline['latestCost'] {
  const years = summaries
    .filter((s) => s.fiscalYears.first.year === s.fiscalYears.last.year && !s.derived)
    .sort((a, b) => b.fiscalYears.first.year - a.fiscalYears.first.year);
  for (const summary of years) {
    if (summary.totalCost.value !== null)
      return { summary, basis: 'TOTAL_COST', yen: summary.totalCost.value };
    if (summary.projectCost !== null)
      return { summary, basis: 'PROJECT_COST', yen: summary.projectCost };
  }
  return null;
}

export function toHeadline(node: Node): ProgramHeadline {
  return {
    id: node.id,
    number: node.number,
    numberAssigned: node.fieldSources.some(
      (s) => s.field === 'number' && s.source.origin !== 'DOCUMENT',
    ),
    name: node.name,
    nameEn: node.nameEn,
    municipality: node.municipality.name,
    municipalityEn: node.municipality.nameEn,
    synthetic: node.municipality.isSynthetic,
    prefecture: node.municipality.prefecture.name,
    prefectureEn: node.municipality.prefecture.nameEn,
    fundingScheme: node.fundingScheme,
    policyArea: node.policyArea,
    years: node.dataYears,
    kpisAchieved: node.kpiRollup.kpisAchieved,
    kpisWithStatus: node.kpiRollup.kpisWithStatus,
    kpiCount: node.kpiRollup.kpiCount,
    latestCost: latestCost(node.costSummaries),
  };
}

export async function getOverview(selection: OverviewSelection, lang: Lang) {
  const filter = {
    ...(selection.prefecture ? { prefectureCodes: [selection.prefecture] } : {}),
    ...(selection.municipality ? { municipalityCodes: [selection.municipality] } : {}),
    ...(selection.fiscalYear
      ? { fiscalYearFrom: selection.fiscalYear, fiscalYearTo: selection.fiscalYear }
      : {}),
    ...(selection.policyArea ? { policyAreas: [selection.policyArea] } : {}),
    ...(selection.fundingScheme ? { fundingSchemes: [selection.fundingScheme] } : {}),
    ...(selection.text ? { text: selection.text } : {}),
  };
  const data = await request<OverviewQuery>(OVERVIEW, {
    first: PAGE_SIZE,
    filter,
    orderBy: selection.sort
      ? {
          field: selection.sort,
          direction:
            selection.sort === 'ACHIEVEMENT' || selection.sort === 'LATEST_COST' ? 'DESC' : 'ASC',
        }
      : null,
    after: selection.after ?? null,
    prefecture: selection.prefecture ?? 0,
    withPrefecture: selection.prefecture !== undefined,
    municipality: selection.municipality ?? '',
    withMunicipality: selection.municipality !== undefined,
    ja: lang === 'ja',
  });
  // A municipality named alone (a shared link) brings its prefecture and neighbours along.
  const chosen = data.chosenMunicipality?.[0]?.prefecture;
  return {
    prefectures: data.prefectures,
    policyAreas: data.policyAreas,
    prefecture: selection.prefecture ?? chosen?.code,
    municipalities: data.prefectureMunicipalities ?? chosen?.municipalities ?? [],
    rollup: data.kpiRollup,
    total: data.programs.totalCount,
    nextCursor: data.programs.pageInfo.hasNextPage ? data.programs.pageInfo.endCursor : null,
    programs: data.programs.nodes.map(toHeadline),
  };
}
