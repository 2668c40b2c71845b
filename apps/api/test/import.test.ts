import { copyFile, mkdtemp, open, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../src/dataset/files.js';
import { loadDataset } from '../src/dataset/load.js';
import { DatasetError, type ProgramSource } from '../src/dataset/read.js';
import { readForms } from '../src/forms/definition.js';
import { decodeText } from '../src/import/decode.js';
import { readImportBatch } from '../src/import/read.js';
import { importBatch } from '../src/import/run.js';
import { backends, freshDatabase } from './support/databases.js';
import { ASAHI, shippedSources } from './support/dataset.js';
import { dataOf, graphqlClient, withoutIds } from './support/graphql.js';
import { PROGRAM } from './support/queries.js';
import { tableCounts } from './support/table-counts.js';

const EXAMPLES = path.join(DATA_DIR, 'import', 'examples');
const HEADER = 'municipality_code,program_number,kpi_position,fiscal_year,target,actual\n';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'muni-import-'));
});

/** Writes a file of the test's own into the temporary folder. */
async function file(name: string, content: string | Uint8Array): Promise<string> {
  const target = path.join(dir, name);
  await writeFile(target, content);
  return target;
}

async function importFiles(
  db: Awaited<ReturnType<typeof freshDatabase>>['db'],
  files: string[],
  dryRun = false,
) {
  const batch = await readImportBatch(files, { dataDir: DATA_DIR, label: (f) => path.basename(f) });
  return importBatch(db, batch, { dryRun });
}

/** The shipped programs without their yearly KPI values, so an import has something to add. */
async function withoutKpiValues(): Promise<ProgramSource[]> {
  return (await shippedSources()).map((source) => {
    const copy = structuredClone(source);
    for (const kpi of copy.data.kpis) kpi.values = [];
    return copy;
  });
}

describe('decoding', () => {
  it('reads UTF-8 with and without a BOM and Shift_JIS, and says which', () => {
    const utf8 = new TextEncoder().encode('達成');
    expect(decodeText(utf8)).toEqual({ ok: true, text: '達成', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      ok: true,
      text: '達成',
      encoding: 'utf-8-bom',
    });
    expect(decodeText(new Uint8Array([0x92, 0x42, 0x90, 0xac]))).toEqual({
      ok: true,
      text: '達成',
      encoding: 'shift_jis',
    });
    expect(decodeText(new Uint8Array([0xff, 0xfd, 0xa0]))).toMatchObject({ ok: false });
  });
});

describe('a program file read from a sheet of a defined form', () => {
  it('is held to its form: a value from another section of the sheet is named, and nothing is read', async () => {
    const original = await readFile(path.join(DATA_DIR, 'programs', 'isehara-25-102.yaml'), 'utf8');
    const moved = await file(
      'isehara-moved.yaml',
      original.replace('section: "計画（Plan）/ 目的"', 'section: "計画（Plan）/ 事業内容"'),
    );
    const forms = await readForms(path.join(DATA_DIR, 'forms'));
    const batch = await readImportBatch([moved], {
      dataDir: DATA_DIR,
      forms,
      label: (f) => path.basename(f),
    });
    expect(batch.programs).toEqual([]);
    expect(batch.problems).toEqual([
      {
        file: 'isehara-moved.yaml',
        path: expect.stringMatching(/^narratives\[\d+\]\.text$/),
        message:
          'narratives.text (purpose) is read from "計画（Plan）/ 事業内容", but the form isehara-jimu-jigyo-hyoka-sheet prints it in "計画（Plan）/ 目的"',
      },
    ]);
    // The shipped file itself agrees with its form.
    const shipped = await readImportBatch(
      [path.join(DATA_DIR, 'programs', 'isehara-25-102.yaml')],
      {
        dataDir: DATA_DIR,
        forms,
      },
    );
    expect(shipped.problems).toEqual([]);
    expect(shipped.programs).toHaveLength(1);
  });
});

