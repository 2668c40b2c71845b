import {
  DATASET_FORMAT,
  glossableTexts,
  programFileSchema,
  type ProgramFile,
} from '../dataset/format.js';
import type { DatasetProblem } from '../dataset/read.js';
import { readCell, sectionOf, type CellPlace } from './cells.js';
import {
  numberColumns,
  sameHeader,
  type CellReading,
  type FormColumn,
  type FormDefinition,
} from './definition.js';
import { columnIndex, columnLetters, type Sheet } from './workbook.js';

/** The document a workbook is, as every program read from it names it. */
export type WorkbookDocument = ProgramFile['document'];

type Sourced = { value: unknown; absence?: string; origin: string; [key: string]: unknown };

/** What a row gave: the program record, or the problems that keep it out; notices either way. */
export interface RowResult {
  data: ProgramFile | null;
  problems: DatasetProblem[];
  /** What was read but not imported, and why (a figure of an indicator the form leaves unnamed). */
  notices: string[];
}

/**
 * Reads one row of a row-per-program workbook as a program record, by its form definition: every value
 * with its provenance (sheet, cell, header, the cell's text), a blank as a blank with its reason. A cell
 * that cannot be read is a problem naming its row, column, header and why; all of a row's problems are
 * gathered before the row is given up.
 */
