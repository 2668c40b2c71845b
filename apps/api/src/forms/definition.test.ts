import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../dataset/files.js';
import { DatasetError } from '../dataset/read.js';
import { readFormDefinition, readForms, sameHeader } from './definition.js';

const OFUNATO = path.join(DATA_DIR, 'forms', 'ofunato-jimu-jigyo-hyoka.yaml');

describe('form definitions', () => {
  it('ships valid definitions', async () => {
    const forms = (await readForms(path.join(DATA_DIR, 'forms'))).workbooks;
    expect(forms.map((form) => form.key)).toEqual(['ofunato-jimu-jigyo-hyoka']);
    // Six years of 19 columns each, the sixth a plan.
    expect(forms[0]!.years.map((year) => [year.fiscalYear, year.kind])).toEqual([
      [2020, 'actual'],
      [2021, 'actual'],
      [2022, 'actual'],
      [2023, 'actual'],
      [2024, 'actual'],
      [2025, 'plan'],
    ]);
    expect(forms[0]!.yearColumns).toHaveLength(19);
  });

  it('compares headers as a reader sees them', () => {
    expect(sameHeader('事業費計  （A）', '事業費計（A）')).toBe(true);
    expect(sameHeader('全体計画\n（国庫支出金）', '全体計画（国庫支出金）')).toBe(true);
    expect(sameHeader('事業費計（A）', '事業費計（B）')).toBe(false);
  });

  it('names a total that adds up a column its group does not have', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'muni-form-'));
    const file = path.join(dir, 'typo.yaml');
    const text = await readFile(OFUNATO, 'utf8');
    await writeFile(file, text.replace('totalOf: [国庫支出金,', 'totalOf: [国庫支出全,'));
    const error = await readFormDefinition(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).problems).toEqual([
      {
        file: path.relative(process.cwd(), file),
        path: 'yearColumns.5.totalOf.0',
        message: 'names no column of the group: "国庫支出全"',
      },
    ]);
  });
});
