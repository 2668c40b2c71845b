CREATE TABLE "program_record" (
	"program_id" integer PRIMARY KEY NOT NULL,
	"revision" bigint NOT NULL,
	"figures" json NOT NULL,
	"sourced" json NOT NULL,
	"rest" json NOT NULL
);
--> statement-breakpoint
ALTER TABLE "program_record" ADD CONSTRAINT "program_record_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- A stored record is current while its program's scope has not moved since it was shaped. A truncation
-- names no program, so it forgets every stored record instead.
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
