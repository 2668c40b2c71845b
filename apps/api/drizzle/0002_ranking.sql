ALTER TABLE "program_summary" ADD COLUMN "latest_grant_share" double precision;--> statement-breakpoint
CREATE INDEX "program_summary_grant_share" ON "program_summary" USING btree ("latest_grant_share","program_id");--> statement-breakpoint
-- Summaries are derived: drop them so the API recomputes every one, with the new column, at its next start.
DELETE FROM "program_summary";
