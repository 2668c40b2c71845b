CREATE TABLE "program_record" (
	"program_id" integer PRIMARY KEY NOT NULL,
	"revision" bigint NOT NULL,
	"layout" text NOT NULL,
	"figures" json NOT NULL,
	"sourced" json NOT NULL,
	"rest" json NOT NULL
);
--> statement-breakpoint
ALTER TABLE "program_record" ADD CONSTRAINT "program_record_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- A program's stored record is shaped by a write's last statement about it (refreshProgramSummaries).
-- A later statement that changes any row of the program forgets it, in the same transaction: the
-- revision moves once per transaction (0004), so the record's revision alone could not tell.
CREATE OR REPLACE FUNCTION "bump_data_scopes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'INSERT INTO data_scope_revision (scope, revision) '
    'SELECT DISTINCT scope, (SELECT revision FROM data_revision) FROM (%s) touched (scope) '
    'WHERE scope IS NOT NULL '
    'ON CONFLICT (scope) DO UPDATE SET revision = excluded.revision '
    'WHERE data_scope_revision.revision <> excluded.revision',
    TG_ARGV[0]);
  EXECUTE format(
    'DELETE FROM program_record WHERE program_id IN ('
    'SELECT CASE WHEN scope LIKE ''p:%%'' THEN substr(scope, 3)::int END FROM (%s) touched (scope))',
    TG_ARGV[0]);
  RETURN NULL;
END
$$;--> statement-breakpoint
-- A truncation names no program: it forgets every stored record.
CREATE FUNCTION "forget_program_records"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM program_record;
  RETURN NULL;
END
$$;--> statement-breakpoint
DO $$
DECLARE
  name text;
BEGIN
  FOREACH name IN ARRAY ARRAY['activity', 'activity_year', 'cost_entry', 'evaluation', 'gloss', 'kpi',
    'kpi_value', 'narrative', 'plan_level', 'printed_unit_cost', 'program_field_source', 'provenance']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION forget_program_records()', name || '_forgets_program_records', name);
  END LOOP;
END
$$;
