-- A KPI's direction is stated or null, never assumed: the column loses its default, and the KPIs of
-- workbooks, whose form never states a direction, lose the one the default gave them (compared as
-- text: on a new database the enum value is added in this same transaction, and may not be used yet).
ALTER TABLE "kpi" ALTER COLUMN "direction" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "kpi" ALTER COLUMN "direction" DROP NOT NULL;--> statement-breakpoint
DO $$ BEGIN
  -- Only where there are such documents: the data revision's trigger fires for a statement even when
  -- it changes no row.
  IF EXISTS (SELECT 1 FROM "source_document" WHERE "form"::text = 'evaluation_workbook') THEN
    UPDATE "kpi" SET "direction" = NULL FROM "program", "source_document"
      WHERE "program"."id" = "kpi"."program_id" AND "source_document"."id" = "program"."document_id"
      AND "source_document"."form"::text = 'evaluation_workbook'
      -- Only the default's value: another was set by an editor.
      AND "kpi"."direction" = 'higher_is_better';
  END IF;
END $$;
