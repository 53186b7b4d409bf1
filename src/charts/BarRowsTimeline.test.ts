/** Server render of the bar-rows and timeline charts, and of views in ColumnPanels. */
import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import { parse } from 'node-html-parser';
import BarRows from './BarRows.svelte';
import Timeline from './Timeline.svelte';
import ColumnPanels from './ColumnPanels.svelte';
import { layoutBarRows } from '../lib/charts/layout/bar-rows';
import { layoutTimeline } from '../lib/charts/layout/timeline';
import { layoutColumnPanels } from '../lib/charts/layout/column-panels';

const sources = new Map([['s', { source_id: 's', publisher: 'Gallup', title: '', url: '', published: '2023', excerpt: '' }]]);

describe('BarRows server render', () => {
  const layout = layoutBarRows({
    type: 'bar-rows', value: 'value', max: 100, format: 'percent', label: 'q', valueWords: 'r',
    panels: [{ key: 'a', label: 'Concern', series: 1, match: { t: ['a'] } }, { key: 'b', label: 'Force', series: 2, match: { t: ['b'] } }],
  }, [
    { t: 'a', q: 'How serious is the drug problem', r: 'very serious', value: 74, qualifier: null, source_id: 's' },
    { t: 'b', q: 'Send troops', r: 'support', value: 52, qualifier: null, source_id: 's' },
  ], sources, new Map([['a', ['concern']], ['b', ['force']]]));
  const doc = parse(render(BarRows, { props: { id: 'po', title: 'Polls', summary: 'Sum.', source: 'Gallup', layout, view: 'concern' } }).body);

  test('a named group SVG per panel; panels outside the default view are hidden', () => {
    const panels = doc.querySelectorAll('[data-panel]');
    expect(panels.map((p) => p.hasAttribute('hidden'))).toEqual([false, true]);
    expect(doc.querySelectorAll('svg[role="group"]')).toHaveLength(2);
    expect(doc.getElementById('po-b0-title')?.textContent).toBe('Polls: Concern');
  });

  test('question, value with its answer words, bar width in percent; one tab stop', () => {
    expect(doc.querySelector('.label')?.textContent).toBe('How serious is the drug problem');
    expect(doc.querySelector('.value')?.textContent).toBe('74%: very serious');
    expect(doc.querySelector('rect.bar')?.getAttribute('width')).toBe('74%');
    const marks = doc.querySelectorAll('[data-mark]');
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0').map((m) => m.getAttribute('data-mark'))).toEqual(['a-1']);
    expect(marks[0]?.getAttribute('aria-label')).toBe('How serious is the drug problem: 74%: very serious. Source: Gallup.');
  });
});

describe('Timeline server render', () => {
  const layout = layoutTimeline({
    type: 'timeline', date: 'date', label: 'event', rowBy: 'side',
    rows: [{ key: 'supply', label: 'Supply side', series: 2 }, { key: 'demand', label: 'Demand side', series: 1 }],
    domain: ['2021', '2026'], ticks: [2022, 2024],
  }, [
    { date: '2023-03-29', side: 'demand', event: 'OTC naloxone approved', qualifier: null, source_id: 's' },
    { date: '2021-12-15', side: 'supply', event: 'EO 14059', qualifier: null, source_id: 's' },
  ], sources);
  const doc = parse(render(Timeline, { props: { id: 'tl', title: 'Events', summary: 'Sum.', source: 'x', layout } }).body);

  test('one named group SVG; row labels in words; events in date order with one tab stop', () => {
    expect(doc.querySelector('svg[role="group"]')?.getAttribute('aria-labelledby')).toBe('tl-t-title');
    expect(doc.querySelectorAll('.row-label').map((t) => t.textContent)).toEqual(['Supply side', 'Demand side']);
    const marks = doc.querySelectorAll('[data-mark]');
    expect(marks.map((m) => m.getAttribute('aria-label'))).toEqual([
      'December 15, 2021 (supply side): EO 14059. Source: Gallup.',
      'March 29, 2023 (demand side): OTC naloxone approved. Source: Gallup.',
    ]);
    expect(marks.map((m) => m.getAttribute('tabindex'))).toEqual(['0', '-1']);
    expect(marks.every((m) => m.getAttribute('cx')?.endsWith('%'))).toBe(true);
  });
});

describe('ColumnPanels views', () => {
  const layout = layoutColumnPanels({
    type: 'column-panels', x: 'year', categories: [2022], categoryLabels: {}, value: 'value',
    panels: [
      { key: 'p', label: 'Pills', unitLabel: 'pills', format: 'compact', targets: [], missing: [], match: { m: ['p'] } },
      { key: 'w', label: 'Powder', unitLabel: 'lb', format: 'integer', targets: [], missing: [], match: { m: ['w'] } },
    ],
  }, [
    { m: 'p', year: 2022, value: 5, qualifier: null, source_id: 's' },
    { m: 'w', year: 2022, value: 7, qualifier: null, source_id: 's' },
  ], sources, new Map([['p', ['pills', 'both']], ['w', ['both']]]));

  test('the default view hides other panels and the tab stop is a visible mark', () => {
    const doc = parse(render(ColumnPanels, { props: { id: 'c', title: 'T', summary: 'S', source: 'x', layout, view: 'pills' } }).body);
    expect(doc.querySelectorAll('[data-panel]').map((p) => [p.getAttribute('data-panel'), p.hasAttribute('hidden'), p.getAttribute('data-views')]))
      .toEqual([['p', false, 'pills both'], ['w', true, 'both']]);
    expect(doc.querySelector('[tabindex="0"]')?.getAttribute('data-mark')).toBe('p-2022');
  });
});
