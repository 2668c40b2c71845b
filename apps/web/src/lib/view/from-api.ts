import type { ComparePage } from '@/lib/api/compare';
import type { WithCostRules } from '@/lib/api/cost-rules';
import type { CostFieldsFragment, KpiFieldsFragment } from '@/lib/api/generated';
import type { ProgramPage } from '@/lib/api/program';
import type { Lang } from '@/lib/i18n';
import type { CostSummaryInput, ProgramCosts } from './cost-table';
import type { KpiInput, KpiYearInput, ProgramKpis } from './kpi-results';

type Compared = ComparePage['compare']['programs'][number];
type Program = NonNullable<ProgramPage>;

/** A program as a reader names it: its municipality, then its name, in the page's language. */
export function programLabel(
  lang: Lang,
  program: {
    name: string;
    nameEn?: string | null;
    municipality: { name: string; nameEn?: string | null };
  },
): string {
  return lang === 'ja'
    ? `${program.municipality.name} ${program.name}`
    : `${program.municipality.nameEn ?? program.municipality.name}: ${program.nameEn ?? program.name}`;
}

function kpiInput(kpi: KpiFieldsFragment, years: KpiYearInput[]): KpiInput {
  const hasPlan =
    kpi.planTarget.value !== null ||
    kpi.planTarget.absence !== null ||
    kpi.planActual.value !== null ||
    kpi.planActual.absence !== null ||
    kpi.planStatus !== null;
  return {
    position: kpi.position,
    name: kpi.name,
    nameEn: kpi.nameEn,
    shortName: kpi.shortName,
    shortNameEn: kpi.shortNameEn,
    unit: kpi.unit,
    unitEn: kpi.unitEn,
    kind: kpi.kind,
    baseline: kpi.baseline
      ? {
          value: kpi.baseline.value.value,
          label: kpi.baseline.label,
          labelEn: kpi.baseline.labelEn,
        }
      : null,
    years,
    plan: hasPlan
      ? { target: kpi.planTarget, actual: kpi.planActual, status: kpi.planStatus }
      : null,
  };
}

const municipalityName = (lang: Lang, m: { name: string; nameEn?: string | null }) =>
  lang === 'ja' ? m.name : (m.nameEn ?? m.name);

export function comparedKpis(lang: Lang, entry: Compared): ProgramKpis {
  return {
    label: programLabel(lang, entry.program),
    short: municipalityName(lang, entry.program.municipality),
    kpis: entry.kpis.map((k) =>
      kpiInput(
        k.kpi,
        k.years.flatMap((y) =>
          y.value
            ? [
                {
                  year: y.fiscalYear.year,
                  target: y.value.target,
                  actual: y.value.actual,
                  status: y.value.status,
                  achievement: y.achievement.value,
                },
              ]
            : [],
        ),
      ),
    ),
  };
}

export function programKpis(lang: Lang, program: Program): ProgramKpis {
  return {
    label: programLabel(lang, program),
    short: municipalityName(lang, program.municipality),
    kpis: program.kpis.map((kpi) =>
      kpiInput(
        kpi,
        kpi.values.map((v) => ({
          year: v.fiscalYear.year,
          target: v.target,
          actual: v.actual,
          status: v.status,
          achievement: v.achievement.value,
        })),
      ),
    ),
  };
}

function summaryInput(s: WithCostRules<CostFieldsFragment>): CostSummaryInput {
  return {
    first: s.fiscalYears.first.year,
    last: s.fiscalYears.last.year,
    projectCost: s.projectCost,
    personnelCost: s.personnelCost,
    staffFte: s.staffFte,
    grant: s.grant,
    totalCost: s.totalCost,
    grantShare: s.grantShare,
    otherThanGrant: s.otherThanGrant,
    derived: s.derived,
    planned: s.amountKind === 'PLAN',
  };
}

const lines = (costs: readonly { category: string }[]) => ({
  hasPersonnelLines: costs.some((c) => c.category === 'PERSONNEL_COST'),
  hasGrantLines: costs.some(
    (c) => c.category === 'GRANT' || c.category === 'NATIONAL_PREFECTURAL_SUBSIDY',
  ),
});

export function comparedCosts(lang: Lang, entry: Compared): ProgramCosts {
  return {
    label: programLabel(lang, entry.program),
    summaries: [
      ...entry.costYears.flatMap((c) => (c.summary ? [summaryInput(c.summary)] : [])),
      ...entry.costPeriods.map(summaryInput),
    ],
    ...lines(entry.program.costs),
  };
}

export function programCosts(lang: Lang, program: Program): ProgramCosts {
  return {
    label: programLabel(lang, program),
    summaries: program.costSummaries.map(summaryInput),
    ...lines(program.costs),
  };
}
