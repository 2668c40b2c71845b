CREATE TABLE "data_scope_revision" (
	"scope" text PRIMARY KEY NOT NULL,
	"revision" bigint NOT NULL
);
--> statement-breakpoint
-- Each statement's changed rows name the scopes they belong to (TG_ARGV[0], a query over the
-- transition table `changed_rows`); each scope takes the revision this transaction moved the global one
-- to. The global revision's own trigger fires first (its name sorts first), so that is the new value.
CREATE FUNCTION "bump_data_scopes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'INSERT INTO data_scope_revision (scope, revision) '
    'SELECT DISTINCT scope, (SELECT revision FROM data_revision) FROM (%s) touched (scope) '
    'WHERE scope IS NOT NULL '
    'ON CONFLICT (scope) DO UPDATE SET revision = excluded.revision '
    'WHERE data_scope_revision.revision <> excluded.revision',
    TG_ARGV[0]);
  RETURN NULL;
END
$$;--> statement-breakpoint
-- A truncation names no rows: everything has changed.
CREATE FUNCTION "bump_every_scope"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO data_scope_revision (scope, revision) SELECT '*', revision FROM data_revision
  ON CONFLICT (scope) DO UPDATE SET revision = excluded.revision;
  RETURN NULL;
END
$$;--> statement-breakpoint
-- Transition tables allow one event per trigger, and an update's rows are both what they were and what
-- they are (a program moved to another municipality changes both): four triggers per table.
DO $$
DECLARE
  owned_by_program constant text :=
    'SELECT ''p:'' || c.program_id FROM changed_rows c '
    'UNION ALL SELECT ''m:'' || p.municipality_id FROM changed_rows c JOIN program p ON p.id = c.program_id '
    'UNION ALL SELECT ''*'' FROM changed_rows c WHERE c.program_id IS NULL';
  scopes_of constant jsonb := jsonb_build_object(
    'program',
      'SELECT ''p:'' || id FROM changed_rows UNION ALL SELECT ''m:'' || municipality_id FROM changed_rows '
      'UNION ALL SELECT ''programs'' FROM changed_rows',
    'program_summary',
      'SELECT ''p:'' || program_id FROM changed_rows UNION ALL SELECT ''m:'' || municipality_id FROM changed_rows '
      'UNION ALL SELECT ''programs'' FROM changed_rows UNION ALL SELECT ''area:'' || policy_area FROM changed_rows',
    'program_term',
      'SELECT ''p:'' || program_id FROM changed_rows UNION ALL SELECT ''terms'' FROM changed_rows',
    'municipality',
      'SELECT ''m:'' || id FROM changed_rows UNION ALL SELECT ''programs'' FROM changed_rows',
    'source_document', 'SELECT ''d:'' || id FROM changed_rows UNION ALL SELECT ''documents'' FROM changed_rows',
    'kpi_value',
      'SELECT ''p:'' || k.program_id FROM changed_rows c JOIN kpi k ON k.id = c.kpi_id '
      'UNION ALL SELECT ''m:'' || p.municipality_id FROM changed_rows c JOIN kpi k ON k.id = c.kpi_id '
      'JOIN program p ON p.id = k.program_id',
    'activity_year',
      'SELECT ''p:'' || a.program_id FROM changed_rows c JOIN activity a ON a.id = c.activity_id '
      'UNION ALL SELECT ''m:'' || p.municipality_id FROM changed_rows c JOIN activity a ON a.id = c.activity_id '
      'JOIN program p ON p.id = a.program_id',
    'activity', owned_by_program,
    'audit_event', owned_by_program,
    'cost_entry', owned_by_program,
    'evaluation', owned_by_program,
    'gloss', owned_by_program,
    'kpi', owned_by_program,
    'narrative', owned_by_program,
    'plan_level', owned_by_program,
    'printed_unit_cost', owned_by_program,
    'program_field_source', owned_by_program,
    'provenance', owned_by_program);
  name text;
  scopes text;
BEGIN
  FOR name, scopes IN SELECT key, value FROM jsonb_each_text(scopes_of) LOOP
    -- A row of no program as it now is (a municipality's new provenance, an audit event whose program
    -- was removed) changes nothing read before: what cites it moves its own scopes, and a row that had
    -- no program before moves everything as it was.
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_scopes(%L)', name || '_bumps_scopes_inserted', name,
      replace(scopes, ' UNION ALL SELECT ''*'' FROM changed_rows c WHERE c.program_id IS NULL', ''));
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_scopes(%L)', name || '_bumps_scopes_deleted', name, scopes);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS changed_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_scopes(%L)', name || '_bumps_scopes_updated_from', name, scopes);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_scopes(%L)', name || '_bumps_scopes_updated_to', name,
      replace(scopes, ' UNION ALL SELECT ''*'' FROM changed_rows c WHERE c.program_id IS NULL', ''));
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION bump_every_scope()', name || '_bumps_scopes_truncated', name);
  END LOOP;
END
$$;
