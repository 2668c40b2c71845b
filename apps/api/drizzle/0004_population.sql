ALTER TABLE "municipality" ADD COLUMN "population" integer;--> statement-breakpoint
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_population_positive" CHECK ("municipality"."population" > 0);--> statement-breakpoint
-- One bump per transaction: a bulk load runs thousands of statements, and updating the one row again
-- for each would pile up its versions inside the transaction.
CREATE OR REPLACE FUNCTION "bump_data_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('muni.data_revision_bumped', true) IS DISTINCT FROM 'yes' THEN
    UPDATE "data_revision" SET "revision" = "revision" + 1;
    PERFORM set_config('muni.data_revision_bumped', 'yes', true);
  END IF;
  RETURN NULL;
END
$$;
