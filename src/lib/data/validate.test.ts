import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { DATASETS, deaSeizures, sources } from './datasets';
import { DataError, formatProblem, parseDataset, type DatasetSpec } from './validate';

const FILE = 'content/data/dea_seizures.csv';
const HEADER = 'year,period_type,as_of,metric,value,unit,qualifier,confidence,source_id,note';
const GOOD = '2022,calendar_year,2022-12-20,fake_pills_seized,50600000,pills,more than,high,src_a,';
const ctx = { sourceIds: new Set(['src_a', 'src_b']) };

function problemsFor(...rows: string[]) {
  return parseDataset(deaSeizures, FILE, [HEADER, ...rows].join('\n'), ctx).problems.map(formatProblem);
}

describe('every kind of bad row is reported with file, row and field', () => {
  test('a good row passes and is typed', () => {
    const { rows, problems } = parseDataset(deaSeizures, FILE, `${HEADER}\n${GOOD}`, ctx);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ year: 2022, value: 50_600_000, qualifier: 'more than', row: 1 });
  });
  test('wrong type', () => {
    expect(problemsFor(GOOD.replace('50600000', '50.6M'))).toEqual([
      `${FILE}, row 1 (line 2), field "value": expected a number (got "50.6M")`,
    ]);
  });
  test('unknown source_id', () => {
    expect(problemsFor(GOOD.replace('src_a', 'nowhere_2020'))).toEqual([
      `${FILE}, row 1 (line 2), field "source_id": unknown source_id (not in sources.csv) (got "nowhere_2020")`,
    ]);
  });
  test('missing unit', () => {
    expect(problemsFor(GOOD.replace(',pills,', ',,'))).toEqual([`${FILE}, row 1 (line 2), field "unit": missing unit`]);
  });
  test('negative count', () => {
    expect(problemsFor(GOOD.replace('50600000', '-5'))).toEqual([
      `${FILE}, row 1 (line 2), field "value": negative count (pills cannot be below zero) (got "-5")`,
    ]);
  });
  test('duplicate key', () => {
    const [problem] = problemsFor(GOOD, GOOD.replace('50600000', '1'));
    expect(problem).toMatch(/row 2 \(line 3\), field "year\+period_type\+as_of\+metric\+source_id": duplicate key: same .* as row 1/);
  });
  test('unknown qualifier', () => {
    expect(problemsFor(GOOD.replace('more than', 'way more than'))).toEqual([
      `${FILE}, row 1 (line 2), field "qualifier": unknown qualifier (got "way more than")`,
    ]);
  });
  test('empty required field', () => {
    expect(problemsFor(GOOD.replace('fake_pills_seized', ''))).toEqual([
      `${FILE}, row 1 (line 2), field "metric": unknown metric`,
    ]);
    expect(problemsFor(GOOD.replace('2022,', ','))).toEqual([`${FILE}, row 1 (line 2), field "year": required field is empty`]);
  });
  test('missing column', () => {
    const { problems } = parseDataset(deaSeizures, FILE, HEADER.replace(',unit', '') + '\n', ctx);
    expect(problems.map(formatProblem)).toEqual([`${FILE}, field "unit": column is missing from the header`]);
  });
  test('all problems of a file are reported at once, and DataError lists them', () => {
    const problems = parseDataset(deaSeizures, FILE, [HEADER, GOOD.replace('50600000', 'x'), GOOD.replace('src_a', 'zz')].join('\n'), ctx).problems;
    expect(problems).toHaveLength(2);
    expect(new DataError(problems).message).toMatch(/^Invalid data \(2 problems\):\n {2}- .*row 1.*\n {2}- .*row 2/);
  });
});

describe('the real data in content/data passes', () => {
  const sourceText = readFileSync('content/data/sources.csv', 'utf8');
  const parsedSources = parseDataset(sources, 'content/data/sources.csv', sourceText, { sourceIds: new Set() });
  const ids = new Set(parsedSources.rows.map((r) => r.source_id));
  test('sources.csv', () => {
    expect(parsedSources.problems).toEqual([]);
    expect(ids.size).toBeGreaterThan(200);
  });
  test.each(Object.entries(DATASETS))('%s.csv', (name, spec) => {
    const file = `content/data/${name}.csv`;
    const { rows, problems } = parseDataset(spec as unknown as DatasetSpec, file, readFileSync(file, 'utf8'), { sourceIds: ids });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(rows.length).toBeGreaterThan(0);
  });
});