describe.each(backends())('the import on %s', (backend) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;

  beforeAll(async () => {
    database = await freshDatabase(backend);
    await loadDataset(database.db, await shippedSources());
  });
  afterAll(() => database.drop());

  it('imports a Shift_JIS CSV saved by Excel with the same result as its UTF-8 twin', async () => {
    const [utf8, sjis] = await Promise.all([freshDatabase(backend), freshDatabase(backend)]);
    try {
      const answers = [];
      for (const [db, name] of [
        [utf8, 'asahi-kpi-values.csv'],
        [sjis, 'asahi-kpi-values.sjis.csv'],
      ] as const) {
        await loadDataset(db.db, await withoutKpiValues());
        // The same name in two folders: provenance notes name the file.
        const twin = path.join(await mkdtemp(path.join(dir, 'twin-')), 'kpi-values.csv');
        await copyFile(path.join(EXAMPLES, name), twin);
        const batch = await readImportBatch([twin], {
          dataDir: DATA_DIR,
          label: (f) => path.basename(f),
        });
        expect(batch.files[0]!.encoding).toBe(name.includes('sjis') ? 'shift_jis' : 'utf-8');
        const report = await importBatch(db.db, batch, { dryRun: false });
        expect(report.changes.filter((c) => c.action === 'added')).toHaveLength(8);
        answers.push(
          dataOf(await graphqlClient(db.db)<any>(PROGRAM, { code: ASAHI, number: 'DDN-1' }))
            .programByNumber,
        );
      }
      expect(withoutIds(answers[1])).toEqual(withoutIds(answers[0]));
      const fy2023 = answers[0].kpis[3].values.find((v: any) => v.fiscalYear.year === 2023);
      expect(fy2023.actual).toMatchObject({ value: 2214, absence: null });
      const fy2021 = answers[0].kpis[1].values.find((v: any) => v.fiscalYear.year === 2021);
      expect(fy2021.target).toMatchObject({ value: null, absence: 'NOT_APPLICABLE' });
    } finally {
      await Promise.all([utf8.drop(), sjis.drop()]);
    }
  });

  it('reports a dry run (added, changed with before and after, unchanged) and writes nothing', async () => {
    const before = await tableCounts(database.db);
    const csv = await file(
      'dry.csv',
      `${HEADER}12215,DDN-1,4,2023,1000,2300\n12215,DDN-1,4,2024,1000,\n12215,DDN-1,1,2021,5,5\n`,
    );
    const report = await importFiles(database.db, [csv], true);
    expect(report.applied).toBe(false);
    const byKey = Object.fromEntries(report.changes.map((c) => [c.key, c]));
    expect(byKey['12215/DDN-1/kpi/4/2023']).toMatchObject({
      action: 'changed',
      before: { actual: 2214 },
      after: { actual: 2300 },
    });
    expect(byKey['12215/DDN-1/kpi/4/2024']).toMatchObject({
      action: 'added',
      after: { target: 1000, actual: null, actualAbsence: 'not_reported' },
    });
    expect(byKey['12215/DDN-1/kpi/1/2021']!.action).toBe('unchanged');
    expect(await tableCounts(database.db)).toEqual(before);
  });

  it('upserts by natural key and records who changed what; importing again changes nothing', async () => {
    const csv = await file('costs.csv', await readFile(path.join(EXAMPLES, 'isehara-costs.csv')));
    const values = await file('values.csv', `${HEADER}12215,DDN-1,4,2024,1000,1234\n`);
    const first = await importFiles(database.db, [csv, values]);
    expect(first.changes.find((c) => c.key === '12215/DDN-1/kpi/4/2024')!.action).toBe('added');
    const counts = await tableCounts(database.db);
    const again = await importFiles(database.db, [csv, values]);
    expect(again.changes.every((c) => c.action === 'unchanged')).toBe(true);
    expect(await tableCounts(database.db)).toEqual(counts);

    const execute = graphqlClient(database.db);
    const history = dataOf(
      await execute<any>(`{ programByNumber(municipalityCode: "12215", number: "DDN-1") {
        lastChangedAt
        kpis { position values { fiscalYear { year } actual { value source { origin note } } history { nodes { actor source action entityKey after } } } }
      } }`),
    ).programByNumber;
    expect(history.lastChangedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const fy2024 = history.kpis[3].values.find((v: any) => v.fiscalYear.year === 2024);
    expect(fy2024.actual).toEqual({
      value: 1234,
      source: { origin: 'IMPORT', note: 'values.csv line 2' },
    });
    expect(fy2024.history.nodes).toEqual([
      {
        actor: 'import:values.csv',
        source: 'IMPORT',
        action: 'ADDED',
        entityKey: '12215/DDN-1/kpi/4/2024',
        after: expect.stringContaining('"actual":1234'),
      },
    ]);
  });

  describe('refuses bad files with a clear error and leaves the database as it was', () => {
    const cases: [string, () => Promise<string[]>, RegExp][] = [
      [
        'wrong types',
        async () => [await file('types.csv', `${HEADER}12215,DDN-1,one,2023,abc,1\n`)],
        /line 2, kpi_position: must be a whole number[\s\S]*line 2, target: must be a number, got "abc"/,
      ],
      [
        'an unknown municipality',
        async () => [await file('town.csv', `${HEADER}99999,X-1,1,2023,1,1\n`)],
        /line 2, municipality_code: unknown municipality 99999/,
      ],
      [
        'negative money',
        async () => [
          await file(
            'negative.csv',
            'municipality_code,program_number,category,fiscal_year,amount,unit\n14214,25-102,project_cost,2023,-5,千円\n',
          ),
        ],
        /line 2, amount: must not be negative/,
      ],
      [
        'a duplicate year',
        async () => [
          await file('dup.csv', `${HEADER}12215,DDN-1,4,2023,1,1\n12215,DDN-1,4,2023,2,2\n`),
        ],
        /line 3, fiscal_year: duplicates dup.csv line 2/,
      ],
      [
        'a KPI without unit',
        async () => {
          const yaml = await readFile(
            path.join(DATA_DIR, 'programs', 'isehara-25-102.yaml'),
            'utf8',
          );
          const broken = yaml.replace(
            /(\n {4}unit:\s*\n?\s*)\{?\s*value: "[^"]*"/,
            '$1{ value: ""',
          );
          expect(broken).not.toBe(yaml);
          return [await file('no-unit.yaml', broken)];
        },
        /kpis\[0\]\.unit\.value: must not be empty/,
      ],
      [
        'broken CSV quoting',
        async () => [await file('quote.csv', `${HEADER}12215,DDN-1,4,2023,"1,000,5\n`)],
        /line 2: a quoted field is never closed/,
      ],
      [
        'bytes that are neither UTF-8 nor Shift_JIS',
        async () => [
          await file('binary.csv', new Uint8Array([0x61, 0x2c, 0xff, 0xfd, 0xa0, 0x0a])),
        ],
        /neither UTF-8 nor Shift_JIS/,
      ],
      [
        'an empty file',
        async () => [await file('empty.csv', '')],
        /empty.csv: \(file\): the file is empty/,
      ],
      [
        'a file of 50 MB',
        async () => {
          const big = path.join(dir, 'big.csv');
          const handle = await open(big, 'w');
          await handle.truncate(50 * 1024 * 1024);
          await handle.close();
          return [big];
        },
        /big.csv: \(file\): is 50.0 MB; the limit is 10 MB per file/,
      ],
    ];
    it.each(cases)('%s', async (_name, make, message) => {
      const before = await tableCounts(database.db);
      const files = await make();
      // A good file in the same batch is not imported either: all or nothing.
      const good = await file('good.csv', `${HEADER}12215,DDN-1,4,2025,1,1\n`);
      const error = await importFiles(database.db, [good, ...files]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatasetError);
      expect((error as DatasetError).message).toMatch(message);
      expect(await tableCounts(database.db)).toEqual(before);
    });
  });
});
