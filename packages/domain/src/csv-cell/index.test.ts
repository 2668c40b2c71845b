import { describe, expect, it } from 'vitest';
import { fromSpreadsheetSafe, spreadsheetSafe } from './index.js';

describe('spreadsheetSafe', () => {
  it('turns every formula start into text, and leaves numbers and plain text alone', () => {
    for (const cell of ['=1+1', '+81 90', '-cmd', '@SUM(A1)', '\tx', '\rx'])
      expect(spreadsheetSafe(cell)).toBe(`'${cell}`);
    for (const cell of ['-5', '-0.25', '1e3', '達成', '－', "it's", ''])
      expect(spreadsheetSafe(cell)).toBe(cell);
  });

  it('reads back what it wrote, and only that', () => {
    for (const cell of ['=1+1', '@SUM(A1)', '-cmd', "'quoted", "'=kept", "''@x", '-5', '達成'])
      expect(fromSpreadsheetSafe(spreadsheetSafe(cell))).toBe(cell);
  });
});
