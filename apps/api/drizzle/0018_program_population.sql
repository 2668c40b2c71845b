CREATE TABLE "program_population" (
	"synthetic" boolean PRIMARY KEY NOT NULL,
	"programs" integer NOT NULL
);
--> statement-breakpoint
-- How many programs of each kind, counted from what is there; the triggers below keep it as programs
-- come and go, in the same transaction.
CREATE FUNCTION recount_program_population_now() RETURNS void LANGUAGE sql AS $$
  WITH counted AS (
    SELECT m.is_synthetic AS synthetic, count(*)::int AS programs
    FROM program_summary s JOIN municipality m ON m.id = s.municipality_id GROUP BY m.is_synthetic
  ), gone AS (
    DELETE FROM program_population p WHERE NOT EXISTS (SELECT 1 FROM counted c WHERE c.synthetic = p.synthetic)
  )
  INSERT INTO program_population AS p (synthetic, programs) SELECT synthetic, programs FROM counted
  ON CONFLICT (synthetic) DO UPDATE SET programs = excluded.programs WHERE p.programs <> excluded.programs;
$$;
--> statement-breakpoint
SELECT recount_program_population_now();
--> statement-breakpoint
CREATE FUNCTION recount_program_population() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A truncation has no table of removed rows: its branch never names one.
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM recount_program_population_now();
  ELSIF EXISTS (SELECT 1 FROM removed_rows) THEN
    PERFORM recount_program_population_now();
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- New programs are counted by their municipality's kind, which exists when they are inserted. A
-- deletion is counted again whole: its municipality may be going in the same statement.
CREATE FUNCTION add_program_population() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- An upsert that only updated still fires this: with nothing added, nothing is written.
  IF EXISTS (SELECT 1 FROM added_rows) THEN
    INSERT INTO program_population AS p (synthetic, programs)
      SELECT m.is_synthetic, count(*)::int FROM added_rows s JOIN municipality m ON m.id = s.municipality_id
      GROUP BY m.is_synthetic
    ON CONFLICT (synthetic) DO UPDATE SET programs = p.programs + excluded.programs;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- A summary rewritten in place changes no count unless it moved to another municipality.
CREATE FUNCTION recount_moved_program_population() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.program_id = o.program_id
             WHERE n.municipality_id <> o.municipality_id) THEN
    PERFORM recount_program_population_now();
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER program_summary_counts_added AFTER INSERT ON program_summary
  REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION add_program_population();
--> statement-breakpoint
CREATE TRIGGER program_summary_counts_removed AFTER DELETE ON program_summary
  REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION recount_program_population();
--> statement-breakpoint
CREATE TRIGGER program_summary_counts_truncated AFTER TRUNCATE ON program_summary
  FOR EACH STATEMENT EXECUTE FUNCTION recount_program_population();
--> statement-breakpoint
CREATE TRIGGER program_summary_counts_moved AFTER UPDATE ON program_summary
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION recount_moved_program_population();
--> statement-breakpoint
-- The triggers every table a query reads carries (migrations 0016, 0017): each statement moves the
-- data revision, and the revision of every scope its changed rows belong to (`scopes`, a query over
-- `changed_rows`); a truncation moves every scope.
CREATE FUNCTION create_data_scope_triggers(name text, scopes text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
    'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision()', name || '_bumps_revision', name);
  EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows '
    'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_scopes(%L)', name || '_bumps_scopes_inserted', name, scopes);
  EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows '
    'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_scopes(%L)', name || '_bumps_scopes_deleted', name, scopes);
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS changed_rows '
    'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_scopes(%L)', name || '_bumps_scopes_updated_from', name, scopes);
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows '
    'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_scopes(%L)', name || '_bumps_scopes_updated_to', name, scopes);
  EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I '
    'FOR EACH STATEMENT EXECUTE FUNCTION bump_every_scope()', name || '_bumps_scopes_truncated', name);
END
$$;
--> statement-breakpoint
-- Read by similar programs, which weigh terms by it: a change moves the terms' scope.
SELECT create_data_scope_triggers('program_population', 'SELECT ''terms'' FROM changed_rows');
