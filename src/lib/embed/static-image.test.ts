import { describe, expect, test } from 'vitest';
import { chartImageSvg, IMAGE_WIDTH, wrap } from './static-image';
import type { ColumnPanelsLayout } from '../charts/types';

const layout: ColumnPanelsLayout = {
  type: 'column-panels',
  panels: [{
    key: 'pills', label: 'Pills <seized>', series: 1, height: 260, baseline: 230,
    marks: [{ id: 'pills-2021', category: '2021', xPct: 5, widthPct: 20, y: 100, height: 130, qualifierText: 'more than', valueText: '20M', description: 'd', sourceText: 's' }],
    missing: [{ category: '2020', centerPct: 80, label: 'No comparable figure' }],
    categories: [{ label: '2021', centerPct: 15 }, { label: '2020', centerPct: 80 }],
  }],
};

describe('chartImageSvg', () => {
  test('draws title, marks with their qualifiers, categories, source and link, escaped', () => {
    const image = chartImageSvg({ title: 'Seizures & more', source: 'DEA', pageUrl: 'https://site.example/charts/x/', layout });
    expect(image?.width).toBe(IMAGE_WIDTH);
    expect(image?.height).toBeGreaterThan(400);
    const svg = image?.svg ?? '';
    expect(svg).toContain('>Seizures &amp; more<');
    expect(svg).toContain('>Pills &lt;seized&gt;<');
    expect(svg).toContain('>more than<');
    expect(svg).toContain('>20M<');
    expect(svg).toContain('>2021<');
    expect(svg).toContain('>Source: DEA.<');
    expect(svg).toContain('https://site.example/charts/x/');
    expect(svg.match(/<rect /g)).toHaveLength(2); // background + one column
    expect(svg).not.toMatch(/\s(class|style)=/);
  });

  test('gives no image for a chart type it does not draw', () => {
    expect(chartImageSvg({ title: 't', source: 's', pageUrl: 'u', layout: { type: 'line' } })).toBeNull();
  });
});

test('wrap keeps words whole and lines short', () => {
  const lines = wrap('one two three four five six seven eight nine ten', 20, 120);
  expect(lines.join(' ')).toBe('one two three four five six seven eight nine ten');
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(120 / (20 * 0.55)));
});
