/** A cell a spreadsheet would read as a formula: it begins with =, +, -, @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * A text cell made safe to open in a spreadsheet (OWASP's CSV injection advice): one that a spreadsheet
 * would run as a formula gets a leading apostrophe, which Excel shows as text and does not run. A
 * negative number stays a number.
 *
 * @example spreadsheetSafe('=HYPERLINK("http://x")') //=> '\'=HYPERLINK("http://x")'
 * @example spreadsheetSafe('-5') //=> '-5'
 */
export function spreadsheetSafe(text: string): string {
  return startsFormula(text) ? `'${text}` : text;
}

// Apostrophes already in front count too, so that reading back removes exactly the one added.
const startsFormula = (text: string) => {
  const rest = text.replace(/^'+/, '');
  return FORMULA_START.test(rest) && !NUMBER.test(rest);
};

/**
 * The text a safe cell stands for, so that a file exported, edited in a spreadsheet and imported again
 * keeps its values.
 *
 * @example fromSpreadsheetSafe('\'=SUM(A1)') //=> '=SUM(A1)'
 */
export function fromSpreadsheetSafe(text: string): string {
  return text.startsWith("'") && startsFormula(text) ? text.slice(1) : text;
}
