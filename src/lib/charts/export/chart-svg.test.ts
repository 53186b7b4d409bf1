import { describe, expect, test } from 'vitest';
import { chartSvg, CARD } from './chart-svg';
import { svgToPng } from './png';
import { layoutColumnPanels } from '../../../charts/column-panels/layout';
import type { ColumnPanelsSpec } from '../spec';

const spec: ColumnPanelsSpec = {
  type: 'column-panels', x: 'year', categories: [2021, 2022], categoryLabels: {}, value: 'value',
  panels: [
    { key: 'a', label: 'Pills', unitLabel: 'pills', format: 'compact', targets: [], missing: [], match: { m: ['a'] }, colour: 'demand' },
    { key: 'b', label: 'Powder', unitLabel: 'lb', format: 'integer', targets: [], missing: [], match: { m: ['b'] }, colour: 'neutral' },
  ],
};
const layout = layoutColumnPanels(spec, [
  { m: 'a', year: 2021, value: 20e6, qualifier: 'more than', source_id: 's' },
  { m: 'b', year: 2022, value: 10000, qualifier: null, source_id: 's' },
], new Map(), new Map([['a', ['pills']], ['b', ['both']]]));
const input = { title: 'Seizures <rose> & "fell"', source: 'DEA', site: 'Site', url: 'https://x.example/charts/x/', layout, view: null };

describe('chart export SVG', () => {
  const svg = chartSvg(input);

  test('standalone 1200 × 630 with title, escaped text, source and URL', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
    // Escaped by Svelte's renderer: `<`, `&` and (in attributes) `"` become entities; `>` is legal XML as is.
    expect(svg).toContain('aria-label="Seizures &lt;rose> &amp; &quot;fell&quot;"');
    expect(svg).not.toMatch(/<rose|& /);
    expect(svg).toContain('Source: DEA.');
    expect(svg).toContain('https://x.example/charts/x/');
    expect(svg).toContain('>more than<');
  });

  test('presentation attributes only: no class or style attributes, no CSS variables', () => {
    expect(svg).not.toMatch(/\sclass=|\sstyle=|var\(--/);
  });

  test('the chart inside is the component itself: its text sizes, the palette hex colours, px positions', () => {
    expect(svg).toMatch(/<text[^>]*font-size="14" font-weight="700" fill="#1a1a1a"[^>]*>20M<\/text>/);
    expect(svg).toContain('fill="#0072b2"');
    expect(svg).toMatch(/<g transform="translate\(40 \d+\) scale\([\d.]+\)">/);
    expect(svg).not.toMatch(/="[\d.]+%"/);
  });

  test('a view draws only its panels', () => {
    const one = chartSvg({ ...input, view: 'pills' });
    expect(one).toContain('Pills');
    expect(one).not.toContain('>Powder<');
  });

  test('resvg renders it to a PNG of the card size with the shipped fonts', () => {
    const png = svgToPng(svg);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(CARD.width);
    expect(png.readUInt32BE(20)).toBe(CARD.height);
  });
});
