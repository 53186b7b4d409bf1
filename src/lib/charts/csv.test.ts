import { describe, expect, test } from 'vitest';
import { neutraliseCell, tableToCsv } from './csv';

describe('CSV downloads cannot carry spreadsheet formulas', () => {
  test.each([
    ['=HYPERLINK("https://evil.example","click")', `'=HYPERLINK("https://evil.example","click")`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
  ])('%s is neutralised', (cell, expected) => expect(neutraliseCell(cell)).toBe(expected));

  test.each(['-50', '-0.5', '27023', 'more than', '40-50', 'a = b'])('%s is left as written', (cell) => expect(neutraliseCell(cell)).toBe(cell));

  test('in a table: numbers stay numbers, formulas become text', () => {
    const csv = tableToCsv({
      columns: [{ field: 'value', label: 'Value', numeric: true, plain: false }, { field: 'note', label: 'Note', numeric: false, plain: false }],
      rows: [{ value: -50, note: '=HYPERLINK("https://evil.example")' }, { value: 3, note: 'plain' }],
    });
    expect(csv).toBe(`value,note\n-50,"'=HYPERLINK(""https://evil.example"")"\n3,plain\n`);
  });
});
