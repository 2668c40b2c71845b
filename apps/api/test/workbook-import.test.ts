import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Database } from '../src/db/client.js';
import { DATA_DIR } from '../src/dataset/files.js';
import { DatasetError } from '../src/dataset/read.js';
import { readForms, type Forms } from '../src/forms/definition.js';
import { readImportBatch } from '../src/import/read.js';
import { importBatch } from '../src/import/run.js';
import { backends, freshDatabase } from './support/databases.js';
import { dashboardPage } from './support/dashboard-page.js';
import { dataOf, graphqlClient } from './support/graphql.js';
import { tableCounts } from './support/table-counts.js';

/** The real workbook lives beside the project, not in it (its SOURCE.md says why). */
const WORKBOOK = path.resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  '../../../../shared/real/ofunato-r7/jimu-jigyo-hyoka-r7.xlsx',
);
const present = existsSync(WORKBOOK);
if (!present)
  console.warn(
    `workbook import tests skipped: ${WORKBOOK} is absent (the real 大船渡市 workbook, see data/README.md)`,
  );

const SHEET = 'データ集計マクロ用シート';

const PROGRAM = /* GraphQL */ `
  query ($number: String!) {
    programByNumber(municipalityCode: "03203", number: $number) {
      name
      department
      section
      periodKind
      programCategory
      budgetLine
      firstFiscalYear {
        year
      }
      policyArea
      planHierarchy {
        level
        number
        name
      }
      kpis {
        position
        name
        role
        kind
        values {
          fiscalYear {
            year
          }
          actual {
            value
            absence
            source {
              section
              rawText
            }
          }
          target {
            value
            absence
          }
        }
      }
      costs {
        category
        fiscalYears {
          first {
            year
          }
          last {
            year
          }
        }
        amountKind
        amount {
          yen
          absence
          source {
            section
            rawText
          }
        }
        staffHours {
          value
        }
      }
      evaluations {
        axis
        fiscalYear {
          year
        }
        grade {
          value
          absence
        }
      }
      narratives {
        kind
        text
      }
    }
  }
`;

interface Answer {
  programByNumber: {
    name: string;
    department: string | null;
    section: string | null;
    periodKind: string | null;
    programCategory: string | null;
    budgetLine: string | null;
    firstFiscalYear: { year: number } | null;
    policyArea: string;
    planHierarchy: { level: string; number: string | null; name: string }[];
    kpis: {
      position: number;
      name: string;
      role: string;
      kind: string | null;
      values: {
        fiscalYear: { year: number };
        actual: {
          value: number | null;
          absence: string | null;
          source: { section: string; rawText: string | null } | null;
        };
        target: { value: number | null; absence: string | null };
      }[];
    }[];
    costs: {
      category: string;
      fiscalYears: { first: { year: number }; last: { year: number } };
      amountKind: string;
      amount: {
        yen: number | null;
        absence: string | null;
        source: { section: string; rawText: string | null };
      };
      staffHours: { value: number | null } | null;
    }[];
    evaluations: {
      axis: string;
      fiscalYear: { year: number };
      grade: { value: string | null };
    }[];
    narratives: { kind: string; text: string }[];
  } | null;
}

/** The workbook read straight through the library, as the oracle the import is checked against. */
async function rawCells() {
  const rows = await readSheet(WORKBOOK, SHEET, { trim: false });
  return (row: number, column: string) => {
    let index = 0;
    for (const letter of column) index = index * 26 + letter.charCodeAt(0) - 64;
    return rows[row - 1]?.[index - 1] ?? null;
  };
}

