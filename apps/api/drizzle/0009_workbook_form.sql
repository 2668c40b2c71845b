-- A municipality's workbook of every program (issue 15): indicator roles, a kind the source may not state,
-- funding by national and prefectural source, planned amounts, staff hours, the form's own evaluation
-- questions and texts, and figures with up to 15 significant digits.
CREATE TYPE "public"."amount_kind" AS ENUM('actual', 'plan');--> statement-breakpoint
CREATE TYPE "public"."kpi_role" AS ENUM('activity', 'target_size', 'outcome');--> statement-breakpoint
ALTER TYPE "public"."cost_category" ADD VALUE 'national_subsidy' BEFORE 'local_bond';--> statement-breakpoint
ALTER TYPE "public"."cost_category" ADD VALUE 'prefectural_subsidy' BEFORE 'local_bond';--> statement-breakpoint
ALTER TYPE "public"."document_form" ADD VALUE 'evaluation_workbook';--> statement-breakpoint
ALTER TYPE "public"."evaluation_axis" ADD VALUE 'policy_alignment';--> statement-breakpoint
ALTER TYPE "public"."evaluation_axis" ADD VALUE 'public_involvement';--> statement-breakpoint
ALTER TYPE "public"."evaluation_axis" ADD VALUE 'target_and_intent';--> statement-breakpoint
ALTER TYPE "public"."evaluation_axis" ADD VALUE 'room_to_improve_outcome';--> statement-breakpoint
ALTER TYPE "public"."evaluation_axis" ADD VALUE 'effect_of_stopping';--> statement-breakpoint
ALTER TYPE "public"."evaluation_axis" ADD VALUE 'room_to_cut_project_cost';--> statement-breakpoint
ALTER TYPE "public"."evaluation_axis" ADD VALUE 'room_to_cut_personnel_cost';--> statement-breakpoint
ALTER TYPE "public"."evaluation_axis" ADD VALUE 'fairness_of_benefit_and_burden';--> statement-breakpoint
ALTER TYPE "public"."evaluation_axis" ADD VALUE 'expected_outcome_effect';--> statement-breakpoint
ALTER TYPE "public"."evaluation_axis" ADD VALUE 'expected_cost_effect';--> statement-breakpoint
ALTER TYPE "public"."evaluation_axis" ADD VALUE 'head_direction';--> statement-breakpoint
ALTER TYPE "public"."narrative_kind" ADD VALUE 'overview';--> statement-breakpoint
ALTER TYPE "public"."narrative_kind" ADD VALUE 'means_previous_year';--> statement-breakpoint
ALTER TYPE "public"."narrative_kind" ADD VALUE 'means_this_year';--> statement-breakpoint
ALTER TYPE "public"."narrative_kind" ADD VALUE 'intent';--> statement-breakpoint
ALTER TYPE "public"."narrative_kind" ADD VALUE 'contribution';--> statement-breakpoint
ALTER TYPE "public"."narrative_kind" ADD VALUE 'circumstances';--> statement-breakpoint
ALTER TYPE "public"."narrative_kind" ADD VALUE 'stakeholder_views';--> statement-breakpoint
ALTER TYPE "public"."narrative_kind" ADD VALUE 'head_summary';--> statement-breakpoint
ALTER TABLE "kpi" ALTER COLUMN "kind" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi" ALTER COLUMN "baseline_value" SET DATA TYPE numeric;--> statement-breakpoint
ALTER TABLE "kpi" ALTER COLUMN "plan_target" SET DATA TYPE numeric;--> statement-breakpoint
ALTER TABLE "kpi" ALTER COLUMN "plan_actual" SET DATA TYPE numeric;--> statement-breakpoint
ALTER TABLE "kpi_value" ALTER COLUMN "target" SET DATA TYPE numeric;--> statement-breakpoint
ALTER TABLE "kpi_value" ALTER COLUMN "actual" SET DATA TYPE numeric;--> statement-breakpoint
ALTER TABLE "kpi_value" ALTER COLUMN "running_total" SET DATA TYPE numeric;--> statement-breakpoint
ALTER TABLE "program" ADD COLUMN "section" text;--> statement-breakpoint
ALTER TABLE "program" ADD COLUMN "period_kind" text;--> statement-breakpoint
ALTER TABLE "program" ADD COLUMN "program_category" text;--> statement-breakpoint
ALTER TABLE "kpi" ADD COLUMN "kind_absence" "absence";--> statement-breakpoint
ALTER TABLE "kpi" ADD COLUMN "role" "kpi_role";--> statement-breakpoint
ALTER TABLE "cost_entry" ADD COLUMN "amount_kind" "amount_kind" DEFAULT 'actual' NOT NULL;--> statement-breakpoint
ALTER TABLE "cost_entry" ADD COLUMN "staff_hours" numeric;--> statement-breakpoint
ALTER TABLE "cost_entry" ADD COLUMN "staff_hours_provenance_id" integer;--> statement-breakpoint
ALTER TABLE "cost_entry" ADD CONSTRAINT "cost_entry_staff_hours_provenance_id_provenance_id_fk" FOREIGN KEY ("staff_hours_provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi" ADD CONSTRAINT "kpi_kind_or_absence" CHECK (("kpi"."kind" is null) = ("kpi"."kind_absence" is not null));--> statement-breakpoint
ALTER TABLE "cost_entry" ADD CONSTRAINT "cost_entry_staff_hours_non_negative" CHECK ("cost_entry"."staff_hours" >= 0);