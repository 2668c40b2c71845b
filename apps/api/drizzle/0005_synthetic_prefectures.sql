ALTER TABLE "municipality" DROP CONSTRAINT "municipality_prefecture_code";--> statement-breakpoint
-- A synthetic dataset generated before this migration numbered its prefectures 1 to 47, beside the real
-- ones. Only where there is one: the data revision's trigger fires even for a statement that changes no row.
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM "municipality" WHERE "is_synthetic" AND "prefecture_code" <= 47) THEN
    UPDATE "municipality" SET "prefecture_code" = "prefecture_code" + 100
    WHERE "is_synthetic" AND "prefecture_code" <= 47;
  END IF;
END $$;--> statement-breakpoint
CREATE INDEX "municipality_prefecture" ON "municipality" USING btree ("prefecture_code","code");--> statement-breakpoint
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_prefecture_code" CHECK ("municipality"."prefecture_code" between 1 and 47 or ("municipality"."is_synthetic" and "municipality"."prefecture_code" between 101 and 147));