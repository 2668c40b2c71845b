import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { normalizeText } from '@muni/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR } from '../src/dataset/files.js';
import { loadDataset } from '../src/dataset/load.js';
import { freshDatabase } from './support/databases.js';
import { ASAHI, ISEHARA, shippedSources } from './support/dataset.js';
import { dataOf, graphqlClient } from './support/graphql.js';

const FIGURE = 'value text textEn source { rawText document { filePath } } formula { expression }';
const VERDICT = /* GraphQL */ `
  query Verdict($code: String!, $number: String!) {
    programByNumber(municipalityCode: $code, number: $number) {
      verdict {
        topic
        kpiPosition
        text
        textEn
        parts { text lang figure { ${FIGURE} } }
        partsEn { text lang figure { ${FIGURE} } }
      }
    }
  }
`;

/**
 * The verdicts, sentence by sentence, as read against the two source documents: Isehara's sheet
 * (000_e5c273e5683cddf7.txt: 目標 63/66, 達成状況 63 and a blank, コスト 令和3年度 実績) and Asahi's
 * report (003_ca666864be819a59.txt: the KPI table, 事業費 and うち交付金充当額, 3年間の総括).
 */
const GOLDEN: Record<string, [string, string][]> = {
  [ISEHARA]: [
    [
      'KPI 1件の年度目標 2件のうち、達成 1件（令和3年度、達成率から判定）、実績が未報告 1件（令和4年度）。',
      'Of the 2 yearly targets of 1 KPI: 1 achieved (FY2021, computed from the rates); 1 with no actual reported (FY2022).',
    ],
    [
      '① 公認サポーター数（団体(個人)・各年度の水準）：基準値 60（令和2年度）、令和3年度 目標 63 → 実績 63 達成（達成率から判定）、令和4年度 目標 66 → 実績 未報告。',
      '① Official supporters (groups (individuals), a level each year): baseline 60 (FY2020); FY2021 target 63 → actual 63, achieved (computed from the rate); FY2022 target 66 → actual not reported.',
    ],
    [
      '記載のないもの：令和4年度の実績（未報告）、令和4年度の費用（未報告）。',
      'Not in the source: the FY2022 actual (not reported); the FY2022 costs (not reported).',
    ],
    [
      '①の現在の状況「達成」は令和3年度の実績だけによるもので、令和4年度の実績は未報告です。',
      "①'s current status, “achieved”, rests on FY2021 alone; the FY2022 actual is not reported.",
    ],
    [
      '費用：令和3年度の総費用 327,000円（事業費 0円 + 人件費 327,000円、職員 0.04人分）、令和4年度は未報告。',
      'Cost: FY2021 total cost ¥327,000 (project ¥0 + personnel ¥327,000, 0.04 staff); FY2022 not reported.',
    ],
    [
      '負担：令和3年度は国・県の支出金・地方債・その他特財・一般財源 各 0円。費用は職員 0.04人分の人件費 327,000円のみです。',
      'Who paid: in FY2021, national and prefectural funds, local bonds, other specific revenue, general fund ¥0 each; the only cost was the personnel cost of 0.04 staff, ¥327,000.',
    ],
    [
      '伊勢原市の評価（令和3年度）：進捗状況 A（計画どおり）、有効性 A（高い）、実施水準 B（他市と同水準で実施）、効率性 A（効率的に実施されている）。',
      "Isehara City's own evaluation (FY2021): Progress A (as planned), Effectiveness A (high), Level of implementation B (at the same level as other cities), Efficiency A (carried out efficiently).",
    ],
    [
      '所属長による今後の方向性の判断は不明です（「現状のまま継続」「見直しの上継続」のどれが選ばれたか読み取れません）。',
      "Section head's decision on future direction: unclear (which of “continue as is”, “continue after review” was chosen cannot be read).",
    ],
  ],
  [ASAHI]: [
    [
      'KPI 4件の年度目標 9件すべてを達成しました（資料の判定）。',
      'All 9 yearly targets of the 4 KPIs were achieved (as the source states).',
    ],
    [
      '計画期間（令和3〜5年度）の達成状況は、4件すべて「達成」です（資料の判定）。',
      'Over the plan period (FY2021–FY2023) all 4 are achieved (as the source states).',
    ],
    [
      '① CM育成人数（人/年度）：令和3年度 目標 5 → 実績 5 達成、令和4年度 目標 10 → 実績 10 達成、令和5年度 目標 10 → 実績 10 達成。計画期間 目標 25 → 実績 25 達成。',
      '① Communication managers trained (people per fiscal year): FY2021 target 5 → actual 5, achieved; FY2022 target 10 → actual 10, achieved; FY2023 target 10 → actual 10, achieved. Plan period: target 25 → actual 25, achieved.',
    ],
    [
      '② 形成されたコミュニティ数（団体/年度）：令和3年度 目標なし（対象外）、令和4年度 目標 20 → 実績 23 達成、令和5年度 目標 20 → 実績 22 達成。計画期間 目標 不明 → 実績 45 達成。',
      '② Communities formed (groups per fiscal year): FY2021 no target; FY2022 target 20 → actual 23, achieved; FY2023 target 20 → actual 22, achieved. Plan period: target unclear → actual 45, achieved.',
    ],
    [
      '③ 起業・創業者数（人/年度）：令和3年度 目標なし（対象外）、令和4年度 目標 5 → 実績 6 達成、令和5年度 目標 10 → 実績 10 達成。計画期間 目標 15 → 実績 16 達成。',
      '③ Business founders (people per fiscal year): FY2021 no target; FY2022 target 5 → actual 6, achieved; FY2023 target 10 → actual 10, achieved. Plan period: target 15 → actual 16, achieved.',
    ],
    [
      '④ プログラム参加者数（人/年度）：令和3年度 目標なし（対象外）、令和4年度 目標 500 → 実績 1,593 達成、令和5年度 目標 1,000 → 実績 2,214 達成。計画期間 目標 1,500 → 実績 3,807 達成。',
      '④ Programme participants (people per fiscal year): FY2021 no target; FY2022 target 500 → actual 1,593, achieved; FY2023 target 1,000 → actual 2,214, achieved. Plan period: target 1,500 → actual 3,807, achieved.',
    ],
    [
      '記載のないもの：②の計画期間の目標（不明）、令和3〜4年度の年度別の費用（合計に含む）、人件費（様式に欄がない）。',
      'Not in the source: the plan-period target of ② (unclear); separate costs for FY2021–FY2022 (in multi-year total); personnel cost (the form has no such line).',
    ],
    [
      '費用：事業費は令和3〜4年度の合計 37,873,000円（年度別の内訳なし）、令和5年度 18,040,000円、計画期間（令和3〜5年度）の合計 55,913,000円。人件費は報告されていないため、総費用はわかりません。',
      'Cost: project cost FY2021–FY2022 together ¥37,873,000 (no figure for each year); FY2023 ¥18,040,000; the plan period (FY2021–FY2023) in total ¥55,913,000. No personnel cost is reported, so the total cost is not known.',
    ],
    [
      '負担：デジタル田園都市国家構想交付金(地方創生推進タイプ)が令和5年度 8,100,000円（事業費の 44.9%）、計画期間（令和3〜5年度）の合計 24,999,636円（事業費の 44.7%）。交付金以外は令和5年度 9,940,000円、計画期間（令和3〜5年度）の合計 30,913,364円で、その財源は資料に記載がありません。',
      'Who paid: the Digital Garden City Nation grant (regional revitalization promotion type) met ¥8,100,000 in FY2023, 44.9% of the project cost, and ¥24,999,636 in the plan period (FY2021–FY2023), 44.7% of the project cost. The rest, ¥9,940,000 in FY2023 and ¥30,913,364 in the plan period (FY2021–FY2023), is not attributed to any source in the document.',
    ],
    [
      '旭市の総括（資料の言葉）：「本交付金事業は、すべてのKPIが目標値を達成しており、地方創生に非常に効果的であった。」',
      "Asahi City's own conclusion, in its words: 「本交付金事業は、すべてのKPIが目標値を達成しており、地方創生に非常に効果的であった。」 (“This grant project achieved the target values for all KPIs and was very effective for regional revitalization.”)",
    ],
  ],
};

