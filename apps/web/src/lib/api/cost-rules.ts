import { COST_RULES } from '@muni/domain';
import type { CostFieldsFragment, CostFigureFieldsFragment } from './generated';

/** A cost summary's figure with its unit and rule, as the page's figures read it. */
type CostFigure<Unit extends 'RATIO' | 'YEN'> = Omit<CostFigureFieldsFragment, 'formula'> & {
  unit: Unit;
  formula: CostFigureFieldsFragment['formula'] & { ja: string; en: string };
};

/** A cost summary with each figure's unit and rule back in place. */
export type WithCostRules<Summary extends CostFieldsFragment> = Omit<
  Summary,
  'totalCost' | 'grantShare' | 'otherThanGrant'
> & {
  totalCost: CostFigure<'YEN'>;
  grantShare: CostFigure<'RATIO'>;
  otherThanGrant: CostFigure<'YEN'>;
};

function ruled<Unit extends 'RATIO' | 'YEN'>(
  figure: CostFigureFieldsFragment,
  unit: Unit,
  rule: { ja: string; en: string },
): CostFigure<Unit> {
  return { ...figure, unit, formula: { ...figure.formula, ja: rule.ja, en: rule.en } };
}

/**
 * A cost summary as the answer sends it (each figure's expression only) with the unit and rule of each
 * figure put back: they are the same in every summary, so the answer leaves them to the shared domain,
 * whose rules the API computed the figures by.
 */
export function withCostRules<Summary extends CostFieldsFragment>(
  summary: Summary,
): WithCostRules<Summary> {
  return {
    ...summary,
    totalCost: ruled(summary.totalCost, 'YEN', COST_RULES.totalCost),
    grantShare: ruled(summary.grantShare, 'RATIO', COST_RULES.grantShare),
    otherThanGrant: ruled(summary.otherThanGrant, 'YEN', COST_RULES.otherThanGrant),
  };
}
