import { describe, expect, test } from 'vitest';
import { layoutColumnPanels, PANEL, LayoutError, wrapWords, type LayoutRow } from './layout';
import type { ColumnPanelsSpec } from './schema';
import type { SourceRecord } from '../../lib/charts/types';
import { LIFT_WIDTHS } from './types';

const spec: ColumnPanelsSpec = {
  type: 'column-panels', categoryLabels: {}, value: 'value',
  x: 'year',
  categories: [2021, 2022, 2023],
  panelBy: 'metric',
  panels: [
    { key: 'pills', label: 'Pills', colour: 'neutral', unitLabel: 'pills', format: 'compact', targets: [], missing: [] },
    { key: 'powder', label: 'Powder', colour: 'neutral', unitLabel: 'pounds', format: 'integer', targets: [], missing: [{ category: 2021, label: 'No comparable figure' }] },
  ],
};
const row = (year: number, metric: string, value: number, qualifier: string | null = null): LayoutRow =>
  ({ year, metric, value, qualifier, source_id: 'src' });
const sources = new Map<string, SourceRecord>([['src', { source_id: 'src', publisher: 'DEA', title: 't', url: '', published: '2022', excerpt: '' }]]);
const rows = [row(2021, 'pills', 20e6, 'more than'), row(2022, 'pills', 50.6e6, 'more than'), row(2023, 'pills', 77e6), row(2022, 'powder', 10000), row(2023, 'powder', 12000, 'nearly')];

