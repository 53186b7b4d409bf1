/** Server render of the bar-rows chart: the HTML must be a complete, accessible SVG before any JS. */
import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import { parse } from 'node-html-parser';
import BarRows from './BarRows.svelte';
import { layoutBarRows } from './layout';

const sources = new Map([['s', { source_id: 's', publisher: 'Gallup', title: '', url: '', published: '2023', excerpt: '' }]]);

describe('BarRows server render', () => {
  const layout = layoutBarRows({
    type: 'bar-rows', value: 'value', max: 100, format: 'percent', label: 'q', valueWords: 'r',
    panels: [{ key: 'a', label: 'Concern', colour: 'neutral', match: { t: ['a'] } }, { key: 'b', label: 'Force', colour: 'supply', match: { t: ['b'] } }],
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
    expect(marks[0]?.getAttribute('aria-label')).toBe('How serious is the drug problem: 74%: very serious.');
  });
});
