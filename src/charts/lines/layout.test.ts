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
  annotations: [{ series: 'all', at: 2003, text: 'peak', position: 'above' }], markers: [],
};
const sources = new Map<string, SourceRecord>([['s', { source_id: 's', publisher: 'CDC', title: '', url: '', published: '2024', excerpt: '' }]]);
const row = (m: string, year: number | string, value: number, status = 'final', qualifier: string | null = null): LayoutRow =>
  ({ m, year, value, status, qualifier, source_id: 's' });
const rows = [row('all', 2000, 10), row('all', 2001, 20), row('all', 2003, 40), row('all', 2004, 30), row('syn', 2008, 5), row('syn', 2009, 8), row('syn', 2010, 4, 'prov')];

describe('layoutLines', () => {
  const layout = layoutLines(spec, rows, sources).panels[0]!;
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
    const raised = layoutLines({ ...spec, annotations: [{ series: 'all', at: 2003, text: 'Not found: 2002 and earlier', position: 'above', raise: 40, wrap: 12 }] }, rows, sources).panels[0]!;
    const a = raised.annotations[0]!;
    const point = raised.series[0]!.points.find((p) => p.x === 2003)!;
    expect(a.lines).toEqual(['Not found:', '2002 and', 'earlier']);
    // The last line's baseline is 12 px + raise above the point; the leader spans the gap.
    expect(a.y + 2 * 16).toBeCloseTo(point.y - 12 - 40);
    expect(a.leader).toEqual([expect.closeTo(a.y + 32 + 5), expect.closeTo(point.y - 8)]);
    expect(layoutLines(spec, rows, sources).panels[0]!.annotations[0]).not.toHaveProperty('leader');
  });
});

describe('views, end labels and narrow ticks', () => {
  // Every year present (a continuous line, as when the missing years are added) and a final year
  // where the two lines end close together: the end labels must still not overlap.
  const years = Array.from({ length: 26 }, (_, i) => 1999 + i);
  const full = [
    ...years.map((y) => row('all', y, y === 2024 ? 2000 : 1000 + (y - 1999) * 100)),
    ...years.map((y) => row('syn', y, y === 2024 ? 1900 : 500 + (y - 1999) * 50, y === 2024 ? 'prov' : 'final')),
  ];
  const endSpec: LinesSpec = {
    ...spec, xDomain: [1999, 2024], xTicks: [1999, 2004, 2009, 2014, 2019, 2024], xTicksNarrow: [1999, 2009, 2019, 2024],
    series: [
      { ...spec.series[0]!, labelAt: 'end', label: 'All drugs' },
      { ...spec.series[1]!, labelAt: 'end', label: 'Synthetic opioids', labelWrap: 10 },
    ],
    annotations: [],
    markers: [{ key: 'notes', from: 'two-readings', reading: 'supply' }],
  };
  const notes = new Map([['two-readings', new Map([['supply', { colour: 'supply', notes: [2013, 2016, 2019, 2021, 2022, 2023, 2023, 2024, 2025].map((x) => ({ x, text: `In ${x}`, source_id: 's' })) }]])]]);
  const context = { views: [{ name: 'all', parts: ['all', 'syn'] }, { name: 'syn', parts: ['syn'] }, { name: 'supply', parts: ['all', 'syn', 'notes'] }], notes };
  const layout = layoutLines(endSpec, full, sources, { context });
  const [both, alone, reading] = layout.panels;

  test('one plot per view, each with its own series and y scale', () => {
    expect(layout.panels.map((p) => [p.key, p.views, p.series.map((s) => s.key)])).toEqual([
      ['all', ['all'], ['all', 'syn']], ['syn', ['syn'], ['syn']], ['supply', ['supply'], ['all', 'syn']],
    ]);
    expect(alone!.yDomain[1]).toBeLessThan(both!.yDomain[1]);
    expect(alone!.series[0]!.points.at(-1)!.id).toBe('syn-syn-2024');
    expect(both!.series[0]!.points[0]!.id).toBe('all-1999');
  });

  test('a continuous line is one path; end labels sit right of the last point, in a reserved margin', () => {
    expect(both!.series[0]!.path.match(/M/g)).toHaveLength(1);
    expect(both!.labelMargin).toBeGreaterThan(60);
    expect(both!.labelMargin).toBeLessThan(110);
    for (const s of both!.series) expect(s).toMatchObject({ labelAnchor: 'start', labelXPct: s.points.at(-1)!.xPct, labelDx: 8 });
    expect(both!.series[1]!.labelLines).toEqual(['Synthetic', 'opioids']);
  });

  test('end labels close together are nudged apart, never overlapping', () => {
    const [a, b] = both!.series;
    const blocks = [a!, b!].map((s) => ({ top: s.labelY - 11, bottom: s.labelY + ((s.labelLines?.length ?? 1) - 1) * 16 + 3 })).sort((x, y) => x.top - y.top);
    expect(blocks[1]!.top).toBeGreaterThanOrEqual(blocks[0]!.bottom);
    for (const s of [a!, b!]) expect(s.labelY).toBeLessThanOrEqual(both!.baseline);
  });

  test('narrow ticks: five-year ticks only on wide charts', () => {
    expect(both!.xTicks.map((t) => [t.label, t.only ?? 'both'])).toEqual([
      ['1999', 'both'], ['2004', 'wide'], ['2009', 'both'], ['2014', 'wide'], ['2019', 'both'], ['2024', 'both'],
    ]);
  });

  test('the reading view: its markers in rows that never touch on a 320 px chart, room above the plot, notes in words', () => {
    const m = reading!.markers!;
    expect(m.colour).toBe('supply');
    expect(m.markers.map((x) => x.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const px = (pct: number) => (pct / 100) * (320 - reading!.labelMargin);
    for (const [i, a] of m.markers.entries()) {
      for (const b of m.markers.slice(i + 1)) if (a.y === b.y) expect(Math.abs(px(a.xPct) - px(b.xPct))).toBeGreaterThanOrEqual(22);
    }
    expect(reading!.plot.top).toBeGreaterThan(Math.max(...m.markers.map((x) => x.y)) + 10);
    expect(m.markers.at(-1)!.xPct).toBe(reading!.plot.right);
    expect(m.notes.at(-1)!.when).toBe('2025 (after 2024, shown at the right edge):');
    expect(both!.markers).toBeUndefined();
  });

  test('a marker layer naming a reading that does not exist fails with its field', () => {
    expect(() => layoutLines({ ...endSpec, markers: [{ key: 'notes', from: 'two-readings', reading: 'suply' }] }, full, sources, { context }))
      .toThrow(/graphic\.markers\[0\]\.reading: content\/story\/two-readings\.yaml has no reading "suply" \(did you mean "supply"\?\)/);
  });
});
