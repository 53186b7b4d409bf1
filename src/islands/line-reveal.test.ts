import { expect, test } from 'vitest';
import { lineUpTo } from './line-reveal';
import type { LinePlot } from '../charts/lines/types';

const pt = (x: number, xPct: number, y: number) => ({ id: `a-${x}`, x, xPct, y, provisional: false, description: '', sourceLine: '' });
const layout = {
  height: 200, baseline: 170, labelMargin: 0, plot: { left: 0, right: 100, top: 20, bottom: 170 }, xDomain: [2015, 2017], yDomain: [0, 10],
  series: [{ key: 'a', label: 'Actual', colour: 'neutral', path: 'M0 100 L50 50 L100 150', points: [pt(2015, 0, 100), pt(2016, 50, 50), pt(2017, 100, 150)], labelXPct: 100, labelY: 140, labelDx: 0, labelAnchor: 'end' }],
  gridlines: [], xTicks: [], annotations: [],
} satisfies LinePlot;

test('the line stops at a year; its label waits for the labelled point', () => {
  const cut = lineUpTo(layout, 2016);
  expect(cut.series[0]!.points.map((p) => p.x)).toEqual([2015, 2016]);
  expect(cut.series[0]!.path).toBe('M0 100 L50 50');
  expect(cut.series[0]!.label).toBe('');
});
test('a fractional year ends the path between two points', () => {
  expect(lineUpTo(layout, 2016.5).series[0]!.path).toBe('M0 100 L50 50 L75 100');
});
test('the whole line is the whole line, label included', () => {
  const all = lineUpTo(layout, 2017);
  expect(all.series[0]!.path).toBe('M0 100 L50 50 L100 150');
  expect(all.series[0]!.label).toBe('Actual');
});
