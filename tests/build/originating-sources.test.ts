/**
 * "Originating agency first": every row a chart draws should cite a page published by the
 * organisation that produced the number (allow-list in src/lib/data/origins.ts). This test
 * lists the charted rows that still rest on a reprint (a news report, a mirror, a copy) and
 * compares them with the list below, which content/data/README.md ("Charted rows from
 * reprints") explains one by one. A new reprinted row fails the test until it is explained
 * there and added here; replacing one with a primary source fails it too, so the list shrinks.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { beforeAll, expect, test } from 'vitest';
import { creditName, isReprint } from '../../src/lib/data/origins';
import { chartSpecs, DIST, distExists } from '../support/dist';

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

interface JsonSource { source_id: string; publisher: string; url: string; origin?: string }

/** chart id → source ids of charted rows read in a reprint (with how many rows each). */
function reprintedRows(): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const spec of chartSpecs()) {
    const json = JSON.parse(readFileSync(path.join(DIST, 'data', `${spec.id}.json`), 'utf8')) as { sources: JsonSource[] };
    const byId = new Map(json.sources.map((s) => [s.source_id, s]));
    const rows = csvParse(readFileSync(path.join(DIST, 'data', `${spec.id}.csv`), 'utf8'));
    if (!rows.columns.includes('source_id')) throw new Error(`/data/${spec.id}.csv has no source_id column`);
    for (const row of rows) {
      const s = byId.get(row['source_id'] ?? '');
      if (!s) throw new Error(`/data/${spec.id}.csv cites ${row['source_id']}, which /data/${spec.id}.json does not list`);
      if (!isReprint(s)) continue;
      const chart = (out[spec.id] ??= {});
      chart[s.source_id] = (chart[s.source_id] ?? 0) + 1;
    }
  }
  return out;
}

/** Explained in content/data/README.md, "Charted rows from reprints". */
const EXPECTED: Record<string, Record<string, number>> = JSON.parse(
  readFileSync(path.resolve('tests/build/originating-sources.expected.json'), 'utf8'),
);

test('every charted source names the organisation that produced its numbers', () => {
  const missing: string[] = [];
  for (const spec of chartSpecs()) {
    const json = JSON.parse(readFileSync(path.join(DIST, 'data', `${spec.id}.json`), 'utf8')) as { sources: JsonSource[] };
    for (const s of json.sources) if (!s.origin?.trim()) missing.push(`${spec.id}: ${s.source_id} (${creditName(s)})`);
  }
  expect(missing).toEqual([]);
});

test('charted rows from reprints are exactly the explained list', () => {
  const found = reprintedRows();
  // After explaining a change in the README: UPDATE_REPRINT_LIST=1 npx vitest run --project build tests/build/originating-sources.test.ts
  if (process.env['UPDATE_REPRINT_LIST']) writeFileSync(path.resolve('tests/build/originating-sources.expected.json'), `${JSON.stringify(found, null, 2)}\n`);
  else expect(found).toEqual(EXPECTED);
});

test('a charted row read only in a reprint is never high confidence', () => {
  const high: string[] = [];
  for (const spec of chartSpecs()) {
    const json = JSON.parse(readFileSync(path.join(DIST, 'data', `${spec.id}.json`), 'utf8')) as { sources: JsonSource[] };
    const byId = new Map(json.sources.map((s) => [s.source_id, s]));
    const rows = csvParse(readFileSync(path.join(DIST, 'data', `${spec.id}.csv`), 'utf8'));
    if (!rows.columns.includes('confidence')) continue;
    rows.forEach((row, i) => {
      const s = byId.get(row['source_id'] ?? '');
      if (s && isReprint(s) && row['confidence'] === 'high') high.push(`/data/${spec.id}.csv row ${i + 1}: ${s.source_id}`);
    });
  }
  expect(high, 'set these to medium or low in content/data (DEVELOPERS: a reprint is flagged medium/low)').toEqual([]);
});

test('the README explains every reprinted source on the list', () => {
  const readme = readFileSync(path.resolve('content/data/README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Charted rows from reprints'));
  expect(section.length).toBeGreaterThan(100);
  const ids = [...new Set(Object.values(EXPECTED).flatMap((c) => Object.keys(c)))];
  expect(ids.filter((id) => !section.includes(`\`${id}\``))).toEqual([]);
});
