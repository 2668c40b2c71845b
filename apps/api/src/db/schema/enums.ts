import { pgEnum } from 'drizzle-orm/pg-core';

/** Where a recorded value comes from: a shipped source document, a fact from outside the documents
 * (a local government code, a prefecture), this dataset's own editorial choice (an English name, a
 * number assigned where the source prints none, a KPI's kind), a row of an imported CSV table (its note
 * names the file and the row), or an entry made through the API (its note names who made it). The last
 * two keep "every value has provenance" true for data that did not come with a quoted source. */
export const provenanceOrigin = pgEnum('provenance_origin', [
  'document',
  'external',
  'editorial',
  'import',
  'entry',
]);

/** Why a value is NULL. "Not reported" (a blank cell, a total computed from blanks), "not applicable"
 * (a `－` in a target cell: no target that year), "ambiguous" (the source cannot be read one way),
 * "outside the document" (the document does not cover that year) and "in a multi-year total" (the
 * source gives only a sum over several years, this one among them) are different facts, and none of
 * them is 0. */
export const absence = pgEnum('absence', [
  'not_reported',
  'not_applicable',
  'ambiguous',
  'outside_document',
  'in_multi_year_total',
]);

export const documentForm = pgEnum('document_form', ['evaluation_sheet', 'grant_result_report']);

export const fundingScheme = pgEnum('funding_scheme', ['municipal', 'national_grant']);

/** A stock is a level at the end of each year; an increment is what the year added. */
export const kpiKind = pgEnum('kpi_kind', ['stock', 'increment']);

export const kpiDirection = pgEnum('kpi_direction', ['higher_is_better', 'lower_is_better']);

export const costCategory = pgEnum('cost_category', [
  'project_cost',
  'personnel_cost',
  'total_cost',
  'grant',
  'national_prefectural_subsidy',
  'local_bond',
  'other_specific_revenue',
  'general_fund',
]);

export const staffType = pgEnum('staff_type', ['regular', 'other']);

export const evaluationAxis = pgEnum('evaluation_axis', [
  'progress',
  'effectiveness',
  'level',
  'efficiency',
  'direction',
]);

export const narrativeKind = pgEnum('narrative_kind', [
  'purpose',
  'target_groups',
  'content',
  'background',
  'strategy_position',
  'component',
  'spending',
  'previous_policy',
  'actions_done',
  'method',
  'issues',
  'next_policy',
  'review',
  'kpi_status_note',
  'kpi_self_evaluation',
  'period_summary',
  'overall_judgement',
]);

/** How a change reached the database: a GraphQL mutation, the import command, or the dataset the API
 * loads at start. */
export const auditSource = pgEnum('audit_source', ['graphql', 'import', 'dataset']);

/** What an API token may do: read (when reads need a token), edit data, or everything an editor does and
 * more (kept for administration that is not an edit of a program). */
export const apiRole = pgEnum('api_role', ['viewer', 'editor', 'admin']);
