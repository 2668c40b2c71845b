import { ABSENCE_WORDS, type Absence } from '../absence/index.js';
import type { KpiKind, KpiStatusCode } from '../achievement/index.js';
import { costSummaries, formatYenFigure, type CostLine, type CostSummary } from '../cost/index.js';
import { formatNumber, formatPercent, type Derived, type Formula } from '../derived/index.js';
import { fiscalYearLabel, fiscalYearRangeLabel, fiscalYearRangeLabelEn } from '../era/index.js';
import { joined, partsOf, type CitedFigure, type Piece, type SentencePart } from './sentence.js';

export * from './sentence.js';

/** A text in both languages; `en` falls back to the Japanese where the dataset gives no English. */
export interface Bilingual {
  ja: string;
  en: string;
}

/** A value as read, why it is missing, and the provenance record it was read from. */
export interface CitedValue {
  value: number | null;
  absence: Absence | null;
  sourceId: number | null;
}

export interface VerdictStatus {
  code: KpiStatusCode;
  labelJa: string;
  labelEn: string;
  origin: 'source' | 'computed';
  sourceId: number | null;
  /** For a computed status: the achievement it was judged from. */
  formula: Formula | null;
}

export interface VerdictKpiYear {
  fiscalYear: number;
  target: CitedValue;
  actual: CitedValue;
  status: VerdictStatus | null;
}

export interface VerdictKpi {
  position: number;
  shortName: Bilingual;
  unit: Bilingual;
  kind: KpiKind | null;
  baseline: (CitedValue & { fiscalYear: number | null; label: Bilingual | null }) | null;
  years: readonly VerdictKpiYear[];
  /** The plan-period figures, where the source prints any. */
  plan: { target: CitedValue; actual: CitedValue; status: VerdictStatus | null } | null;
}

export interface VerdictCostLine extends CostLine {
  sourceId: number | null;
  /** Why the amount is missing, where it is. */
  absence?: Absence | null;
}

export interface VerdictEvaluation {
  fiscalYear: number;
  axisLabel: Bilingual;
  grade: string | null;
  gradeAbsence: Absence | null;
  /** What the grade means on its scale. */
  gradeLabel: Bilingual | null;
  /** The options the form offers, for a grade that cannot be read. */
  options: readonly Bilingual[];
  sourceId: number | null;
}

/** The municipality's own overall judgement, as the source words it, with the dataset's gloss. */
export interface VerdictJudgement {
  text: string;
  gloss: string | null;
  sourceId: number | null;
}

export interface VerdictInput {
  municipality: Bilingual;
  kpis: readonly VerdictKpi[];
  costs: readonly VerdictCostLine[];
  planPeriod: { first: number; last: number } | null;
  /** The grant's name, for a program a national grant funds. */
  grantName: Bilingual | null;
  evaluations: readonly VerdictEvaluation[];
  judgements: readonly VerdictJudgement[];
}

export type VerdictTopic = 'TARGETS' | 'KPI' | 'MISSING' | 'COST' | 'FUNDING' | 'JUDGEMENT';

export interface VerdictSentence {
  topic: VerdictTopic;
  kpiPosition: number | null;
  ja: SentencePart[];
  en: SentencePart[];
}

