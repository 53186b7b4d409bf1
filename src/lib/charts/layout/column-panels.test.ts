import { describe, expect, test } from 'vitest';
import { layoutColumnPanels, PANEL, LayoutError, type LayoutRow } from './column-panels';
import type { ColumnPanelsSpec } from '../spec';
import type { SourceRecord } from '../types';

const spec: ColumnPanelsSpec = {
  type: 'column-panels',
  x: 'year',
  categories: [2021, 2022, 2023],
  panelBy: 'metric',
  panels: [
    { key: 'pills', label: 'Pills', unitLabel: 'pills', format: 'compact', missing: [] },
    { key: 'powder', label: 'Powder', unitLabel: 'pounds', format: 'integer', missing: [{ category: 2021, label: 'No comparable figure' }] },
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
    expect(m).toMatchObject({ qualifierText: 'more than', valueText: '50.6M', sourceText: 'DEA' });
    expect(m?.description).toBe('Pills, 2022: more than 50.6 million pills.');
    expect(powder?.marks.find((x) => x.id === 'powder-2023')?.description).toBe('Powder, 2023: nearly 12,000 pounds.');
  });

  test('two rows for one column, or a row outside the categories, are errors', () => {
    expect(() => layoutColumnPanels(spec, [...rows, row(2022, 'pills', 1)], sources)).toThrow(LayoutError);
    expect(() => layoutColumnPanels(spec, [...rows, row(2030, 'pills', 1)], sources)).toThrow(/not in graphic.categories/);
    expect(() => layoutColumnPanels(spec, [...rows, row(2021, 'powder', 1)], sources)).toThrow(/marked missing but has a row/);
  });
});
