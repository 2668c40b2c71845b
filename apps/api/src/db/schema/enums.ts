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

/** The kind of document a program was read from: one program's evaluation sheet (a PDF's text), a
 * grant's result report, or a municipality's workbook of every program (one row a program). */
export const documentForm = pgEnum('document_form', [
  'evaluation_sheet',
  'grant_result_report',
  'evaluation_workbook',
]);

export const fundingScheme = pgEnum('funding_scheme', ['municipal', 'national_grant']);

/** A stock is a level at the end of each year; an increment is what the year added. */
export const kpiKind = pgEnum('kpi_kind', ['stock', 'increment']);

/** What an indicator measures, where the form says: the program's activity (活動指標), the size of
 * what it serves (対象指標) or the outcome it seeks (成果指標). */
export const kpiRole = pgEnum('kpi_role', ['activity', 'target_size', 'outcome']);

export const kpiDirection = pgEnum('kpi_direction', ['higher_is_better', 'lower_is_better']);

export const costCategory = pgEnum('cost_category', [
  'project_cost',
  'personnel_cost',
  'total_cost',
  'grant',
  'national_prefectural_subsidy',
  'national_subsidy',
  'prefectural_subsidy',
  'local_bond',
  'other_specific_revenue',
  'general_fund',
]);

export const staffType = pgEnum('staff_type', ['regular', 'other']);

/** Whether an amount was spent (決算, 実績) or is what a year plans to spend (予算, 目標). */
export const amountKind = pgEnum('amount_kind', ['actual', 'plan']);

export const evaluationAxis = pgEnum('evaluation_axis', [
  'progress',
  'effectiveness',
  'level',
  'efficiency',
  'direction',
  // The eight questions of a 事務事業評価 in the form Ofunato uses, each with its own words.
  'policy_alignment',
  'public_involvement',
  'target_and_intent',
  'room_to_improve_outcome',
  'effect_of_stopping',
  'room_to_cut_project_cost',
  'room_to_cut_personnel_cost',
  'fairness_of_benefit_and_burden',
  // What the reform chosen is expected to do to the outcome and to the cost.
  'expected_outcome_effect',
  'expected_cost_effect',
  // The direction the head of the section (課長等) gives.
  'head_direction',
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
  'overview',
  'means_previous_year',
  'means_this_year',
  'intent',
  'contribution',
  'circumstances',
  'stakeholder_views',
  'head_summary',
]);

/** How a change reached the database: a GraphQL mutation, the import command, or the dataset the API
 * loads at start. */
export const auditSource = pgEnum('audit_source', ['graphql', 'import', 'dataset']);

/** What an API token may do: read (when reads need a token), edit data, or everything an editor does and
 * more (kept for administration that is not an edit of a program). */
export const apiRole = pgEnum('api_role', ['viewer', 'editor', 'admin']);
