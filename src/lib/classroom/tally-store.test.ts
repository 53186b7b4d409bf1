import { describe, expect, test } from 'vitest';
import { dictionary } from '../i18n/dictionary';
import { CSV_HEADER, fromCsv as fromCsvIn, MAX_COUNT, MAX_FILE_BYTES, readStored as readStoredIn, tallyWords, toCsv, validCount } from './tally-store';

const TALLY_WORDS = tallyWords(dictionary('en').classroom.tallyMessages, 'en-US');
const readStored = (raw: string | null, names: ReadonlySet<string>) => readStoredIn(raw, names, TALLY_WORDS);
const fromCsv = (text: string, options: Parameters<typeof fromCsvIn>[1]) => fromCsvIn(text, options, TALLY_WORDS);
import { SCALE } from './stance';

const options = [
  { id: 'scanners', name: 'Scanners' },
  { id: 'terror-label', name: 'Terror label' },
];
const names = new Set(['before', 'after'].flatMap((p) => options.flatMap((o) => SCALE.map((k) => `${p}.${o.id}.${k}`))));

describe('validCount', () => {
  test('whole numbers from 0 to MAX_COUNT only', () => {
    expect([0, 1, MAX_COUNT].map(validCount)).toEqual([0, 1, MAX_COUNT]);
    for (const bad of [-1, 1.5, MAX_COUNT + 1, 1e308, Infinity, NaN, '3', null, undefined, true, [3], { n: 3 }]) {
      expect(validCount(bad)).toBeUndefined();
    }
  });
});

describe('readStored: what the browser stored', () => {
  test('nothing stored is an empty tally with nothing to report', () => {
    expect(readStored(null, names)).toEqual({ counts: {}, problems: [], keepCopy: false });
    expect(readStored('', names)).toEqual({ counts: {}, problems: [], keepCopy: false });
  });

  test('valid data is read in full, silently', () => {
    const raw = JSON.stringify({ 'before.scanners.1': 2, 'after.terror-label.D': 0 });
    expect(readStored(raw, names)).toEqual({ counts: { 'before.scanners.1': 2, 'after.terror-label.D': 0 }, problems: [], keepCopy: false });
  });

  test('invalid JSON: empty table, the teacher is told, the original is kept aside', () => {
    const r = readStored('{"before.scanners.1": 2', names);
    expect(r.counts).toEqual({});
    expect(r.problems).toEqual([TALLY_WORDS.notJson, TALLY_WORDS.backup]);
    expect(r.keepCopy).toBe(true);
  });

  test.each(['[1,2,3]', '42', '"text"', 'null', 'true'])('JSON that is not an object (%s) is not used', (raw) => {
    const r = readStored(raw, names);
    expect(r.counts).toEqual({});
    expect(r.problems[0]).toBe(TALLY_WORDS.notObject);
    expect(r.keepCopy).toBe(true);
  });

  test('wrong types, huge values and unknown keys are left out; the good counts are kept', () => {
    const raw = JSON.stringify({
      'before.scanners.1': 3,
      'before.scanners.2': '4',
      'before.scanners.3': -1,
      'before.scanners.4': 2.5,
      'before.scanners.5': 1e300,
      'before.scanners.D': { n: 1 },
      'after.scanners.1': null,
      'after.scanners.2': MAX_COUNT + 1,
      '<img src=x onerror=alert(1)>': 1,
      'after.terror-label.5': 7,
    }).replace(/^\{/, '{"__proto__":5,');
    const r = readStored(raw, names);
    expect(r.counts).toEqual({ 'before.scanners.1': 3, 'after.terror-label.5': 7 });
    expect(Object.getPrototypeOf(r.counts)).toBe(Object.prototype);
    expect(r.problems).toEqual([TALLY_WORDS.skipped(9), TALLY_WORDS.kept(2), TALLY_WORDS.backup]);
    expect(r.keepCopy).toBe(true);
  });

  test('a huge stored string does not throw', () => {
    const raw = JSON.stringify(Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i])));
    const r = readStored(raw, names);
    expect(r.counts).toEqual({});
    expect(r.problems[0]).toBe(TALLY_WORDS.skipped(50_000));
  });
});