interface Figure {
  value: number | null;
  text: string;
  textEn: string;
  source: { rawText: string | null; document: { filePath: string } | null } | null;
  formula: { expression: string | null } | null;
}
interface Part {
  text: string;
  lang: string;
  figure: Figure | null;
}
interface Sentence {
  topic: string;
  text: string;
  textEn: string;
  parts: Part[];
  partsEn: Part[];
}

/** The digits a raw text holds, read as the document prints them (full-width, separators, 千円). */
function printedNumbers(raw: string): number[] {
  const text = normalizeText(raw).replace(/(\d),(?=\d{3})/g, '$1');
  return [...text.matchAll(/\d+(?:\.\d+)?(\s*千円)?/g)].map((match) =>
    match[1] ? Number.parseFloat(match[0]) * 1000 : Number.parseFloat(match[0]),
  );
}

describe('the verdict, against the source documents', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  const verdicts = new Map<string, Sentence[]>();
  const documents = new Map<string, string>();

  beforeAll(async () => {
    database = await freshDatabase('pglite');
    const sources = await shippedSources();
    await loadDataset(database.db, sources);
    const execute = graphqlClient(database.db);
    for (const source of sources) {
      const { code } = source.data.municipality;
      const number = source.data.program.number.value;
      const answer = dataOf(await execute<any>(VERDICT, { code, number }));
      verdicts.set(code, answer.programByNumber.verdict);
      documents.set(
        source.data.document.file,
        await readFile(path.join(DATA_DIR, source.data.document.file), 'utf8'),
      );
    }
  });
  afterAll(() => database.drop());

  for (const code of [ISEHARA, ASAHI]) {
    it(`reads ${code === ISEHARA ? "Isehara's" : "Asahi's"} program in both languages, sentence by sentence`, () => {
      const sentences = verdicts.get(code)!;
      expect(sentences.map((s) => [s.text, s.textEn])).toEqual(GOLDEN[code]);
      for (const sentence of sentences) {
        expect(sentence.parts.map((p) => p.text).join('')).toBe(sentence.text);
        expect(sentence.partsEn.map((p) => p.text).join('')).toBe(sentence.textEn);
      }
    });

    it(`cites every figure of ${code === ISEHARA ? "Isehara's" : "Asahi's"} verdict from its source text, or with its formula`, () => {
      const figures = verdicts
        .get(code)!
        .flatMap((s) => [...s.parts, ...s.partsEn])
        .flatMap((part) => (part.figure ? [part.figure] : []));
      expect(figures.length).toBeGreaterThan(10);
      for (const figure of figures) {
        if (figure.source === null) {
          // Computed by this product (a difference, a share): the formula shows its numbers.
          expect(figure.formula?.expression, figure.text).toBeTruthy();
          continue;
        }
        const raw = figure.source.rawText;
        if (raw === null) continue; // a blank cell: the figure is the word for its absence
        expect(documents.get(figure.source.document!.filePath), figure.text).toContain(raw);
        if (figure.value !== null) expect(printedNumbers(raw), figure.text).toContain(figure.value);
        else if (figure.text === '対象外') expect(normalizeText(raw), figure.text).toContain('-');
        else if (figure.text !== '未報告' && figure.text !== '不明')
          expect(normalizeText(raw), figure.text).toContain(figure.text.replace(/（.*$/, ''));
      }
    });
  }

  it("holds the sheet's own unit cost as data, with what it counts, and its labels in English", async () => {
    const execute = graphqlClient(database.db);
    const { programByNumber } = dataOf(
      await execute<any>(
        `{ programByNumber(municipalityCode: "${ISEHARA}", number: "25-102") {
          printedUnitCosts { fiscalYear { year } targetCount { value source { rawText } } targetUnit
            targetDefinition { value valueEn } unitCost { value source { rawText } } formula { value } }
          evaluations { axisLabel axisLabelEn gradeLabel gradeLabelEn }
          document { formNameEn }
        } }`,
      ),
    );
    expect(programByNumber.printedUnitCosts).toEqual([
      {
        fiscalYear: { year: 2021 },
        targetCount: { value: 1_411_642, source: { rawText: '対象数 1,411,642 人' } },
        targetUnit: '人',
        targetDefinition: {
          value: '年間入込観光客数',
          valueEn: 'Annual number of tourist visitors',
        },
        unitCost: { value: 0, source: { rawText: '総事業費\n／対象数\n\n0 円' } },
        formula: { value: '総事業費/対象数' },
      },
    ]);
    expect(programByNumber.evaluations[0]).toEqual({
      axisLabel: '進捗状況',
      axisLabelEn: 'Progress',
      gradeLabel: '計画どおり',
      gradeLabelEn: 'as planned',
    });
    expect(programByNumber.document.formNameEn).toContain('evaluation sheet');
  });

  it('keeps the source’s words Japanese in English sentences, and marks them so', () => {
    const quoted = verdicts
      .get(ASAHI)!
      .flatMap((s) => s.partsEn)
      .filter((part) => part.lang === 'ja');
    expect(quoted.map((part) => part.text)).toEqual([
      '「本交付金事業は、すべてのKPIが目標値を達成しており、地方創生に非常に効果的であった。」',
    ]);
    for (const sentence of [...verdicts.values()].flat()) {
      for (const part of sentence.partsEn.filter((p) => p.lang === 'en'))
        expect(part.text, sentence.textEn).not.toMatch(/[\u3040-\u30ff\u3400-\u9fff]/);
    }
  });
});
