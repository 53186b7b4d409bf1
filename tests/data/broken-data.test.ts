/**
 * Bad data must fail the real build with a message naming the file, the row and the field.
 * A copy of content/ is broken on purpose and the build is pointed at it with CONTENT_DIR.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');

function brokenContent(edit: (dir: string) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'broken-content-'));
  cpSync('content', dir, { recursive: true });
  edit(dir);
  return dir;
}

function runAstro(command: 'sync' | 'build', contentDir: string) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'broken-dist-'));
  const result = spawnSync(process.execPath, [ASTRO, command, ...(command === 'build' ? ['--outDir', outDir] : [])], {
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const FILE = 'dea_seizures.csv';
const HEADER = 'year,period_type,as_of,metric,value,unit,qualifier,confidence,source_id,note';
const good = (year: number, value = '1000') =>
  `${year},calendar_year,${year}-12,fake_pills_seized,${value},pills,more than,high,dea_highlights_2021,`;

// One bad row per kind of failure (rows 2–8); row 1 is valid.
const ROWS = [
  good(2001),
  good(2002, 'lots'), //                                                   2: wrong type
  good(2003).replace('dea_highlights_2021', 'no_such_source'), //        3: unknown source_id
  good(2004).replace(',pills,', ',,'), //                                4: missing unit
  good(2005, '-20'), //                                                  5: negative count
  good(2001, '2000'), //                                                 6: duplicate key (same as row 1)
  good(2007).replace('more than', 'gazillions'), //                      7: unknown qualifier
  good(2008).replace(',high,', ',,'), //                                 8: empty required field
];

const EXPECTED: Record<string, RegExp> = {
  'wrong type': /dea_seizures\.csv, row 2 \(line 3\), field "value": expected a number \(got "lots"\)/,
  'unknown source_id': /dea_seizures\.csv, row 3 \(line 4\), field "source_id": unknown source_id \(not in sources\.csv\) \(got "no_such_source"\)/,
  'missing unit': /dea_seizures\.csv, row 4 \(line 5\), field "unit": missing unit/,
  'negative count': /dea_seizures\.csv, row 5 \(line 6\), field "value": negative count/,
  'duplicate key': /dea_seizures\.csv, row 6 \(line 7\), field "year\+period_type\+as_of\+metric\+source_id": duplicate key: same .* as row 1/,
  'unknown qualifier': /dea_seizures\.csv, row 7 \(line 8\), field "qualifier": unknown qualifier \(got "gazillions"\)/,
  'empty required field': /dea_seizures\.csv, row 8 \(line 9\), field "confidence": expected high, medium or low/,
};

describe('a broken CSV fails the content sync with file, row and field', () => {
  let run: { status: number | null; output: string };
  beforeAll(() => {
    const dir = brokenContent((d) => writeFileSync(path.join(d, 'data', FILE), [HEADER, ...ROWS].join('\n')));
    run = runAstro('sync', dir);
  });
  test('the sync fails', () => {
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('Invalid data (7 problems)');
  });
  test.each(Object.entries(EXPECTED))('%s', (_kind, pattern) => {
    expect(run.output).toMatch(pattern);
  });
});

describe('a chart spec that cites a missing source fails the build', () => {
  test('unknown source id in content/charts/dea-seizures.yaml', () => {
    const dir = brokenContent((d) => {
      const spec = path.join(d, 'charts', 'dea-seizures.yaml');
      writeFileSync(spec, readFileSync(spec, 'utf8').replace('  - dea_ffa_2025', '  - dea_ffa_2099'));
    });
    const { status, output } = runAstro('build', dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/charts\/dea-seizures\.yaml: unknown source id "dea_ffa_2099"/);
  });
  test('a row whose source the spec does not list', () => {
    const dir = brokenContent((d) => {
      const spec = path.join(d, 'charts', 'dea-seizures.yaml');
      writeFileSync(spec, readFileSync(spec, 'utf8').replace(/\n {2}- samhsa_mfpcc_2025/, ''));
    });
    const { status, output } = runAstro('build', dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/dea-seizures\.yaml: row \d+ of dea_seizures\.csv cites "samhsa_mfpcc_2025", which is missing from the spec's sources/);
  });
});

describe('an ambiguous chart spec fails the build', () => {
  test('two rows for one column (FY2019 in CBP\'s file and in an earlier release) is an error, not a silent pick', () => {
    const dir = brokenContent((d) => {
      const spec = path.join(d, 'charts', 'cbp-seizures.yaml');
      writeFileSync(spec, readFileSync(spec, 'utf8').replace('fiscal_year: [FY2018]', 'fiscal_year: [FY2018, FY2019]'));
    });
    const { status, output } = runAstro('build', dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/cbp-seizures\.yaml: panel "all_cbp": more than one row for fiscal_year = FY2019/);
  });
});

describe('a line chart view naming what does not exist fails the build with file and field', () => {
  const spec = (d: string) => path.join(d, 'charts', 'overdose-deaths.yaml');
  test('a view naming an unknown series', () => {
    const dir = brokenContent((d) => {
      writeFileSync(spec(d), readFileSync(spec(d), 'utf8').replace('panels: [synthetic] }', 'panels: [synthetics] }'));
    });
    const { status, output } = runAstro('build', dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/charts\/overdose-deaths\.yaml: views\[1\]\.panels\[0\]: view "synthetic" names unknown panel "synthetics" \(did you mean "synthetic"\?\)/);
  });
  test('a marker layer naming a reading two-readings.yaml does not have', () => {
    const dir = brokenContent((d) => {
      writeFileSync(spec(d), readFileSync(spec(d), 'utf8').replace('reading: supply }', 'reading: suply }'));
    });
    const { status, output } = runAstro('build', dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/charts\/overdose-deaths\.yaml: graphic\.markers\[0\]\.reading: content\/story\/two-readings\.yaml has no reading "suply" \(did you mean "supply"\?\)/);
  });
});
