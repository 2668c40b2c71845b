import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { normalizeText } from '@muni/domain';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, datasetFiles } from '../src/dataset/files.js';
import type { ProgramFile } from '../src/dataset/format.js';
import { DatasetError, readProgramFile, readProgramFiles } from '../src/dataset/read.js';
import { ASAHI, ISEHARA, shippedSource, shippedSources } from './support/dataset.js';

/** Every `raw` of a parsed file with where it stands. */
function raws(node: unknown, at = ''): { at: string; raw: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => raws(item, `${at}[${i}]`));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) =>
      key === 'raw' && typeof value === 'string'
        ? [{ at: `${at}.${key}`, raw: value }]
        : raws(value, `${at}.${key}`),
    );
  }
  return [];
}

const kpi = (file: ProgramFile, position: number) =>
  file.kpis.find((k) => k.position === position)!;
const year = (file: ProgramFile, position: number, fiscalYear: number) =>
  kpi(file, position).values.find((v) => v.fiscalYear === fiscalYear)!;
const cost = (
  file: ProgramFile,
  category: string,
  years: number | [number, number],
  staffType?: string,
) =>
  file.costs.find(
    (c) =>
      c.category === category &&
      c.staffType === staffType &&
      (typeof years === 'number'
        ? c.fiscalYear === years
        : c.period?.first === years[0] && c.period?.last === years[1]),
  )!;

