import { costLines } from './cost-lines';
import { withCostRules } from './cost-rules';
import type { ProgramPageQuery } from './generated';
import { withKpiYears } from './kpi-series';

/**
 * The program page's answer, sent compact, put back as the page reads it: each KPI's years and each
 * cost line as rows, and each cost figure with its unit and rule.
 */
export function readableProgram(program: NonNullable<ProgramPageQuery['program']>) {
  const { costLines: lines, ...rest } = withKpiYears(program);
  return {
    ...rest,
    costs: costLines(lines),
    costSummaries: rest.costSummaries.map(withCostRules),
  };
}
