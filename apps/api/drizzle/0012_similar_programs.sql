-- Programs gain the terms that say what they do, for similar programs: every summary is dropped here and
-- recomputed with its terms by the API when it starts (refreshMissingSummaries), only where there are
-- summaries (the data revision's trigger fires for a statement even when it changes no row).
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM "program_summary") THEN
    DELETE FROM "program_summary";
  END IF;
END $$;--> statement-breakpoint
CREATE TABLE "program_term" (
	"program_id" integer NOT NULL,
	"term" text NOT NULL,
	"word" boolean NOT NULL,
	"synthetic" boolean NOT NULL,
	CONSTRAINT "program_term_program_id_term_pk" PRIMARY KEY("program_id","term")
);
--> statement-breakpoint
ALTER TABLE "program_summary" ADD COLUMN "theme_term_count" smallint NOT NULL;--> statement-breakpoint
ALTER TABLE "program_term" ADD CONSTRAINT "program_term_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "program_term_by_term" ON "program_term" USING btree ("synthetic","term","program_id");--> statement-breakpoint
CREATE TRIGGER "program_term_bumps_revision" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "program_term" FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision();
