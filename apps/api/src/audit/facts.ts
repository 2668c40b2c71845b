import { printedAmountInYen } from '@muni/domain';
import { STATUS_NOTE_HEADING, type ProgramFile } from '../dataset/format.js';
import type { ProgramRecords } from '../db/queries/program-records.js';
import type * as t from '../db/schema/index.js';

/**
 * A program's record as comparable facts: one plain object per entity (the program, a KPI, a KPI's year,
 * a cost line, an evaluation, a narrative), keyed by its natural key. Diffs, dry runs and the audit log
 * compare these, so "changed" means a figure or text changed, not that ids or provenance rows moved.
 */
export type Fact = Record<string, string | number | boolean | null>;

export type Entity =
  | 'program'
  | 'kpi'
  | 'kpi_value'
  | 'cost_entry'
  | 'evaluation'
  | 'narrative'
  | 'unit_cost'
  | 'gloss'
  /** A program's whole record, loaded from a program file. */
  | 'program_record';

export interface KeyedFact {
  entity: Entity;
  /** The program's natural key, `<municipality code>/<number>`. */
  program: string;
  fact: Fact;
}

export type Facts = Map<string, KeyedFact>;

export const programKey = (code: string, number: string) => `${code}/${number}`;
export const kpiKey = (program: string, position: number) => `${program}/kpi/${position}`;
export const kpiValueKey = (program: string, position: number, year: number) =>
  `${kpiKey(program, position)}/${year}`;
export const costKey = (
  program: string,
  category: string,
  staffType: string | null,
  from: number,
  to: number,
) => `${program}/cost/${category}/${staffType ?? '-'}/${from === to ? from : `${from}-${to}`}`;
export const evaluationKey = (program: string, year: number, axis: string) =>
  `${program}/evaluation/${year}/${axis}`;
export const unitCostKey = (program: string, year: number) => `${program}/unit-cost/${year}`;
export const glossKey = (program: string, ja: string) => `${program}/gloss/${ja}`;
export const narrativeKey = (
  program: string,
  kind: string,
  position: number,
  kpiPosition: number | null,
) => `${program}/narrative/${kind}${kpiPosition === null ? '' : `/kpi${kpiPosition}`}/${position}`;

type ProgramFields = Pick<
  t.Program,
  | 'nameJa'
  | 'nameEn'
  | 'department'
  | 'departmentHead'
  | 'division'
  | 'divisionHead'
  | 'section'
  | 'periodKind'
  | 'programCategory'
  | 'policyArea'
  | 'fundingScheme'
  | 'fundingSchemeName'
  | 'budgetLine'
  | 'relatedPlan'
  | 'legalBasis'
  | 'firstFiscalYear'
  | 'firstFiscalYearAbsence'
  | 'lastFiscalYear'
  | 'lastFiscalYearAbsence'
  | 'planFirstFiscalYear'
  | 'planLastFiscalYear'
>;

export function programFact(p: ProgramFields): Fact {
  return {
    name: p.nameJa,
    nameEn: p.nameEn,
    department: p.department,
    departmentHead: p.departmentHead,
    division: p.division,
    divisionHead: p.divisionHead,
    section: p.section,
    periodKind: p.periodKind,
    programCategory: p.programCategory,
    policyArea: p.policyArea,
    fundingScheme: p.fundingScheme,
    fundingSchemeName: p.fundingSchemeName,
    budgetLine: p.budgetLine,
    relatedPlan: p.relatedPlan,
    legalBasis: p.legalBasis,
    firstFiscalYear: p.firstFiscalYear,
    firstFiscalYearAbsence: p.firstFiscalYearAbsence,
    lastFiscalYear: p.lastFiscalYear,
    lastFiscalYearAbsence: p.lastFiscalYearAbsence,
    planFirstFiscalYear: p.planFirstFiscalYear,
    planLastFiscalYear: p.planLastFiscalYear,
  };
}

type KpiFields = Omit<
  t.Kpi,
  | 'id'
  | 'programId'
  | 'version'
  | 'provenanceId'
  | 'unitProvenanceId'
  | 'kindProvenanceId'
  | 'baselineProvenanceId'
  | 'planTargetProvenanceId'
  | 'planActualProvenanceId'
  | 'planStatusProvenanceId'
>;

