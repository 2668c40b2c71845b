import { stringify } from 'yaml';
import type { ProgramRecords } from '../db/queries/program-records.js';
import type * as t from '../db/schema/index.js';
import { DATASET_FORMAT } from '../dataset/format.js';

type Plain = Record<string, unknown>;
type Absence = t.CostEntry['amountAbsence'];

/** A value as a program file gives it: the value, why it is missing, and where it was read. */
function sourced(value: unknown, absence: Absence, provenance: t.Provenance | undefined): Plain {
  const out: Plain = { value };
  // The data model keeps no reason for some null columns (a status, a text field): they were blank.
  if (value === null) out.absence = absence ?? 'not_reported';
  if (!provenance) {
    out.origin = 'editorial';
    out.note = 'no source was recorded for this value';
    return out;
  }
  if (provenance.origin !== 'document') out.origin = provenance.origin;
  if (provenance.section !== null) out.section = provenance.section;
  if (provenance.rawText !== null) out.raw = provenance.rawText;
  if (provenance.note !== null) out.note = provenance.note;
  return out;
}

/**
 * One program of `records` as a program file (`muni-program/1`): what the loader would read back into
 * the same record, figures, texts and provenance alike.
 */
export function programFileOf(records: ProgramRecords, programId: number): Plain {
  const entry = records.programs.find((p) => p.program.id === programId);
  if (!entry) throw new Error(`program ${programId} is not in the records`);
  const { program, municipality, document } = entry;
  const prov = (id: number | null | undefined) =>
    id === null || id === undefined ? undefined : records.provenance.get(id);
  const fieldSource = new Map(
    records.fieldSources
      .filter((f) => f.programId === programId)
      .map((f) => [f.field, prov(f.provenanceId)]),
  );
  const field = (name: string, value: unknown, absence: Absence = null, required = false) =>
    fieldSource.has(name) || required ? sourced(value, absence, fieldSource.get(name)) : undefined;

  const kpis = records.kpis.filter((k) => k.programId === programId);
  const narratives = records.narratives.filter((n) => n.programId === programId);
  const activities = records.activities.filter((a) => a.programId === programId);
  return {
    format: DATASET_FORMAT,
    municipality: {
      code: municipality.code,
      nameJa: municipality.nameJa,
      nameEn: municipality.nameEn ?? undefined,
      prefecture: {
        code: municipality.prefectureCode,
        ja: municipality.prefectureJa,
        en: municipality.prefectureEn ?? undefined,
      },
      note:
        prov(municipality.provenanceId)?.note ?? 'external facts; their source was not recorded',
    },
    document: {
      key: document.key,
      file: document.filePath,
      form: document.form,
      formName: document.formName,
      formNameEn: document.formNameEn ?? undefined,
      title: document.title,
      titleEn: document.titleEn ?? undefined,
      fiscalYear: document.fiscalYear,
    },
    program: {
      number: field('number', program.number, null, true),
      name: field('name', program.nameJa, null, true),
      nameEn: program.nameEn ?? undefined,
      department: field('department', program.department),
      departmentHead: field('departmentHead', program.departmentHead),
      division: field('division', program.division),
      divisionHead: field('divisionHead', program.divisionHead),
      policyArea: field('policyArea', program.policyArea, null, true),
      fundingScheme: field('fundingScheme', program.fundingScheme, null, true),
      fundingSchemeName: field('fundingSchemeName', program.fundingSchemeName),
      budgetLine: field('budgetLine', program.budgetLine),
      relatedPlan: field('relatedPlan', program.relatedPlan),
      legalBasis: field('legalBasis', program.legalBasis),
      firstFiscalYear: field(
        'firstFiscalYear',
        program.firstFiscalYear,
        program.firstFiscalYearAbsence,
        true,
      ),
      lastFiscalYear: field(
        'lastFiscalYear',
        program.lastFiscalYear,
        program.lastFiscalYearAbsence,
        true,
      ),
      planPeriod:
        program.planFirstFiscalYear === null || program.planLastFiscalYear === null
          ? undefined
          : sourced(
              { first: program.planFirstFiscalYear, last: program.planLastFiscalYear },
              null,
              fieldSource.get('planPeriod'),
            ),
      planHierarchy: records.planLevels
        .filter((level) => level.programId === programId)
        .map((level) => ({
          level: level.level,
          number: level.number ?? undefined,
          name: level.name,
          section: prov(level.provenanceId)?.section ?? undefined,
          raw: prov(level.provenanceId)?.rawText ?? undefined,
        })),
    },
    kpis: kpis.map((kpi) => {
      const statusNote = narratives.find((n) => n.kpiId === kpi.id && n.kind === 'kpi_status_note');
      const optional = (value: unknown, absence: Absence, id: number | null) =>
        id === null ? undefined : sourced(value, absence, prov(id));
      return {
        position: kpi.position,
        name: sourced(kpi.nameJa, null, prov(kpi.provenanceId)),
        nameEn: kpi.nameEn ?? undefined,
        shortName: kpi.shortName ?? undefined,
        shortNameEn: kpi.shortNameEn ?? undefined,
        unit: sourced(kpi.unit, null, prov(kpi.unitProvenanceId)),
        unitEn: kpi.unitEn ?? undefined,
        kind: sourced(kpi.kind, null, prov(kpi.kindProvenanceId)),
        direction: kpi.direction,
        baseline:
          kpi.baselineProvenanceId === null
            ? undefined
            : {
                ...sourced(kpi.baselineValue, kpi.baselineAbsence, prov(kpi.baselineProvenanceId)),
                fiscalYear: kpi.baselineFiscalYear ?? undefined,
                label: kpi.baselineLabel ?? undefined,
              },
        planTarget: optional(kpi.planTarget, kpi.planTargetAbsence, kpi.planTargetProvenanceId),
        planActual: optional(kpi.planActual, kpi.planActualAbsence, kpi.planActualProvenanceId),
        planStatus: optional(kpi.planStatus, null, kpi.planStatusProvenanceId),
        statusNote: statusNote
          ? sourced(statusNote.text, null, prov(statusNote.provenanceId))
          : undefined,
        note: kpi.note ?? undefined,
        values: records.values
          .filter((v) => v.kpiId === kpi.id)
          .map((v) => ({
            fiscalYear: v.fiscalYear,
            target: optional(v.target, v.targetAbsence, v.targetProvenanceId),
            actual: optional(v.actual, v.actualAbsence, v.actualProvenanceId),
            runningTotal: optional(
              v.runningTotal,
              v.runningTotalAbsence,
              v.runningTotalProvenanceId,
            ),
            status: optional(v.status, null, v.statusProvenanceId),
            note: v.note ?? undefined,
          })),
      };
    }),
    costs: records.costs
      .filter((c) => c.programId === programId)
      .map((c) => {
        const thousands = c.precisionYen === 1_000;
        return {
          category: c.category,
          staffType: c.staffType ?? undefined,
          ...(c.fiscalYearFrom === c.fiscalYearTo
            ? { fiscalYear: c.fiscalYearFrom }
            : { period: { first: c.fiscalYearFrom, last: c.fiscalYearTo } }),
          amount: sourced(
            c.amountYen === null ? null : thousands ? c.amountYen / 1_000 : c.amountYen,
            c.amountAbsence,
            prov(c.provenanceId),
          ),
          unit: thousands ? '千円' : '円',
          staffFte:
            c.staffFteProvenanceId === null
              ? undefined
              : sourced(c.staffFte, null, prov(c.staffFteProvenanceId)),
          note: c.note ?? undefined,
        };
      }),
    evaluations: records.evaluations
      .filter((e) => e.programId === programId)
      .map((e) => ({
        fiscalYear: e.fiscalYear,
        axis: e.axis,
        axisLabel: e.axisLabel,
        grade: sourced(e.grade, e.gradeAbsence, prov(e.gradeProvenanceId)),
        scale: e.scale,
        reasonLabel: e.reasonLabel ?? undefined,
        reason:
          e.reasonProvenanceId === null
            ? undefined
            : sourced(e.reason, null, prov(e.reasonProvenanceId)),
        note: e.note ?? undefined,
      })),
    activities: activities.map((a) => ({
      position: a.position,
      name: sourced(a.name, null, prov(a.provenanceId)),
      years: records.activityYears
        .filter((y) => y.activityId === a.id)
        .map((y) => ({
          fiscalYear: y.fiscalYear,
          planned:
            y.plannedProvenanceId === null
              ? undefined
              : sourced(y.planned, y.plannedAbsence, prov(y.plannedProvenanceId)),
          done:
            y.doneProvenanceId === null
              ? undefined
              : sourced(y.done, y.doneAbsence, prov(y.doneProvenanceId)),
        })),
    })),
    narratives: narratives
      .filter((n) => n.kind !== 'kpi_status_note')
      .map((n) => ({
        kind: n.kind,
        position: n.position,
        fiscalYear: n.fiscalYear ?? undefined,
        heading: n.heading,
        text: sourced(n.text, null, prov(n.provenanceId)),
      })),
    unitCosts: records.unitCosts
      .filter((u) => u.programId === programId)
      .map((u) => ({
        fiscalYear: u.fiscalYear,
        targetCount: sourced(u.targetCount, u.targetCountAbsence, prov(u.targetCountProvenanceId)),
        targetUnit: u.targetUnit ?? undefined,
        targetDefinition:
          u.targetDefinitionProvenanceId === null
            ? undefined
            : sourced(u.targetDefinition, null, prov(u.targetDefinitionProvenanceId)),
        unitCost: sourced(u.unitCostYen, u.unitCostAbsence, prov(u.unitCostProvenanceId)),
        unit: '円',
        formula:
          u.formulaProvenanceId === null
            ? undefined
            : sourced(u.formula, null, prov(u.formulaProvenanceId)),
        note: u.note ?? undefined,
      })),
    glosses: records.glosses
      .filter((g) => g.programId === programId)
      .map((g) => ({ ja: g.ja, en: g.en })),
  };
}

/** The program file as YAML text, with a header comment naming what it is. */
export function programYaml(records: ProgramRecords, programId: number): string {
  const file = programFileOf(records, programId);
  return `# Exported program file (${DATASET_FORMAT}); import it with \`pnpm import <file>\`.\n${stringify(file, { lineWidth: 0 })}`;
}
