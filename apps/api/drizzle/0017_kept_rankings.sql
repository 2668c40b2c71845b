CREATE TABLE "ranking_entry" (
	"metric" text NOT NULL,
	"basis" text NOT NULL,
	"policy_area" text NOT NULL,
	"position" integer NOT NULL,
	"program_id" integer NOT NULL,
	"value" double precision NOT NULL,
	"rank" integer NOT NULL,
	"percentile" double precision,
	CONSTRAINT "ranking_entry_metric_basis_policy_area_position_pk" PRIMARY KEY("metric","basis","policy_area","position")
);
--> statement-breakpoint
CREATE TABLE "ranking_spread" (
	"metric" text NOT NULL,
	"basis" text NOT NULL,
	"policy_area" text NOT NULL,
	"revision" bigint NOT NULL,
	"count" integer NOT NULL,
	"min" double precision,
	"p10" double precision,
	"p25" double precision,
	"median" double precision,
	"p75" double precision,
	"p90" double precision,
	"max" double precision,
	CONSTRAINT "ranking_spread_metric_basis_policy_area_pk" PRIMARY KEY("metric","basis","policy_area")
);
--> statement-breakpoint
ALTER TABLE "ranking_entry" ADD CONSTRAINT "ranking_entry_program_id_program_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."program"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ranking_entry_program" ON "ranking_entry" USING btree ("metric","basis","policy_area","program_id");--> statement-breakpoint
CREATE INDEX "ranking_entry_program_id" ON "ranking_entry" USING btree ("program_id");--> statement-breakpoint
-- Read by rankings like every data table: they move the revision, and the scope of every list.
DO $$
DECLARE
  name text;
BEGIN
  FOREACH name IN ARRAY ARRAY['ranking_entry', 'ranking_spread'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision()', name || '_bumps_revision', name);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_scopes(%L)', name || '_bumps_scopes_inserted', name,
      'SELECT ''programs'' FROM changed_rows');
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_scopes(%L)', name || '_bumps_scopes_deleted', name,
      'SELECT ''programs'' FROM changed_rows');
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS changed_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_scopes(%L)', name || '_bumps_scopes_updated_from', name,
      'SELECT ''programs'' FROM changed_rows');
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION bump_data_scopes(%L)', name || '_bumps_scopes_updated_to', name,
      'SELECT ''programs'' FROM changed_rows');
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION bump_every_scope()', name || '_bumps_scopes_truncated', name);
  END LOOP;
END
$$;
