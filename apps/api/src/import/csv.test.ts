import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv.js';

describe('parseCsv', () => {
  it('gives each record the line it starts on, across CRLF, LF, quoted line breaks and blank lines', () => {
    const parsed = parseCsv(
      '年度,値\r\n2021,"一行目\r\n二行目"\r\n\r\n2022,3\n2023,4\n\n"2024",\'=1',
    );
    expect(parsed).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['年度', '値'] },
        { line: 2, cells: ['2021', '一行目\r\n二行目'] },
        { line: 5, cells: ['2022', '3'] },
        { line: 6, cells: ['2023', '4'] },
        { line: 8, cells: ['2024', '=1'] },
      ],
    });
  });

  it('names the line a broken quote is on, not where the file ends', () => {
    expect(parseCsv('a,b\n1,"x\n2,3\n4,5\n')).toMatchObject({ ok: false, line: 2 });
    expect(parseCsv('a,b\r\n"p\r\nq",2\r\n3,"x"y\r\n')).toMatchObject({ ok: false, line: 4 });
  });

  it('names the line and the column of broken quoting', () => {
    expect(parseCsv('a,b\n1,"x')).toEqual({
      ok: false,
      line: 2,
      problem: 'a quoted field is never closed',
    });
    expect(parseCsv('a,b\n1,"x"y')).toMatchObject({
      ok: false,
      line: 2,
      problem: 'text after a closing quote (column 2)',
    });
    expect(parseCsv('a,b\n1,x"y')).toMatchObject({
      ok: false,
      line: 2,
      problem: expect.stringMatching(/^a quote inside an unquoted field \(column 2\)/),
    });
  });
});

describe('toCsv', () => {
  it('quotes what needs it, neutralises formulas, and reads back as written', () => {
    const text = toCsv(
      ['名前', '値'],
      [
        ['a,"b"\nc', '=SUM(A1)'],
        [null, 12],
      ],
    );
    expect(text).toBe('名前,値\r\n"a,""b""\nc",\'=SUM(A1)\r\n,12\r\n');
    expect(parseCsv(text)).toMatchObject({
      ok: true,
      records: [
        { line: 1, cells: ['名前', '値'] },
        { line: 2, cells: ['a,"b"\nc', '=SUM(A1)'] },
        { line: 4, cells: ['', '12'] },
      ],
    });
  });
});