export function kpiFact(k: KpiFields): Fact {
  return {
    position: k.position,
    name: k.nameJa,
    nameEn: k.nameEn,
    shortName: k.shortName,
    shortNameEn: k.shortNameEn,
    unit: k.unit,
    unitEn: k.unitEn,
    kind: k.kind,
    kindAbsence: k.kindAbsence,
    role: k.role,
    direction: k.direction,
    baseline: k.baselineValue,
    baselineAbsence: k.baselineAbsence,
    baselineFiscalYear: k.baselineFiscalYear,
    baselineLabel: k.baselineLabel,
    planTarget: k.planTarget,
    planTargetAbsence: k.planTargetAbsence,
    planActual: k.planActual,
    planActualAbsence: k.planActualAbsence,
    planStatus: k.planStatus,
    note: k.note,
  };
}

type KpiValueFields = Pick<
  t.KpiValue,
  | 'target'
  | 'targetAbsence'
  | 'actual'
  | 'actualAbsence'
  | 'runningTotal'
  | 'runningTotalAbsence'
  | 'status'
  | 'note'
>;

export function kpiValueFact(v: KpiValueFields): Fact {
  return {
    target: v.target,
    targetAbsence: v.targetAbsence,
    actual: v.actual,
    actualAbsence: v.actualAbsence,
    runningTotal: v.runningTotal,
    runningTotalAbsence: v.runningTotalAbsence,
    status: v.status,
    note: v.note,
  };
}

type CostFields = Pick<
  t.CostEntry,
  'amountYen' | 'amountAbsence' | 'precisionYen' | 'amountKind' | 'staffFte' | 'staffHours' | 'note'
>;

export function costFact(c: CostFields): Fact {
  return {
    amountYen: c.amountYen,
    amountAbsence: c.amountAbsence,
    precisionYen: c.precisionYen,
    amountKind: c.amountKind,
    staffFte: c.staffFte,
    staffHours: c.staffHours,
    note: c.note,
  };
}

export function evaluationFact(
  e: Pick<t.Evaluation, 'axisLabel' | 'grade' | 'gradeAbsence' | 'reason' | 'note'>,
): Fact {
  return {
    axisLabel: e.axisLabel,
    grade: e.grade,
    gradeAbsence: e.gradeAbsence,
    reason: e.reason,
    note: e.note,
  };
}

export function narrativeFact(n: Pick<t.Narrative, 'heading' | 'text' | 'fiscalYear'>): Fact {
  return { heading: n.heading, text: n.text, fiscalYear: n.fiscalYear };
}

type UnitCostFields = Pick<
  t.PrintedUnitCost,
  | 'targetCount'
  | 'targetCountAbsence'
  | 'targetUnit'
  | 'targetDefinition'
  | 'unitCostYen'
  | 'unitCostAbsence'
  | 'formula'
  | 'note'
>;

export function unitCostFact(u: UnitCostFields): Fact {
  return {
    targetCount: u.targetCount,
    targetCountAbsence: u.targetCountAbsence,
    targetUnit: u.targetUnit,
    targetDefinition: u.targetDefinition,
    unitCostYen: u.unitCostYen,
    unitCostAbsence: u.unitCostAbsence,
    formula: u.formula,
    note: u.note,
  };
}

