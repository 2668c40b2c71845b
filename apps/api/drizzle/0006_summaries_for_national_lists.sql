-- Summaries gain the program's municipality, policy area and funding scheme (lists then read one table),
-- their search text the municipality's and prefecture's names, and the text's character pairs for its
-- index: every summary is dropped here and recomputed by the API when it starts
-- (refreshMissingSummaries). Only where there are summaries: the data revision's trigger fires for a
-- statement even when it changes no row.
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM "program_summary") THEN
    DELETE FROM "program_summary";
  END IF;
END $$;--> statement-breakpoint
ALTER TABLE "program_summary" ADD COLUMN "municipality_id" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "program_summary" ADD COLUMN "policy_area" text NOT NULL;--> statement-breakpoint
ALTER TABLE "program_summary" ADD COLUMN "funding_scheme" "funding_scheme" NOT NULL;--> statement-breakpoint
ALTER TABLE "program_summary" ADD COLUMN "search_bigrams" text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "program_summary" ADD CONSTRAINT "program_summary_municipality_id_municipality_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipality"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "program_summary_area_cost_per_outcome" ON "program_summary" USING btree ("policy_area","cost_per_outcome","program_id");--> statement-breakpoint
CREATE INDEX "program_summary_area_achievement" ON "program_summary" USING btree ("policy_area","achievement_mean","program_id");--> statement-breakpoint
CREATE INDEX "program_summary_area_grant_share" ON "program_summary" USING btree ("policy_area","latest_grant_share","program_id");--> statement-breakpoint
CREATE INDEX "program_summary_area_latest_cost" ON "program_summary" USING btree ("policy_area","latest_cost_yen","program_id");--> statement-breakpoint
CREATE INDEX "program_summary_municipality" ON "program_summary" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "program_summary_search" ON "program_summary" USING gin ("search_bigrams");