async function rows(db: Database, query: SQL): Promise<Record<string, unknown>[]> {
  return ((await db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
}

/**
 * The workbook with three mistakes a person makes in Excel: a word typed into a figure's cell (事業費計 of
 * 令和2, row 5), a negative amount (row 6) and a header cleared (国庫支出金 of 令和2). The XML is edited as Excel would save it.
 */
function corruptCopy(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  let sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  const figure = /<c r="BY5"[^>]*>.*?<\/c>/.exec(sheet)![0];
  sheet = sheet.replace(figure, '<c r="BY5" t="inlineStr"><is><t>未確定</t></is></c>');
  const negative = /<c r="BY6"[^>]*>.*?<\/c>/.exec(sheet)![0];
  sheet = sheet.replace(negative, '<c r="BY6"><v>-120</v></c>');
  const header = /<c r="BT2"[^>]*>.*?<\/c>/.exec(sheet)![0];
  sheet = sheet.replace(header, '<c r="BT2"/>');
  files['xl/worksheets/sheet1.xml'] = strToU8(sheet);
  return zipSync(files);
}

/** The workbook without the last program's row, as a city that dropped the program saves it. */
function withoutLastProgram(bytes: Uint8Array, row: number): Uint8Array {
  const files = unzipSync(bytes);
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  const xml = new RegExp(`<row r="${row}"[^>]*>.*?</row>`, 's').exec(sheet)![0];
  files['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace(xml, ''));
  return zipSync(files);
}

/** The column `letters` is from BT, counted from `group` instead (the same cell of another year). */
function letterPlus(letters: string, group: string): string {
  const index = (l: string) => [...l].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  let n = index(group) + index(letters) - index('BT');
  let out = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

const text = (value: unknown) => String(value).replace(/\r\n/g, '\n').trim().normalize('NFKC');

describe.skipIf(!present).each(backends())('the 大船渡市 workbook on %s', (backend) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let forms: Forms;
  const importWorkbook = async (file: string, dryRun = false) => {
    const batch = await readImportBatch([file], {
      dataDir: DATA_DIR,
      forms,
      label: (f) => path.basename(f),
    });
    return importBatch(database.db, batch, { dryRun });
  };

  beforeAll(async () => {
    database = await freshDatabase(backend);
    forms = await readForms(path.join(DATA_DIR, 'forms'));
  }, 120_000);
  afterAll(() => database.drop());

  it('imports every program, then again with no change; a dry run writes nothing', async () => {
    const dry = await importWorkbook(WORKBOOK, true);
    expect(dry.applied).toBe(false);
    expect(dry.changes.filter((change) => change.action === 'added').length).toBeGreaterThan(
      40_000,
    );
    expect((await tableCounts(database.db)).program).toBe(0);

    const first = await importWorkbook(WORKBOOK);
    expect(first.changes.every((change) => change.action === 'added')).toBe(true);
    expect((await tableCounts(database.db)).program).toBe(407);
    const counts = await tableCounts(database.db);

    const again = await importWorkbook(WORKBOOK);
    expect(again.changes.filter((change) => change.action !== 'unchanged')).toEqual([]);
    expect(await tableCounts(database.db)).toEqual(counts);
  }, 300_000);

  it('serves the workbook cell for cell: texts, codes, figures, blanks and marks', async () => {
    const cell = await rawCells();
    const execute = graphqlClient(database.db);
    let checked = 0;
    // Every eighth row: 51 programs, ten cells of different kinds each.
    for (let row = 3; row <= 409; row += 8) {
      const number = String(cell(row, 'H'));
      const program = dataOf(await execute<Answer>(PROGRAM, { number })).programByNumber!;
      expect(program, `row ${row}`).not.toBeNull();
      expect(program.name).toBe(text(cell(row, 'I')));
      expect(program.department).toBe(text(cell(row, 'U')));
      expect(program.periodKind).toBe(text(cell(row, 'AC')));
      expect(program.planHierarchy.map((level) => level.number)).toEqual([
        `${cell(row, 'K')}${cell(row, 'L')}`,
        `${cell(row, 'N')}${cell(row, 'O')}`,
        `${cell(row, 'Q')}${cell(row, 'R')}`,
      ]);
      checked += 4;

      // Money in 千円: FY2020 project cost (BY), FY2024 general fund (EV), FY2025 plan (FP).
      for (const [column, category, year] of [
        ['BY', 'PROJECT_COST', 2020],
        ['EV', 'GENERAL_FUND', 2024],
        ['FP', 'PROJECT_COST', 2025],
      ] as const) {
        const raw = cell(row, column);
        const cost = program.costs.find(
          (entry) => entry.category === category && entry.fiscalYears.first.year === year,
        )!;
        expect(cost.amountKind).toBe(year === 2025 ? 'PLAN' : 'ACTUAL');
        expect(cost.amount.source.section).toContain(`${column}${row}`);
        // 事業費計 is a formula: over parts that are all blank it prints 0, which is no figure.
        const parts = ['BT', 'BU', 'BV', 'BW', 'BX'].map((part) =>
          cell(row, column === 'FP' ? letterPlus(part, 'FK') : part),
        );
        const totalOfBlanks = category === 'PROJECT_COST' && parts.every((part) => part === null);
        if (typeof raw === 'number' && !totalOfBlanks)
          expect(cost.amount.yen, `${column}${row}`).toBe(Math.round(raw * 1000));
        else expect(cost.amount.yen, `${column}${row}`).toBeNull();
        checked += 1;
      }

      // Staff hours of FY2022 (DM).
      const hours = program.costs.find(
        (entry) => entry.category === 'PERSONNEL_COST' && entry.fiscalYears.first.year === 2022,
      )!;
      const rawHours = cell(row, 'DM');
      expect(hours.staffHours?.value ?? null).toBe(typeof rawHours === 'number' ? rawHours : null);
      checked += 1;

      // The first outcome indicator (サ): its name, and its FY2021 actual (DC), whatever the cell holds.
      const outcomeName = cell(row, 'BN');
      const outcome = program.kpis.find((kpi) => kpi.position === 7);
      if (outcomeName === null) expect(outcome).toBeUndefined();
      else {
        expect(outcome!.name).toBe(text(outcomeName));
        expect(outcome!.role).toBe('OUTCOME');
        expect(outcome!.kind).toBeNull();
        const actual = outcome!.values.find((value) => value.fiscalYear.year === 2021)!.actual;
        const raw = cell(row, 'DC');
        if (raw === null || String(raw).trim() === '') {
          expect(actual).toMatchObject({ value: null, absence: 'NOT_REPORTED' });
        } else if (typeof raw === 'number') {
          expect(actual.value).toBe(Number(raw.toPrecision(15)));
        } else if (/^[-－―‐–]$/.test(String(raw).trim())) {
          expect(actual).toMatchObject({ value: null, absence: 'NOT_APPLICABLE' });
        } else {
          expect(actual.value).toBe(
            Number(
              text(raw)
                .replace(/[,\s]/g, '')
                .replace(/\(.*\)$/, ''),
            ),
          );
        }
        expect(actual.source?.section).toContain(`DC${row}`);
      }
      checked += 1;

      // An evaluation grade (GG) and the section head's summary (HB).
      const grade = program.evaluations.find((entry) => entry.axis === 'POLICY_ALIGNMENT')!;
      expect(grade.grade.value).toBe(text(cell(row, 'GG')));
      expect(grade.fiscalYear.year).toBe(2024);
      const summary = program.narratives.find((entry) => entry.kind === 'HEAD_SUMMARY');
      const rawSummary = cell(row, 'HB');
      if (rawSummary === null) expect(summary).toBeUndefined();
      else expect(summary!.text).toBe(text(rawSummary));
      checked += 2;
    }
    expect(checked).toBeGreaterThanOrEqual(50 * 10);
  }, 120_000);

  it('keeps codes with their leading zeros and reads multi-line budget codes line by line', async () => {
    const execute = graphqlClient(database.db);
    const program = dataOf(await execute<Answer>(PROGRAM, { number: '0086' })).programByNumber!;
    expect(program.budgetLine).toBe('01-04-01-03-1200\n01-04-02-01-0600');
    expect(program.section).toBe('環境衛生係');
    expect(program.programCategory).toBe('E 一般');
    expect(program.policyArea).toBe('waste');
    // The form's own words carry the definition's English.
    const english = dataOf(
      await execute<{
        programByNumber: {
          evaluations: { axis: string; axisLabelEn: string | null; gradeLabelEn: string | null }[];
          planHierarchy: { levelEn: string | null }[];
        };
      }>(
        `{ programByNumber(municipalityCode: "03203", number: "0086") {
          evaluations { axis axisLabelEn gradeLabelEn } planHierarchy { levelEn } } }`,
      ),
    ).programByNumber;
    expect(english.evaluations.find((e) => e.axis === 'POLICY_ALIGNMENT')).toEqual({
      axis: 'POLICY_ALIGNMENT',
      axisLabelEn: "① Fit with the city's policy system",
      gradeLabelEn: 'linked to it',
    });
    expect(english.planHierarchy.map((level) => level.levelEn)).toEqual([
      'Policy',
      'Measure',
      'Basic project',
    ]);
    // 昭和7: a program older than the post-war years of every figure.
    expect(
      await rows(
        database.db,
        sql`select first_fiscal_year from program where name_ja = '日本水道協会参画事業'`,
      ),
    ).toEqual([{ first_fiscal_year: 1932 }]);
  });

  it('serves no blank cell as 0, and imports no staff name or telephone number', async () => {
    // Every figure read from an empty cell is null: an empty cell has no raw text.
    const blanksAsFigures = await rows(
      database.db,
      sql`
      select count(*)::int as n from cost_entry c join provenance p on p.id = c.provenance_id
      where p.raw_text is null and c.amount_yen is not null
      union all
      select count(*)::int from kpi_value v join provenance p on p.id = v.actual_provenance_id
      where p.raw_text is null and v.actual is not null
      union all
      select count(*)::int from kpi_value v join provenance p on p.id = v.target_provenance_id
      where p.raw_text is null and v.target is not null`,
    );
    expect(blanksAsFigures).toEqual([{ n: 0 }, { n: 0 }, { n: 0 }]);
    const [blanks] = await rows(
      database.db,
      sql`select count(*)::int as n from kpi_value where actual is null and actual_absence = 'not_reported'`,
    );
    expect(blanks!.n).toBe(37);
    // The form states no indicator's better direction, and none is assumed.
    expect(
      await rows(database.db, sql`select count(*)::int as n from kpi where direction is not null`),
    ).toEqual([{ n: 0 }]);

    // The form prints the number 0 for an empty text: no indicator, text or number is "0".
    expect(
      await rows(
        database.db,
        sql`select (select count(*)::int from kpi where name_ja = '0') as kpis,
          (select count(*)::int from narrative where text = '0') as texts,
          (select count(*)::int from program where number = '0' or legal_basis = '0') as programs`,
      ),
    ).toEqual([{ kpis: 0, texts: 0, programs: 0 }]);
    // A program whose 事務事業ID is that 0 is numbered by its row, and says so.
    const [unnumbered] = await rows(
      database.db,
      sql`select p.number, pr.origin from program p
        join program_field_source f on f.program_id = p.id and f.field = 'number'
        join provenance pr on pr.id = f.provenance_id
        where p.name_ja = '中野地区水路改修事業'`,
    );
    expect(unnumbered).toEqual({ number: 'row-314', origin: 'editorial' });

    const cell = await rawCells();
    const names = [cell(3, 'V'), cell(3, 'X'), cell(3, 'Y')].map(String);
    for (const name of names)
      expect(
        await rows(
          database.db,
          sql`select count(*)::int as n from provenance where position(${name} in raw_text) > 0`,
        ),
        name,
      ).toEqual([{ n: 0 }]);
  });

  it('finds programs of the city that do similar work, each by words both of them use', async () => {
    const execute = graphqlClient(database.db);
    const texts = `id name municipality { code } kpis { name } narratives { kind text }`;
    const data = dataOf(
      await execute<any>(
        `query($text: String!) { programs(first: 1, filter: { text: $text }) { nodes {
          ${texts}
          same: similar(scope: SAME_MUNICIPALITY) { program { ${texts} } sharedTerms }
          other: similar(scope: OTHER_MUNICIPALITIES) { program { municipality { code } } }
        } } }`,
        { text: '地域おこし協力隊事業' },
      ),
    );
    const program = data.programs.nodes[0];
    expect(program.name).toBe('地域おこし協力隊事業');
    expect(program.same.map((s: any) => s.program.name)).toContain('移住・定住促進事業');
    expect(
      program.same.find((s: any) => s.program.name === '移住・定住促進事業').sharedTerms,
    ).toContain('移住定住');
    const textOf = (p: any) =>
      [p.name, ...p.kpis.map((k: any) => k.name), ...p.narratives.map((n: any) => n.text)]
        .join('\n')
        .normalize('NFKC')
        .toLowerCase();
    for (const similar of program.same) {
      expect(similar.program.municipality.code).toBe(program.municipality.code);
      expect(similar.program.name).not.toBe(program.name);
      for (const term of similar.sharedTerms) {
        expect(textOf(program), term).toContain(term);
        expect(textOf(similar.program), term).toContain(term);
      }
    }
    for (const similar of program.other)
      expect(similar.program.municipality.code).not.toBe(program.municipality.code);

    // The dashboard's own query for it: the record, and the similar programs with their names and
    // cities, in two statements.
    for (const ja of [true, false]) {
      const page = await dashboardPage(execute, program.id, ja);
      expect(page.program.sameMunicipality.map((s: any) => s.program.name)).toContain(
        '移住・定住促進事業',
      );
      expect(page.result.statements).toBe(2);
    }
  });

  it("gives the dashboard each program's sources once, every value's source among them", async () => {
    const execute = graphqlClient(database.db);
    const { programs } = dataOf(await execute<any>('{ programs(first: 100) { nodes { id } } }'));
    let cited = 0;
    // Every fourth of the first hundred: programs of every section of the workbook.
    for (const { id } of programs.nodes.filter((_: unknown, index: number) => index % 4 === 0))
      for (const ja of [true, false]) {
        const { program } = await dashboardPage(execute, id, ja);
        const sources = [
          ...program.kpis.flatMap((kpi: any) =>
            kpi.values.flatMap((value: any) => [value.target.source, value.actual.source]),
          ),
          ...program.costs.map((cost: any) => cost.amount.source),
        ].filter(Boolean);
        // Each put back whole: the workbook's sheet and the cell, or what else it came from.
        for (const source of sources) {
          if (source.origin !== 'DOCUMENT') expect(source.document, id).toBe(null);
          else {
            expect(source.document.title, id).toContain('大船渡');
            expect(source.section, id).toBeTruthy();
            cited += 1;
          }
        }
      }
    expect(cited).toBeGreaterThan(100);
  }, 120_000);

  it('removes a program the workbook no longer has, naming it in the dry run, and brings it back', async () => {
    const cell = await rawCells();
    const last = 3 + 407 - 1;
    const number = String(cell(last, 'H'));
    const name = text(cell(last, 'I'));
    const key = `03203/${number}`;
    const dir = await mkdtemp(path.join(tmpdir(), 'muni-workbook-'));
    const shorter = path.join(dir, 'dropped.xlsx');
    await writeFile(shorter, withoutLastProgram(await readFile(WORKBOOK), last));
    const counts = await tableCounts(database.db);

    const dry = await importWorkbook(shorter, true);
    const removed = dry.changes.filter((change) => change.action === 'removed');
    expect(new Set(removed.map((change) => change.program))).toEqual(new Set([key]));
    expect(dry.changes.filter((c) => c.action !== 'unchanged' && c.action !== 'removed')).toEqual(
      [],
    );
    expect(await tableCounts(database.db)).toEqual(counts);

    await importWorkbook(shorter);
    const execute = graphqlClient(database.db);
    const find = `{ programByNumber(municipalityCode: "03203", number: "${number}") { name } }`;
    expect((await execute<any>(find)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await tableCounts(database.db)).program).toBe(406);
    const [audit] = await rows(
      database.db,
      sql`select count(*)::int as n from audit_event where action = 'removed' and entity_key like ${`${key}%`}`,
    );
    expect(audit!.n).toBe(removed.length);

    await importWorkbook(WORKBOOK);
    expect(dataOf(await execute<any>(find)).programByNumber.name).toBe(name);
    expect((await tableCounts(database.db)).program).toBe(407);
  }, 300_000);
});

describe.skipIf(!present)('a corrupted copy of the workbook', () => {
  it('names every problem with row, column and header, and writes nothing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'muni-workbook-'));
    const corrupted = path.join(dir, 'corrupted.xlsx');
    await writeFile(corrupted, corruptCopy(await readFile(WORKBOOK)));
    const database = await freshDatabase('pglite');
    try {
      const forms = await readForms(path.join(DATA_DIR, 'forms'));
      const batch = await readImportBatch([corrupted], {
        dataDir: DATA_DIR,
        forms,
        label: (f) => path.basename(f),
      });
      const error = await importBatch(database.db, batch, { dryRun: false }).catch((e) => e);
      expect(error).toBeInstanceOf(DatasetError);
      expect((error as DatasetError).problems).toEqual([
        {
          file: 'corrupted.xlsx',
          path: 'row 2, column BT',
          message: 'the header "国庫支出金" (form ofunato-jimu-jigyo-hyoka) is missing',
        },
        {
          file: 'corrupted.xlsx',
          path: 'row 5, column BY (事業費計 （A）, １年目（令和２年度実績）)',
          message: '"未確定" is not a number',
        },
        // A figure the format refuses is named by its cell too, with the field it was read into.
        {
          file: 'corrupted.xlsx',
          path: 'row 6, データ集計マクロ用シート!BY6（事業費計 （A）、１年目（令和２年度実績））',
          message: 'costs.5.amount.value: must not be negative',
        },
      ]);
      expect((await tableCounts(database.db)).program).toBe(0);
    } finally {
      await database.drop();
    }
  }, 60_000);
});