describe('CSV export and import', () => {
  const counts = { 'before.scanners.1': 2, 'before.scanners.D': 1, 'after.scanners.4': 3, 'after.terror-label.5': MAX_COUNT, 'before.terror-label.3': 0 };

  test('the export is one row per phase and option, with a header', () => {
    const csv = toCsv(counts, options);
    expect(csv.split('\r\n')).toEqual([
      CSV_HEADER.join(','),
      'before,Scanners,2,,,,,1',
      'before,Terror label,,,0,,,',
      'after,Scanners,,,,3,,',
      `after,Terror label,,,,,${MAX_COUNT},`,
      '',
    ]);
  });

  test('round trip: export then import gives the same counts', () => {
    expect(fromCsv(toCsv(counts, options), options)).toEqual({ counts });
    expect(fromCsv(toCsv({}, options), options)).toEqual({ counts: {} });
  });

  test('a file re-saved by a spreadsheet (BOM, quotes, LF, option ids, any case, blank lines) still loads', () => {
    const text = `\uFEFF"phase","option","1","2","3","4","5","D"\nBefore,"Scanners",2,,,,,1\n\nafter,terror-label,,,,,5,\n`;
    expect(fromCsv(text, options)).toEqual({ counts: { 'before.scanners.1': 2, 'before.scanners.D': 1, 'after.terror-label.5': 5 } });
  });

  test.each([
    ['', TALLY_WORDS.fileEmpty],
    ['name,score\nAna,3\n', TALLY_WORDS.fileHeader],
    [`${CSV_HEADER.join(',')}\nduring,Scanners,1,,,,,\n`, TALLY_WORDS.fileLine(2, TALLY_WORDS.badPhase('during'))],
    [`${CSV_HEADER.join(',')}\nbefore,Walls,1,,,,,\n`, TALLY_WORDS.fileLine(2, TALLY_WORDS.badOption('Walls'))],
    // A quoted comma stays inside its cell (CSV read with d3-dsv), so the option is named whole.
    [`${CSV_HEADER.join(',')}\nbefore,"Walls, fences",1,,,,,\n`, TALLY_WORDS.fileLine(2, TALLY_WORDS.badOption('Walls, fences'))],
    [`${CSV_HEADER.join(',')}\nbefore,Scanners,1,,\n`, TALLY_WORDS.fileLine(2, TALLY_WORDS.columns(5))],
    [`${CSV_HEADER.join(',')}\nbefore,Scanners,-1,,,,,\n`, TALLY_WORDS.fileLine(2, TALLY_WORDS.badCount('-1'))],
    [`${CSV_HEADER.join(',')}\nbefore,Scanners,2.5,,,,,\n`, TALLY_WORDS.fileLine(2, TALLY_WORDS.badCount('2.5'))],
    [`${CSV_HEADER.join(',')}\nbefore,Scanners,1000,,,,,\n`, TALLY_WORDS.fileLine(2, TALLY_WORDS.badCount('1000'))],
    [`${CSV_HEADER.join(',')}\nbefore,Scanners,=1+1,,,,,\n`, TALLY_WORDS.fileLine(2, TALLY_WORDS.badCount('=1+1'))],
    [`${CSV_HEADER.join(',')}\nbefore,Scanners,1,,,,,\nbefore,scanners,2,,,,,\n`, TALLY_WORDS.fileLine(3, TALLY_WORDS.twice('before', 'scanners'))],
  ])('a bad file loads nothing and names the problem (%#)', (text, error) => {
    expect(fromCsv(text, options)).toEqual({ error });
  });

  test('long bad values are shortened in the message; oversized text is refused', () => {
    const long = 'x'.repeat(500);
    const r = fromCsv(`${CSV_HEADER.join(',')}\nbefore,${long},1,,,,,\n`, options);
    expect('error' in r && r.error.length).toBeLessThan(200);
    expect(fromCsv('a'.repeat(MAX_FILE_BYTES + 1), options)).toEqual({ error: TALLY_WORDS.fileTooBig });
  });
});