/** The facts of programs as the database holds them. */
export function factsOfRecords(records: ProgramRecords): Facts {
  const facts: Facts = new Map();
  for (const { program, municipality } of records.programs) {
    const p = programKey(municipality.code, program.number);
    facts.set(p, { entity: 'program', program: p, fact: programFact(program) });
    const kpis = records.kpis.filter((kpi) => kpi.programId === program.id);
    const positionOf = new Map(kpis.map((kpi) => [kpi.id, kpi.position]));
    for (const kpi of kpis) {
      facts.set(kpiKey(p, kpi.position), { entity: 'kpi', program: p, fact: kpiFact(kpi) });
    }
    for (const value of records.values) {
      const position = positionOf.get(value.kpiId);
      if (position === undefined) continue;
      facts.set(kpiValueKey(p, position, value.fiscalYear), {
        entity: 'kpi_value',
        program: p,
        fact: kpiValueFact(value),
      });
    }
    for (const cost of records.costs.filter((c) => c.programId === program.id)) {
      facts.set(costKey(p, cost.category, cost.staffType, cost.fiscalYearFrom, cost.fiscalYearTo), {
        entity: 'cost_entry',
        program: p,
        fact: costFact(cost),
      });
    }
    for (const e of records.evaluations.filter((e) => e.programId === program.id)) {
      facts.set(evaluationKey(p, e.fiscalYear, e.axis), {
        entity: 'evaluation',
        program: p,
        fact: evaluationFact(e),
      });
    }
    for (const n of records.narratives.filter((n) => n.programId === program.id)) {
      const kpiPosition = n.kpiId === null ? null : (positionOf.get(n.kpiId) ?? null);
      facts.set(narrativeKey(p, n.kind, n.position, kpiPosition), {
        entity: 'narrative',
        program: p,
        fact: narrativeFact(n),
      });
    }
    for (const u of records.unitCosts.filter((u) => u.programId === program.id)) {
      facts.set(unitCostKey(p, u.fiscalYear), {
        entity: 'unit_cost',
        program: p,
        fact: unitCostFact(u),
      });
    }
    for (const g of records.glosses.filter((g) => g.programId === program.id)) {
      facts.set(glossKey(p, g.ja), { entity: 'gloss', program: p, fact: { en: g.en } });
    }
  }
  return facts;
}

const valueOf = <T>(item: { value: T | null } | undefined) => item?.value ?? null;
const absenceOf = (item: { absence?: string | undefined } | undefined) =>
  (item?.absence ?? null) as t.KpiValue['targetAbsence'];

