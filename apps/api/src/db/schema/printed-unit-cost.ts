import { sql } from 'drizzle-orm';
import { index, check, integer, numeric, pgTable, serial, text, unique } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { absenceOnlyWhenNull, fiscalYear, plausibleFiscalYear } from './columns.js';
import { absence } from './enums.js';
import { program } from './program.js';
import { provenance } from './provenance.js';

const provenanceRef = () => integer().references((): AnyPgColumn => provenance.id);

/**
 * A unit cost the form itself prints for a fiscal year (対象数 and 単位当たりコスト on an evaluation
 * sheet): what it counts, in which unit, and the cost per one of them, as printed. Kept apart from the
 * per-unit figures this product derives, which divide by a KPI's outcome instead.
 */
export const printedUnitCost = pgTable(
  'printed_unit_cost',
  {
    id: serial().primaryKey(),
    programId: integer()
      .notNull()
      .references((): AnyPgColumn => program.id, { onDelete: 'cascade' }),
    fiscalYear: fiscalYear().notNull(),
    /** How many the cost is divided among (対象数), e.g. 1,411,642. */
    targetCount: numeric({ precision: 20, scale: 4, mode: 'number' }),
    targetCountAbsence: absence(),
    /** The unit of that count as printed (人). */
    targetUnit: text(),
    /** What is counted, as printed (年間入込観光客数). */
    targetDefinition: text(),
    /** The printed cost per one, in yen (単位当たりコスト). */
    unitCostYen: numeric({ precision: 20, scale: 4, mode: 'number' }),
    unitCostAbsence: absence(),
    /** How the form says it divides, as printed (総事業費／対象数). */
    formula: text(),
    note: text(),
    targetCountProvenanceId: provenanceRef(),
    targetDefinitionProvenanceId: provenanceRef(),
    unitCostProvenanceId: provenanceRef(),
    formulaProvenanceId: provenanceRef(),
  },
  (t) => [
    index('printed_unit_cost_target_count_provenance_id')
      .on(t.targetCountProvenanceId)
      .where(sql`${t.targetCountProvenanceId} is not null`),
    index('printed_unit_cost_target_definition_provenance_id')
      .on(t.targetDefinitionProvenanceId)
      .where(sql`${t.targetDefinitionProvenanceId} is not null`),
    index('printed_unit_cost_unit_cost_provenance_id')
      .on(t.unitCostProvenanceId)
      .where(sql`${t.unitCostProvenanceId} is not null`),
    index('printed_unit_cost_formula_provenance_id')
      .on(t.formulaProvenanceId)
      .where(sql`${t.formulaProvenanceId} is not null`),
    unique('printed_unit_cost_program_year').on(t.programId, t.fiscalYear),
    plausibleFiscalYear('printed_unit_cost_fiscal_year', t.fiscalYear),
    check('printed_unit_cost_not_negative', sql`${t.unitCostYen} >= 0 and ${t.targetCount} >= 0`),
    absenceOnlyWhenNull('printed_unit_cost_count_absence', t.targetCount, t.targetCountAbsence),
    absenceOnlyWhenNull('printed_unit_cost_cost_absence', t.unitCostYen, t.unitCostAbsence),
  ],
);

export type PrintedUnitCost = typeof printedUnitCost.$inferSelect;
