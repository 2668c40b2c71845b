import { formatRatio, formatYenExact, formatYenPerUnit } from '@/lib/format';
import { parens, type Lang } from '@/lib/i18n';
import { expressionIn, reasonIn, ruleIn, type FormulaText } from '@/lib/view/formula';

export interface FigureFields {
  value: number | null;
  unit: 'RATIO' | 'YEN' | 'YEN_PER_UNIT';
  formula: FormulaText;
  notComputed: string | null;
  derived: boolean;
}

export function formatFigure(lang: Lang, figure: FigureFields): string | null {
  if (figure.value === null) return null;
  if (figure.unit === 'RATIO') return formatRatio(figure.value);
  if (figure.unit === 'YEN') return formatYenExact(lang, figure.value);
  return formatYenPerUnit(lang, figure.value);
}

/**
 * A figure this product computed, with its formula in a tooltip and in the print footnote, "derived"
 * marked with †, and the reason in words where it was not computed.
 */
export function DerivedFigure({ figure, lang }: { figure: FigureFields; lang: Lang }) {
  const text = formatFigure(lang, figure);
  const rule = ruleIn(lang, figure.formula);
  const expression = expressionIn(lang, figure.formula);
  if (text === null) {
    const reason = figure.notComputed === null ? null : reasonIn(lang, figure.notComputed);
    return (
      <span className="missing" title={`${rule}: ${reason ?? ''}`}>
        {lang === 'ja' ? '計算せず' : 'not computed'}
        <span className="visually-hidden">{parens(lang, reason ?? '')}</span>
      </span>
    );
  }
  return (
    <span className="derived" title={`${rule}${expression ? `\n${expression}` : ''}`}>
      {text}
      {figure.derived ? (
        <sup title={lang === 'ja' ? '派生値を使う' : 'uses a derived input'}>†</sup>
      ) : null}
    </span>
  );
}
