ALTER TYPE "public"."absence" ADD VALUE 'outside_document';--> statement-breakpoint
ALTER TYPE "public"."absence" ADD VALUE 'in_multi_year_total';--> statement-breakpoint
ALTER TYPE "public"."narrative_kind" ADD VALUE 'overall_judgement';--> statement-breakpoint
CREATE TABLE "gloss" (
	"program_id" integer NOT NULL,
	"ja" text NOT NULL,
	"en" text NOT NULL,
	CONSTRAINT "gloss_program_id_ja_pk" PRIMARY KEY("program_id","ja")
);
--> statement-breakpoint
CREATE TABLE "printed_unit_cost" (
	"id" serial PRIMARY KEY NOT NULL,
	"program_id" integer NOT NULL,
	"fiscal_year" smallint NOT NULL,
	"target_count" numeric(20, 4),
	"target_count_absence" "absence",
	"target_unit" text,
	"target_definition" text,
	"unit_cost_yen" numeric(20, 4),
	"unit_cost_absence" "absence",
	"formula" text,
	"note" text,
	"target_count_provenance_id" integer,
	"target_definition_provenance_id" integer,
	"unit_cost_provenance_id" integer,
	"formula_provenance_id" integer,
	CONSTRAINT "printed_unit_cost_program_year" UNIQUE("program_id","fiscal_year"),
	CONSTRAINT "printed_unit_cost_fiscal_year" CHECK ("printed_unit_cost"."fiscal_year" between 1947 and 2100),
	CONSTRAINT "printed_unit_cost_not_negative" CHECK ("printed_unit_cost"."unit_cost_yen" >= 0 and "printed_unit_cost"."target_count" >= 0),
	CONSTRAINT "printed_unit_cost_count_absence" CHECK ("printed_unit_cost"."target_count_absence" is null or "printed_unit_cost"."target_count" is null),
	CONSTRAINT "printed_unit_cost_cost_absence" CHECK ("printed_unit_cost"."unit_cost_absence" is null or "printed_unit_cost"."unit_cost_yen" is null)
);
--> statement-breakpoint
ALTER TABLE "source_document" ADD COLUMN "form_name_en" text;--> statement-breakpoint
ALTER TABLE "source_document" ADD COLUMN "title_en" text;--> statement-breakpoint
ALTER TABLE "kpi" ADD COLUMN "short_name" text;--> statement-breakpoint
ALTER TABLE "kpi" ADD COLUMN "short_name_en" text;--> statement-breakpoint
ALTER TABLE "gloss" ADD CONSTRAINT "gloss_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "printed_unit_cost" ADD CONSTRAINT "printed_unit_cost_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "printed_unit_cost" ADD CONSTRAINT "printed_unit_cost_target_count_provenance_id_provenance_id_fk" FOREIGN KEY ("target_count_provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "printed_unit_cost" ADD CONSTRAINT "printed_unit_cost_target_definition_provenance_id_provenance_id_fk" FOREIGN KEY ("target_definition_provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "printed_unit_cost" ADD CONSTRAINT "printed_unit_cost_unit_cost_provenance_id_provenance_id_fk" FOREIGN KEY ("unit_cost_provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "printed_unit_cost" ADD CONSTRAINT "printed_unit_cost_formula_provenance_id_provenance_id_fk" FOREIGN KEY ("formula_provenance_id") REFERENCES "public"."provenance"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Answers kept by data revision read these tables too.
CREATE TRIGGER "gloss_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "gloss" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision();--> statement-breakpoint
CREATE TRIGGER "printed_unit_cost_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "printed_unit_cost" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision();
