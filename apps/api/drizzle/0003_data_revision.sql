CREATE TABLE "data_revision" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"revision" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "data_revision_single_row" CHECK ("data_revision"."id")
);
--> statement-breakpoint
INSERT INTO "data_revision" ("id", "revision") VALUES (true, 0);--> statement-breakpoint
CREATE FUNCTION "bump_data_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "data_revision" SET "revision" = "revision" + 1;
  RETURN NULL;
END
$$;--> statement-breakpoint
-- Every table a query reads; not the tokens, the loaded-file marks or the revision itself.
DO $$
DECLARE
  name text;
BEGIN
  FOREACH name IN ARRAY ARRAY['activity', 'activity_year', 'audit_event', 'cost_entry', 'evaluation',
    'kpi', 'kpi_value', 'municipality', 'narrative', 'plan_level', 'program', 'program_field_source',
    'program_summary', 'provenance', 'source_document']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision()', name || '_bumps_revision', name);
  END LOOP;
END
$$;
