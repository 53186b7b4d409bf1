import { describe, expect, test } from 'vitest';
import { BARS, fillTemplate, layoutBarRows } from './layout';
import type { BarRowsSpec } from './schema';
import type { LayoutRow } from '../shared/rows';
import type { SourceRecord } from '../../lib/charts/types';

const spec: BarRowsSpec = {
  type: 'bar-rows', value: 'value', max: 100, format: 'percent', label: 'q', valueWords: 'response',
  detail: '{pollster}; sample: {n}',
  panels: [
    { key: 'a', label: 'A', colour: 'neutral', match: { topic: ['x'] } },
    { key: 'b', label: 'B', colour: 'supply', match: { topic: ['y'] } },
  ],
};
const sources = new Map<string, SourceRecord>([['s', { source_id: 's', publisher: 'Pollster Inc', title: '', url: '', published: '2023', excerpt: '' }]]);
const row = (topic: string, value: number, extra: Record<string, unknown> = {}): LayoutRow => ({
  topic, value, q: 'Support sending U.S. military personnel to Mexico to fight against drug cartels', response: 'support',
  pollster: 'Ipsos', n: '', qualifier: null, source_id: 's', ...extra,
});

describe('layoutBarRows', () => {
  const layout = layoutBarRows(spec, [row('x', 52), row('x', 29, { qualifier: 'more than' }), row('y', 90, { n: '1009' })], sources, new Map([['a', ['v']]]));
  const [a, b] = layout.panels;

  test('one mark per row, bars on a shared 0–max scale in percent', () => {
    expect(a?.marks.map((m) => m.widthPct)).toEqual([52, 29]);
    expect(b?.marks[0]?.widthPct).toBe(90);
    expect(a?.views).toEqual(['v']);
  });

  test('labels wrap for 320 px, lines go down the page, value carries qualifier and answer words', () => {
    const [first, second] = a?.marks ?? [];
    for (const l of first?.labelLines ?? []) expect(l.text.length).toBeLessThanOrEqual(BARS.labelChars);
    const ys = [...(first?.labelLines ?? []), ...(first?.detailLines ?? []), ...(first?.valueLines ?? [])].map((l) => l.y);
    expect(ys).toEqual([...ys].sort((p, q) => p - q));
    expect(first!.y).toBeGreaterThan(ys.at(-1)!);
    expect(second!.labelLines[0]!.y).toBeGreaterThan(first!.y + first!.height);
    expect(second?.valueLines.map((l) => l.text).join(' ')).toBe('more than 29%: support');
    expect(first?.description).toContain('(Ipsos; sample: not stated): 52%: support.');
  });

  test('templates say "not stated" for empty fields', () => {
    expect(fillTemplate('{a} / {b}', { a: 'x', b: '', qualifier: null, source_id: 's' })).toBe('x / not stated');
  });

  test('a value outside the scale, a row in no panel, or an empty panel fail', () => {
    expect(() => layoutBarRows(spec, [row('x', 120), row('y', 1)], sources)).toThrow(/outside 0–100/);
    expect(() => layoutBarRows(spec, [row('x', 1), row('y', 1), row('z', 1)], sources)).toThrow(/fall in no panel/);
    expect(() => layoutBarRows(spec, [row('x', 1)], sources)).toThrow(/matches no rows/);
  });
});

describe('footnoted details and answers against', () => {
  const noted: BarRowsSpec = { ...spec, detailAs: 'footnote', against: { field: 'response', values: ['oppose'], key: 'Outlined bars: answers against' } };
  const layout = layoutBarRows(noted, [row('x', 52), row('x', 70, { response: 'oppose', n: '1009' }), row('y', 90)], sources);
  const [a, b] = layout.panels;

  test('the detail leaves the label for a numbered footnote under the panel; the description keeps it', () => {
    expect(a?.marks.every((m) => m.detailLines.length === 0)).toBe(true);
    expect(a?.marks[1]?.labelLines.map((l) => l.text).join(' ')).toMatch(/cartels ²$/);
    expect(a?.footnotes.map((f) => f.text)).toEqual(['¹ Ipsos; sample: not stated', '² Ipsos; sample: 1009']);
    expect(a?.footnotes[0]!.y).toBeGreaterThan(a!.marks[1]!.y);
    expect(a?.height).toBeGreaterThan(a!.footnotes[1]!.y);
    expect(a?.marks[1]?.description).toContain('(Ipsos; sample: 1009)');
  });

  test('answers against are flagged, and only their panel shows the key', () => {
    expect(a?.marks.map((m) => m.against ?? false)).toEqual([false, true]);
    expect(a?.againstKey?.text).toBe('Outlined bars: answers against');
    expect(b?.againstKey).toBeNull();
  });

  test('a bar takes its panel\'s colour unless colourBy names its row; a colourBy value that matches no row fails', () => {
    const rows = [row('x', 52), row('x', 29, { q: 'Expand treatment' }), row('y', 90)];
    const by: BarRowsSpec = { ...spec, colourBy: { field: 'q', colours: { 'Expand treatment': 'demand' } } };
    const [a, b] = layoutBarRows(by, rows, sources).panels;
    expect(a?.marks.map((m) => m.colour)).toEqual(['neutral', 'demand']);
    expect(b?.marks.map((m) => m.colour)).toEqual(['supply']);
    expect(() => layoutBarRows({ ...spec, colourBy: { field: 'q', colours: { 'Expand treatmnt': 'demand' } } }, rows, sources))
      .toThrow('colourBy: value "Expand treatmnt" of field "q" matches no row');
  });
});
