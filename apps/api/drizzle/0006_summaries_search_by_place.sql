-- Search text now holds the municipality's and prefecture's names: the API recomputes every summary
-- that is missing when it starts (refreshMissingSummaries).
DELETE FROM "program_summary";
