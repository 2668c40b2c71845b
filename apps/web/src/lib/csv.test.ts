import { describe, expect, it } from 'vitest';
import { csvDataUrl, csvText } from './csv';

const csvCell = (value: string | number | null) => csvText([[value]]).slice(0, -2);

describe('CSV downloads', () => {
  it('make a text a spreadsheet would run as a formula into text, and keep numbers numbers', () => {
    expect(csvCell('=HYPERLINK("http://example.com","x")')).toBe(
      '"\'=HYPERLINK(""http://example.com"",""x"")"',
    );
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell('未報告')).toBe('未報告');
    expect(csvCell(null)).toBe('');
  });

  it('write UTF-8 with a BOM and CRLF', () => {
    const text = decodeURIComponent(
      csvDataUrl([
        ['年度', '値'],
        [2021, '+1'],
      ])
        .split(',')
        .slice(1)
        .join(','),
    );
    expect(text).toBe("\uFEFF年度,値\r\n2021,'+1\r\n");
  });
});
