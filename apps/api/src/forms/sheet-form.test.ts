import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetFiles, DATA_DIR } from '../dataset/files.js';
import { DatasetError, readProgramFiles, type ProgramSource } from '../dataset/read.js';
import { readForms } from './definition.js';
import { checkAgainstSheetForm, sheetFormsFor } from './sheet-form.js';

const shipped = async () => ({
  forms: await readForms(path.join(DATA_DIR, 'forms')),
  sources: await readProgramFiles(await datasetFiles(), DATA_DIR),
});

describe('sheet forms', () => {
  it("describe Isehara's and Asahi's sheets, and every shipped program file agrees with its form", async () => {
    const { forms, sources } = await shipped();
    expect(forms.sheets.map((form) => form.key)).toEqual([
      'asahi-digital-denen-result',
      'isehara-jimu-jigyo-hyoka-sheet',
    ]);
    expect(forms.workbooks.map((form) => form.key)).toEqual(['ofunato-jimu-jigyo-hyoka']);
    for (const source of sources) {
      const matching = sheetFormsFor(forms.sheets, source);
      expect(matching, source.file).toHaveLength(1);
      expect(checkAgainstSheetForm(matching[0]!, source), source.file).toEqual([]);
    }
  });

  it('names a value read from the wrong place, a field the form lacks, and money in another unit', async () => {
    const { forms, sources } = await shipped();
    const isehara = sources.find((source) => source.data.municipality.code === '14214')!;
    const changed: ProgramSource = structuredClone(isehara);
    const cost = changed.data.costs[0]!;
    (cost.amount as { section?: string }).section = '評価（Check）/ 効率性';
    cost.unit = '円';
    (changed.data.program.name as { section?: string }).section = '事業番号';
    const [form] = sheetFormsFor(forms.sheets, changed);
    expect(checkAgainstSheetForm(form!, changed)).toEqual([
      {
        file: isehara.file,
        path: 'program.name',
        message:
          'program.name is read from "事業番号", but the form isehara-jimu-jigyo-hyoka-sheet prints it in "事業名"',
      },
      {
        file: isehara.file,
        path: 'costs[0].amount',
        message: `costs.amount (${cost.category}) is read from "評価（Check）/ 効率性", but the form isehara-jimu-jigyo-hyoka-sheet prints it in "事業実施（Do）/ コスト"`,
      },
      {
        file: isehara.file,
        path: 'costs[0].unit',
        message: 'is 円, but the form isehara-jimu-jigyo-hyoka-sheet prints money in 千円',
      },
    ]);

    // Asahi's report prints no department.
    const asahi: ProgramSource = structuredClone(
      sources.find((source) => source.data.municipality.code === '12215')!,
    );
    Object.assign(asahi.data.program, { department: { value: '企画政策課', section: '表題' } });
    expect(checkAgainstSheetForm(sheetFormsFor(forms.sheets, asahi)[0]!, asahi)).toEqual([
      {
        file: asahi.file,
        path: 'program.department',
        message: 'program.department is not a field of the form asahi-digital-denen-result',
      },
    ]);
  });

  it('refuses a definition whose cost field names no cost category', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'muni-sheet-'));
    await writeFile(
      path.join(dir, 'sheet.yaml'),
      [
        'format: muni-form/1',
        'key: a-sheet',
        'layout: sheet_per_program',
        'formName: 評価シート',
        'formNameEn: Evaluation sheet',
        "municipality: { code: '14214', nameJa: 伊勢原市 }",
        'documentForm: evaluation_sheet',
        'sheet: one page a program',
        'money: { unit: 千円, note: printed beside every amount }',
        'blank: { absence: not_reported, meaning: an empty cell }',
        'marks: []',
        'fields:',
        '  - { field: costs.amount, of: projectcost, section: コスト, label: 事業費, labelEn: Project cost }',
      ].join('\n'),
    );
    const error = await readForms(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).problems).toEqual([
      {
        file: path.relative(process.cwd(), path.join(dir, 'sheet.yaml')),
        path: 'fields.0.of',
        message: 'is not a cost category: "projectcost"',
      },
    ]);
  });
});
