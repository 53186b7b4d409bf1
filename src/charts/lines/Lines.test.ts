/** Server render of the line chart: complete, accessible SVG before any JS. */
import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import { parse } from 'node-html-parser';
import LineChart from './Lines.svelte';
import { layoutLines } from './layout';
import { layoutMarkers } from './markers';
import Guesses from './layers/Guesses.svg.svelte';
import { palette } from '../shared/palette';
import type { LinesSpec } from './schema';

const spec: LinesSpec = {
  type: 'lines', x: 'year', value: 'value', xDomain: [2020, 2022], xTicks: [2020, 2022], format: 'integer', maxGap: 1,
  provisional: { field: 'status', values: ['prov'], label: 'provisional count' },
  series: [{ key: 'all', label: 'All drugs', unitLabel: 'deaths', match: { m: ['all'] }, colour: 'neutral', labelAt: 2020, labelPosition: 'above' }],
  annotations: [], markers: [],
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
  const sources = new Map([['s', { source_id: 's', publisher: 'CDC', title: '', url: '', published: '2024', excerpt: '' }]]);
  const story = layoutLines({ ...spec, xDomain: [2015, 2018], xTicks: [2015, 2018], series: spec.series.map((x) => ({ ...x, labelAt: 2018 })) }, [
    { m: 'all', year: 2015, value: 100, qualifier: null, source_id: 's' },
    { m: 'all', year: 2016, value: 200, qualifier: null, source_id: 's' },
    { m: 'all', year: 2018, value: 300, qualifier: null, source_id: 's' },
  ], new Map(), { height: 300, top: 60 });
  const plot = story.panels[0]!;
  const layer = layoutMarkers(plot, 'supply', [{ x: 2013, text: 'Before', source_id: 's' }, { x: 2016, text: 'A', source_id: 's' }, { x: 2016, text: 'B', source_id: 's' }], sources);
  const doc = parse(render(LineChart, {
    props: { id: 'lc', title: 'Deaths', summary: 'A line.', source: 'CDC', layout: { ...story, panels: [{ ...plot, markers: layer }] }, navigable: false },
  }).body);

  test('is an image named by its title and described, with no focusable marks', () => {
    const svg = doc.querySelector('svg.plot');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(doc.getElementById(svg?.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('Deaths');
    expect(doc.getElementById(svg?.getAttribute('aria-describedby') ?? '')?.textContent).toBe('A line.');
    expect(doc.querySelectorAll('[data-mark], [tabindex]')).toHaveLength(0);
  });

  test('the real line skips the missing year', () => {
    expect(doc.querySelector('svg.lines path')?.getAttribute('d')?.match(/M/g)).toHaveLength(1);
    expect(doc.querySelectorAll('circle.point')).toHaveLength(3);
  });

  test('the guesses layer: joined, labelled, and one above the top is pinned with an arrow', () => {
    const g = parse(render(Guesses, { props: { layout: plot, guesses: [{ x: 2015, value: 100 }, { x: 2018, value: 150 }, { x: 2017, value: 1e6 }], label: 'Your guess', labelAbove: true } }).body);
    expect(g.querySelectorAll('line.guess')).toHaveLength(2);
    expect(g.querySelector('.guess-label')?.textContent).toBe('Your guess');
    expect(g.querySelectorAll('circle.guess-dot').find((c) => c.getAttribute('cy') === String(plot.plot.top))).toBeDefined();
    expect(g.querySelectorAll('.off-scale')).toHaveLength(1);
  });

  test('markers outside the years are pinned to the edge; same-year markers stack; the notes are listed in order', () => {
    const markers = doc.querySelectorAll('circle.marker');
    expect(markers[0]?.getAttribute('cx')).toBe(`${plot.plot.left}%`);
    expect(markers[1]?.getAttribute('cx')).toBe(markers[2]?.getAttribute('cx'));
    expect(Number(markers[2]?.getAttribute('cy'))).toBeGreaterThan(Number(markers[1]?.getAttribute('cy')));
    const notes = doc.querySelectorAll('ol.marker-notes li');
    expect(notes.map((n) => n.textContent.replace(/\s+/g, ' ').trim())).toEqual([
      '1 2013 (before 2015, shown at the left edge): Before Source: CDC.',
      '2 2016: A Source: CDC.',
      '3 2016: B Source: CDC.',
    ]);
  });
});

describe('Lines with views: one plot per view, the default shown', () => {
  const views = { views: [{ name: 'both', parts: ['all', 'syn'] }, { name: 'syn', parts: ['syn'] }, { name: 'notes', parts: ['all', 'n'] }], notes: new Map([['two-readings', new Map([['supply', { colour: 'supply', notes: [{ x: 2021, text: 'Note', source_id: 's' }] }]])]]) };
  const two: LinesSpec = {
    ...spec, xTicksNarrow: [2020, 2022],
    series: [
      { key: 'all', label: 'All drugs', unitLabel: 'deaths', match: { m: ['all'] }, colour: 'neutral', labelAt: 'end', labelPosition: 'above' },
      { key: 'syn', label: 'Synthetic opioids', unitLabel: 'deaths', match: { m: ['syn'] }, colour: 'neutral-2', labelAt: 'end', labelPosition: 'above', labelWrap: 10 },
    ],
    markers: [{ key: 'n', from: 'two-readings', reading: 'supply' }],
  };
  const rows = [2020, 2021, 2022].flatMap((year, i) => [
    { m: 'all', year, value: 100 + i, status: 'final', qualifier: null, source_id: 's' },
    { m: 'syn', year, value: 50 + i, status: 'final', qualifier: null, source_id: 's' },
  ]);
  const layout = layoutLines(two, rows, new Map(), { context: views });
  const doc = parse(render(LineChart, { props: { id: 'v', title: 'T', summary: 'S', source: 'CDC', layout, view: 'both' } }).body);

  test('every view is a panel in the server HTML; only the default is shown', () => {
    expect(doc.querySelectorAll('[data-panel]').map((p) => [p.getAttribute('data-panel'), p.getAttribute('data-views'), p.hasAttribute('hidden')]))
      .toEqual([['both', 'both', false], ['syn', 'syn', true], ['notes', 'notes', true]]);
  });

  test('mark ids are unique across panels, and the tab stop is in the shown one', () => {
    const ids = doc.querySelectorAll('[data-mark]').map((m) => m.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
    const stop = doc.querySelectorAll('[data-mark]').filter((m) => m.getAttribute('tabindex') === '0');
    expect(stop).toHaveLength(1);
    expect(stop[0]?.closest('[data-panel]')?.getAttribute('data-panel')).toBe('both');
  });

  test('end labels sit right of the last points, in a margin kept for them; the wrapped one in two lines', () => {
    const wrap = doc.querySelector('[data-panel="both"] .plot-wrap');
    expect(wrap?.getAttribute("style")).toMatch(/margin-inline-end:\d+px/);
    const labels = doc.querySelectorAll('[data-panel="both"] .series-label');
    expect(labels.map((l) => l.getAttribute('text-anchor'))).toEqual(['start', 'start']);
    expect(labels[1]?.querySelectorAll('tspan').map((t) => t.textContent)).toEqual(['Synthetic', 'opioids']);
  });

  test('a static frame draws the asked view only', () => {
    const svg = render(LineChart, { props: { id: 'x', title: 'T', summary: 'S', source: 'CDC', layout, view: 'syn', frame: { width: 1000, colours: palette('light') } } }).body;
    expect(svg).not.toContain('All drugs');
    expect(svg).toContain('Synthetic');
  });
});
