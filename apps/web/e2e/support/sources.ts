/**
 * What the two source documents report, year by year, as a reader of the printed sheet must find it
 * (see shared/SEEDS.md): every KPI's target, actual and status for every year the source reports,
 * the grant in yen and the cost printed only for several years together.
 */
export interface ReportedYear {
  year: number;
  target: string | null;
  actual: string;
  status: { ja: string; en: string } | null;
}

const achieved = { ja: '達成', en: 'achieved' };
const computed = { ja: '達成（達成率から判定）', en: 'achieved (computed from the rate)' };

export const ISEHARA_KPIS: ReportedYear[][] = [
  [
    { year: 2021, target: '63', actual: '63', status: computed },
    { year: 2022, target: '66', actual: '', status: null },
  ],
];

export const ASAHI_KPIS: ReportedYear[][] = [
  [
    { year: 2021, target: '5', actual: '5', status: achieved },
    { year: 2022, target: '10', actual: '10', status: achieved },
    { year: 2023, target: '10', actual: '10', status: achieved },
  ],
  [
    { year: 2021, target: null, actual: '', status: null },
    { year: 2022, target: '20', actual: '23', status: achieved },
    { year: 2023, target: '20', actual: '22', status: achieved },
  ],
  [
    { year: 2021, target: null, actual: '', status: null },
    { year: 2022, target: '5', actual: '6', status: achieved },
    { year: 2023, target: '10', actual: '10', status: achieved },
  ],
  [
    { year: 2021, target: null, actual: '', status: null },
    { year: 2022, target: '500', actual: '1,593', status: achieved },
    { year: 2023, target: '1,000', actual: '2,214', status: achieved },
  ],
];

const ERA = (year: number) => `令和${year - 2018}年度`;

/** How the sheet writes one KPI year, in each language, without spaces. */
export function yearText(lang: 'ja' | 'en', y: ReportedYear): string {
  if (y.target === null)
    return lang === 'ja' ? `${ERA(y.year)}目標なし（対象外）` : `FY${y.year}notarget`;
  const actual = y.actual || (lang === 'ja' ? '未報告' : 'notreported');
  const status = y.status ? (lang === 'ja' ? y.status.ja : `,${y.status.en}`) : '';
  return (
    lang === 'ja'
      ? `${ERA(y.year)}目標${y.target}→実績${actual}${status}`
      : `FY${y.year}target${y.target}→actual${actual}${status}`
  ).replace(/\s+/g, '');
}

/** Money a reader must find on the sheet, in yen as each language writes it. */
// A table cell's lines reach the paper's text between its neighbours' lines, so a cell is found by its
// first line and the verdict, which cites the same figure, whole.
export const ASAHI_MONEY = {
  ja: [
    '8,100,000円',
    '24,999,636円',
    '令和3〜4年度の合計37,873,000円（年度別の内訳なし）',
    '令和3〜4年度合計37,873,000円',
  ],
  en: ['¥8,100,000', '¥24,999,636', 'FY2021–FY2022together¥37,873,000(nofigureforeachyear)'],
};

export const ISEHARA_MONEY = {
  // The verdict names the sources printed as 0 together.
  ja: [
    '国・県の支出金・地方債・その他特財・一般財源各0円',
    '人件費327,000円、職員0.04人分',
    '総費用327,000円',
  ],
  en: [
    'nationalandprefecturalfunds,localbonds,otherspecificrevenue,generalfund¥0each',
    'personnel¥327,000,0.04staff',
    'totalcost¥327,000',
  ],
};
