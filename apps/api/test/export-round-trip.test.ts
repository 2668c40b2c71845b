import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../src/dataset/files.js';
import { loadDataset } from '../src/dataset/load.js';
import { readImportBatch } from '../src/import/read.js';
import { importBatch } from '../src/import/run.js';
import { backends, freshDatabase } from './support/databases.js';
import { ASAHI, ISEHARA, shippedSources } from './support/dataset.js';
import { dataOf, graphqlClient, withoutIds } from './support/graphql.js';
import { PROGRAM } from './support/queries.js';

const PROGRAMS = [
  [ISEHARA, '25-102'],
  [ASAHI, 'DDN-1'],
] as const;

const EXPORT = /* GraphQL */ `
  query Export($code: String!, $number: String!, $format: ExportFormat!) {
    programByNumber(municipalityCode: $code, number: $number) {
      export(format: $format) {
        fileName
        content
      }
    }
  }
`;

describe.each(backends())('export then import on %s', (backend) => {
  let source: Awaited<ReturnType<typeof freshDatabase>>;
  let target: Awaited<ReturnType<typeof freshDatabase>>;
  let dir: string;

  beforeAll(async () => {
    [source, target] = await Promise.all([freshDatabase(backend), freshDatabase(backend)]);
    await loadDataset(source.db, await shippedSources());
    dir = await mkdtemp(path.join(tmpdir(), 'muni-export-'));
  });
  afterAll(async () => {
    await Promise.all([source.drop(), target.drop()]);
  });

  async function exported(format: string): Promise<string[]> {
    const execute = graphqlClient(source.db);
    const files: string[] = [];
    for (const [code, number] of PROGRAMS) {
      const file = dataOf(await execute<any>(EXPORT, { code, number, format })).programByNumber
        .export;
      const target = path.join(dir, file.fileName);
      await writeFile(target, file.content);
      files.push(target);
    }
    return files;
  }

  it('gives both source programs back, every query answering the same in an empty database', async () => {
    const batch = await readImportBatch(await exported('YAML'), { dataDir: DATA_DIR });
    expect(batch.problems).toEqual([]);
    const report = await importBatch(target.db, batch, { dryRun: false });
    expect(report.changes.every((change) => change.action === 'added')).toBe(true);
    for (const [code, number] of PROGRAMS) {
      const [before, after] = await Promise.all(
        [source, target].map(async (db) =>
          withoutIds(dataOf(await graphqlClient(db.db)<any>(PROGRAM, { code, number }))),
        ),
      );
      expect(after).toEqual(before);
    }
  });

  it('exports the tables as CSV that import back as unchanged', async () => {
    const files = [...(await exported('KPI_VALUES_CSV')), ...(await exported('COSTS_CSV'))];
    const batch = await readImportBatch(files, { dataDir: DATA_DIR });
    expect(batch.problems).toEqual([]);
    const report = await importBatch(source.db, batch, { dryRun: true });
    expect(report.changes.length).toBeGreaterThan(20);
    expect(report.changes.filter((change) => change.action !== 'unchanged')).toEqual([]);
  });

  it('writes a note a spreadsheet would run as a formula as text, and reads it back as written', async () => {
    const formula = '=HYPERLINK("http://example.com","click")';
    await source.db.execute(
      sql`update kpi_value set note = ${formula} where fiscal_year = 2021 and kpi_id = (select min(id) from kpi)`,
    );
    const files = await exported('KPI_VALUES_CSV');
    const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
    expect(texts.join('')).toContain(`"'=HYPERLINK(""http://example.com"",""click"")"`);
    expect(texts.join('')).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const batch = await readImportBatch(files, { dataDir: DATA_DIR });
    expect(batch.problems).toEqual([]);
    const report = await importBatch(source.db, batch, { dryRun: true });
    expect(report.changes.filter((change) => change.action !== 'unchanged')).toEqual([]);
  });
});
