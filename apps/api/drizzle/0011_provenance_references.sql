-- Replacing a program deletes its provenance, and PostgreSQL checks every column that may point at a
-- deleted row; without an index each check read the whole table (a workbook of 407 programs took over ten
-- minutes to import a second time with changes). Nullable columns index only the rows that point.
CREATE INDEX "municipality_provenance_id" ON "municipality" USING btree ("provenance_id");--> statement-breakpoint
CREATE INDEX "plan_level_provenance_id" ON "plan_level" USING btree ("provenance_id");--> statement-breakpoint
CREATE INDEX "program_field_source_provenance_id" ON "program_field_source" USING btree ("provenance_id");--> statement-breakpoint
CREATE INDEX "kpi_provenance_id" ON "kpi" USING btree ("provenance_id");--> statement-breakpoint
CREATE INDEX "kpi_unit_provenance_id" ON "kpi" USING btree ("unit_provenance_id");--> statement-breakpoint
CREATE INDEX "kpi_kind_provenance_id" ON "kpi" USING btree ("kind_provenance_id");--> statement-breakpoint
CREATE INDEX "kpi_baseline_provenance_id" ON "kpi" USING btree ("baseline_provenance_id") WHERE "kpi"."baseline_provenance_id" is not null;--> statement-breakpoint
CREATE INDEX "kpi_plan_target_provenance_id" ON "kpi" USING btree ("plan_target_provenance_id") WHERE "kpi"."plan_target_provenance_id" is not null;--> statement-breakpoint
CREATE INDEX "kpi_plan_actual_provenance_id" ON "kpi" USING btree ("plan_actual_provenance_id") WHERE "kpi"."plan_actual_provenance_id" is not null;--> statement-breakpoint
CREATE INDEX "kpi_plan_status_provenance_id" ON "kpi" USING btree ("plan_status_provenance_id") WHERE "kpi"."plan_status_provenance_id" is not null;--> statement-breakpoint
CREATE INDEX "kpi_value_target_provenance_id" ON "kpi_value" USING btree ("target_provenance_id") WHERE "kpi_value"."target_provenance_id" is not null;--> statement-breakpoint
CREATE INDEX "kpi_value_actual_provenance_id" ON "kpi_value" USING btree ("actual_provenance_id") WHERE "kpi_value"."actual_provenance_id" is not null;--> statement-breakpoint
CREATE INDEX "kpi_value_running_total_provenance_id" ON "kpi_value" USING btree ("running_total_provenance_id") WHERE "kpi_value"."running_total_provenance_id" is not null;--> statement-breakpoint
CREATE INDEX "kpi_value_status_provenance_id" ON "kpi_value" USING btree ("status_provenance_id") WHERE "kpi_value"."status_provenance_id" is not null;--> statement-breakpoint
CREATE INDEX "cost_entry_provenance_id" ON "cost_entry" USING btree ("provenance_id");--> statement-breakpoint
CREATE INDEX "cost_entry_staff_fte_provenance_id" ON "cost_entry" USING btree ("staff_fte_provenance_id") WHERE "cost_entry"."staff_fte_provenance_id" is not null;--> statement-breakpoint
CREATE INDEX "cost_entry_staff_hours_provenance_id" ON "cost_entry" USING btree ("staff_hours_provenance_id") WHERE "cost_entry"."staff_hours_provenance_id" is not null;--> statement-breakpoint
CREATE INDEX "evaluation_grade_provenance_id" ON "evaluation" USING btree ("grade_provenance_id");--> statement-breakpoint
CREATE INDEX "evaluation_reason_provenance_id" ON "evaluation" USING btree ("reason_provenance_id") WHERE "evaluation"."reason_provenance_id" is not null;--> statement-breakpoint
CREATE INDEX "activity_provenance_id" ON "activity" USING btree ("provenance_id");--> statement-breakpoint
CREATE INDEX "activity_year_planned_provenance_id" ON "activity_year" USING btree ("planned_provenance_id") WHERE "activity_year"."planned_provenance_id" is not null;--> statement-breakpoint
CREATE INDEX "activity_year_done_provenance_id" ON "activity_year" USING btree ("done_provenance_id") WHERE "activity_year"."done_provenance_id" is not null;--> statement-breakpoint
CREATE INDEX "narrative_provenance_id" ON "narrative" USING btree ("provenance_id");--> statement-breakpoint
CREATE INDEX "printed_unit_cost_target_count_provenance_id" ON "printed_unit_cost" USING btree ("target_count_provenance_id") WHERE "printed_unit_cost"."target_count_provenance_id" is not null;--> statement-breakpoint
CREATE INDEX "printed_unit_cost_target_definition_provenance_id" ON "printed_unit_cost" USING btree ("target_definition_provenance_id") WHERE "printed_unit_cost"."target_definition_provenance_id" is not null;--> statement-breakpoint
CREATE INDEX "printed_unit_cost_unit_cost_provenance_id" ON "printed_unit_cost" USING btree ("unit_cost_provenance_id") WHERE "printed_unit_cost"."unit_cost_provenance_id" is not null;--> statement-breakpoint
CREATE INDEX "printed_unit_cost_formula_provenance_id" ON "printed_unit_cost" USING btree ("formula_provenance_id") WHERE "printed_unit_cost"."formula_provenance_id" is not null;