describe('layoutColumnPanels', () => {
  const layout = layoutColumnPanels(spec, rows, sources);
  const [pills, powder] = layout.panels;

  test('one panel per spec panel, marks only where there is a row', () => {
    expect(layout.panels.map((p) => p.key)).toEqual(['pills', 'powder']);
    expect(pills?.marks.map((m) => m.category)).toEqual(['2021', '2022', '2023']);
    expect(powder?.marks.map((m) => m.category)).toEqual(['2022', '2023']);
    expect(powder?.missing).toEqual([expect.objectContaining({ category: '2021', label: 'No comparable figure' })]);
  });

  test('heights are proportional to values from a zero baseline', () => {
    const h = (id: string) => pills?.marks.find((m) => m.id === id)?.height ?? NaN;
    expect(h('pills-2023')).toBeCloseTo(PANEL.height - PANEL.bottom - PANEL.top);
    expect(h('pills-2022') / h('pills-2023')).toBeCloseTo(50.6 / 77, 10);
    for (const m of pills?.marks ?? []) expect(m.y + m.height).toBeCloseTo(PANEL.height - PANEL.bottom);
  });

  test('x positions are percentages inside 0–100 and do not overlap', () => {
    const marks = pills?.marks ?? [];
    for (const m of marks) {
      expect(m.xPct).toBeGreaterThanOrEqual(0);
      expect(m.xPct + m.widthPct).toBeLessThanOrEqual(100);
    }
    for (let i = 1; i < marks.length; i++) expect(marks[i]!.xPct).toBeGreaterThan(marks[i - 1]!.xPct + marks[i - 1]!.widthPct);
  });

  test('labels keep the qualifier and never round', () => {
    const m = pills?.marks.find((x) => x.id === 'pills-2022');
    expect(m).toMatchObject({ qualifierText: 'more than', valueText: '50.6M', sourceLine: 'Source: DEA.' });
    expect(m?.description).toBe('Pills, 2022: more than 50.6 million pills.');
    expect(powder?.marks.find((x) => x.id === 'powder-2023')?.description).toBe('Powder, 2023: nearly 12,000 pounds.');
  });

  test('two rows for one column, or a row outside the categories, are errors', () => {
    expect(() => layoutColumnPanels(spec, [...rows, row(2022, 'pills', 1)], sources)).toThrow(LayoutError);
    expect(() => layoutColumnPanels(spec, [...rows, row(2030, 'pills', 1)], sources)).toThrow(/not in the panel's categories/);
    expect(() => layoutColumnPanels(spec, [...rows, row(2021, 'powder', 1)], sources)).toThrow(/marked missing but has a row/);
  });
});

describe('panels chosen by match, own categories, shared scales', () => {
  const matched: ColumnPanelsSpec = {
    type: 'column-panels', categoryLabels: { '2025': 'FY2025' }, value: 'value', x: 'year', categories: [2024, 2025],
    panels: [
      { key: 'a', label: 'A', unitLabel: 'lb', format: 'integer', targets: [], missing: [], match: { metric: ['pills'] }, scaleGroup: 'g', colour: 'neutral' },
      { key: 'b', label: 'B', unitLabel: 'lb', format: 'integer', targets: [], missing: [], match: { metric: ['powder'] }, x: 'part', categories: ['ports', 'patrol'], categoryLabels: { ports: 'Ports of entry' }, scaleGroup: 'g', colour: 'demand' },
    ],
  };
  const r = (metric: string, value: number | string, extra: Record<string, unknown>): LayoutRow => ({ metric, value, qualifier: null, source_id: 'src', ...extra });
  const rows2 = [r('pills', 100, { year: 2024 }), r('pills', '50', { year: 2025 }), r('powder', 200, { part: 'ports' }), r('powder', 20, { part: 'patrol' })];
  const layout = layoutColumnPanels(matched, rows2, sources, new Map([['a', ['v1']], ['b', ['v1', 'v2']]]));

  test('per-panel x, categories and labels; numeric text accepted; views and colour carried', () => {
    const [a, b] = layout.panels;
    expect(a?.marks.map((m) => m.category)).toEqual(['2024', 'FY2025']);
    expect(a?.marks[1]?.description).toBe('A, FY2025: 50 lb.');
    expect(b?.categories.map((c) => c.label)).toEqual(['Ports of entry', 'patrol']);
    expect(b?.views).toEqual(['v1', 'v2']);
    expect(a?.colour).toBe('neutral');
    expect(b?.colour).toBe('demand');
  });

  test('panels in one scale group share the y scale', () => {
    const h = (p: number, i: number) => layout.panels[p]?.marks[i]?.height ?? NaN;
    expect(h(1, 0)).toBeCloseTo(PANEL.height - PANEL.bottom - PANEL.top);
    expect(h(0, 0) / h(1, 0)).toBeCloseTo(0.5, 10);
  });

  test('a row in no panel, a row in two panels, or a non-numeric value fails', () => {
    expect(() => layoutColumnPanels(matched, [...rows2, r('other', 1, { year: 2024 })], sources)).toThrow(/fall in no panel/);
    const overlapping = { ...matched, panels: matched.panels.map((p) => ({ ...p, match: { metric: ['pills', 'powder'] } })) };
    expect(() => layoutColumnPanels(overlapping, rows2, sources)).toThrow(/more than one panel/);
    expect(() => layoutColumnPanels(matched, [r('pills', '1-2', { year: 2024 })], sources)).toThrow(/must be a number/);
  });

  test('labels wrap into lines that fit a narrow column', () => {
    expect(wrapWords('Domestic law enforcement', 11)).toEqual(['Domestic', 'law', 'enforcement']);
    expect(wrapWords('Ports of entry', 11)).toEqual(['Ports of', 'entry']);
  });
});

describe('targets', () => {
  test('a target category is marked so it is drawn as an outline, not a measurement', () => {
    const t: ColumnPanelsSpec = {
      type: 'column-panels', x: 'p', categories: ['FY2024', 'by FY2026'], categoryLabels: {}, value: 'value',
      panels: [{ key: 'a', label: 'Scanned', colour: 'neutral', unitLabel: 'of cars', format: 'percent', targets: ['by FY2026'], missing: [] }],
    };
    const layout = layoutColumnPanels(t, [
      { p: 'FY2024', value: 8, qualifier: null, source_id: 'src' },
      { p: 'by FY2026', value: 40, qualifier: null, source_id: 'src' },
    ], sources);
    expect(layout.panels[0]?.marks.map((m) => m.target)).toEqual([false, true]);
  });
});

describe('narrow-screen labels and a 0–100% frame', () => {
  const years = ['FY18', 'FY19', 'FY20', 'FY21', 'FY22', 'FY23', 'FY24', 'FY25'];
  const eight: ColumnPanelsSpec = {
    type: 'column-panels', x: 'fy', categories: years, categoryLabels: {}, value: 'value',
    panels: [{ key: 'lb', label: 'Pounds', colour: 'neutral', unitLabel: 'lb', format: 'integer', targets: [], missing: [{ category: 'FY25', label: 'Not found' }] }],
  };
  const values = [2283, 2801, 4776, 11201, 14700, 27023, 21889];
  const layout = layoutColumnPanels(eight, values.map((value, i) => ({ fy: years[i], value, qualifier: null, source_id: 'src' })), sources);
  const panel = layout.panels[0]!;

  test('a value label that would touch its left neighbour\'s at 320 px is raised above it', () => {
    const [a, b] = panel.marks;
    expect(a!.lift).toBe(0);
    // FY19 is barely taller than FY18: its label would sit beside FY18's, so it goes up.
    expect(b!.y - b!.lift).toBeLessThan(a!.y - a!.lift - 12);
    // A much taller neighbour needs no lift.
    expect(panel.marks.find((m) => m.category === 'FY21')?.lift).toBe(0);
  });

  test('wider, where the columns are further apart, the lift shrinks to nothing (ColumnMark.liftAt per LIFT_WIDTHS)', () => {
    const [, b, c] = panel.marks;
    expect(b!.lift).toBeGreaterThan(0);
    expect(b!.liftAt).toHaveLength(LIFT_WIDTHS.length);
    // Never more than at 320 px, never growing with the width; none at 800 px for eight years.
    for (const m of panel.marks) {
      expect(Math.max(...m.liftAt)).toBeLessThanOrEqual(m.lift);
      expect([...m.liftAt].sort((x, y) => y - x)).toEqual(m.liftAt);
    }
    expect(b!.liftAt.at(-1)).toBe(0);
    expect(c!.liftAt.at(-1)).toBe(0);
  });

  test('a no-data note wraps to its column and anchors inward at the edge', () => {
    expect(panel.missing[0]).toMatchObject({ lines: ['Not', 'found'], anchor: 'end' });
    expect(panel.missing[0]!.xPct).toBeLessThanOrEqual(100);
    expect(panel.ceiling).toBeNull();
  });

  test('max: 100 fixes the scale and draws a labelled 100% line', () => {
    const share: ColumnPanelsSpec = { ...eight, categories: ['FY18'], panels: [{ ...eight.panels[0]!, format: 'percent', max: 100, missing: [] }] };
    const p = layoutColumnPanels(share, [{ fy: 'FY18', value: 25, qualifier: null, source_id: 'src' }], sources).panels[0]!;
    expect(p.ceiling).toEqual({ y: PANEL.top, label: '100%' });
    expect(p.marks[0]!.height).toBeCloseTo((PANEL.height - PANEL.bottom - PANEL.top) / 4);
  });
});
