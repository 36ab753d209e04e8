import { describe, expect, it } from 'vitest';
import { parseDelimitedText, sniffDelimiter } from '../../../src/core/ingest/delimited-text';

describe('sniffDelimiter', () => {
  it.each([
    ['comma', 'a,b,c\n1,2,3\n', ','],
    ['tab (Excel "Unicode text")', 'a\tb\tc\n1\t2,5\t3\n', '\t'],
    ['semicolon (a European Excel)', 'a;b;c\n1;2,5;3\n4;5;6\n', ';'],
    ['comma inside quotes does not count', '"a;b";c;d\n"1,2,3,4";5;6\n', ';'],
    ['a single column', 'a\n1\n', ','],
  ])('%s', (_name, text, expected) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });
});

describe('parseDelimitedText', () => {
  it('keeps a stray quote inside an unquoted field literally, as Excel and Sheets do', () => {
    const table = parseDelimitedText('a,b,c\n1,=HYPERLINK("x"),3\n4,5" screen,6\n');
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', '=HYPERLINK("x")', '3'],
      ['4', '5" screen', '6'],
    ]);
    expect(table.unreadable).toEqual([]);
  });

  it('gives each record the line it starts on, across quoted new lines and blank lines', () => {
    const table = parseDelimitedText('a,b\r\n1,"two\r\nlines"\r\n\r\n3,4\r\n');
    expect(table.header).toEqual(['a', 'b']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['1', 'two\r\nlines'] },
      { line: 5, cells: ['3', '4'] },
    ]);
  });

  it('keeps short and long rows as they are, for the importer to name', () => {
    const table = parseDelimitedText('a;b;c\n1;2\n1;2;3;4\n');
    expect(table.delimiter).toBe(';');
    expect(table.rows.map((r) => r.cells.length)).toEqual([2, 4]);
  });

  it('returns a quote never closed as an unreadable record with its line, not an exception', () => {
    const table = parseDelimitedText('a,b\n1,2\n"3,4\n5,6\n');
    expect(table.rows.map((r) => r.cells)).toEqual([['1', '2']]);
    expect(table.unreadable).toEqual([{ line: 3, code: 'CSV_QUOTE_NOT_CLOSED', text: '"3,4\n5,6\n' }]);
  });
});

describe('line numbers with Windows line ends', () => {
  it('stay right after fields holding CR LF and LF, and for a quote never closed', () => {
    const text = 'a,b\r\n1,"x\r\ny\r\nz"\r\n2,"p\nq"\r\n3,4\r\n"5,6\r\n7,8\r\n';
    const table = parseDelimitedText(text);
    expect(table.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, '1'],
      [5, '2'],
      [7, '3'],
    ]);
    expect(table.unreadable.map((u) => u.line)).toEqual([8]);
  });
});