/** The facts a program file would load, computed as the loader stores them. */
export function factsOfFile(data: ProgramFile): Facts {
  const facts: Facts = new Map();
  const p = programKey(data.municipality.code, data.program.number.value);
  const d = data.program;
  facts.set(p, {
    entity: 'program',
    program: p,
    fact: programFact({
      nameJa: d.name.value,
      nameEn: d.nameEn ?? null,
      department: valueOf(d.department),
      departmentHead: valueOf(d.departmentHead),
      division: valueOf(d.division),
      divisionHead: valueOf(d.divisionHead),
      section: valueOf(d.section),
      periodKind: valueOf(d.periodKind),
      programCategory: valueOf(d.programCategory),
      policyArea: d.policyArea.value,
      fundingScheme: d.fundingScheme.value,
      fundingSchemeName: valueOf(d.fundingSchemeName),
      budgetLine: valueOf(d.budgetLine),
      relatedPlan: valueOf(d.relatedPlan),
      legalBasis: valueOf(d.legalBasis),
      firstFiscalYear: valueOf(d.firstFiscalYear),
      firstFiscalYearAbsence: absenceOf(d.firstFiscalYear),
      lastFiscalYear: valueOf(d.lastFiscalYear),
      lastFiscalYearAbsence: absenceOf(d.lastFiscalYear),
      planFirstFiscalYear: d.planPeriod?.value.first ?? null,
      planLastFiscalYear: d.planPeriod?.value.last ?? null,
    }),
  });
  for (const kpi of data.kpis) {
    facts.set(kpiKey(p, kpi.position), {
      entity: 'kpi',
      program: p,
      fact: kpiFact({
        position: kpi.position,
        nameJa: kpi.name.value,
        nameEn: kpi.nameEn ?? null,
        shortName: kpi.shortName ?? null,
        shortNameEn: kpi.shortNameEn ?? null,
        unit: kpi.unit.value,
        unitEn: kpi.unitEn ?? null,
        kind: kpi.kind.value,
        kindAbsence: kpi.kind.absence ?? null,
        role: kpi.role ?? null,
        direction: kpi.direction,
        baselineValue: valueOf(kpi.baseline),
        baselineAbsence: absenceOf(kpi.baseline),
        baselineFiscalYear: kpi.baseline?.fiscalYear ?? null,
        baselineLabel: kpi.baseline?.label ?? null,
        planTarget: valueOf(kpi.planTarget),
        planTargetAbsence: absenceOf(kpi.planTarget),
        planActual: valueOf(kpi.planActual),
        planActualAbsence: absenceOf(kpi.planActual),
        planStatus: valueOf(kpi.planStatus),
        note: kpi.note ?? null,
      }),
    });
    for (const value of kpi.values) {
      facts.set(kpiValueKey(p, kpi.position, value.fiscalYear), {
        entity: 'kpi_value',
        program: p,
        fact: kpiValueFact({
          target: valueOf(value.target),
          targetAbsence: absenceOf(value.target),
          actual: valueOf(value.actual),
          actualAbsence: absenceOf(value.actual),
          runningTotal: valueOf(value.runningTotal),
          runningTotalAbsence: absenceOf(value.runningTotal),
          status: valueOf(value.status),
          note: value.note ?? null,
        }),
      });
    }
    if (kpi.statusNote) {
      facts.set(narrativeKey(p, 'kpi_status_note', 1, kpi.position), {
        entity: 'narrative',
        program: p,
        fact: narrativeFact({
          heading: STATUS_NOTE_HEADING,
          text: kpi.statusNote.value,
          fiscalYear: data.document.fiscalYear,
        }),
      });
    }
  }
  for (const cost of data.costs) {
    const from = cost.fiscalYear ?? cost.period!.first;
    const to = cost.fiscalYear ?? cost.period!.last;
    const amount =
      cost.amount.value === null ? null : printedAmountInYen(cost.amount.value, cost.unit);
    facts.set(costKey(p, cost.category, cost.staffType ?? null, from, to), {
      entity: 'cost_entry',
      program: p,
      fact: costFact({
        amountYen: amount?.yen ?? null,
        amountAbsence: absenceOf(cost.amount),
        precisionYen: amount?.precision ?? (cost.unit === '千円' ? 1_000 : 1),
        amountKind: cost.amountKind,
        staffFte: valueOf(cost.staffFte),
        staffHours: valueOf(cost.staffHours),
        note: cost.note ?? null,
      }),
    });
  }
  for (const e of data.evaluations) {
    facts.set(evaluationKey(p, e.fiscalYear, e.axis), {
      entity: 'evaluation',
      program: p,
      fact: evaluationFact({
        axisLabel: e.axisLabel,
        grade: e.grade.value,
        gradeAbsence: absenceOf(e.grade),
        reason: valueOf(e.reason),
        note: e.note ?? null,
      }),
    });
  }
  for (const n of data.narratives) {
    facts.set(narrativeKey(p, n.kind, n.position, null), {
      entity: 'narrative',
      program: p,
      fact: narrativeFact({
        heading: n.heading,
        text: n.text.value,
        fiscalYear: n.fiscalYear ?? null,
      }),
    });
  }
  for (const u of data.unitCosts) {
    const unitCost = valueOf(u.unitCost);
    facts.set(unitCostKey(p, u.fiscalYear), {
      entity: 'unit_cost',
      program: p,
      fact: unitCostFact({
        targetCount: valueOf(u.targetCount),
        targetCountAbsence: absenceOf(u.targetCount),
        targetUnit: u.targetUnit ?? null,
        targetDefinition: valueOf(u.targetDefinition),
        unitCostYen: unitCost === null ? null : u.unit === '千円' ? unitCost * 1_000 : unitCost,
        unitCostAbsence: absenceOf(u.unitCost),
        formula: valueOf(u.formula),
        note: u.note ?? null,
      }),
    });
  }
  for (const g of data.glosses) {
    facts.set(glossKey(p, g.ja), { entity: 'gloss', program: p, fact: { en: g.en } });
  }
  return facts;
}

export type ChangeAction = 'added' | 'changed' | 'removed' | 'unchanged';

/** One entity's change between two sets of facts. */
export interface Change {
  key: string;
  entity: Entity;
  program: string;
  action: ChangeAction;
  before: Fact | null;
  after: Fact | null;
}

function sameFact(a: Fact, b: Fact): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? null) === (b[key] ?? null));
}

/** What turns `before` into `after`, entity by entity, in the order of `after` then removals. */
export function diffFacts(before: Facts, after: Facts): Change[] {
  const changes: Change[] = [];
  for (const [key, next] of after) {
    const previous = before.get(key);
    changes.push({
      key,
      entity: next.entity,
      program: next.program,
      action: !previous ? 'added' : sameFact(previous.fact, next.fact) ? 'unchanged' : 'changed',
      before: previous?.fact ?? null,
      after: next.fact,
    });
  }
  for (const [key, previous] of before) {
    if (!after.has(key))
      changes.push({
        key,
        entity: previous.entity,
        program: previous.program,
        action: 'removed',
        before: previous.fact,
        after: null,
      });
  }
  return changes;
}
