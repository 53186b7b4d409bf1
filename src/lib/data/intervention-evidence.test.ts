/**
 * content/data/intervention_evidence.csv: the structured evidence table both sides rely on.
 * Every structured number must be printed in the row's own finding or in its source's excerpt
 * (so no estimate is typed in from memory), and both sides list what nobody has measured.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { interventionEvidence, sources } from './datasets';
import { parseDataset } from './validate';

const read = (f: string) => readFileSync(`content/data/${f}`, 'utf8');
const sourceRows = csvParse(read('sources.csv'));
const excerpt = new Map(sourceRows.map((s) => [s['source_id']!, `${s['title']} ${s['excerpt']}`]));
const parsed = parseDataset(interventionEvidence, 'intervention_evidence.csv', read('intervention_evidence.csv'), { sourceIds: new Set(excerpt.keys()) });
const raw = csvParse(read('intervention_evidence.csv'));

describe('intervention_evidence.csv', () => {
  test('validates, row by row', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.length).toBeGreaterThan(40);
    expect(sources.name).toBe('sources');
  });

  test('every estimate and interval end is printed in the finding or the source excerpt', () => {
    const missing: string[] = [];
    raw.forEach((r, i) => {
      const haystack = `${r['finding']} ${excerpt.get(r['source_id']!) ?? ''}`.replace(/(\d),(?=\d{3})/g, '$1');
      for (const field of ['estimate', 'ci_low', 'ci_high'] as const) {
        const v = r[field]!.replace(/^-/, '');
        if (v && !new RegExp(`(?<![\\d.])${v.replace('.', '\\.')}(?![\\d])`).test(haystack)) missing.push(`row ${i + 1} ${field} ${r[field]} (${r['source_id']})`);
      }
    });
    expect(missing).toEqual([]);
  });

  test('both sides list effects nobody has measured, each with a note saying what is missing', () => {
    const gaps = parsed.rows.filter((r) => r.status === 'none found');
    for (const side of ['supply', 'demand'] as const) expect(gaps.filter((g) => g.side === side).length, side).toBeGreaterThanOrEqual(4);
    for (const g of gaps) expect(g.note.length, g.intervention).toBeGreaterThan(30);
  });

  test('a row check catches an interval that does not hold its estimate', () => {
    const bad = read('intervention_evidence.csv').replace('0.47,0.32,0.71', '0.47,0.52,0.71');
    const { problems } = parseDataset(interventionEvidence, 'x.csv', bad, { sourceIds: new Set(excerpt.keys()) });
    expect(problems.map((p) => p.message)).toContain('estimate lies outside its interval');
  });
});
