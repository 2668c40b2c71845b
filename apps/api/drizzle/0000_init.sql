CREATE TYPE "public"."absence" AS ENUM('not_reported', 'not_applicable', 'ambiguous');--> statement-breakpoint
CREATE TYPE "public"."cost_category" AS ENUM('project_cost', 'personnel_cost', 'total_cost', 'grant', 'national_prefectural_subsidy', 'local_bond', 'other_specific_revenue', 'general_fund');--> statement-breakpoint
CREATE TYPE "public"."document_form" AS ENUM('evaluation_sheet', 'grant_result_report');--> statement-breakpoint
CREATE TYPE "public"."evaluation_axis" AS ENUM('progress', 'effectiveness', 'level', 'efficiency', 'direction');--> statement-breakpoint
CREATE TYPE "public"."funding_scheme" AS ENUM('municipal', 'national_grant');--> statement-breakpoint
CREATE TYPE "public"."kpi_direction" AS ENUM('higher_is_better', 'lower_is_better');--> statement-breakpoint
CREATE TYPE "public"."kpi_kind" AS ENUM('stock', 'increment');--> statement-breakpoint
CREATE TYPE "public"."narrative_kind" AS ENUM('purpose', 'target_groups', 'content', 'background', 'strategy_position', 'component', 'spending', 'previous_policy', 'actions_done', 'method', 'issues', 'next_policy', 'review', 'kpi_status_note', 'kpi_self_evaluation', 'period_summary');--> statement-breakpoint
CREATE TYPE "public"."provenance_origin" AS ENUM('document', 'external', 'editorial');--> statement-breakpoint
CREATE TYPE "public"."staff_type" AS ENUM('regular', 'other');--> statement-breakpoint
CREATE TABLE "provenance" (
	"id" serial PRIMARY KEY NOT NULL,
	"origin" "provenance_origin" NOT NULL,
	"document_id" integer,
	"section" text,
	"raw_text" text,
	"note" text,
	"program_id" integer,
	CONSTRAINT "provenance_document_has_section" CHECK ("provenance"."origin" <> 'document' or ("provenance"."document_id" is not null and "provenance"."section" is not null)),
	CONSTRAINT "provenance_other_has_note" CHECK ("provenance"."origin" = 'document' or "provenance"."note" is not null)
);
--> statement-breakpoint
CREATE TABLE "source_document" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"municipality_id" integer NOT NULL,
	"form" "document_form" NOT NULL,
	"form_name" text NOT NULL,
	"title" text NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"file_path" text NOT NULL,
	"sha256" text NOT NULL,
	CONSTRAINT "source_document_key_unique" UNIQUE("key"),
	CONSTRAINT "source_document_fiscal_year" CHECK ("source_document"."fiscal_year" between 1947 and 2100),
	CONSTRAINT "source_document_sha256" CHECK ("source_document"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "municipality" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text,
	"prefecture_code" smallint NOT NULL,
	"prefecture_ja" text NOT NULL,
	"prefecture_en" text,
	"is_synthetic" boolean DEFAULT false NOT NULL,
	"provenance_id" integer NOT NULL,
	CONSTRAINT "municipality_code_unique" UNIQUE("code"),
	CONSTRAINT "municipality_code_format" CHECK ("municipality"."code" ~ '^[0-9]{5}$'),
	CONSTRAINT "municipality_prefecture_code" CHECK ("municipality"."prefecture_code" between 1 and 47 or "municipality"."is_synthetic")
);
--> statement-breakpoint
CREATE TABLE "plan_level" (
	"id" serial PRIMARY KEY NOT NULL,
	"program_id" integer NOT NULL,
	"depth" smallint NOT NULL,
	"level" text NOT NULL,
	"number" text,
	"name" text NOT NULL,
	"provenance_id" integer NOT NULL,
	CONSTRAINT "plan_level_program_depth" UNIQUE("program_id","depth"),
	CONSTRAINT "plan_level_depth" CHECK ("plan_level"."depth" >= 0)
);
--> statement-breakpoint
CREATE TABLE "program" (
	"id" serial PRIMARY KEY NOT NULL,
	"municipality_id" integer NOT NULL,
	"number" text NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text,
	"document_id" integer NOT NULL,
	"department" text,
	"department_head" text,
	"division" text,
	"division_head" text,
	"policy_area" text NOT NULL,
	"funding_scheme" "funding_scheme" NOT NULL,
	"funding_scheme_name" text,
	"budget_line" text,
	"related_plan" text,
	"legal_basis" text,
	"first_fiscal_year" smallint,
	"first_fiscal_year_absence" "absence",
	"last_fiscal_year" smallint,
	"last_fiscal_year_absence" "absence",
	"plan_first_fiscal_year" smallint,
	"plan_last_fiscal_year" smallint,
	"record_hash" text NOT NULL,
	CONSTRAINT "program_municipality_number" UNIQUE("municipality_id","number"),
	CONSTRAINT "program_first_fiscal_year" CHECK ("program"."first_fiscal_year" between 1947 and 2100),
	CONSTRAINT "program_last_fiscal_year" CHECK ("program"."last_fiscal_year" between 1947 and 2100),
	CONSTRAINT "program_plan_first_fiscal_year" CHECK ("program"."plan_first_fiscal_year" between 1947 and 2100),
	CONSTRAINT "program_plan_last_fiscal_year" CHECK ("program"."plan_last_fiscal_year" between 1947 and 2100),
	CONSTRAINT "program_years_in_order" CHECK ("program"."last_fiscal_year" is null or "program"."first_fiscal_year" is null or "program"."last_fiscal_year" >= "program"."first_fiscal_year"),
	CONSTRAINT "program_plan_years_in_order" CHECK (("program"."plan_first_fiscal_year" is null) = ("program"."plan_last_fiscal_year" is null) and ("program"."plan_last_fiscal_year" is null or "program"."plan_last_fiscal_year" >= "program"."plan_first_fiscal_year")),
	CONSTRAINT "program_first_absence" CHECK ("program"."first_fiscal_year_absence" is null or "program"."first_fiscal_year" is null),
	CONSTRAINT "program_last_absence" CHECK ("program"."last_fiscal_year_absence" is null or "program"."last_fiscal_year" is null)
);
--> statement-breakpoint
CREATE TABLE "program_field_source" (
	"program_id" integer NOT NULL,
	"field" text NOT NULL,
	"provenance_id" integer NOT NULL,
	CONSTRAINT "program_field_source_program_id_field_pk" PRIMARY KEY("program_id","field")
);
--> statement-breakpoint
CREATE TABLE "kpi" (
	"id" serial PRIMARY KEY NOT NULL,
	"program_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"name_ja" text NOT NULL,
	"name_en" text,
	"unit" text NOT NULL,
	"unit_en" text,
	"kind" "kpi_kind" NOT NULL,
	"direction" "kpi_direction" DEFAULT 'higher_is_better' NOT NULL,
	"baseline_value" numeric(20, 4),
	"baseline_absence" "absence",
	"baseline_fiscal_year" smallint,
	"baseline_label" text,
	"plan_target" numeric(20, 4),
	"plan_target_absence" "absence",
	"plan_actual" numeric(20, 4),
	"plan_actual_absence" "absence",
	"plan_status" text,
	"note" text,
	"provenance_id" integer NOT NULL,
	"unit_provenance_id" integer NOT NULL,
	"kind_provenance_id" integer NOT NULL,
	"baseline_provenance_id" integer,
	"plan_target_provenance_id" integer,
	"plan_actual_provenance_id" integer,
	"plan_status_provenance_id" integer,
	CONSTRAINT "kpi_program_position" UNIQUE("program_id","position"),
	CONSTRAINT "kpi_position" CHECK ("kpi"."position" >= 1),
	CONSTRAINT "kpi_unit_not_blank" CHECK (btrim("kpi"."unit") <> ''),
	CONSTRAINT "kpi_baseline_fiscal_year" CHECK ("kpi"."baseline_fiscal_year" between 1947 and 2100),
	CONSTRAINT "kpi_baseline_absence" CHECK ("kpi"."baseline_absence" is null or "kpi"."baseline_value" is null),
	CONSTRAINT "kpi_plan_target_absence" CHECK ("kpi"."plan_target_absence" is null or "kpi"."plan_target" is null),
	CONSTRAINT "kpi_plan_actual_absence" CHECK ("kpi"."plan_actual_absence" is null or "kpi"."plan_actual" is null)
);
--> statement-breakpoint
CREATE TABLE "kpi_value" (
	"id" serial PRIMARY KEY NOT NULL,
	"kpi_id" integer NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"target" numeric(20, 4),
	"target_absence" "absence",
	"actual" numeric(20, 4),
	"actual_absence" "absence",
	"running_total" numeric(20, 4),
	"running_total_absence" "absence",
	"status" text,
	"note" text,
	"target_provenance_id" integer,
	"actual_provenance_id" integer,
	"running_total_provenance_id" integer,
	"status_provenance_id" integer,
	CONSTRAINT "kpi_value_kpi_year" UNIQUE("kpi_id","fiscal_year"),
	CONSTRAINT "kpi_value_fiscal_year" CHECK ("kpi_value"."fiscal_year" between 1947 and 2100),
	CONSTRAINT "kpi_value_target_absence" CHECK ("kpi_value"."target_absence" is null or "kpi_value"."target" is null),
	CONSTRAINT "kpi_value_actual_absence" CHECK ("kpi_value"."actual_absence" is null or "kpi_value"."actual" is null),
	CONSTRAINT "kpi_value_running_total_absence" CHECK ("kpi_value"."running_total_absence" is null or "kpi_value"."running_total" is null)
);
--> statement-breakpoint
CREATE TABLE "cost_entry" (
	"id" serial PRIMARY KEY NOT NULL,
	"program_id" integer NOT NULL,
	"fiscal_year_from" smallint NOT NULL,
	"fiscal_year_to" smallint NOT NULL,
	"category" "cost_category" NOT NULL,
	"staff_type" "staff_type",
	"amount_yen" bigint,
	"amount_absence" "absence",
	"precision_yen" integer DEFAULT 1 NOT NULL,
	"staff_fte" numeric(8, 3),
	"note" text,
	"provenance_id" integer NOT NULL,
	"staff_fte_provenance_id" integer,
	CONSTRAINT "cost_entry_key" UNIQUE NULLS NOT DISTINCT("program_id","category","staff_type","fiscal_year_from","fiscal_year_to"),
	CONSTRAINT "cost_entry_fiscal_year_from" CHECK ("cost_entry"."fiscal_year_from" between 1947 and 2100),
	CONSTRAINT "cost_entry_fiscal_year_to" CHECK ("cost_entry"."fiscal_year_to" between 1947 and 2100),
	CONSTRAINT "cost_entry_years_in_order" CHECK ("cost_entry"."fiscal_year_to" >= "cost_entry"."fiscal_year_from"),
	CONSTRAINT "cost_entry_amount_non_negative" CHECK ("cost_entry"."amount_yen" >= 0),
	CONSTRAINT "cost_entry_staff_fte_non_negative" CHECK ("cost_entry"."staff_fte" >= 0),
	CONSTRAINT "cost_entry_precision" CHECK ("cost_entry"."precision_yen" >= 1),
	CONSTRAINT "cost_entry_staff_type_only_for_personnel" CHECK ("cost_entry"."staff_type" is null or "cost_entry"."category" = 'personnel_cost'),
	CONSTRAINT "cost_entry_amount_absence" CHECK ("cost_entry"."amount_absence" is null or "cost_entry"."amount_yen" is null)
);
--> statement-breakpoint
CREATE TABLE "evaluation" (
	"id" serial PRIMARY KEY NOT NULL,
	"program_id" integer NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"axis" "evaluation_axis" NOT NULL,
	"axis_label" text NOT NULL,
	"grade" text,
	"grade_absence" "absence",
	"scale" jsonb NOT NULL,
	"reason_label" text,
	"reason" text,
	"note" text,
	"grade_provenance_id" integer NOT NULL,
	"reason_provenance_id" integer,
	CONSTRAINT "evaluation_program_year_axis" UNIQUE("program_id","fiscal_year","axis"),
	CONSTRAINT "evaluation_fiscal_year" CHECK ("evaluation"."fiscal_year" between 1947 and 2100),
	CONSTRAINT "evaluation_grade_absence" CHECK ("evaluation"."grade_absence" is null or "evaluation"."grade" is null)
);
--> statement-breakpoint
CREATE TABLE "activity" (
	"id" serial PRIMARY KEY NOT NULL,
	"program_id" integer NOT NULL,
	"position" smallint NOT NULL,
	"name" text NOT NULL,
	"provenance_id" integer NOT NULL,
	CONSTRAINT "activity_program_position" UNIQUE("program_id","position"),
	CONSTRAINT "activity_position" CHECK ("activity"."position" >= 1)
);
--> statement-breakpoint
CREATE TABLE "activity_year" (
	"id" serial PRIMARY KEY NOT NULL,
	"activity_id" integer NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"planned" text,
	"planned_absence" "absence",
	"done" text,
	"done_absence" "absence",
	"planned_provenance_id" integer,
	"done_provenance_id" integer,
	CONSTRAINT "activity_year_activity_year" UNIQUE("activity_id","fiscal_year"),
	CONSTRAINT "activity_year_fiscal_year" CHECK ("activity_year"."fiscal_year" between 1947 and 2100),
	CONSTRAINT "activity_year_planned_absence" CHECK ("activity_year"."planned_absence" is null or "activity_year"."planned" is null),
	CONSTRAINT "activity_year_done_absence" CHECK ("activity_year"."done_absence" is null or "activity_year"."done" is null)
);
--> statement-breakpoint
CREATE TABLE "narrative" (
	"id" serial PRIMARY KEY NOT NULL,
	"program_id" integer NOT NULL,
	"kpi_id" integer,
	"kind" "narrative_kind" NOT NULL,
	"position" smallint DEFAULT 1 NOT NULL,
	"fiscal_year" smallint,
	"heading" text NOT NULL,
	"text" text NOT NULL,
	"provenance_id" integer NOT NULL,
	CONSTRAINT "narrative_key" UNIQUE NULLS NOT DISTINCT("program_id","kind","kpi_id","position"),
	CONSTRAINT "narrative_fiscal_year" CHECK ("narrative"."fiscal_year" between 1947 and 2100),
	CONSTRAINT "narrative_text_not_blank" CHECK (btrim("narrative"."text") <> '')
);
--> statement-breakpoint
CREATE TABLE "program_summary" (
	"program_id" integer PRIMARY KEY NOT NULL,
	"sort_code" text NOT NULL,
	"data_first_fiscal_year" smallint,
	"data_last_fiscal_year" smallint,
	"latest_cost_fiscal_year" smallint,
	"latest_cost_yen" double precision,
	"latest_cost_basis" text,
	"achievement_mean" double precision,
	"cost_per_outcome" double precision,
	"kpi_count" smallint NOT NULL,
	"kpis_with_status" smallint NOT NULL,
	"kpis_achieved" smallint NOT NULL,
	"all_kpis_achieved" boolean NOT NULL,
	"search_text" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "provenance" ADD CONSTRAINT "provenance_document_id_source_document_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."source_document"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provenance" ADD CONSTRAINT "provenance_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_document" ADD CONSTRAINT "source_document_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_provenance_id_provenance_id_fk" FOREIGN KEY ("provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_level" ADD CONSTRAINT "plan_level_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_level" ADD CONSTRAINT "plan_level_provenance_id_provenance_id_fk" FOREIGN KEY ("provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program" ADD CONSTRAINT "program_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program" ADD CONSTRAINT "program_document_id_source_document_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."source_document"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_field_source" ADD CONSTRAINT "program_field_source_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_field_source" ADD CONSTRAINT "program_field_source_provenance_id_provenance_id_fk" FOREIGN KEY ("provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi" ADD CONSTRAINT "kpi_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi" ADD CONSTRAINT "kpi_provenance_id_provenance_id_fk" FOREIGN KEY ("provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi" ADD CONSTRAINT "kpi_unit_provenance_id_provenance_id_fk" FOREIGN KEY ("unit_provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi" ADD CONSTRAINT "kpi_kind_provenance_id_provenance_id_fk" FOREIGN KEY ("kind_provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi" ADD CONSTRAINT "kpi_baseline_provenance_id_provenance_id_fk" FOREIGN KEY ("baseline_provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi" ADD CONSTRAINT "kpi_plan_target_provenance_id_provenance_id_fk" FOREIGN KEY ("plan_target_provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi" ADD CONSTRAINT "kpi_plan_actual_provenance_id_provenance_id_fk" FOREIGN KEY ("plan_actual_provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi" ADD CONSTRAINT "kpi_plan_status_provenance_id_provenance_id_fk" FOREIGN KEY ("plan_status_provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_value" ADD CONSTRAINT "kpi_value_kpi_id_kpi_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."kpi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_value" ADD CONSTRAINT "kpi_value_target_provenance_id_provenance_id_fk" FOREIGN KEY ("target_provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_value" ADD CONSTRAINT "kpi_value_actual_provenance_id_provenance_id_fk" FOREIGN KEY ("actual_provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_value" ADD CONSTRAINT "kpi_value_running_total_provenance_id_provenance_id_fk" FOREIGN KEY ("running_total_provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_value" ADD CONSTRAINT "kpi_value_status_provenance_id_provenance_id_fk" FOREIGN KEY ("status_provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_entry" ADD CONSTRAINT "cost_entry_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_entry" ADD CONSTRAINT "cost_entry_provenance_id_provenance_id_fk" FOREIGN KEY ("provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_entry" ADD CONSTRAINT "cost_entry_staff_fte_provenance_id_provenance_id_fk" FOREIGN KEY ("staff_fte_provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_grade_provenance_id_provenance_id_fk" FOREIGN KEY ("grade_provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation" ADD CONSTRAINT "evaluation_reason_provenance_id_provenance_id_fk" FOREIGN KEY ("reason_provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_provenance_id_provenance_id_fk" FOREIGN KEY ("provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_year" ADD CONSTRAINT "activity_year_activity_id_activity_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activity"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_year" ADD CONSTRAINT "activity_year_planned_provenance_id_provenance_id_fk" FOREIGN KEY ("planned_provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_year" ADD CONSTRAINT "activity_year_done_provenance_id_provenance_id_fk" FOREIGN KEY ("done_provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "narrative" ADD CONSTRAINT "narrative_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "narrative" ADD CONSTRAINT "narrative_kpi_id_kpi_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."kpi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "narrative" ADD CONSTRAINT "narrative_provenance_id_provenance_id_fk" FOREIGN KEY ("provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_summary" ADD CONSTRAINT "program_summary_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "provenance_program" ON "provenance" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "source_document_municipality" ON "source_document" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "program_document" ON "program" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "program_summary_sort_code" ON "program_summary" USING btree ("sort_code","program_id");--> statement-breakpoint
CREATE INDEX "program_summary_latest_cost" ON "program_summary" USING btree ("latest_cost_yen","program_id");--> statement-breakpoint
CREATE INDEX "program_summary_achievement" ON "program_summary" USING btree ("achievement_mean","program_id");--> statement-breakpoint
CREATE INDEX "program_summary_cost_per_outcome" ON "program_summary" USING btree ("cost_per_outcome","program_id");