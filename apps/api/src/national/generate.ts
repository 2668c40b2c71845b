import { eq, inArray, sql } from 'drizzle-orm';
import { refreshProgramSummaries, refreshStaleRecords } from '../analytics/program-summary.js';
import type { Database } from '../db/client.js';
import { refreshStaleRankings } from '../db/queries/kept-rankings.js';
import { deleteProgramChildren } from '../db/queries/program-children.js';
import * as t from '../db/schema/index.js';
import { between, pick, seededRandom } from './random.js';
import { POLICY_AREAS } from '@muni/domain';

export interface NationalOptions {
  municipalities: number;
  programsPerMunicipality: number;
  fiscalYears: number;
  /** The first fiscal year of the series. */
  firstFiscalYear: number;
  seed: number;
  /** Told how far the load has come. */
  progress?: (done: number, total: number) => void;
}

/** Synthetic municipality codes start here, above every real code (prefectures end at 47xxx). */
export const SYNTHETIC_CODE_BASE = 90_000;
/** Synthetic prefectures are numbered from 101, apart from the real 1 to 47. */
const SYNTHETIC_PREFECTURE_BASE = 100;

/** The vocabulary's first eight areas, in its order, which the seed's sequence of picks depends on:
 * the synthetic set stays the same as areas are added for real cities. */
const AREAS = Object.entries(POLICY_AREAS).slice(0, 8);
const STOCK_UNITS = ['団体', '人', '件', '施設'] as const;
const INCREMENT_UNITS = ['人/年度', '件/年度', '団体/年度', '回/年度'] as const;

/** Inserts rows in chunks that stay under PostgreSQL's 65,535 parameters per statement. */
async function insertChunks<Row extends Record<string, unknown>, Out>(
  rows: Row[],
  columns: number,
  insert: (chunk: Row[]) => Promise<Out[]>,
): Promise<Out[]> {
  const size = Math.max(1, Math.floor(60_000 / columns));
  const out: Out[] = [];
  for (let start = 0; start < rows.length; start += size)
    out.push(...(await insert(rows.slice(start, start + size))));
  return out;
}

/** Removes an earlier synthetic dataset, leaving the real programs as they are. */
export async function removeSynthetic(db: Database): Promise<void> {
  // The programs' records first (see deleteProgramChildren), then the municipalities, which cascade
  // to the programs and documents, then the municipalities' own provenance.
  await db.transaction(async (tx) => {
    const programs = tx
      .select({ id: t.program.id })
      .from(t.program)
      .innerJoin(t.municipality, eq(t.municipality.id, t.program.municipalityId))
      .where(eq(t.municipality.isSynthetic, true));
    await deleteProgramChildren(tx as unknown as Database, programs);
    const gone = await tx
      .delete(t.municipality)
      .where(eq(t.municipality.isSynthetic, true))
      .returning({ provenanceId: t.municipality.provenanceId });
    if (gone.length > 0)
      await tx.delete(t.provenance).where(
        inArray(
          t.provenance.id,
          gone.map((m) => m.provenanceId),
        ),
      );
  });
}

/**
 * Fills the database with a deterministic synthetic national dataset: made-up municipalities with codes
 * above the real range, marked synthetic, each with programs of both KPI kinds, ten years of targets,
 * actuals and running totals, costs by funding source, and missing values at realistic rates (NULL with
 * its reason, never 0). Runs one municipality batch per transaction so progress is visible and memory flat.
 */
