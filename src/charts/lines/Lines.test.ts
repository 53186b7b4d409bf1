/** Server render of the line chart: complete, accessible SVG before any JS. */
import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import { parse } from 'node-html-parser';
import LineChart from './Lines.svelte';
import { layoutLines } from './layout';
import type { LinesSpec } from './schema';

const spec: LinesSpec = {
  type: 'lines', x: 'year', value: 'value', xDomain: [2020, 2022], xTicks: [2020, 2022], format: 'integer', maxGap: 1,
  provisional: { field: 'status', values: ['prov'], label: 'provisional count' },
  series: [{ key: 'all', label: 'All drugs', unitLabel: 'deaths', match: { m: ['all'] }, series: 1, labelAt: 2020, labelPosition: 'above' }],
  annotations: [],
};
const layout = layoutLines(spec, [
  { m: 'all', year: 2020, value: 91799, status: 'final', qualifier: null, source_id: 's' },
  { m: 'all', year: 2021, value: 106699, status: 'final', qualifier: null, source_id: 's' },
  { m: 'all', year: 2022, value: 80391, status: 'prov', qualifier: null, source_id: 's' },
], new Map([['s', { source_id: 's', publisher: 'CDC', title: '', url: '', published: '2024', excerpt: '' }]]));

describe('LineChart server render', () => {
  const doc = parse(render(LineChart, { props: { id: 'od', title: 'Deaths', summary: 'They fell.', source: 'CDC', layout } }).body);

  test('one named group SVG with a description; the path SVG inside is stretched and hidden', () => {
    const outer = doc.querySelector('svg.plot');
    expect(outer?.getAttribute('role')).toBe('group');
    expect(doc.getElementById('od-l-title')?.textContent).toBe('Deaths');
    expect(doc.getElementById('od-l-desc')?.textContent).toBe('They fell.');
    const inner = outer?.querySelector('svg.lines');
    expect(inner?.getAttribute('preserveAspectRatio')).toBe('none');
    expect(inner?.getAttribute('aria-hidden')).toBe('true');
    expect(inner?.querySelector('path')?.getAttribute('vector-effect')).toBe('non-scaling-stroke');
  });

  test('points are focusable marks with one tab stop and full labels; provisional is marked in words', () => {
    const marks = doc.querySelectorAll('[data-mark]');
    expect(marks).toHaveLength(3);
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(marks[2]?.getAttribute('aria-label')).toBe('All drugs, 2022: 80,391 deaths (provisional count). Source: CDC.');
    expect(marks[2]?.getAttribute('class')).toContain('hollow');
    expect(doc.querySelector('.key')?.textContent).toContain('provisional count');
  });

  test('x positions are percentages (no D3 needed in the browser) and a live region exists', () => {
    expect(doc.querySelectorAll('circle').every((c) => c.getAttribute('cx')?.endsWith('%'))).toBe(true);
    expect(doc.querySelector('[aria-live="polite"]')?.textContent).toBe('');
  });
});
