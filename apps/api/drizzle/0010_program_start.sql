-- A program may have begun before 1947 (大船渡市 joined the 日本水道協会 in 昭和7): its first year may go back to 1868.
ALTER TABLE "program" DROP CONSTRAINT "program_first_fiscal_year";--> statement-breakpoint
ALTER TABLE "program" ADD CONSTRAINT "program_first_fiscal_year" CHECK ("program"."first_fiscal_year" between 1868 and 2100);