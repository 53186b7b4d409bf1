import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import { decodeUtf8, readCsv } from './csv-text';

const lines = (r: ReturnType<typeof readCsv>) => r.records.map((x) => x.line);

describe('readCsv', () => {
  test('reads every real content file exactly as d3-dsv does', () => {
    for (const f of readdirSync('content/data').filter((n) => n.endsWith('.csv'))) {
      const text = readFileSync(`content/data/${f}`, 'utf8');
      const ours = readCsv(text, f);
      expect(ours.problems, f).toEqual([]);
      expect([ours.header, ...ours.records.map((r) => r.cells)], f).toEqual(csvParseRows(text));
    }
  });
  test('BOM, CRLF, mixed endings, blank lines, quoted commas, quotes and line breaks', () => {
    const r = readCsv('\uFEFFa,b\r\n1,"x, y"\n\n"2","say ""hi""\r\nthere"\r\n3,\n   \n\n', 'f.csv');
    expect(r.problems).toEqual([]);
    expect(r.header).toEqual(['a', 'b']);
    expect(r.records.map((x) => x.cells)).toEqual([['1', 'x, y'], ['2', 'say "hi"\r\nthere'], ['3', '']]);
    expect(lines(r)).toEqual([2, 4, 6]);
  });
  test('a trailing comma is one more empty cell', () => {
    expect(readCsv('a,b\n1,2,', 'f').records[0]!.cells).toEqual(['1', '2', '']);
  });
  test('an unclosed quote names the line it opened on', () => {
    expect(readCsv('a,b\n1,2\n3,"open\n4,5\n', 'f.csv').problems).toEqual([{ file: 'f.csv', line: 3, message: 'a quoted cell is never closed (a missing " ?)' }]);
  });
  test('text after a closing quote, and a quote inside an unquoted cell', () => {
    expect(readCsv('a,b\n"x"y,1\n', 'f').problems[0]).toMatchObject({ line: 2, message: expect.stringMatching(/^text after a closing quote/) });
    expect(readCsv('a,b\n5" screen,1\n', 'f').problems[0]).toMatchObject({ line: 2, message: expect.stringMatching(/^a double quote inside an unquoted cell/) });
  });
});

describe('decodeUtf8', () => {
  test('drops a BOM', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'f').text).toBe('a');
  });
  test('Latin-1 bytes are rejected with line and byte', () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n1,ok\n2,caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(decodeUtf8(bytes, 'f.csv').problem).toEqual({
      file: 'f.csv', line: 3, message: 'not valid UTF-8 (byte 0xE9 at byte 6 of the line); save the file as UTF-8',
    });
  });
});
