import { describe, expect, test } from 'vitest';
import { everyThird, narrowLine } from './line-geometry';
import { pctToX, pxToY, xToPct, yToPx } from '../../charts/lines/scale';
import type { ChartBundle } from '../charts/build';
import type { LinesSpec } from '../../charts/lines/schema';

const graphic: LinesSpec = {
  type: 'lines', x: 'year', value: 'value', xDomain: [1999, 2024], xTicks: [1999, 2024], format: 'integer', maxGap: 1,
  provisional: { field: 'status', values: ['prov'], label: 'provisional count' },
  series: [{ key: 'all', label: 'All drugs', unitLabel: 'deaths', match: { m: ['all'] }, colour: 'neutral', labelAt: 1999, labelPosition: 'left' }],
  annotations: [{ series: 'all', at: 1999, text: 'start', position: 'above' }], markers: [],
};
const row = (year: string, value: number, status = 'final') => ({ m: 'all', year, value, status, qualifier: null, source_id: 's' });
const chart = {
  id: 'deaths',
  spec: { graphic } as ChartBundle['spec'],
  table: { columns: [], rows: [row('1999', 1), row('2015', 52404), row('2016', 63632), row('2018', 67367), row('2019', 70630), row('2019', 72000, 'prov'), row('2022', 107941), row('2025 (12 mo)', 1)] },
};
const sources = new Map([['s', { source_id: 's', publisher: 'CDC', title: '', url: '', published: '2024', excerpt: '' }]]);

describe('the story line is the chart narrowed', () => {
  const layout = narrowLine(chart, sources, { series: 'all', from: 2015, to: 2022, label: 'Actual' }).panels[0]!;
  const points = layout.series[0]!.points;

  test('final points of the series in the years asked, nothing provisional or outside', () => {
    expect(points.map((p) => p.x)).toEqual([2015, 2016, 2018, 2019, 2022]);
    expect(points.some((p) => p.provisional)).toBe(false);
    expect(layout.annotations).toEqual([]);
  });

  test('labelled beside its last point, ticks every third year and the last', () => {
    expect(layout.series[0]).toMatchObject({ label: 'Actual', labelXPct: points.at(-1)!.xPct });
    expect(layout.xTicks.map((t) => t.label)).toEqual(['2015', '2018', '2021', '2022']);
    expect(everyThird(2015, 2024)).toEqual([2015, 2018, 2021, 2024]);
  });

  test('gridlines cover the maximum with round steps (d3 nice ticks, not a hand-written rule)', () => {
    const values = layout.gridlines.map((g) => Number(g.label.replace(/,/g, '')));
    expect(values[0]).toBe(0);
    expect(layout.yDomain[1]).toBeGreaterThanOrEqual(107941);
    expect(new Set(values.slice(1).map((v, i) => v - values[i]!)).size).toBe(1);
  });

  test('the line never bridges a missing year', () => {
    expect(layout.series[0]!.path.match(/M/g)).toHaveLength(2); // 2015–2016 and 2018–2019; 2022 stands alone (a dot, no line)
  });

  test('value ↔ position with two linear functions: x pinned at the edges, y grows downward', () => {
    expect(xToPct(layout, 2015)).toBe(layout.plot.left);
    expect(xToPct(layout, 2022)).toBe(layout.plot.right);
    expect(xToPct(layout, 2013)).toBe(layout.plot.left);
    expect(xToPct(layout, 2030)).toBe(layout.plot.right);
    expect(yToPx(layout, 0)).toBe(layout.plot.bottom);
    expect(yToPx(layout, layout.yDomain[1])).toBe(layout.plot.top);
    expect(pctToX(layout, xToPct(layout, 2019))).toBeCloseTo(2019);
    expect(pxToY(layout, yToPx(layout, 70630))).toBeCloseTo(70630);
    expect(yToPx(layout, 70630)).toBeCloseTo(points[3]!.y, 1);
  });

  test('a single year, another chart type or an unknown series is refused', () => {
    expect(() => narrowLine(chart, sources, { series: 'all', from: 2015, to: 2015, label: 'x' })).toThrow(/two years/);
    expect(() => narrowLine(chart, sources, { series: 'nope', from: 2015, to: 2022, label: 'x' })).toThrow(/no series/);
    expect(() => narrowLine({ ...chart, spec: { graphic: { type: 'timeline' } } as unknown as ChartBundle['spec'] }, sources, { series: 'all', from: 2015, to: 2022, label: 'x' })).toThrow(/not a line chart/);
  });
});
