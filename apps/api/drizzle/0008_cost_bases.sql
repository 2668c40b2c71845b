-- Summaries gain the cost basis of their cost per outcome: every summary is dropped here and recomputed
-- by the API when it starts (refreshMissingSummaries), only where there are summaries (the data
-- revision's trigger fires for a statement even when it changes no row).
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM "program_summary") THEN
    DELETE FROM "program_summary";
  END IF;
END $$;--> statement-breakpoint
DROP INDEX "program_summary_area_cost_per_outcome";--> statement-breakpoint
DROP INDEX "program_summary_area_latest_cost";--> statement-breakpoint
ALTER TABLE "program_summary" ADD COLUMN "cost_per_outcome_basis" text;--> statement-breakpoint
CREATE INDEX "program_summary_area_basis_cost_per_outcome" ON "program_summary" USING btree ("policy_area","cost_per_outcome_basis","cost_per_outcome","program_id");--> statement-breakpoint
CREATE INDEX "program_summary_area_basis_latest_cost" ON "program_summary" USING btree ("policy_area","latest_cost_basis","latest_cost_yen","program_id");