export function readProgramRow(
  definition: FormDefinition,
  sheet: Sheet,
  row: number,
  document: WorkbookDocument,
  file: string,
): RowResult {
  const problems: DatasetProblem[] = [];
  const notices: string[] = [];
  const place = (column: string, header: string, group?: string): CellPlace => ({
    sheet: sheet.name,
    column,
    row,
    header,
    ...(group !== undefined && { group }),
  });
  const read = (
    column: string,
    header: string,
    reading: CellReading,
    group?: string,
  ): Sourced | null => {
    const at = place(column, header, group);
    const result = readCell(sheet.cell(row, column), at, reading, definition);
    if (result.ok) return result.value as Sourced;
    problems.push({
      file,
      path: `row ${row}, column ${column} (${header.replace(/\s+/g, ' ')}${group ? `, ${group}` : ''})`,
      message: result.problem,
    });
    return null;
  };
  const field = (spec: FormColumn | undefined) =>
    spec ? read(spec.column, spec.header, spec.read) : null;
  /** A text field: left out when the cell is blank (the record's optional fields mean "not given"). */
  const optional = (spec: FormColumn | undefined) => {
    const value = field(spec);
    return value && value.value !== null ? value : undefined;
  };

  const columns = definition.program;
  const printedNumber = field(columns.number);
  // A row whose number is the form's empty 0 still is a program: the dataset numbers it by its row.
  const number =
    printedNumber && sheet.cell(row, columns.number.column).number === 0
      ? {
          value: `row-${row}`,
          origin: 'editorial',
          note: `${String(printedNumber.section)} gives no 事務事業ID (the form's 0); numbered by its row in this workbook`,
        }
      : printedNumber;
  const name = field(columns.name);
  const [firstYear, lastYear] = [field(columns.firstFiscalYear), field(columns.lastFiscalYear)];

  const documentYear = document.fiscalYear;

  const hierarchy = definition.planHierarchy.map((level) => {
    const levelName = field(level.name);
    const parts = numberColumns(level.number);
    const texts = parts.map((part) => read(part.column, part.header, 'code'));
    const levelNumber = texts.map((text) => String(text?.value ?? '')).join('');
    const first = parts[0]!.column;
    const last = parts.at(-1)!.column;
    return {
      level: level.level,
      number: levelNumber || undefined,
      name: typeof levelName?.value === 'string' ? levelName.value : '',
      section: `${sheet.name}!${first}${row}${first === last ? '' : `:${last}${row}`}、${level.name.column}${row}`,
      raw: [...texts.map((text) => String(text?.raw ?? '')), String(levelName?.raw ?? '')].join(
        '\t',
      ),
    };
  });

  let policyArea: string | undefined;
  const areaLevel = hierarchy[definition.policyArea.level];
  if (areaLevel?.number) {
    policyArea = definition.policyArea.byNumber[areaLevel.number];
    if (!policyArea)
      problems.push({
        file,
        path: `row ${row}, ${definition.planHierarchy[definition.policyArea.level]!.level}`,
        message: `number ${areaLevel.number} has no policy area in the form definition (policyArea.byNumber)`,
      });
  }

  // A budget line in parts, each cell holding one line per budget code the program is paid from.
  let budgetLine: Sourced | undefined;
  if (columns.budgetLine) {
    const spec = columns.budgetLine;
    const parts = spec.columns.map((column, index) => read(column, spec.headers[index]!, 'code'));
    const lines = parts.map((part) =>
      typeof part?.value === 'string' ? part.value.split('\n').map((line) => line.trim()) : [],
    );
    const count = Math.max(...lines.map((part) => part.length));
    // A part with one line holds for every line: 01 / 03 / 01 / 02 over 0200 and 2900 is two codes.
    if (count > 0 && lines.every((part) => part.length === count || part.length === 1)) {
      budgetLine = {
        value: Array.from({ length: count }, (_, index) =>
          lines.map((part) => part[part.length === 1 ? 0 : index]!).join('-'),
        ).join('\n'),
        origin: 'document',
        section: `${sheet.name}!${spec.columns[0]}${row}:${spec.columns.at(-1)}${row}（${spec.headers.join('・').replace(/\s+/g, '')}）`,
        raw: parts.map((part) => String(part?.raw ?? '')).join('\t'),
      };
    } else if (count > 0) {
      const blank = spec.columns.filter((_, index) => lines[index]!.length === 0);
      notices.push(
        blank.length > 0
          ? `row ${row}: the budget code has no ${blank.join(', ')} (${blank.map((column) => JSON.stringify(sheet.cell(row, column).text)).join(', ')}); not imported`
          : `row ${row}: the budget code's parts (${spec.columns.join(', ')}) have different numbers of lines; not imported`,
      );
    }
  }

  const plans = columns.relatedPlans.filter((flag) => sheet.cell(row, flag.column).text.trim());
  const relatedPlan =
    plans.length === 0
      ? undefined
      : {
          value: plans.map((flag) => flag.name).join('、'),
          origin: 'document',
          section: `${sheet.name}!${plans.map((flag) => `${flag.column}${row}`).join('、')}（${plans.map((flag) => flag.header.replace(/\s+/g, '')).join('・')}）`,
          raw: plans.map((flag) => sheet.cell(row, flag.column).text).join('\t'),
        };

  // Figures by fiscal year: the groups of columns, one per year, in the same order.
  const groupColumn = (group: FormDefinition['years'][number], offset: number) =>
    columnLetters(columnIndex(group.firstColumn) + offset);
  const yearCells = definition.years.map((group) => ({
    group,
    cells: definition.yearColumns.map((spec, offset) => {
      const column = groupColumn(group, offset);
      return { spec, column, value: read(column, spec.header, 'number', group.label) };
    }),
  }));
  /** A total the form printed as 0 over parts that are all blank (or blank totals themselves) is
   * blank. (Parts marked `-`, "none", do add up to the 0 printed; a typed total stands.) */
  const totalOfBlanks = (
    spec: FormDefinition['yearColumns'][number],
    cells: { spec: FormDefinition['yearColumns'][number]; value: Sourced | null }[],
  ): boolean => {
    const own = cells.find((cell) => cell.spec === spec)?.value;
    if (spec.totalOf === undefined || own?.value !== 0) return false;
    return spec.totalOf.every((header) => {
      const part = cells.find((cell) => sameHeader(cell.spec.header, header));
      if (!part?.value) return false;
      if (part.value.value === null) return part.value.absence === 'not_reported';
      return totalOfBlanks(part.spec, cells);
    });
  };
  const unit = definition.money.unit;
  /** An amount must be whole yen to be stored as yen; a formula's share (1,355.3925 千円) is not, and
   * is kept as the cell's text in its provenance, the value unread. */
  const money = (value: Sourced): Sourced => {
    if (typeof value.value !== 'number') return value;
    const yen = value.value * (unit === '千円' ? 1_000 : 1);
    if (Math.abs(yen - Math.round(yen)) < 1e-6) return value;
    return {
      ...value,
      value: null,
      absence: 'ambiguous',
      note: `${String(value.raw)} ${unit} is not a whole number of yen (${yen.toLocaleString('ja-JP', { maximumFractionDigits: 4 })}円), so it is not stored as an amount`,
    };
  };
  const blankTotal = (value: Sourced): Sourced => ({
    ...value,
    value: null,
    absence: 'not_reported',
    note: 'the form prints the sum of blank cells as 0',
  });

  const kpis = definition.indicators.flatMap((indicator) => {
    const kpiName = field(indicator.name);
    const unit = field(indicator.unit);
    const values = yearCells.map(({ group, cells }) => {
      const cell = cells.find((entry) => entry.spec.indicator === indicator.position)!;
      return { group, cell };
    });
    if (kpiName?.value === null || kpiName === null) {
      for (const { cell, group } of values)
        if (cell.value && cell.value.value !== null)
          notices.push(
            `row ${row}, ${cell.column} (${group.label}): a figure (${String(cell.value.raw)}) for indicator ${indicator.label}, which has no name; not imported`,
          );
      return [];
    }
    const kpiUnit =
      unit && unit.value !== null
        ? unit
        : {
            value: '（単位の記載なし）',
            origin: 'editorial',
            note: `${sectionOf(place(indicator.unit.column, indicator.unit.header))} is blank`,
          };
    return [
      {
        position: indicator.position,
        name: kpiName,
        unit: kpiUnit,
        kind: {
          value: null,
          absence: 'not_reported',
          origin: 'editorial',
          note: definition.indicatorKindNote,
        },
        role: indicator.role,
        // A group gives either actuals or targets: the other figure of its year is outside the
        // document, not a blank left by the city.
        values: values.map(({ group, cell }) => {
          const [given, other] =
            group.kind === 'actual'
              ? (['actual', 'target'] as const)
              : (['target', 'actual'] as const);
          return {
            fiscalYear: group.fiscalYear,
            ...(cell.value && { [given]: cell.value }),
            [other]: {
              value: null,
              absence: 'outside_document',
              origin: 'editorial',
              note: `the workbook's ${group.label} gives ${given === 'actual' ? 'actuals (実績)' : 'targets (目標)'} only`,
            },
          };
        }),
      },
    ];
  });

  const costs = yearCells.flatMap(({ group, cells }) => {
    const staff = (kind: 'fte' | 'hours') =>
      cells.find((cell) => cell.spec.staff === kind)?.value ?? null;
    return cells.flatMap(({ spec, value }) => {
      if (!spec.cost || !value) return [];
      const amount = totalOfBlanks(spec, cells) ? blankTotal(value) : money(value);
      const personnel = spec.cost === 'personnel_cost';
      const fte = personnel ? staff('fte') : null;
      const hours = personnel ? staff('hours') : null;
      return [
        {
          category: spec.cost,
          fiscalYear: group.fiscalYear,
          amount,
          unit,
          amountKind: group.kind,
          ...(fte && fte.value !== null && { staffFte: fte }),
          ...(hours && hours.value !== null && { staffHours: hours }),
        },
      ];
    });
  });

  const plan = definition.overallPlan;
  const periodKind = optional(columns.periodKind);
  if (plan && periodKind?.value === plan.periodKind) {
    const cells = plan.columns.map((spec) => ({
      spec,
      value: read(spec.column, spec.header, 'number'),
    }));
    const first = firstYear?.value;
    const last = lastYear?.value;
    if (typeof first === 'number' && typeof last === 'number' && last >= first) {
      const staff = (kind: 'fte' | 'hours') =>
        cells.find((cell) => cell.spec.staff === kind)?.value ?? null;
      for (const { spec, value } of cells) {
        if (!spec.cost || !value) continue;
        const personnel = spec.cost === 'personnel_cost';
        const fte = personnel ? staff('fte') : null;
        const hours = personnel ? staff('hours') : null;
        costs.push({
          category: spec.cost,
          period: { first, last },
          amount: totalOfBlanks(spec, cells) ? blankTotal(value) : money(value),
          unit,
          amountKind: 'plan',
          ...(fte && fte.value !== null && { staffFte: fte }),
          ...(hours && hours.value !== null && { staffHours: hours }),
        } as unknown as (typeof costs)[number]);
      }
    } else {
      notices.push(
        `row ${row}: the overall plan (全体計画) has no period (事業期間 ${String(firstYear?.raw ?? '')}〜${String(lastYear?.raw ?? '')}); not imported`,
      );
    }
  }

  const evaluatedYear = documentYear + definition.evaluations.yearOffset;
  const evaluations = definition.evaluations.questions.flatMap((question) => {
    const grade = field(question.grade);
    if (!grade) return [];
    let gradeValue: Sourced = grade;
    if (grade.value !== null) {
      const text = String(grade.raw).trim();
      const word = question.scale.find((entry) => (entry.raw ?? entry.grade) === text);
      if (!word) {
        if (text === '0') {
          gradeValue = {
            ...grade,
            value: null,
            absence: 'not_reported',
            note: 'the cell shows 0, which the form prints for an empty choice',
          };
        } else {
          problems.push({
            file,
            path: `row ${row}, column ${question.grade.column} (${question.grade.header.replace(/\s+/g, ' ')})`,
            message: `"${text}" is none of the form's choices: ${question.scale.map((entry) => entry.raw ?? entry.grade).join(', ')}`,
          });
          return [];
        }
      } else gradeValue = { ...grade, value: word.grade };
    }
    const reason = question.reason ? optional(question.reason) : undefined;
    return [
      {
        fiscalYear: evaluatedYear,
        axis: question.axis,
        axisLabel: question.label,
        grade: gradeValue,
        scale: question.scale.map(({ grade: g, label }) => ({ grade: g, label })),
        ...(question.reason && { reasonLabel: question.reason.header }),
        ...(reason && { reason }),
      },
    ];
  });

  const narratives = definition.narratives.flatMap((spec) => {
    const text = optional(spec);
    if (!text) return [];
    return [
      {
        kind: spec.kind,
        heading: spec.header,
        text,
        ...(spec.yearOffset !== undefined && { fiscalYear: documentYear + spec.yearOffset }),
      },
    ];
  });

  if (problems.length > 0 || !number || !name) return { data: null, problems, notices };

  // The program's own texts, each left out where its cell is blank.
  const texts = Object.fromEntries(
    (['department', 'section', 'programCategory', 'legalBasis'] as const).flatMap((key) => {
      const value = optional(columns[key]);
      return value ? [[key, value]] : [];
    }),
  );
  const record = {
    format: DATASET_FORMAT,
    municipality: definition.municipality,
    document,
    program: {
      number,
      name,
      ...texts,
      ...(periodKind && { periodKind }),
      ...(budgetLine && { budgetLine }),
      ...(relatedPlan && { relatedPlan }),
      policyArea: {
        value: policyArea,
        origin: 'editorial',
        note: definition.policyArea.note,
      },
      fundingScheme: {
        value: definition.fundingScheme.value,
        origin: 'editorial',
        note: definition.fundingScheme.note,
      },
      firstFiscalYear: firstYear ?? {
        value: null,
        absence: 'not_reported',
        origin: 'editorial',
        note: 'the form has no start year',
      },
      lastFiscalYear: lastYear ?? {
        value: null,
        absence: 'not_reported',
        origin: 'editorial',
        note: 'the form has no end year',
      },
      planHierarchy: hierarchy,
    },
    kpis,
    costs,
    evaluations,
    activities: [],
    narratives,
  };
  // The definition's English for the form's own words, as glosses of the texts this record holds.
  const english = new Map<string, string>();
  const gloss = (ja: string, en: string | undefined) => {
    if (en) english.set(ja, en);
  };
  for (const level of definition.planHierarchy) gloss(level.level, level.levelEn);
  for (const spec of definition.narratives)
    if (narratives.some((entry) => entry.kind === spec.kind)) gloss(spec.header, spec.headerEn);
  for (const question of definition.evaluations.questions) {
    gloss(question.label, question.labelEn);
    for (const word of question.scale) gloss(word.label, word.labelEn);
  }
  const held = glossableTexts({ ...record, unitCosts: [] } as unknown as ProgramFile);
  const glosses = [...english].filter(([ja]) => held.has(ja)).map(([ja, en]) => ({ ja, en }));

  const parsed = programFileSchema.safeParse({ ...record, glosses });
  if (!parsed.success)
    return {
      data: null,
      problems: parsed.error.issues.map((issue) => {
        const field = issue.path.map(String).join('.');
        const section = sectionAlong(record, issue.path);
        // Named by its cell where the value has one, as every other problem of a workbook is.
        return section
          ? { file, path: `row ${row}, ${section}`, message: `${field}: ${issue.message}` }
          : { file, path: `row ${row}: ${field}`, message: issue.message };
      }),
      notices,
    };
  return { data: parsed.data, problems: [], notices };
}

/** The section (the cell) of the innermost sourced value on `path` through a record, if any. */
function sectionAlong(record: unknown, path: readonly PropertyKey[]): string | null {
  let node = record;
  let section: string | null = null;
  for (const key of path) {
    if (!node || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    const own = (node as { section?: unknown } | null)?.section;
    if (typeof own === 'string') section = own;
  }
  return section;
}