function sentence(
  topic: VerdictTopic,
  ja: Piece[],
  en: Piece[],
  kpiPosition: number | null = null,
): VerdictSentence {
  // Each language's parts are written when first read: a page reads one.
  let jaParts: SentencePart[] | undefined;
  let enParts: SentencePart[] | undefined;
  return {
    topic,
    kpiPosition,
    get ja() {
      return (jaParts ??= partsOf('ja', ...ja));
    },
    get en() {
      return (enParts ??= partsOf('en', ...en));
    },
  };
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** A KPI's mark as the sources print it: ① for the first, (21) past twenty. */
export function kpiMark(position: number): string {
  return position >= 1 && position <= CIRCLED.length ? CIRCLED[position - 1]! : `(${position})`;
}

const year = (y: number): Bilingual => ({ ja: fiscalYearLabel(y), en: `FY${y}` });
const range = (first: number, last: number): Bilingual => ({
  ja: fiscalYearRangeLabel(first, last),
  en: fiscalYearRangeLabelEn(first, last),
});

/** A quantity as read, or the word for why it is missing, linked to where it was read. */
function quantity(value: CitedValue): CitedFigure {
  if (value.value === null) {
    const words = ABSENCE_WORDS[value.absence ?? 'not_reported'];
    return { value: null, ja: words.ja, en: words.en, sourceId: value.sourceId, formula: null };
  }
  const text = formatNumber(value.value);
  return { value: value.value, ja: text, en: text, sourceId: value.sourceId, formula: null };
}

const yenEn = (yen: number) => `¥${formatYenFigure(yen).slice(0, -1)}`;

/** An amount of yen: as read from the source, or computed with its formula. */
function yen(amount: number, sourceId: number | null, derived: Derived | null = null): CitedFigure {
  return {
    value: amount,
    ja: formatYenFigure(amount),
    en: yenEn(amount),
    sourceId,
    formula: derived ? derived.formula : null,
  };
}

function percent(figure: Derived): CitedFigure {
  const text = formatPercent(figure.value!);
  return { value: figure.value, ja: text, en: text, sourceId: null, formula: figure.formula };
}

/** A status as a reader reads it: the source's word, or the word this product computed, said so. */
function statusWords(status: VerdictStatus): Bilingual {
  return status.origin === 'source'
    ? { ja: status.labelJa, en: status.labelEn }
    : {
        ja: `${status.labelJa}（達成率から判定）`,
        en: `${status.labelEn} (computed from the rate)`,
      };
}

function statusFigure(status: VerdictStatus): CitedFigure {
  const words = statusWords(status);
  return {
    value: null,
    ja: words.ja,
    en: words.en,
    sourceId: status.sourceId,
    formula: status.origin === 'computed' ? status.formula : null,
  };
}

/** Yearly targets, counted by what became of them. */
interface TargetCount {
  kpi: VerdictKpi;
  year: VerdictKpiYear;
}

const STATUS_ORDER: readonly { code: KpiStatusCode; ja: string; en: string }[] = [
  { code: 'ACHIEVED', ja: '達成', en: 'achieved' },
  { code: 'NEARLY_ACHIEVED', ja: '概ね達成', en: 'nearly achieved' },
  { code: 'NOT_MET', ja: '未達成', en: 'not met' },
  { code: 'NOT_IMPLEMENTED', ja: '未実施', en: 'not implemented' },
  { code: 'OTHER', ja: 'その他の状況', en: 'with another status' },
];

function targetsSentences(input: VerdictInput): VerdictSentence[] {
  const { kpis } = input;
  const targets: TargetCount[] = kpis.flatMap((kpi) =>
    kpi.years.filter((y) => y.target.value !== null).map((y) => ({ kpi, year: y })),
  );
  if (kpis.length === 0) {
    return [
      sentence('TARGETS', ['成果指標（KPI）の記載はありません。'], ['The source gives no KPI.']),
    ];
  }
  if (targets.length === 0) {
    return [
      sentence(
        'TARGETS',
        [`KPI ${kpis.length}件に年度ごとの目標の記載はありません。`],
        [
          kpis.length === 1
            ? 'The KPI has no yearly target in the source.'
            : `None of the ${kpis.length} KPIs has a yearly target in the source.`,
        ],
      ),
    ];
  }
  // Where a KPI's targets run past five years the counts alone are said, as that KPI's own line says
  // them: thirty years named in one sentence bury the result, and the tables give every year.
  const long = kpis.some(
    (kpi) => kpi.years.filter((y) => y.target.value !== null).length > YEARS_NAMED_IN_FULL,
  );
  const where = (items: TargetCount[]): Bilingual | null => {
    if (long) return null;
    const label = (item: TargetCount, lang: 'ja' | 'en') =>
      `${kpis.length > 1 ? kpiMark(item.kpi.position) : ''}${year(item.year.fiscalYear)[lang]}`;
    return {
      ja: items.map((item) => label(item, 'ja')).join('、'),
      en: items.map((item) => label(item, 'en')).join(', '),
    };
  };
  /** A group's parenthesis: where, and who judged, whichever of them is said. */
  const aside = (items: TargetCount[], lang: 'ja' | 'en', by: Bilingual | null = null) => {
    const said = [where(items)?.[lang], by?.[lang]].filter(Boolean);
    if (!said.length) return '';
    return lang === 'ja' ? `（${said.join('、')}）` : ` (${said.join(', ')})`;
  };
  // A target for a year the document does not report on (its plan year) is not a missing actual.
  const later = targets.filter(
    (item) => item.year.actual.value === null && item.year.actual.absence === 'outside_document',
  );
  const noActual = targets.filter(
    (item) => item.year.actual.value === null && item.year.actual.absence !== 'outside_document',
  );
  const withActual = targets.filter((item) => item.year.actual.value !== null);
  const groups = STATUS_ORDER.map((status) => ({
    ...status,
    items: withActual.filter((item) => item.year.status?.code === status.code),
  })).filter((group) => group.items.length > 0);
  const unrated = withActual.filter((item) => item.year.status === null);
  const origins = new Set(withActual.flatMap((item) => item.year.status?.origin ?? []));
  // Said of the statuses: a reader must know whether the city or this product judged them.
  const judgedBy: Bilingual | null =
    origins.size === 1 && origins.has('source')
      ? { ja: '資料の判定', en: 'as the source states' }
      : origins.size === 1
        ? { ja: '達成率から判定', en: 'computed from the rates' }
        : null;
  // A long series' count says once, of all the targets, who judged; a short one says it of each group.
  const tables = !long
    ? { ja: '', en: '' }
    : judgedBy
      ? {
          ja: `（状況は${judgedBy.ja}、各年度は表に）`,
          en: ` (statuses ${judgedBy.en}; each year is in the tables)`,
        }
      : { ja: '（各年度は表に）', en: ' (each year is in the tables)' };
  const groupBy = long ? null : judgedBy;
  const kpiCount = {
    ja: `KPI ${kpis.length}件`,
    en: `${kpis.length} KPI${kpis.length > 1 ? 's' : ''}`,
  };
  const allAchieved =
    groups.length === 1 &&
    groups[0]!.code === 'ACHIEVED' &&
    !noActual.length &&
    !unrated.length &&
    !later.length;
  const first = allAchieved
    ? sentence(
        'TARGETS',
        [
          `${kpiCount.ja}の年度目標 ${targets.length}件すべてを達成しました${judgedBy ? `（${judgedBy.ja}）` : ''}。`,
        ],
        [
          `All ${targets.length} yearly targets of the ${kpiCount.en} were achieved${judgedBy ? ` (${judgedBy.en})` : ''}.`,
        ],
      )
    : sentence(
        'TARGETS',
        [
          `${kpiCount.ja}の年度目標 ${targets.length}件${tables.ja}のうち、`,
          joined(
            [
              ...groups.map((g) => `${g.ja} ${g.items.length}件${aside(g.items, 'ja', groupBy)}`),
              ...(unrated.length
                ? [`状況の記載なし ${unrated.length}件${aside(unrated, 'ja')}`]
                : []),
              ...(noActual.length
                ? [`実績が未報告 ${noActual.length}件${aside(noActual, 'ja')}`]
                : []),
              ...(later.length
                ? [`実績が資料の範囲外 ${later.length}件${aside(later, 'ja')}`]
                : []),
            ],
            '、',
          ),
          '。',
        ],
        [
          `Of the ${targets.length} yearly targets of ${kpiCount.en}${tables.en}: `,
          joined(
            [
              ...groups.map((g) => `${g.items.length} ${g.en}${aside(g.items, 'en', groupBy)}`),
              ...(unrated.length
                ? [`${unrated.length} with no status${aside(unrated, 'en')}`]
                : []),
              ...(noActual.length
                ? [`${noActual.length} with no actual reported${aside(noActual, 'en')}`]
                : []),
              ...(later.length
                ? [`${later.length} whose actual the document does not cover${aside(later, 'en')}`]
                : []),
            ],
            '; ',
          ),
          '.',
        ],
      );

  const planned = kpis.filter((kpi) => kpi.plan?.status);
  if (planned.length === 0 || !input.planPeriod) return [first];
  const period = range(input.planPeriod.first, input.planPeriod.last);
  const planAchieved = planned.filter((kpi) => kpi.plan!.status!.code === 'ACHIEVED');
  const fromSource = planned.every((kpi) => kpi.plan!.status!.origin === 'source');
  const by = fromSource
    ? { ja: '資料の判定', en: 'as the source states' }
    : { ja: '達成率からの判定を含む', en: 'partly computed from the rates' };
  const unstated = kpis.filter((kpi) => !kpi.plan?.status).map((kpi) => kpiMark(kpi.position));
  const second = sentence(
    'TARGETS',
    [
      planAchieved.length === planned.length
        ? `計画期間（${period.ja}）の達成状況は、${planned.length}件すべて「達成」です（${by.ja}）。`
        : `計画期間（${period.ja}）の達成状況は、${planned.length}件のうち達成 ${planAchieved.length}件です（${by.ja}）。`,
      unstated.length ? `${unstated.join('')}には計画期間の状況がありません。` : '',
    ],
    [
      planAchieved.length === planned.length
        ? `Over the plan period (${period.en}) all ${planned.length} are achieved (${by.en}).`
        : `Over the plan period (${period.en}), ${planAchieved.length} of ${planned.length} are achieved (${by.en}).`,
      unstated.length
        ? ` ${unstated.join(', ')} ${unstated.length > 1 ? 'have' : 'has'} no plan-period status.`
        : '',
    ],
  );
  return [first, second];
}

/** One year of a KPI: its target and actual, with the status. */
function kpiYearPieces(y: VerdictKpiYear, lang: 'ja' | 'en'): Piece[] {
  const label = year(y.fiscalYear)[lang];
  if (y.target.value === null && y.target.absence === 'not_applicable') {
    return lang === 'ja'
      ? [`${label} 目標なし（`, quantity(y.target), '）']
      : [`${label} `, quantity(y.target)];
  }
  // A year the document gives one side of (past actuals, the plan year's target) is said as that side
  // alone: "target not covered → actual 3" in every past year buries the figures under the labels.
  if (y.target.value === null && y.target.absence === 'outside_document')
    return [lang === 'ja' ? `${label} 実績 ` : `${label} actual `, quantity(y.actual)];
  if (y.actual.value === null && y.actual.absence === 'outside_document')
    return lang === 'ja'
      ? [`${label} 目標 `, quantity(y.target), '（実績は資料の範囲外）']
      : [`${label} target `, quantity(y.target), ' (actual outside the document)'];
  const status = y.status && y.actual.value !== null ? [' ', statusFigure(y.status)] : [];
  return lang === 'ja'
    ? [`${label} 目標 `, quantity(y.target), ' → 実績 ', quantity(y.actual), ...status]
    : [
        `${label} target `,
        quantity(y.target),
        ' → actual ',
        quantity(y.actual),
        ...(status.length ? [', ', statusFigure(y.status!)] : []),
      ];
}

/**
 * Past this many years a line names its first year and its latest reported one, and counts the rest:
 * ten years in one sentence bury the result a reader came for, and the tables below the verdict give
 * every year.
 */
const YEARS_NAMED_IN_FULL = 5;

/** The items of a series a line names: all of a short one; of a long one, the first and the latest
 * reported (the last, if no later one is). */
function namedOf<T>(items: readonly T[], reported: (item: T) => boolean): readonly T[] {
  if (items.length <= YEARS_NAMED_IN_FULL) return items;
  const latest = items.findLast(reported);
  return [items[0]!, latest && latest !== items[0] ? latest : items.at(-1)!];
}

/** The pieces of the items a line names, with one mark where a run of items is left out. */
function withGaps<T>(
  items: readonly T[],
  named: readonly T[],
  pieces: (item: T) => Piece,
): Piece[] {
  return items.flatMap((item, index) =>
    named.includes(item)
      ? [pieces(item)]
      : index > 0 && !named.includes(items[index - 1]!)
        ? []
        : ['…'],
  );
}

/** What became of each year of a long series, each year counted once, results first. */
function yearTally(years: readonly VerdictKpiYear[]): Bilingual {
  const OTHERS = {
    unrated: { ja: '状況の記載なし', en: 'with no status' },
    targetNotReported: { ja: '目標が未報告', en: 'with no target reported' },
    targetOutside: { ja: '目標が資料の範囲外', en: 'with the target outside the document' },
    noTarget: { ja: '目標なし', en: 'with no target' },
    notApplicable: { ja: '実績が対象外', en: 'with no actual by design' },
    outside: { ja: '実績が資料の範囲外', en: 'with the actual outside the document' },
    notReported: { ja: '実績が未報告', en: 'with no actual reported' },
  };
  const kinds = [...STATUS_ORDER, ...Object.values(OTHERS)];
  const kindOf = (y: VerdictKpiYear) => {
    if (y.actual.value !== null) {
      if (y.status) return STATUS_ORDER.find((status) => status.code === y.status!.code)!;
      // Without a status, what a reader needs is why: most often the year has no target to meet.
      if (y.target.value !== null) return OTHERS.unrated;
      return y.target.absence === 'not_applicable'
        ? OTHERS.noTarget
        : y.target.absence === 'outside_document'
          ? OTHERS.targetOutside
          : OTHERS.targetNotReported;
    }
    if (y.actual.absence === 'outside_document') return OTHERS.outside;
    if (y.actual.absence === 'not_applicable') return OTHERS.notApplicable;
    if (y.target.value === null && y.target.absence === 'not_applicable') return OTHERS.noTarget;
    return OTHERS.notReported;
  };
  const counted = years.map(kindOf);
  const entries = kinds
    .map((kind) => ({ ...kind, count: counted.filter((each) => each === kind).length }))
    .filter((entry) => entry.count > 0);
  return {
    ja: `。全${years.length}年度：${entries.map((e) => `${e.ja} ${e.count}年度`).join('、')}（各年度は表に）`,
    en: `. All ${years.length} years: ${entries.map((e) => `${e.count} ${e.en}`).join(', ')} (each year is in the table)`,
  };
}

function kpiSentence(kpi: VerdictKpi): VerdictSentence {
  const mark = kpiMark(kpi.position);
  const stock = kpi.kind === 'stock';
  const head: Bilingual = {
    ja: `${mark} ${kpi.shortName.ja}（${kpi.unit.ja}${stock ? '・各年度の水準' : ''}）：`,
    en: `${mark} ${capitalize(kpi.shortName.en)} (${kpi.unit.en}${stock ? ', a level each year' : ''}): `,
  };
  const baseline =
    stock && kpi.baseline
      ? {
          ja: [
            '基準値 ',
            quantity(kpi.baseline),
            kpi.baseline.label ? `（${kpi.baseline.label.ja}）` : '',
          ],
          en: [
            'baseline ',
            quantity(kpi.baseline),
            kpi.baseline.label ? ` (${kpi.baseline.label.en})` : '',
          ],
        }
      : null;
  const plan = kpi.plan
    ? {
        ja: [
          '計画期間 目標 ',
          quantity(kpi.plan.target),
          ' → 実績 ',
          quantity(kpi.plan.actual),
          ...(kpi.plan.status ? [' ', statusFigure(kpi.plan.status)] : []),
        ],
        en: [
          'plan period: target ',
          quantity(kpi.plan.target),
          ' → actual ',
          quantity(kpi.plan.actual),
          ...(kpi.plan.status ? [', ', statusFigure(kpi.plan.status)] : []),
        ],
      }
    : null;
  // Every year the source has a row for: a year whose cells are all blank is said so, not dropped
  // (counted, in a long series).
  const years = kpi.years;
  const named = namedOf(years, (y) => y.actual.value !== null);
  const tally = named.length < years.length ? yearTally(years) : null;
  if (years.length === 0 && !baseline && !plan) {
    return sentence(
      'KPI',
      [head.ja, '目標・実績の記載はありません。'],
      [head.en, 'the source gives no target or actual.'],
      kpi.position,
    );
  }
  return sentence(
    'KPI',
    [
      head.ja,
      joined(
        [
          ...(baseline ? [baseline.ja] : []),
          ...withGaps(years, named, (y) => kpiYearPieces(y, 'ja')),
        ],
        '、',
      ),
      tally ? tally.ja : '',
      plan ? ['。', plan.ja] : [],
      '。',
    ],
    [
      head.en,
      joined(
        [
          ...(baseline ? [baseline.en] : []),
          ...withGaps(years, named, (y) => kpiYearPieces(y, 'en')),
        ],
        '; ',
      ),
      tally ? tally.en : '',
      plan ? ['. ', capitalized(plan.en)] : [],
      '.',
    ],
    kpi.position,
  );
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function capitalized(pieces: Piece[]): Piece[] {
  const [first, ...rest] = pieces;
  return typeof first === 'string' ? [capitalize(first), ...rest] : pieces;
}

/** Single years and totals found by difference in year order, then the totals the source prints. */
function readingOrder(summaries: readonly CostSummary[]): CostSummary[] {
  const printedTotal = (s: CostSummary) => !isSingle(s) && !s.derived;
  return [...summaries].sort(
    (a, b) =>
      Number(printedTotal(a)) - Number(printedTotal(b)) || a.first - b.first || a.last - b.last,
  );
}

const isSingle = (s: CostSummary) => s.first === s.last;

/** The cost line a summary's figure was read from. */
function lineOf(
  lines: readonly VerdictCostLine[],
  category: VerdictCostLine['category'],
  s: CostSummary,
): VerdictCostLine | undefined {
  return lines.find(
    (l) =>
      l.category === category && l.staffType === null && l.first === s.first && l.last === s.last,
  );
}

/** Where a summary's figure was read, to cite it. */
const citedFrom = (
  lines: readonly VerdictCostLine[],
  category: VerdictCostLine['category'],
  s: CostSummary,
): number | null => lineOf(lines, category, s)?.sourceId ?? null;

/** The staff in full-time equivalents a year's personnel cost is for, cited from its line. */
function staffFigure(lines: readonly VerdictCostLine[], s: CostSummary): CitedFigure | null {
  if (s.staffFte === null) return null;
  const text = formatNumber(s.staffFte);
  return {
    value: s.staffFte,
    ja: text,
    en: text,
    sourceId: citedFrom(lines, 'personnel_cost', s),
    formula: null,
  };
}

const hasPersonnelLines = (lines: readonly VerdictCostLine[]) =>
  lines.some((line) => line.category === 'personnel_cost');

/** The years of a range that a printed multi-year total covers but no single year reports. */
function summaryLabel(s: CostSummary, plan: VerdictInput['planPeriod']): Bilingual {
  const r = range(s.first, s.last);
  const label =
    isSingle(s) || !(plan && plan.first === s.first && plan.last === s.last)
      ? r
      : { ja: `計画期間（${r.ja}）`, en: `the plan period (${r.en})` };
  // Planned amounts are a budget, not a cost: the label says so wherever they are named.
  return s.planned ? { ja: `${label.ja}（計画）`, en: `${label.en} (planned)` } : label;
}

function missingSentences(
  input: VerdictInput,
  summaries: readonly CostSummary[],
): VerdictSentence[] {
  const items: { ja: Piece[]; en: Piece[] }[] = [];
  const many = input.kpis.length > 1;
  for (const kpi of input.kpis) {
    const mark = many ? kpiMark(kpi.position) : '';
    for (const y of kpi.years) {
      // No target by design, or an actual for a year the document does not report on: nothing missing.
      const byDesign =
        y.actual.absence === 'not_applicable' ||
        y.actual.absence === 'outside_document' ||
        (y.target.value === null && y.target.absence === 'not_applicable');
      if (y.actual.value === null && !byDesign) {
        items.push({
          ja: [`${mark}${year(y.fiscalYear).ja}の実績（`, quantity(y.actual), '）'],
          en: [
            `the ${year(y.fiscalYear).en} actual${many ? ` of ${kpiMark(kpi.position)}` : ''} (`,
            quantity(y.actual),
            ')',
          ],
        });
      }
    }
    if (kpi.plan && kpi.plan.target.value === null && kpi.plan.target.absence !== null) {
      items.push({
        ja: [`${kpiMark(kpi.position)}の計画期間の目標（`, quantity(kpi.plan.target), '）'],
        en: [
          `the plan-period target of ${kpiMark(kpi.position)} (`,
          quantity(kpi.plan.target),
          ')',
        ],
      });
    }
  }
  for (const s of summaries.filter((s) => isSingle(s) && !s.derived)) {
    if (
      s.projectCost === null &&
      s.personnelCost === null &&
      s.grant === null &&
      s.generalFund === null
    ) {
      const line =
        lineOf(input.costs, 'project_cost', s) ?? lineOf(input.costs, 'total_cost', s) ?? null;
      const absent = quantity({
        value: null,
        absence: line?.absence ?? 'not_reported',
        sourceId: line?.sourceId ?? null,
      });
      items.push({
        ja: [`${year(s.first).ja}の費用（`, absent, '）'],
        en: [`the ${year(s.first).en} costs (`, absent, ')'],
      });
    }
  }
  for (const s of summaries.filter((s) => !isSingle(s) && s.derived)) {
    const r = range(s.first, s.last);
    const words = ABSENCE_WORDS.in_multi_year_total;
    items.push({
      ja: [`${r.ja}の年度別の費用（${words.ja}）`],
      en: [`separate costs for ${r.en} (${words.en})`],
    });
  }
  if (input.costs.length > 0 && !hasPersonnelLines(input.costs)) {
    items.push({
      ja: ['人件費（様式に欄がない）'],
      en: ['personnel cost (the form has no such line)'],
    });
  }
  const sentences: VerdictSentence[] = [];
  if (items.length > 0) {
    sentences.push(
      sentence(
        'MISSING',
        [
          '記載のないもの：',
          joined(
            items.map((i) => i.ja),
            '、',
          ),
          '。',
        ],
        [
          'Not in the source: ',
          joined(
            items.map((i) => i.en),
            '; ',
          ),
          '.',
        ],
      ),
    );
  }
  // A status read off an earlier year says nothing of a later year whose actual is blank.
  for (const kpi of input.kpis) {
    const lastTarget = kpi.years.findLast((y) => y.target.value !== null);
    const rated = kpi.years.findLast((y) => y.status !== null && y.actual.value !== null);
    if (
      kpi.plan?.status?.origin !== 'source' &&
      lastTarget &&
      rated &&
      rated.fiscalYear < lastTarget.fiscalYear &&
      lastTarget.actual.value === null
    ) {
      const status = rated.status!;
      sentences.push(
        sentence(
          'MISSING',
          [
            `${kpiMark(kpi.position)}の現在の状況「${status.labelJa}」は${year(rated.fiscalYear).ja}の実績だけによるもので、${year(lastTarget.fiscalYear).ja}の実績は`,
            quantity(lastTarget.actual),
            'です。',
          ],
          [
            `${kpiMark(kpi.position)}'s current status, “${status.labelEn}”, rests on ${year(rated.fiscalYear).en} alone; the ${year(lastTarget.fiscalYear).en} actual is `,
            quantity(lastTarget.actual),
            '.',
          ],
          kpi.position,
        ),
      );
    }
  }
  return sentences;
}

function costSentence(
  input: VerdictInput,
  summaries: readonly CostSummary[],
): VerdictSentence | null {
  const { costs, planPeriod } = input;
  if (costs.length === 0)
    return sentence('COST', ['費用の記載はありません。'], ['The source gives no costs.']);
  const shown = readingOrder(summaries);
  const singles = shown.filter(isSingle);
  const hasCost = (s: CostSummary) => s.projectCost !== null || s.totalCost.value !== null;
  const namedSingles = namedOf(singles, hasCost);
  const named = shown.filter((s) => !isSingle(s) || namedSingles.includes(s));
  const itemOf = (s: CostSummary): { ja: Piece; en: Piece } => {
    const label = summaryLabel(s, planPeriod);
    const project =
      s.projectCost === null ? null : yen(s.projectCost, citedFrom(costs, 'project_cost', s));
    if (s.totalCost.value !== null && s.personnelCost !== null && project && !s.derived) {
      const personnel = yen(s.personnelCost, citedFrom(costs, 'personnel_cost', s));
      const total = costs.some(
        (l) =>
          l.category === 'total_cost' &&
          l.first === s.first &&
          l.last === s.last &&
          l.yen === s.totalCost.value,
      )
        ? yen(s.totalCost.value, citedFrom(costs, 'total_cost', s))
        : yen(s.totalCost.value, null, s.totalCost);
      const fte = staffFigure(costs, s);
      return {
        ja: [
          `${label.ja}の総費用 `,
          total,
          '（事業費 ',
          project,
          ' + 人件費 ',
          personnel,
          fte ? ['、職員 ', fte, '人分'] : [],
          '）',
        ],
        en: [
          `${label.en} total cost `,
          total,
          ' (project ',
          project,
          ' + personnel ',
          personnel,
          fte ? [', ', fte, ' staff'] : [],
          ')',
        ],
      };
    }
    if (project) {
      if (s.derived) {
        const byDifference = {
          ...project,
          sourceId: null,
          formula: periodDifference(s),
        };
        return isSingle(s)
          ? {
              ja: [`${label.ja} `, byDifference, '（印字された合計からの差し引き）'],
              en: [`${label.en} `, byDifference, ' (by difference of printed totals)'],
            }
          : {
              ja: [`${label.ja}の合計 `, byDifference, '（年度別の内訳なし）'],
              en: [`${label.en} together `, byDifference, ' (no figure for each year)'],
            };
      }
      return isSingle(s)
        ? { ja: [`${label.ja} `, project], en: [`${label.en} `, project] }
        : { ja: [`${label.ja}の合計 `, project], en: [`${label.en} in total `, project] };
    }
    const absent = quantity({
      value: null,
      absence: 'not_reported',
      sourceId: citedFrom(costs, 'project_cost', s) ?? citedFrom(costs, 'total_cost', s),
    });
    return { ja: [`${label.ja}は`, absent], en: [`${label.en} `, absent] };
  };
  const items = new Map(named.map((s) => [s, itemOf(s)]));
  // Counted where the line leaves years out: the years the source prints a cost row for, and those
  // of them with an amount.
  const printed = singles.filter((s) => !s.derived);
  const tally =
    namedSingles.length < singles.length
      ? {
          ja: `（${printed.length}年度のうち記載は${printed.filter(hasCost).length}年度、各年度は表に）`,
          en: ` (given for ${printed.filter(hasCost).length} of ${printed.length} years; each year is in the table)`,
        }
      : null;
  const projectOnly = !hasPersonnelLines(costs);
  return sentence(
    'COST',
    [
      `費用${tally ? tally.ja : ''}：${projectOnly ? '事業費は' : ''}`,
      joined(
        withGaps(shown, named, (s) => items.get(s)!.ja),
        '、',
      ),
      '。',
      projectOnly ? '人件費は報告されていないため、総費用はわかりません。' : '',
    ],
    [
      `Cost${tally ? tally.en : ''}: ${projectOnly ? 'project cost ' : ''}`,
      joined(
        withGaps(shown, named, (s) => items.get(s)!.en),
        '; ',
      ),
      '.',
      projectOnly ? ' No personnel cost is reported, so the total cost is not known.' : '',
    ],
  );
}

/** How a range's cost found by difference was computed: the printed total less the printed years. */
function periodDifference(s: CostSummary) {
  const from = s.foundFrom;
  const expression =
    from && from.total.projectCost !== null && s.projectCost !== null
      ? [from.total, ...from.less]
          .map((p) => formatYenFigure(p.projectCost ?? 0))
          .join(' − ')
          .concat(` = ${formatYenFigure(s.projectCost)}`)
      : null;
  return {
    ja: '印字された複数年度の合計 − 印字された年度の額',
    en: 'the printed multi-year total − the printed years',
    expression,
  };
}

const FUNDING_LINES = [
  {
    category: 'national_prefectural_subsidy',
    ja: '国・県の支出金',
    en: 'national and prefectural funds',
  },
  { category: 'national_subsidy', ja: '国庫支出金', en: 'national funds' },
  { category: 'prefectural_subsidy', ja: '県支出金', en: 'prefectural funds' },
  { category: 'local_bond', ja: '地方債', en: 'local bonds' },
  { category: 'other_specific_revenue', ja: 'その他特財', en: 'other specific revenue' },
  { category: 'general_fund', ja: '一般財源', en: 'general fund' },
] as const;

type FundingLines = { f: (typeof FUNDING_LINES)[number]; line: VerdictCostLine | undefined }[];

/**
 * Where the general fund alone paid in every one of several consecutive years, the one sentence a
 * reader needs: year after year of "national funds 0, local bonds 0" hides it. The sources printed as 0
 * are still named, and the cost sentence gives each year's amount.
 */
function generalFundAlone(
  years: readonly CostSummary[],
  linesOf: (s: CostSummary) => FundingLines,
  blankIn: (s: CostSummary) => boolean,
): VerdictSentence | null {
  if (years.length < 2 || years.at(-1)!.first - years[0]!.first !== years.length - 1) return null;
  if (years.some(blankIn)) return null;
  const lines = years.map(linesOf);
  // Alone only where the other sources are printed, as 0: a source left blank may have paid.
  const only = lines.every((entries) => {
    const paid = entries.filter(({ line }) => line!.yen !== 0);
    return (
      paid.length === 1 &&
      paid[0]!.f.category === 'general_fund' &&
      entries.some(({ line }) => line!.yen === 0)
    );
  });
  if (!only) return null;
  const zero = FUNDING_LINES.filter((f) =>
    lines.some((entries) => entries.some((entry) => entry.f === f && entry.line!.yen === 0)),
  );
  const cited = lines.flat().find(({ line }) => line!.yen === 0)?.line ?? null;
  const period = range(years[0]!.first, years.at(-1)!.first);
  const zeros = cited ? yen(0, cited.sourceId) : null;
  return sentence(
    'FUNDING',
    [
      `負担：${period.ja}は、どの年度も一般財源だけです`,
      zeros ? ['（', zero.map((f) => f.ja).join('・'), 'は各年度 ', zeros, '）'] : '',
      '。',
    ],
    [
      `Who paid: the general fund alone, in every year ${period.en}`,
      zeros ? [' (', zero.map((f) => f.en).join(', '), ' ', zeros, ' each year)'] : '',
      '.',
    ],
  );
}

function fundingSentence(
  input: VerdictInput,
  summaries: readonly CostSummary[],
): VerdictSentence | null {
  const { costs, planPeriod } = input;
  const grantLines = costs.filter((l) => l.category === 'grant' && l.yen !== null);
  const printed = readingOrder(summaries).filter((s) => !s.derived && s.projectCost !== null);
  if (printed.length === 0) return null;
  const named = input.grantName ?? { ja: '交付金', en: 'grant' };
  // The sums below are grant and subsidy together: where a subsidy is printed too, the name says so.
  const subsidised = costs.some(
    (l) =>
      ['national_prefectural_subsidy', 'national_subsidy', 'prefectural_subsidy'].includes(
        l.category,
      ) &&
      l.yen !== null &&
      l.yen > 0,
  );
  const grantName = subsidised
    ? { ja: `${named.ja}と国・県の支出金`, en: `${named.en} and national or prefectural funds` }
    : named;

  if (grantLines.length > 0) {
    const withGrant = printed.filter((s) => s.grant !== null);
    const grantItems = withGrant.map((s) => {
      const label = summaryLabel(s, planPeriod);
      const amount = yen(s.grant!, citedFrom(costs, 'grant', s));
      const share = s.grantShare.value === null ? null : percent(s.grantShare);
      return {
        ja: [
          `${label.ja}${isSingle(s) ? '' : 'の合計'} `,
          amount,
          share ? ['（事業費の ', share, '）'] : [],
        ],
        en: [amount, ` in ${label.en}`, share ? [', ', share, ' of the project cost'] : []],
      };
    });
    const restItems = withGrant
      .filter((s) => s.otherThanGrant.value !== null && s.otherThanGrant.value >= 0)
      .map((s) => {
        const label = summaryLabel(s, planPeriod);
        const rest = yen(s.otherThanGrant.value!, null, s.otherThanGrant);
        return {
          ja: [`${label.ja}${isSingle(s) ? '' : 'の合計'} `, rest],
          en: [rest, ` in ${label.en}`],
        };
      });
    const generalFundKnown = withGrant.every((s) => s.generalFund !== null);
    return sentence(
      'FUNDING',
      [
        `負担：${grantName.ja}が`,
        joined(
          grantItems.map((i) => i.ja),
          '、',
        ),
        '。',
        restItems.length && !generalFundKnown
          ? [
              '交付金以外は',
              joined(
                restItems.map((i) => i.ja),
                '、',
              ),
              'で、その財源は資料に記載がありません。',
            ]
          : '',
      ],
      [
        `Who paid: the ${grantName.en} met `,
        joined(
          grantItems.map((i) => i.en),
          ', ',
          ', and ',
        ),
        '.',
        restItems.length && !generalFundKnown
          ? [
              ' The rest, ',
              joined(
                restItems.map((i) => i.en),
                ' and ',
              ),
              ', is not attributed to any source in the document.',
            ]
          : '',
      ],
    );
  }

  const years = printed.filter((s) => isSingle(s));
  const linesOf = (s: CostSummary) =>
    FUNDING_LINES.map((f) => ({
      f,
      line: costs.find(
        (l) =>
          l.category === f.category && l.first === s.first && l.last === s.last && l.yen !== null,
      ),
    })).filter((entry) => entry.line);
  const blankIn = (s: CostSummary) =>
    costs.some(
      (l) =>
        FUNDING_LINES.some((f) => f.category === l.category) &&
        l.first === s.first &&
        l.last === s.last &&
        l.yen === null,
    );
  const alone = generalFundAlone(years, linesOf, blankIn);
  if (alone) return alone;
  const items = years.flatMap((s) => {
    const lines = linesOf(s);
    if (lines.length === 0) return [];
    const label = year(s.first);
    const fte = staffFigure(costs, s);
    const personnel =
      s.personnelCost === null ? null : yen(s.personnelCost, citedFrom(costs, 'personnel_cost', s));
    // Staff are the municipality's own: where the project cost nothing, it paid the whole cost.
    const only =
      s.projectCost === 0 && personnel && s.personnelCost! > 0
        ? {
            ja: ['。費用は職員', fte ? [' ', fte, '人分'] : '', 'の人件費 ', personnel, 'のみです'],
            en: [
              '; the only cost was the personnel cost of ',
              fte ? [fte, ' staff, '] : 'staff, ',
              personnel,
            ],
          }
        : { ja: [], en: [] };
    // Sources printed as 0 are named together, once: the reader is after where the money came from.
    const zero = lines.filter(({ line }) => line!.yen === 0);
    const shown = zero.length > 1 ? lines.filter(({ line }) => line!.yen !== 0) : lines;
    const zeros =
      zero.length > 1
        ? {
            ja: [`${zero.map(({ f }) => f.ja).join('・')} 各 `, yen(0, zero[0]!.line!.sourceId)],
            en: [
              `${zero.map(({ f }) => f.en).join(', ')} `,
              yen(0, zero[0]!.line!.sourceId),
              ' each',
            ],
          }
        : null;
    return [
      {
        ja: [
          `${label.ja}は`,
          joined(
            [
              ...shown.map(({ f, line }) => [`${f.ja} `, yen(line!.yen!, line!.sourceId)]),
              ...(zeros ? [zeros.ja] : []),
            ],
            '、',
          ),
          only.ja,
        ],
        en: [
          `in ${label.en}, `,
          joined(
            [
              ...shown.map(({ f, line }) => [`${f.en} `, yen(line!.yen!, line!.sourceId)]),
              ...(zeros ? [zeros.en] : []),
            ],
            '; ',
          ),
          only.en,
        ],
      },
    ];
  });
  if (items.length === 0) return null;
  return sentence(
    'FUNDING',
    [
      '負担：',
      joined(
        items.map((i) => i.ja),
        '。',
      ),
      '。',
    ],
    [
      'Who paid: ',
      joined(
        items.map((i, index) => (index === 0 ? i.en : capitalized(i.en))),
        '. ',
      ),
      '.',
    ],
  );
}

function judgementSentences(input: VerdictInput): VerdictSentence[] {
  const who = input.municipality;
  const sentences = input.judgements.map((judgement) =>
    sentence(
      'JUDGEMENT',
      [`${who.ja}の総括（資料の言葉）：「`, { quote: judgement.text }, '」'],
      [
        `${who.en}'s own conclusion, in its words: `,
        { quote: `「${judgement.text}」` },
        judgement.gloss ? ` (“${judgement.gloss}”)` : '',
      ],
    ),
  );
  const latest = Math.max(...input.evaluations.map((e) => e.fiscalYear));
  const evaluations = input.evaluations.filter((e) => e.fiscalYear === latest);
  const graded = evaluations.filter((e) => e.grade !== null);
  const unread = evaluations.filter((e) => e.grade === null);
  if (graded.length > 0) {
    const grade = (e: VerdictEvaluation, lang: 'ja' | 'en'): Piece[] => [
      `${e.axisLabel[lang]} `,
      {
        value: null,
        ja: e.grade!,
        en: e.grade!,
        sourceId: e.sourceId,
        formula: null,
      } satisfies CitedFigure,
      // A scale of words (結びついている) has the grade for its label: said once, glossed in English.
      e.gradeLabel && e.gradeLabel[lang] !== e.grade
        ? lang === 'ja'
          ? `（${e.gradeLabel.ja}）`
          : ` (${e.gradeLabel.en})`
        : '',
    ];
    sentences.push(
      sentence(
        'JUDGEMENT',
        [
          `${who.ja}の評価（${year(latest).ja}）：`,
          joined(
            graded.map((e) => grade(e, 'ja')),
            '、',
          ),
          '。',
        ],
        [
          `${who.en}'s own evaluation (${year(latest).en}): `,
          joined(
            graded.map((e) => grade(e, 'en')),
            ', ',
          ),
          '.',
        ],
      ),
    );
  }
  for (const e of unread) {
    const word = quantity({
      value: null,
      absence: e.gradeAbsence ?? 'not_reported',
      sourceId: e.sourceId,
    });
    sentences.push(
      sentence(
        'JUDGEMENT',
        [
          `${e.axisLabel.ja}は`,
          word,
          e.gradeAbsence === 'ambiguous' && e.options.length
            ? `です（「${e.options.map((o) => o.ja).join('」「')}」のどれが選ばれたか読み取れません）。`
            : 'です。',
        ],
        [
          `${e.axisLabel.en}: `,
          word,
          e.gradeAbsence === 'ambiguous' && e.options.length
            ? ` (which of “${e.options.map((o) => o.en).join('”, “')}” was chosen cannot be read).`
            : '.',
        ],
      ),
    );
  }
  return sentences;
}

/**
 * The verdict on one program, in the order a council member asks: did it meet its targets, and in which
 * years (with every target and actual); what the source does not give; what it cost each year; who paid;
 * and the municipality's own judgement in its words. Built by rules from the data, never free text, so
 * every figure it cites is one the tables show, with its source.
 */
export function verdict(
  input: VerdictInput,
  /** The summaries of its costs, where the caller has them already: they are costSummaries(input.costs). */
  summaries: readonly CostSummary[] = costSummaries(input.costs),
): VerdictSentence[] {
  return [
    ...targetsSentences(input),
    ...input.kpis.map(kpiSentence),
    ...missingSentences(input, summaries),
    ...[costSentence(input, summaries), fundingSentence(input, summaries)].filter(
      (s): s is VerdictSentence => s !== null,
    ),
    ...judgementSentences(input),
  ];
}
