import { searchBigrams, searchForm, themeTerms, type ThemeTerm } from '@muni/domain';
import { eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { columnNamesOf } from '../db/json-rows.js';
import { rowsByKeys } from '../db/queries/rows-by-keys.js';
import * as t from '../db/schema/index.js';
import { costPerUnitFor, summariesOf } from './cost.js';
import { currentFigures } from './kpi.js';
import { groupBy } from '../group-by.js';
import { refreshKeptRankings } from '../db/queries/kept-rankings.js';
import { programsWithStaleRecords, storeProgramRecords } from '../db/queries/program-record.js';

type NewSummary = typeof t.programSummary.$inferInsert;

/**
 * The narratives that say what a program does and for whom; its evaluations, issues and plans say how
 * well it went, which two programs doing the same work do not share.
 */
const WHAT_IT_DOES: ReadonlySet<t.Narrative['kind']> = new Set([
  'purpose',
  'target_groups',
  'content',
  'component',
  'actions_done',
  'method',
  'overview',
  'means_previous_year',
  'means_this_year',
  'intent',
  'contribution',
]);

/** The terms that say what a program does: its name, its indicators and its narratives of what it does. */
export function themeTermsOf(input: {
  program: Pick<t.Program, 'nameJa'>;
  kpis: readonly Pick<t.Kpi, 'nameJa'>[];
  narratives: readonly Pick<t.Narrative, 'kind' | 'text'>[];
}): ThemeTerm[] {
  return themeTerms([
    input.program.nameJa,
    ...input.kpis.map((kpi) => kpi.nameJa),
    ...input.narratives.filter((n) => WHAT_IT_DOES.has(n.kind)).map((n) => n.text),
  ]);
}

/** A program's derived headline figures, from its record, by the same rules the API answers with. */
export function summarize(input: {
  program: t.Program;
  municipality: Pick<t.Municipality, 'code' | 'nameJa' | 'nameEn' | 'prefectureJa'>;
  kpis: readonly t.Kpi[];
  values: readonly t.KpiValue[];
  costs: readonly t.CostEntry[];
  narratives: readonly t.Narrative[];
  themeTermCount: number;
}): NewSummary {
  const { program, municipality, kpis, values, costs } = input;
  const valuesOf = (kpi: t.Kpi) => values.filter((value) => value.kpiId === kpi.id);
  const current = kpis.map((kpi) => currentFigures(valuesOf(kpi), kpi));
  const withStatus = current.filter((figures) => figures.status !== null);
  const achieved = withStatus.filter((figures) => figures.status!.code === 'ACHIEVED').length;
  const rates = current
    .map((figures) => figures.achievement)
    .filter((rate): rate is number => rate !== null);

  const summaries = summariesOf(costs);
  const singleYears = summaries.filter((s) => s.first === s.last && !s.derived);
  const latestCost = [...singleYears]
    .reverse()
    .map((s) => ({
      s,
      yen: s.totalCost.value ?? s.projectCost,
      basis: s.totalCost.value !== null ? 'total_cost' : 'project_cost',
    }))
    .find((entry) => entry.yen !== null);
  const first = kpis.find((kpi) => kpi.position === Math.min(...kpis.map((k) => k.position)));
  const costPerOutcome = first
    ? [...singleYears]
        .reverse()
        .map((s) => costPerUnitFor(first, valuesOf(first), s))
        .find((entry) => entry.figure.value !== null)
    : undefined;

  const years = [
    ...values.filter((v) => v.target !== null || v.actual !== null).map((v) => v.fiscalYear),
    ...kpis.flatMap((kpi) =>
      kpi.baselineFiscalYear !== null && kpi.baselineValue !== null ? [kpi.baselineFiscalYear] : [],
    ),
    ...costs.filter((c) => c.amountYen !== null).flatMap((c) => [c.fiscalYearFrom, c.fiscalYearTo]),
  ];
  const searchText = searchTextOf(input);
  return {
    programId: program.id,
    sortCode: `${municipality.code}/${program.number}`,
    municipalityId: program.municipalityId,
    policyArea: program.policyArea,
    fundingScheme: program.fundingScheme,
    dataFirstFiscalYear: years.length ? Math.min(...years) : null,
    dataLastFiscalYear: years.length ? Math.max(...years) : null,
    latestCostFiscalYear: latestCost?.s.first ?? null,
    latestCostYen: latestCost?.yen ?? null,
    latestCostBasis: latestCost ? latestCost.basis : null,
    latestGrantShare: latestCost?.s.grantShare.value ?? null,
    achievementMean: rates.length ? rates.reduce((a, b) => a + b, 0) / rates.length : null,
    costPerOutcome: costPerOutcome?.figure.value ?? null,
    costPerOutcomeBasis: costPerOutcome?.basis ?? null,
    kpiCount: kpis.length,
    kpisWithStatus: withStatus.length,
    kpisAchieved: achieved,
    allKpisAchieved: withStatus.length > 0 && achieved === withStatus.length,
    searchText,
    searchBigrams: searchBigrams(searchText),
    themeTermCount: input.themeTermCount,
  };
}

/** Names, number, KPI names and narrative, and where the program is run, as one searchable text. */
function searchTextOf(input: Parameters<typeof summarize>[0]): string {
  const { program, municipality, kpis } = input;
  return searchForm(
    [
      program.nameJa,
      program.nameEn,
      program.number,
      // So that a program is found by where it is run: 伊勢原 finds Isehara's programs.
      municipality.prefectureJa,
      municipality.nameJa,
      municipality.nameEn,
      ...kpis.map((k) => k.nameJa),
      ...input.narratives.map((n) => n.text),
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

type NewTerm = typeof t.programTerm.$inferInsert;

/** The summaries and terms of these programs as the domain rules derive them from their records now. */
export async function derivedFromRecords(
  db: Database,
  ids: number[],
): Promise<{ summaries: NewSummary[]; terms: NewTerm[] }> {
  // One after the other: inside a transaction the statements share one connection.
  const programs = await db
    .select({ program: t.program, municipality: t.municipality })
    .from(t.program)
    .innerJoin(t.municipality, eq(t.municipality.id, t.program.municipalityId))
    .where(inArray(t.program.id, ids));
  const kpis = await rowsByKeys(db, t.kpi, t.kpi.programId, ids, [t.kpi.programId, t.kpi.position]);
  const costs = await rowsByKeys(db, t.costEntry, t.costEntry.programId, ids);
  const narratives = await rowsByKeys(db, t.narrative, t.narrative.programId, ids);
  const values = await rowsByKeys(
    db,
    t.kpiValue,
    t.kpiValue.kpiId,
    kpis.map((k) => k.id),
    [t.kpiValue.kpiId, t.kpiValue.fiscalYear],
  );
  // Grouped once: filtering the whole batch for each program grows with the square of its size.
  const kpisOf = groupBy(kpis, (kpi) => kpi.programId);
  const valuesOf = groupBy(values, (value) => value.kpiId);
  const costsOf = groupBy(costs, (cost) => cost.programId);
  const narrativesOf = groupBy(narratives, (narrative) => narrative.programId);
  const terms: NewTerm[] = [];
  const summaries = programs.map(({ program, municipality }) => {
    const ownKpis = kpisOf.get(program.id) ?? [];
    const ownNarratives = narrativesOf.get(program.id) ?? [];
    const ownTerms = themeTermsOf({ program, kpis: ownKpis, narratives: ownNarratives });
    for (const { term, word } of ownTerms)
      terms.push({ programId: program.id, term, word, synthetic: municipality.isSynthetic });
    return summarize({
      program,
      municipality,
      kpis: ownKpis,
      values: ownKpis.flatMap((kpi) => valuesOf.get(kpi.id) ?? []),
      costs: costsOf.get(program.id) ?? [],
      narratives: ownNarratives,
      themeTermCount: ownTerms.length,
    });
  });
  return { summaries, terms };
}

/**
 * What of the rules' output differs from what is stored for these programs: the summaries to write, and
 * the programs whose terms are to be written again.
 */
async function storedAgainstRules(db: Database, ids: number[]) {
  const { summaries, terms } = await derivedFromRecords(db, ids);
  const oldSummaries = await rowsByKeys(db, t.programSummary, t.programSummary.programId, ids);
  const oldTerms = await rowsByKeys(db, t.programTerm, t.programTerm.programId, ids);
  const oldSummaryOf = new Map(oldSummaries.map((row) => [row.programId, row]));
  const changedSummaries = summaries.filter((row) => {
    const old = oldSummaryOf.get(row.programId);
    return (
      !old ||
      Object.entries(row).some(([key, value]) => !sameValue(old[key as keyof typeof old], value))
    );
  });
  const termsOf = (list: readonly NewTerm[]) => {
    const byProgram = new Map<number, string[]>();
    for (const row of list) {
      const own = byProgram.get(row.programId) ?? [];
      own.push(JSON.stringify([row.term, row.word, row.synthetic]));
      byProgram.set(row.programId, own);
    }
    return byProgram;
  };
  const [oldTermsOf, newTermsOf] = [termsOf(oldTerms), termsOf(terms)];
  const changedTerms = new Set(
    ids.filter(
      (id) => !sameValue((oldTermsOf.get(id) ?? []).sort(), (newTermsOf.get(id) ?? []).sort()),
    ),
  );
  // The areas a changed program was or is in: their kept rankings are worked out again.
  const changedAreas = new Set(
    changedSummaries.flatMap((row) => {
      const old = oldSummaryOf.get(row.programId);
      return old ? [row.policyArea, old.policyArea] : [row.policyArea];
    }),
  );
  return {
    changedSummaries,
    changedAreas,
    changedTerms,
    newTerms: terms.filter((row) => changedTerms.has(row.programId)),
  };
}

/**
 * The programs among these whose stored summary or terms differ from what the domain rules derive
 * from their records now: none, unless a record was written without its summary.
 */
export async function summariesOutOfDate(db: Database, ids: number[]): Promise<number[]> {
  const { changedSummaries, changedTerms } = await storedAgainstRules(db, ids);
  return [...new Set([...changedSummaries.map((row) => row.programId), ...changedTerms])].sort(
    (a, b) => a - b,
  );
}

/** Every column of a summary but its key, set from the row the statement tried to insert. */
const summaryRewrite = () =>
  Object.fromEntries(
    columnNamesOf(t.programSummary)
      .filter(([key]) => key !== 'programId')
      .map(([key, name]) => [key, sql`excluded.${sql.identifier(name)}`]),
  );

/**
 * Recomputes the summaries of these programs from their records, in a handful of statements, and
 * keeps their records shaped (program_record).
 */
export async function refreshProgramSummaries(
  db: Database,
  programIds: readonly number[],
  // A load of many batches works the rankings out once at its end (refreshStaleRankings), and shapes
  // the records then too (refreshStaleRecords), once PostgreSQL knows how large its tables have grown.
  { rankings = true, records = true }: { rankings?: boolean; records?: boolean } = {},
): Promise<void> {
  if (programIds.length === 0) return;
  // Only what changed is written, so that an edit that leaves a program's terms or figures as they
  // were does not move the scopes every similar-program list, list and ranking depends on.
  const { changedSummaries, changedAreas, changedTerms, newTerms } = await storedAgainstRules(db, [
    ...programIds,
  ]);
  if (changedSummaries.length > 0) {
    // Rewritten in place, not deleted and inserted: the count of programs of each kind (migration
    // 0018) moves only when a program comes or goes, and with it every similar-program list.
    await db
      .insert(t.programSummary)
      .values(changedSummaries)
      .onConflictDoUpdate({ target: t.programSummary.programId, set: summaryRewrite() });
    if (rankings) await refreshKeptRankings(db, changedAreas);
  }
  if (changedTerms.size > 0) {
    await db.delete(t.programTerm).where(inArray(t.programTerm.programId, [...changedTerms]));
    // A statement's parameters are limited (65,535 in PostgreSQL's protocol): four a row.
    for (let start = 0; start < newTerms.length; start += 15_000)
      await db.insert(t.programTerm).values(newTerms.slice(start, start + 15_000));
  }
  // Last: a later statement about these programs deletes the copy again (migration 0020).
  if (records) await storeProgramRecords(db, programIds);
}

/** Whether a stored value is the one computed: the same JSON (numbers, text, arrays, null). */
function sameValue(stored: unknown, computed: unknown): boolean {
  return JSON.stringify(stored ?? null) === JSON.stringify(computed ?? null);
}

/**
 * Shapes again the stored records that are missing (after the migration that added them, or a
 * truncation), older than a change to their program (a write that did not shape them) or shaped by
 * another version of the API, in batches; their count.
 */
export async function refreshStaleRecords(db: Database): Promise<number> {
  const ids = await programsWithStaleRecords(db);
  for (let start = 0; start < ids.length; start += 500)
    await db.transaction((tx) =>
      storeProgramRecords(tx as unknown as Database, ids.slice(start, start + 500)),
    );
  return ids.length;
}

/** Recomputes the summaries that are missing (after a migration that dropped them), in batches. */
export async function refreshMissingSummaries(db: Database): Promise<number> {
  const missing = await db
    .select({ id: t.program.id })
    .from(t.program)
    .leftJoin(t.programSummary, eq(t.programSummary.programId, t.program.id))
    .where(isNull(t.programSummary.programId));
  const ids = missing.map((row) => row.id);
  // Each batch whole: a summary written without its terms would never be found missing again.
  for (let start = 0; start < ids.length; start += 500)
    await db.transaction((tx) =>
      refreshProgramSummaries(tx as unknown as Database, ids.slice(start, start + 500)),
    );
  return ids.length;
}
