-- Search text now holds the municipality's and prefecture's names: the API recomputes every summary
-- that is missing when it starts (refreshMissingSummaries). Only where there are summaries: the data
-- revision's trigger fires for a statement even when it changes no row, and an empty database has
-- nothing to invalidate.
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM "program_summary") THEN
    DELETE FROM "program_summary";
  END IF;
END $$;
