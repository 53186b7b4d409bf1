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
  series: [{ key: 'all', label: 'All drugs', unitLabel: 'deaths', match: { m: ['all'] }, colour: 'neutral', labelAt: 2020, labelPosition: 'above' }],
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
    expect(marks[2]?.getAttribute('aria-label')).toBe('All drugs, 2022: 80,391 deaths (provisional count).');
    expect(marks[2]?.getAttribute('class')).toContain('hollow');
    expect(doc.querySelector('.key')?.textContent).toContain('provisional count');
  });

  test('x positions are percentages (no D3 needed in the browser) and a live region exists', () => {
    expect(doc.querySelectorAll('circle').every((c) => c.getAttribute('cx')?.endsWith('%'))).toBe(true);
    expect(doc.querySelector('[aria-live="polite"]')?.textContent).toBe('');
  });
});

describe('Lines with the story layers (guesses, markers), not navigable', () => {
  const story = layoutLines({ ...spec, xDomain: [2015, 2018], xTicks: [2015, 2018], series: spec.series.map((x) => ({ ...x, labelAt: 2018 })) }, [
    { m: 'all', year: 2015, value: 100, qualifier: null, source_id: 's' },
    { m: 'all', year: 2016, value: 200, qualifier: null, source_id: 's' },
    { m: 'all', year: 2018, value: 300, qualifier: null, source_id: 's' },
  ], new Map(), new Map(), { height: 300, top: 60 });
  const doc = parse(render(LineChart, {
    props: {
      id: 'lc', title: 'Deaths', summary: 'A line.', source: 'CDC', layout: story, navigable: false,
      guesses: [{ x: 2015, value: 100 }, { x: 2018, value: 150 }, { x: 2017, value: 1e6 }], guessLabel: 'Your guess',
      markers: [{ x: 2013, label: '1' }, { x: 2016, label: '2' }, { x: 2016, label: '3' }],
    },
  }).body);

  test('is an image named by its title and described, with no focusable marks', () => {
    const svg = doc.querySelector('svg.plot');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(doc.getElementById(svg?.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('Deaths');
    expect(doc.getElementById(svg?.getAttribute('aria-describedby') ?? '')?.textContent).toBe('A line.');
    expect(doc.querySelectorAll('[data-mark], [tabindex]')).toHaveLength(0);
  });

  test('the real line skips the missing year; the guesses are joined, and one above the top is pinned with an arrow', () => {
    expect(doc.querySelector('svg.lines path')?.getAttribute('d')?.match(/M/g)).toHaveLength(1);
    expect(doc.querySelectorAll('circle.point')).toHaveLength(3);
    expect(doc.querySelectorAll('line.guess')).toHaveLength(2);
    expect(doc.querySelector('.guess-label')?.textContent).toBe('Your guess');
    const pinned = doc.querySelectorAll('circle.guess-dot').find((c) => c.getAttribute('cy') === String(story.plot.top));
    expect(pinned).toBeDefined();
    expect(doc.querySelectorAll('.off-scale')).toHaveLength(1);
  });

  test('markers outside the years are pinned to the edge; same-year markers stack', () => {
    const markers = doc.querySelectorAll('circle.marker');
    expect(markers[0]?.getAttribute('cx')).toBe(`${story.plot.left}%`);
    expect(markers[1]?.getAttribute('cx')).toBe(markers[2]?.getAttribute('cx'));
    expect(Number(markers[2]?.getAttribute('cy'))).toBeGreaterThan(Number(markers[1]?.getAttribute('cy')));
  });
});
