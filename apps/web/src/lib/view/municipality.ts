import { formatThousandYen, formatYenInJapaneseUnits } from '@muni/domain';
import type { CostCategory, MunicipalityPageQuery } from '../api/generated';
import { fiscalYearHeading, formatCount } from '../format';
import { t, type Lang, type Text } from '../i18n';

type Municipality = NonNullable<MunicipalityPageQuery['municipality']>;
export type FundingYears = Municipality['funding'];
export type PolicyNode = Municipality['policyTree'][number];

/** The funding categories, in the order the workbook prints them, named in both languages. */
export const FUNDING_LABELS: Record<CostCategory, Text> = {
  NATIONAL_SUBSIDY: { ja: '国庫支出金', en: 'National subsidy' },
  PREFECTURAL_SUBSIDY: { ja: '都道府県支出金', en: 'Prefectural subsidy' },
  NATIONAL_PREFECTURAL_SUBSIDY: { ja: '国県支出金', en: 'National/prefectural subsidy' },
  GRANT: { ja: '交付金', en: 'Grant' },
  LOCAL_BOND: { ja: '地方債', en: 'Local bonds' },
  OTHER_SPECIFIC_REVENUE: { ja: 'その他（特定財源）', en: 'Other specific revenue' },
  GENERAL_FUND: { ja: '一般財源', en: 'General fund' },
  PROJECT_COST: { ja: '事業費計（A）', en: 'Project cost (A)' },
  PERSONNEL_COST: { ja: '人件費計（B）', en: 'Personnel cost (B)' },
  TOTAL_COST: { ja: 'トータルコスト（A＋B）', en: 'Total cost (A + B)' },
};

/** A sum as a table shows it: exact in 千円 as the source prints, and exact in 億・万 for a reader. */
export interface SumCell {
  /** 15,322,516千円 (in English, thousand yen), or the word for a sum nobody reported. */
  thousand: string;
  /** 153億2,251万6,000円; null when nothing was reported. */
  readable: string | null;
  /** "1 事業は空欄（合計に含まない）", when some programs left it blank. */
  missing: string | null;
}

export function sumCell(
  lang: Lang,
  line: { yen: number; reported: number; missing: number } | undefined,
): SumCell {
  if (!line || line.reported === 0)
    return {
      thousand: t(lang, { ja: '未報告', en: 'not reported' }),
      readable: null,
      missing: null,
    };
  return {
    thousand: formatThousandYen(line.yen, lang),
    readable:
      lang === 'ja'
        ? formatYenInJapaneseUnits(line.yen)
        : `¥${new Intl.NumberFormat('en-US').format(line.yen)}`,
    missing:
      line.missing === 0
        ? null
        : t(lang, {
            ja: `${formatCount(line.missing)} 事業は空欄・対象外（合計に含まない）`,
            en: `${formatCount(line.missing)} program${line.missing === 1 ? '' : 's'} left blank or not applicable (not in the sum)`,
          }),
  };
}

/** A year's heading: 令和6年度（2024） or FY2024, and 計画 where the amounts are planned. */
export function yearHeading(lang: Lang, year: FundingYears[number]): string {
  const heading = fiscalYearHeading(lang, year.fiscalYear.year);
  return year.amountKind === 'PLAN' ? `${heading} ${t(lang, { ja: '計画', en: 'plan' })}` : heading;
}

/** The funding table: a row per category the programs use, a column per fiscal year. */
export function fundingTable(
  lang: Lang,
  funding: FundingYears,
): { years: string[]; rows: { label: string; category: CostCategory; cells: SumCell[] }[] } {
  const categories = (Object.keys(FUNDING_LABELS) as CostCategory[]).filter((category) =>
    funding.some((year) => year.lines.some((line) => line.category === category)),
  );
  return {
    years: funding.map((year) => yearHeading(lang, year)),
    rows: categories.map((category) => ({
      category,
      label: t(lang, FUNDING_LABELS[category]),
      cells: funding.map((year) =>
        sumCell(
          lang,
          year.lines.find((line) => line.category === category),
        ),
      ),
    })),
  };
}

/** The latest year of spending and the planned year after it, as a node's summary shows them. */
export function latestAndPlan(funding: FundingYears): {
  actual: FundingYears[number] | null;
  plan: FundingYears[number] | null;
} {
  const actual = funding.filter((year) => year.amountKind === 'ACTUAL').at(-1) ?? null;
  const plan = funding.find((year) => year.amountKind === 'PLAN') ?? null;
  return { actual, plan };
}

/** A node's one-line summary: programs, the latest total cost and the plan. (The directions, in the
 * source's words, are shown beside it, marked as Japanese on an English page.) */
export function nodeSummary(lang: Lang, node: Omit<PolicyNode, 'children'>): string {
  const { actual, plan } = latestAndPlan(node.funding);
  const total = (year: FundingYears[number] | null) => {
    if (!year) return null;
    const cell = sumCell(
      lang,
      year.lines.find((line) => line.category === 'TOTAL_COST'),
    );
    return `${yearHeading(lang, year)} ${cell.readable ?? cell.thousand}${cell.missing ? t(lang, { ja: `（${cell.missing}）`, en: ` (${cell.missing})` }) : ''}`;
  };
  return [
    t(lang, {
      ja: `${formatCount(node.programCount)} 事業`,
      en: `${formatCount(node.programCount)} program${node.programCount === 1 ? '' : 's'}`,
    }),
    total(actual),
    total(plan),
  ]
    .filter((part): part is string => part !== null)
    .join(t(lang, { ja: ' ／ ', en: ' / ' }));
}
