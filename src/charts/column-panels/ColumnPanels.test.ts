/** Server render of the chart: the HTML must be a complete, accessible SVG before any JS. */
import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import { parse } from 'node-html-parser';
import ColumnPanels from './ColumnPanels.svelte';
import { layoutColumnPanels } from './layout';
import type { ColumnPanelsSpec } from './schema';

const spec: ColumnPanelsSpec = {
  type: 'column-panels', categoryLabels: {}, value: 'value', x: 'year', categories: [2021, 2022], panelBy: 'metric',
  panels: [
    { key: 'pills', label: 'Fake pills seized', colour: 'neutral', unitLabel: 'fake pills', format: 'compact', targets: [], missing: [] },
    { key: 'powder', label: 'Powder (pounds)', colour: 'neutral', unitLabel: 'pounds', format: 'integer', targets: [], missing: [{ category: 2021, label: 'No comparable figure' }] },
  ],
};
const layout = layoutColumnPanels(spec, [
  { year: 2021, metric: 'pills', value: 20e6, qualifier: 'more than', source_id: 's' },
  { year: 2022, metric: 'pills', value: 50.6e6, qualifier: 'more than', source_id: 's' },
  { year: 2022, metric: 'powder', value: 10000, qualifier: 'more than', source_id: 's' },
], new Map([['s', { source_id: 's', publisher: 'U.S. Drug Enforcement Administration', title: '', url: '', published: '2022', excerpt: '' }]]));

const props = { id: 'test-chart', title: 'Seizures', summary: 'Pills rose.', source: 'DEA', layout };

describe('ColumnPanels server render', () => {
  const doc = parse(render(ColumnPanels, { props }).body);

  test('one SVG per panel, each a named group with a description', () => {
    const svgs = doc.querySelectorAll('svg');
    expect(svgs).toHaveLength(2);
    svgs.forEach((svg, p) => {
      expect(svg.getAttribute('role')).toBe('group');
      expect(svg.getAttribute('aria-labelledby')).toBe(`test-chart-p${p}-title`);
      expect(doc.getElementById(`test-chart-p${p}-title`)?.textContent).toBe(`Seizures: ${spec.panels[p]?.label}`);
      expect(doc.getElementById(`test-chart-p${p}-desc`)?.textContent).toBe('Pills rose.');
    });
  });

  test('inside a figure that shows title, summary and source, each SVG points at them and copies nothing', () => {
    const inFigure = parse(render(ColumnPanels, { props: { ...props, title: '', summary: '', labelledBy: 'fig-title', describedBy: 'fig-summary fig-source' } }).body);
    expect(inFigure.querySelectorAll('svg title, svg desc')).toHaveLength(0);
    inFigure.querySelectorAll('svg').forEach((svg, p) => {
      expect(svg.getAttribute('aria-labelledby')).toBe(`fig-title test-chart-p${p}-label`);
      expect(inFigure.getElementById(`test-chart-p${p}-label`)?.textContent).toBe(spec.panels[p]?.label);
      expect(svg.getAttribute('aria-describedby')).toBe('fig-summary fig-source');
    });
  });

  test('labels with qualifiers are in the SVG text', () => {
    const texts = doc.querySelectorAll('svg text').map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['more than', '50.6M', '20M', '10,000', '2021', '2022']));
    expect(doc.querySelector('.missing')?.textContent).toContain('comparable');
  });

  test('marks: one tab stop (roving tabindex), each with a full accessible label', () => {
    const marks = doc.querySelectorAll('[data-mark]');
    expect(marks).toHaveLength(3);
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(marks[1]?.getAttribute('aria-label')).toBe('Fake pills seized, 2022: more than 50.6 million fake pills.');
    expect(marks.every((m) => m.getAttribute('role') === 'img')).toBe(true);
  });

  test('a polite live region exists, empty until a mark is active', () => {
    const live = doc.querySelector('[aria-live="polite"]');
    expect(live).not.toBeNull();
    expect(live?.textContent).toBe('');
  });

  test('ids are prefixed by chart id so two charts on one page never clash', () => {
    const other = parse(render(ColumnPanels, { props: { ...props, id: 'other' } }).body);
    const ids = new Set(doc.querySelectorAll('[id]').map((e) => e.id));
    for (const e of other.querySelectorAll('[id]')) expect(ids.has(e.id)).toBe(false);
  });
});

const gallup = new Map([['s', { source_id: 's', publisher: 'Gallup', title: '', url: '', published: '2023', excerpt: '' }]]);

describe('ColumnPanels views', () => {
  const layout = layoutColumnPanels({
    type: 'column-panels', x: 'year', categories: [2022], categoryLabels: {}, value: 'value',
    panels: [
      { key: 'p', label: 'Pills', colour: 'neutral', unitLabel: 'pills', format: 'compact', targets: [], missing: [], match: { m: ['p'] } },
      { key: 'w', label: 'Powder', colour: 'neutral', unitLabel: 'lb', format: 'integer', targets: [], missing: [], match: { m: ['w'] } },
    ],
  }, [
    { m: 'p', year: 2022, value: 5, qualifier: null, source_id: 's' },
    { m: 'w', year: 2022, value: 7, qualifier: null, source_id: 's' },
  ], gallup, new Map([['p', ['pills', 'both']], ['w', ['both']]]));

  test('the default view hides other panels and the tab stop is a visible mark', () => {
    const doc = parse(render(ColumnPanels, { props: { id: 'c', title: 'T', summary: 'S', source: 'x', layout, view: 'pills' } }).body);
    expect(doc.querySelectorAll('[data-panel]').map((p) => [p.getAttribute('data-panel'), p.hasAttribute('hidden'), p.getAttribute('data-views')]))
      .toEqual([['p', false, 'pills both'], ['w', true, 'both']]);
    expect(doc.querySelector('[tabindex="0"]')?.getAttribute('data-mark')).toBe('p-2022');
  });
});
