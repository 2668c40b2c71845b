import 'server-only';
import { request } from './client';
import type { FundingScheme, OverviewQuery, ProgramOrderField } from './generated';
import { OVERVIEW } from './operations/overview';

type Node = OverviewQuery['programs']['nodes'][number];
type Summary = Node['costSummaries'][number];

/** The overview's selection, read from the URL. */
export interface OverviewSelection {
  municipality?: string | undefined;
  fiscalYear?: number | undefined;
  policyArea?: string | undefined;
  fundingScheme?: FundingScheme | undefined;
  text?: string | undefined;
  sort?: ProgramOrderField | undefined;
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

export async function getOverview(selection: OverviewSelection) {
  const filter = {
    ...(selection.municipality ? { municipalityCodes: [selection.municipality] } : {}),
    ...(selection.fiscalYear
      ? { fiscalYearFrom: selection.fiscalYear, fiscalYearTo: selection.fiscalYear }
      : {}),
    ...(selection.policyArea ? { policyAreas: [selection.policyArea] } : {}),
    ...(selection.fundingScheme ? { fundingSchemes: [selection.fundingScheme] } : {}),
    ...(selection.text ? { text: selection.text } : {}),
  };
  const data = await request<OverviewQuery>(OVERVIEW, {
    filter,
    orderBy: selection.sort
      ? {
          field: selection.sort,
          direction:
            selection.sort === 'ACHIEVEMENT' || selection.sort === 'LATEST_COST' ? 'DESC' : 'ASC',
        }
      : null,
  });
  return {
    municipalities: data.municipalities,
    rollup: data.kpiRollup,
    total: data.programs.totalCount,
    programs: data.programs.nodes.map(toHeadline),
  };
}