describe('the shipped dataset', () => {
  it('has both source programs, each quoting a source file it ships', async () => {
    const sources = await shippedSources();
    expect(sources.map((s) => s.data.municipality.code).sort()).toEqual([ASAHI, ISEHARA]);
    for (const source of sources) {
      const shipped = await readFile(path.join(DATA_DIR, source.data.document.file), 'utf8');
      expect(shipped).toBe(source.sourceText);
    }
  });

  it('quotes every raw text verbatim from its source file', async () => {
    let checked = 0;
    for (const source of await shippedSources()) {
      for (const { at, raw } of raws(source.data)) {
        expect(source.sourceText.includes(raw), `${source.file}${at} not in source`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('stores each text as its raw text, normalised (the raw may include the printed label)', async () => {
    const strip = (text: string) => text.replace(/\s/g, '');
    for (const source of await shippedSources()) {
      const texts = [
        ...source.data.narratives.map((n) => n.text),
        ...source.data.kpis.flatMap((k) => (k.statusNote ? [k.statusNote] : [])),
        ...source.data.evaluations.flatMap((e) => (e.reason ? [e.reason] : [])),
      ];
      for (const text of texts) {
        expect(strip(normalizeText(text.raw!)), source.file).toContain(strip(text.value));
      }
    }
  });
});

describe('Isehara 25-102, figure by figure against the evaluation sheet', () => {
  it('reads the program and its place in the plan', async () => {
    const { data } = await shippedSource(ISEHARA);
    expect(data.program.number.value).toBe('25-102');
    expect(data.program.name.value).toBe('地域人材による魅力創造事業');
    expect([data.program.department?.value, data.program.division?.value]).toEqual([
      '企画部',
      '広報戦略課',
    ]);
    expect(data.program.firstFiscalYear.value).toBe(2017);
    expect(data.program.lastFiscalYear).toMatchObject({ value: null, absence: 'not_reported' });
    expect(data.program.planHierarchy.map((l) => [l.level, l.number ?? null, l.name])).toEqual([
      ['総合計画体系', null, '活力'],
      ['まちづくり目標', '3', '個性豊かで活力あるまち'],
      ['基本政策', '6', '産業の活力があふれる元気なまちづくり'],
      ['施策展開の方向', '11', '多くの人が訪れる賑わいのあるまちをつくる'],
      ['施策', '25', 'シティプロモーションの推進'],
    ]);
  });

  it('reads the KPI: a stock from 60 (FY2020) to 63 and 66, FY2022 not reported', async () => {
    const { data } = await shippedSource(ISEHARA);
    expect(data.kpis).toHaveLength(1);
    expect(kpi(data, 1)).toMatchObject({
      name: { value: 'プロモーション公認サポーター数' },
      kind: { value: 'stock' },
      baseline: { value: 60, fiscalYear: 2020 },
    });
    expect(year(data, 1, 2021)).toMatchObject({ target: { value: 63 }, actual: { value: 63 } });
    expect(year(data, 1, 2022)).toMatchObject({
      target: { value: 66 },
      actual: { value: null, absence: 'not_reported' },
    });
  });

  it('reads the FY2021 costs in 千円 and leaves the blank FY2022 column not reported', async () => {
    const { data } = await shippedSource(ISEHARA);
    expect(cost(data, 'project_cost', 2021)).toMatchObject({ amount: { value: 0 }, unit: '千円' });
    expect(cost(data, 'national_prefectural_subsidy', 2021).amount.value).toBe(0);
    expect(cost(data, 'personnel_cost', 2021, 'regular')).toMatchObject({
      amount: { value: 327 },
      staffFte: { value: 0.04 },
    });
    expect(cost(data, 'personnel_cost', 2021, 'other')).toMatchObject({
      amount: { value: 0 },
      staffFte: { value: 0 },
    });
    expect(cost(data, 'total_cost', 2021).amount.value).toBe(327);
    for (const category of ['project_cost', 'general_fund', 'total_cost', 'personnel_cost']) {
      expect(cost(data, category, 2022).amount, category).toMatchObject({
        value: null,
        absence: 'not_reported',
      });
    }
  });

  it('reads the four graded evaluations and the unreadable direction', async () => {
    const { data } = await shippedSource(ISEHARA);
    const grades = Object.fromEntries(data.evaluations.map((e) => [e.axis, e.grade.value]));
    expect(grades).toEqual({
      progress: 'A',
      effectiveness: 'A',
      level: 'B',
      efficiency: 'A',
      direction: null,
    });
    expect(data.evaluations.find((e) => e.axis === 'direction')!.grade.absence).toBe('ambiguous');
    expect(data.evaluations.find((e) => e.axis === 'level')!.reasonLabel).toBe(
      '他都市の事業内容等',
    );
  });

  it('reads the schedule, keeping the activity not done', async () => {
    const { data } = await shippedSource(ISEHARA);
    expect(
      data.activities.map((a) => [
        a.name.value,
        a.years.find((y) => y.fiscalYear === 2021)?.done?.value,
      ]),
    ).toEqual([
      ['職員グループへの活動支援', '未実施'],
      ['大学等との連携', '動画作成・配信'],
      ['市民・団体等との連携', 'SNS配信等'],
    ]);
  });
});

describe('Asahi community program, figure by figure against the grant result report', () => {
  it('reads the four KPIs as yearly increments from 0 before the project', async () => {
    const { data } = await shippedSource(ASAHI);
    expect(
      data.kpis.map((k) => [k.position, k.kind.value, k.unit.value, k.baseline?.value]),
    ).toEqual([
      [1, 'increment', '人/年度', 0],
      [2, 'increment', '団体/年度', 0],
      [3, 'increment', '人/年度', 0],
      [4, 'increment', '人/年度', 0],
    ]);
  });

  it('reads every yearly target, actual, running total and status of the table', async () => {
    const { data } = await shippedSource(ASAHI);
    const table = data.kpis.flatMap((k) =>
      k.values.map((v) => [
        k.position,
        v.fiscalYear,
        v.target?.value ?? v.target?.absence,
        v.actual?.value ?? v.actual?.absence,
        v.runningTotal?.value ?? null,
        v.status?.value ?? null,
      ]),
    );
    expect(table).toEqual([
      [1, 2021, 5, 5, 5, '達成'],
      [1, 2022, 10, 10, 15, '達成'],
      [1, 2023, 10, 10, 25, '達成'],
      [2, 2021, 'not_applicable', 'not_applicable', null, null],
      [2, 2022, 20, 23, 23, '達成'],
      [2, 2023, 20, 22, 45, '達成'],
      [3, 2021, 'not_applicable', 'not_applicable', null, null],
      [3, 2022, 5, 6, 6, '達成'],
      [3, 2023, 10, 10, 16, '達成'],
      [4, 2021, 'not_applicable', 'not_applicable', null, null],
      [4, 2022, 500, 1593, 1593, '達成'],
      [4, 2023, 1000, 2214, 3807, '達成'],
    ]);
  });

  it('reads the plan-period targets and actuals, with no printed target for ②', async () => {
    const { data } = await shippedSource(ASAHI);
    expect(
      data.kpis.map((k) => [
        k.planTarget?.value ?? k.planTarget?.absence,
        k.planActual?.value,
        k.planStatus?.value,
      ]),
    ).toEqual([
      [25, 25, '達成'],
      ['ambiguous', 45, '達成'],
      [15, 16, '達成'],
      [1500, 3807, '達成'],
    ]);
  });

  it('reads the costs in 円: FY2023 and the plan period, nothing for FY2021 or FY2022 alone', async () => {
    const { data } = await shippedSource(ASAHI);
    expect(cost(data, 'project_cost', 2023)).toMatchObject({
      amount: { value: 18_040_000 },
      unit: '円',
    });
    expect(cost(data, 'project_cost', [2021, 2023]).amount.value).toBe(55_913_000);
    expect(cost(data, 'grant', 2023).amount.value).toBe(8_100_000);
    expect(cost(data, 'grant', [2021, 2023]).amount.value).toBe(24_999_636);
    expect(data.costs.filter((c) => c.fiscalYear === 2021 || c.fiscalYear === 2022)).toEqual([]);
    expect(data.program.planPeriod?.value).toEqual({ first: 2021, last: 2023 });
  });

  it('keeps the look-alike code points in raw text and normalises the values', async () => {
    const { data } = await shippedSource(ASAHI);
    expect(data.program.fundingSchemeName?.raw).toContain('交付\u2FA6');
    expect(data.program.fundingSchemeName?.value).toContain('交付金');
    const summary = data.narratives.find((n) => n.kind === 'period_summary')!;
    expect(summary.text.value).toContain(
      'すべてのKPIが目標値を達成しており、地方創生に非常に効果的であった',
    );
  });
});

describe('validation of program files', () => {
  async function variant(edit: (text: string) => string): Promise<string> {
    const [isehara] = (await datasetFiles()).filter((f) => f.includes('isehara'));
    const dir = await mkdtemp(path.join(tmpdir(), 'muni-dataset-'));
    const file = path.join(dir, 'isehara.yaml');
    await writeFile(file, edit(await readFile(isehara!, 'utf8')));
    return file;
  }

  async function problemsOf(file: string) {
    const error = await readProgramFile(file, DATA_DIR).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    return (error as DatasetError).problems;
  }

  it('names the file, the path and the problem of a negative amount', async () => {
    const file = await variant((t) =>
      t.replace(
        'amount: { value: 327, section: "事業実施（Do）/ コスト", raw: "正規職員',
        'amount: { value: -327, section: "事業実施（Do）/ コスト", raw: "正規職員',
      ),
    );
    expect(await problemsOf(file)).toEqual([
      expect.objectContaining({
        file: expect.stringContaining('isehara.yaml'),
        path: 'costs[5].amount.value',
        message: 'must not be negative',
      }),
    ]);
  });

  it('refuses a raw text that is not in the source, and 0 with an absence reason', async () => {
    const file = await variant((t) =>
      t
        .replace(
          'raw: "事業名 地域人材による魅力創造事業"',
          'raw: "事業名 地域人材による魅力創出事業"',
        )
        .replace('actual:\n          value: null', 'actual:\n          value: 0'),
    );
    const problems = await problemsOf(file);
    // 0 is not "not reported": the absence no longer fits, and a 0 would need the raw text it was read from.
    expect(problems.map((p) => p.path)).toEqual([
      'kpis[0].values[1].actual.raw',
      'kpis[0].values[1].actual.absence',
    ]);
    const rawFile = await variant((t) =>
      t.replace(
        'raw: "事業名 地域人材による魅力創造事業"',
        'raw: "事業名 地域人材による魅力創出事業"',
      ),
    );
    expect(await problemsOf(rawFile)).toEqual([
      expect.objectContaining({
        path: 'program.name.raw',
        message: expect.stringContaining('does not occur verbatim'),
      }),
    ]);
  });

  it('refuses a duplicate fiscal year and an implausible year, all at once', async () => {
    const file = await variant((t) =>
      t
        .replace('- fiscalYear: 2022\n        target', '- fiscalYear: 2021\n        target')
        .replace('firstFiscalYear: { value: 2017', 'firstFiscalYear: { value: 1017'),
    );
    expect((await problemsOf(file)).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'program.firstFiscalYear.value: must be 1868 (明治元年) or later',
      'kpis[0].values[1].fiscalYear: duplicates an earlier entry (2021)',
    ]);
  });

  it('refuses a duplicate activity position in a file with no glosses', async () => {
    const file = await variant((t) =>
      t.replace(/^glosses:[\s\S]*$/m, '').replace('  - position: 2\n', '  - position: 1\n'),
    );
    expect((await problemsOf(file)).map((p) => p.path)).toEqual(['activities[1].position']);
  });

  it('refuses a gloss that translates no text of the file, naming it', async () => {
    const file = await variant(
      (t) => `${t}  - ja: "この文は資料にない"\n    en: "Not in this file"\n`,
    );
    expect(await problemsOf(file)).toEqual([
      expect.objectContaining({
        path: expect.stringMatching(/^glosses\[\d+\]\.ja$/),
        message: 'matches no text of this file (a gloss translates a label or text as stored)',
      }),
    ]);
  });

  it('refuses a KPI kind that does not exist and a KPI without a unit', async () => {
    const file = await variant((t) =>
      t
        .replace('value: "stock"', 'value: "level"')
        .replace('unit: { value: "団体(個人)"', 'unit: { value: " "'),
    );
    expect((await problemsOf(file)).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'kpis[0].unit.value: must not be empty',
      'kpis[0].kind.value: Invalid option: expected one of "stock"|"increment"',
    ]);
  });

  it('refuses broken YAML and an empty file with the file named', async () => {
    expect(
      (await problemsOf(await variant(() => 'format: "muni-program/1"\n  bad: [')))[0],
    ).toMatchObject({
      file: expect.stringContaining('isehara.yaml'),
    });
    expect((await problemsOf(await variant(() => '')))[0]!.message).toMatch(
      /expected object|is required/,
    );
  });

  it('gathers the problems of every file before failing', async () => {
    const bad = await variant((t) => t.replace('code: "14214"', 'code: "1421"'));
    const error = (await readProgramFiles(
      [bad, bad.replace('isehara.yaml', 'missing.yaml')],
      DATA_DIR,
    ).catch((e: unknown) => e)) as DatasetError;
    expect(error.problems.map((p) => p.path)).toEqual(['municipality.code', '']);
  });
});
