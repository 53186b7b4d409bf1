import { describe, expect, test } from 'vitest';
import { layoutLines, LINES } from './layout';
import type { LinesSpec } from './schema';
import type { LayoutRow } from '../shared/rows';
import type { SourceRecord } from '../../lib/charts/types';

const spec: LinesSpec = {
  type: 'lines', x: 'year', value: 'value', xDomain: [2000, 2010], xTicks: [2000, 2005, 2010], format: 'integer', maxGap: 1,
  provisional: { field: 'status', values: ['prov'], label: 'provisional count' },
  series: [
    { key: 'all', label: 'All', unitLabel: 'deaths', match: { m: ['all'] }, colour: 'neutral', labelAt: 2001, labelPosition: 'above' },
    { key: 'syn', label: 'Syn', unitLabel: 'deaths', match: { m: ['syn'] }, colour: 'neutral-2', labelAt: 2008, labelPosition: 'left' },
  ],
  annotations: [{ series: 'all', at: 2003, text: 'peak', position: 'above' }],
};
const sources = new Map<string, SourceRecord>([['s', { source_id: 's', publisher: 'CDC', title: '', url: '', published: '2024', excerpt: '' }]]);
const row = (m: string, year: number | string, value: number, status = 'final', qualifier: string | null = null): LayoutRow =>
  ({ m, year, value, status, qualifier, source_id: 's' });
const rows = [row('all', 2000, 10), row('all', 2001, 20), row('all', 2003, 40), row('all', 2004, 30), row('syn', 2008, 5), row('syn', 2009, 8), row('syn', 2010, 4, 'prov')];

describe('layoutLines', () => {
  const layout = layoutLines(spec, rows, sources);
  const [all, syn] = layout.series;

  test('x in percent inside the plot, y in px from a zero baseline', () => {
    for (const p of [...(all?.points ?? []), ...(syn?.points ?? [])]) {
      expect(p.xPct).toBeGreaterThanOrEqual(0);
      expect(p.xPct).toBeLessThanOrEqual(100);
      expect(p.y).toBeLessThanOrEqual(layout.baseline);
    }
    expect(layout.baseline).toBe(LINES.height - LINES.bottom);
  });

  test('lines join only consecutive years of the same status: gaps and provisional points stay apart', () => {
    expect(all?.path.match(/M/g)).toHaveLength(2); // 2000–2001 and 2003–2004
    expect(syn?.path.match(/M/g)).toHaveLength(1); // 2008–2009; the provisional 2010 point is alone
    expect(syn?.points.at(-1)).toMatchObject({ provisional: true });
    expect(syn?.points.at(-1)?.description).toBe('Syn, 2010: 4 deaths (provisional count).');
    expect(all?.points[0]?.description).toBe('All, 2000: 10 deaths (final).');
    expect(layout.provisionalKey).toBe('Hollow point: provisional count');
    expect(layout).not.toHaveProperty('provisionalLabel');
  });

  test('labels and annotations sit at their points', () => {
    expect(all?.labelXPct).toBe(all?.points[1]?.xPct);
    expect(syn).toMatchObject({ labelAnchor: 'end', labelDx: -10 });
    expect(layout.annotations[0]).toMatchObject({ text: 'peak', xPct: all?.points[2]?.xPct });
    expect(layout.xTicks.map((t) => t.anchor)).toEqual(['start', 'middle', 'end']);
  });

  test('duplicates, stray rows, non-numeric x and missing annotation points fail', () => {
    expect(() => layoutLines(spec, [...rows, row('all', 2000, 1)], sources)).toThrow(/more than one row/);
    expect(() => layoutLines(spec, [...rows, row('other', 2002, 1)], sources)).toThrow(/fall in no series/);
    expect(() => layoutLines(spec, [...rows, row('all', '2025 (12 mo)', 1)], sources)).toThrow(/must be a number/);
    expect(() => layoutLines({ ...spec, annotations: [{ series: 'all', at: 2002, text: 'x', position: 'above' }] }, rows, sources)).toThrow(/no point at 2002/);
  });
});

describe('a raised, wrapped annotation', () => {
  test('sits raise px further out, in lines, with a leader back to its point', () => {
    const raised = layoutLines({ ...spec, annotations: [{ series: 'all', at: 2003, text: 'Not found: 2002 and earlier', position: 'above', raise: 40, wrap: 12 }] }, rows, sources);
    const a = raised.annotations[0]!;
    const point = raised.series[0]!.points.find((p) => p.x === 2003)!;
    expect(a.lines).toEqual(['Not found:', '2002 and', 'earlier']);
    // The last line's baseline is 12 px + raise above the point; the leader spans the gap.
    expect(a.y + 2 * 16).toBeCloseTo(point.y - 12 - 40);
    expect(a.leader).toEqual([expect.closeTo(a.y + 32 + 5), expect.closeTo(point.y - 8)]);
    expect(layoutLines(spec, rows, sources).annotations[0]).not.toHaveProperty('leader');
  });
});
