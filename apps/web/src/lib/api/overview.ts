import 'server-only';
import { request } from './client';
import type { OverviewQuery } from './generated';
import { OVERVIEW } from './operations/overview';

type ProgramNode = OverviewQuery['municipalities'][number]['programs'][number];

/** A reported cost of one fiscal year, as a headline shows it. */
export interface CostHeadline {
  /** Which figure it is: the printed total, or the project cost where no total is reported. */
  kind: 'TOTAL_COST' | 'PROJECT_COST';
  fiscalYearLabel: string;
  yen: number;
}

/** A KPI's latest reported actual beside that year's target. */
export interface KpiHeadline {
  position: number;
  name: string;
  unit: string;
  kind: 'STOCK' | 'INCREMENT';
  fiscalYearLabel: string;
  actual: number;
  /** Null where the year has no target (not applicable or not reported). */
  target: number | null;
}

export interface ProgramSummary {
  id: string;
  number: string;
  /** True where the source prints no number and the dataset assigned one. */
  numberAssigned: boolean;
  name: string;
  nameEn: string | null;
  municipality: string;
  municipalityEn: string | null;
  prefecture: string;
  fundingScheme: ProgramNode['fundingScheme'];
  fundingSchemeName: string | null;
  documentName: string;
  documentYearLabel: string;
  kpis: KpiHeadline[];
  latestCost: CostHeadline | null;
}

/** The latest single year with a reported total cost, else with a reported project cost. */
function latestCost(costs: ProgramNode['costs']): CostHeadline | null {
  for (const kind of ['TOTAL_COST', 'PROJECT_COST'] as const) {
    const reported = costs
      .filter(
        (cost) =>
          cost.category === kind &&
          cost.amount.yen !== null &&
          cost.fiscalYears.first.year === cost.fiscalYears.last.year,
      )
      .sort((a, b) => b.fiscalYears.first.year - a.fiscalYears.first.year)[0];
    if (reported?.amount.yen != null) {
      return { kind, fiscalYearLabel: reported.fiscalYears.first.label, yen: reported.amount.yen };
    }
  }
  return null;
}

function kpiHeadlines(kpis: ProgramNode['kpis']): KpiHeadline[] {
  return kpis.flatMap((kpi) => {
    const latest = kpi.values.filter((value) => value.actual.value !== null).at(-1);
    if (!latest || latest.actual.value === null) return [];
    return [
      {
        position: kpi.position,
        name: kpi.name,
        unit: kpi.unit,
        kind: kpi.kind,
        fiscalYearLabel: latest.fiscalYear.label,
        actual: latest.actual.value,
        target: latest.target.value,
      },
    ];
  });
}

/** Every program with its headline figures, grouped as the API lists municipalities. */
export async function getOverview(): Promise<ProgramSummary[]> {
  return toProgramSummaries(await request<OverviewQuery>(OVERVIEW));
}

/** The view model of the overview, from the API's answer. */
export function toProgramSummaries(data: OverviewQuery): ProgramSummary[] {
  return data.municipalities.flatMap((municipality) =>
    municipality.programs.map((program) => ({
      id: program.id,
      number: program.number,
      numberAssigned: program.fieldSources.some(
        (source) => source.field === 'number' && source.source.origin !== 'DOCUMENT',
      ),
      name: program.name,
      nameEn: program.nameEn,
      municipality: municipality.name,
      municipalityEn: municipality.nameEn,
      prefecture: municipality.prefecture.name,
      fundingScheme: program.fundingScheme,
      fundingSchemeName: program.fundingSchemeName,
      documentName: program.document.formName,
      documentYearLabel: program.document.fiscalYear.label,
      kpis: kpiHeadlines(program.kpis),
      latestCost: latestCost(program.costs),
    })),
  );
}
