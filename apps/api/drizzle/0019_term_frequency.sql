CREATE TABLE "term_frequency" (
	"synthetic" boolean NOT NULL,
	"term" text NOT NULL,
	"programs" integer NOT NULL,
	CONSTRAINT "term_frequency_synthetic_term_pk" PRIMARY KEY("synthetic","term")
);
--> statement-breakpoint
-- Counted once from the terms there are; the triggers below keep the counts as terms are written.
INSERT INTO "term_frequency" ("synthetic", "term", "programs")
  SELECT synthetic, term, count(*)::int FROM program_term GROUP BY synthetic, term;
--> statement-breakpoint
CREATE FUNCTION add_term_frequency() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- An upsert that only updated still fires this: with nothing added, nothing is written.
  IF EXISTS (SELECT 1 FROM added_rows) THEN
    INSERT INTO term_frequency AS f (synthetic, term, programs)
      SELECT synthetic, term, count(*)::int FROM added_rows GROUP BY synthetic, term
    ON CONFLICT (synthetic, term) DO UPDATE SET programs = f.programs + excluded.programs;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION remove_term_frequency() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM removed_rows) THEN
    UPDATE term_frequency f SET programs = f.programs - removed.programs
    FROM (SELECT synthetic, term, count(*)::int AS programs FROM removed_rows GROUP BY synthetic, term) removed
    WHERE f.synthetic = removed.synthetic AND f.term = removed.term;
    -- A term no program holds any more is no term. (A second statement: one statement may not change
    -- a row twice.)
    DELETE FROM term_frequency f
    WHERE f.programs <= 0 AND (f.synthetic, f.term) IN (SELECT synthetic, term FROM removed_rows);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION recount_term_frequency() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM term_frequency;
  INSERT INTO term_frequency (synthetic, term, programs)
    SELECT synthetic, term, count(*)::int FROM program_term GROUP BY synthetic, term;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER program_term_counts_added AFTER INSERT ON program_term
  REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION add_term_frequency();
--> statement-breakpoint
CREATE TRIGGER program_term_counts_removed AFTER DELETE ON program_term
  REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION remove_term_frequency();
--> statement-breakpoint
-- A term rewritten in place is counted out as it was and in as it is.
CREATE TRIGGER program_term_counts_updated_from AFTER UPDATE ON program_term
  REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION remove_term_frequency();
--> statement-breakpoint
CREATE TRIGGER program_term_counts_updated_to AFTER UPDATE ON program_term
  REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION add_term_frequency();
--> statement-breakpoint
CREATE TRIGGER program_term_counts_truncated AFTER TRUNCATE ON program_term
  FOR EACH STATEMENT EXECUTE FUNCTION recount_term_frequency();
--> statement-breakpoint
-- Read by similar programs, which weigh terms by it: a change moves the terms' scope.
SELECT create_data_scope_triggers('term_frequency', 'SELECT ''terms'' FROM changed_rows');