export async function generateNational(
  db: Database,
  options: NationalOptions,
): Promise<{ programs: number; kpiValues: number; costLines: number }> {
  const random = seededRandom(options.seed);
  const years = Array.from({ length: options.fiscalYears }, (_, i) => options.firstFiscalYear + i);
  const lastYear = years.at(-1)!;
  const note = `合成データ（試験用、seed ${options.seed}）／ synthetic test data (seed ${options.seed}); no real municipality's figures`;
  const totals = { programs: 0, kpiValues: 0, costLines: 0 };
  const batch = 50;

  await removeSynthetic(db);
  for (let first = 1; first <= options.municipalities; first += batch) {
    const last = Math.min(options.municipalities, first + batch - 1);
    await db.transaction(async (tx) => {
      const d = tx as unknown as Database;
      const indexes = Array.from({ length: last - first + 1 }, (_, i) => first + i);
      const provenances = await d
        .insert(t.provenance)
        .values(indexes.map(() => ({ origin: 'editorial' as const, note })))
        .returning({ id: t.provenance.id });
      const municipalities = await d
        .insert(t.municipality)
        .values(
          indexes.map((i, k) => ({
            code: String(SYNTHETIC_CODE_BASE + i),
            nameJa: `架空市${String(i).padStart(4, '0')}`,
            nameEn: `Synthetic City ${i}`,
            prefectureCode: SYNTHETIC_PREFECTURE_BASE + (i % 47) + 1,
            prefectureJa: `架空県${(i % 47) + 1}`,
            prefectureEn: `Synthetic Prefecture ${(i % 47) + 1}`,
            // Spread as Japan's are: from villages of a thousand to cities of millions (log-uniform).
            population: Math.round(1_000 * 3_000 ** random()),
            isSynthetic: true,
            provenanceId: provenances[k]!.id,
          })),
        )
        .returning({ id: t.municipality.id, code: t.municipality.code });
      const documents = await d
        .insert(t.sourceDocument)
        .values(
          municipalities.map((m) => ({
            key: `synthetic-${m.code}`,
            municipalityId: m.id,
            form: 'evaluation_sheet' as const,
            formName: '合成データ（試験用）',
            title: `合成データ ${m.code}`,
            fiscalYear: lastYear,
            filePath: 'synthetic',
            sha256: '0'.repeat(64),
          })),
        )
        .returning({ id: t.sourceDocument.id });

      const programRows = municipalities.flatMap((m, k) =>
        Array.from({ length: options.programsPerMunicipality }, (_, j) => {
          const [area, { ja: areaJa }] = pick(random, AREAS);
          const grant = random() < 0.3;
          return {
            municipalityId: m.id,
            number: `S-${String(j + 1).padStart(3, '0')}`,
            nameJa: `${areaJa}推進事業 ${j + 1}`,
            nameEn: `Synthetic ${area} program ${j + 1}`,
            documentId: documents[k]!.id,
            policyArea: area,
            fundingScheme: grant ? ('national_grant' as const) : ('municipal' as const),
            firstFiscalYear: years[0]!,
            planFirstFiscalYear: grant ? years.at(-3)! : null,
            planLastFiscalYear: grant ? lastYear : null,
            recordHash: `synthetic-${options.seed}`,
          };
        }),
      );
      const programs = await insertChunks(programRows, 12, (chunk) =>
        d
          .insert(t.program)
          .values(chunk)
          .returning({ id: t.program.id, fundingScheme: t.program.fundingScheme }),
      );
      const programProvenance = await insertChunks(
        programs.map((p) => ({ origin: 'editorial' as const, note, programId: p.id })),
        3,
        (chunk) => d.insert(t.provenance).values(chunk).returning({ id: t.provenance.id }),
      );

      const kpiRows = programs.flatMap((p, k) =>
        Array.from({ length: between(random, 1, 4) }, (_, position) => {
          const kind = random() < 0.4 ? ('stock' as const) : ('increment' as const);
          const source = programProvenance[k]!.id;
          return {
            programId: p.id,
            position: position + 1,
            nameJa: kind === 'stock' ? `登録数 ${position + 1}` : `参加者数 ${position + 1}`,
            unit: kind === 'stock' ? pick(random, STOCK_UNITS) : pick(random, INCREMENT_UNITS),
            kind,
            // Participants and registrations: more is better, as a made-up program says.
            direction: 'higher_is_better' as const,
            baselineValue: kind === 'stock' ? between(random, 50, 500) : 0,
            baselineFiscalYear: years[0]! - 1,
            provenanceId: source,
            unitProvenanceId: source,
            kindProvenanceId: source,
            baselineProvenanceId: source,
          };
        }),
      );
      const kpis = await insertChunks(kpiRows, 10, (chunk) =>
        d.insert(t.kpi).values(chunk).returning({ id: t.kpi.id, programId: t.kpi.programId }),
      );

      const valueRows = kpis.flatMap((kpi, k) => {
        const row = kpiRows[k]!;
        let level = row.baselineValue;
        let running: number | null = 0;
        return years.map((fiscalYear) => {
          const target =
            row.kind === 'stock' ? level + between(random, 1, 30) : between(random, 10, 2_000);
          const targetMissing = random() < 0.03;
          const actualMissing = random() < 0.08;
          const actual = actualMissing ? null : Math.round(target * (0.6 + random() * 0.7));
          if (row.kind === 'stock' && actual !== null) level = actual;
          running =
            row.kind === 'increment' && running !== null && actual !== null
              ? running + actual
              : null;
          return {
            kpiId: kpi.id,
            fiscalYear,
            target: targetMissing ? null : target,
            targetAbsence: targetMissing ? ('not_reported' as const) : null,
            actual,
            actualAbsence: actual === null ? ('not_reported' as const) : null,
            runningTotal: row.kind === 'increment' ? running : null,
            runningTotalAbsence:
              row.kind === 'increment' && running === null ? ('not_reported' as const) : null,
            targetProvenanceId: row.provenanceId,
            actualProvenanceId: row.provenanceId,
            runningTotalProvenanceId: row.kind === 'increment' ? row.provenanceId : null,
          };
        });
      });
      await insertChunks(valueRows, 11, async (chunk) => {
        await d.insert(t.kpiValue).values(chunk);
        return [];
      });

      const costRows = programs.flatMap((p, k) =>
        years.flatMap((fiscalYear) => {
          const source = programProvenance[k]!.id;
          const project = random() < 0.05 ? null : between(random, 100, 10_000) * 10_000;
          const fte = random() < 0.15 ? null : between(random, 1, 30) / 10;
          const line = (
            category: 'project_cost' | 'personnel_cost' | 'grant',
            yen: number | null,
            staffFte: number | null = null,
          ) => ({
            programId: p.id,
            fiscalYearFrom: fiscalYear,
            fiscalYearTo: fiscalYear,
            category,
            amountYen: yen,
            amountAbsence: yen === null ? ('not_reported' as const) : null,
            staffFte,
            provenanceId: source,
            staffFteProvenanceId: staffFte === null ? null : source,
          });
          const lines = [
            line('project_cost', project),
            line('personnel_cost', fte === null ? null : Math.round(fte * 8_000_000), fte),
          ];
          if (p.fundingScheme === 'national_grant' && project !== null) {
            lines.push(line('grant', Math.round(project * (0.3 + random() * 0.3))));
          }
          return lines;
        }),
      );
      await insertChunks(costRows, 9, async (chunk) => {
        await d.insert(t.costEntry).values(chunk);
        return [];
      });

      const grades = ['A', 'B', 'C'];
      await insertChunks(
        programs.map((p, k) => ({
          programId: p.id,
          fiscalYear: lastYear,
          axis: 'progress' as const,
          axisLabel: '進捗状況',
          grade: pick(random, grades),
          scale: [
            { grade: 'A', label: '計画どおり' },
            { grade: 'B', label: '概ね計画どおり' },
            { grade: 'C', label: '計画どおり進捗せず' },
          ],
          gradeProvenanceId: programProvenance[k]!.id,
        })),
        7,
        async (chunk) => {
          await d.insert(t.evaluation).values(chunk);
          return [];
        },
      );
      const ids = programs.map((p) => p.id);
      for (let start = 0; start < ids.length; start += 500)
        await refreshProgramSummaries(d, ids.slice(start, start + 500), {
          rankings: false,
          records: false,
        });
      totals.programs += programs.length;
      totals.kpiValues += valueRows.length;
      totals.costLines += costRows.length;
    });
    options.progress?.(last, options.municipalities);
  }
  // Shaping the records reads every table the load filled: planned on statistics from before it, each
  // of those reads scanned whole tables, 500 programs at a time.
  await db.execute(sql`analyze`);
  await refreshStaleRecords(db);
  await refreshStaleRankings(db);
  return totals;
}
