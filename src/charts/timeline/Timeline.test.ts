/** Server render of the timeline: the HTML must be a complete, accessible SVG before any JS. */
import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import { parse } from 'node-html-parser';
import Timeline from './Timeline.svelte';
import { layoutTimeline } from './layout';

const sources = new Map([['s', { source_id: 's', publisher: 'Gallup', title: '', url: '', published: '2023', excerpt: '' }]]);

describe('Timeline server render', () => {
  const layout = layoutTimeline({
    type: 'timeline', date: 'date', label: 'event', rowBy: 'side',
    rows: [{ key: 'supply', label: 'Supply side', colour: 'supply' }, { key: 'demand', label: 'Demand side', colour: 'demand' }],
    domain: ['2021', '2026'], ticks: [2022, 2024], annotations: [],
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
      'December 15, 2021 (supply side): EO 14059.',
      'March 29, 2023 (demand side): OTC naloxone approved.',
    ]);
    expect(marks.map((m) => m.getAttribute('tabindex'))).toEqual(['0', '-1']);
    expect(marks.every((m) => m.getAttribute('cx')?.endsWith('%'))).toBe(true);
  });
});
