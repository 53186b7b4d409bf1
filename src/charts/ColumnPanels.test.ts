/** Server render of the chart: the HTML must be a complete, accessible SVG before any JS. */
import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import { parse } from 'node-html-parser';
import ColumnPanels from './ColumnPanels.svelte';
import { layoutColumnPanels } from '../lib/charts/layout/column-panels';
import type { ColumnPanelsSpec } from '../lib/charts/spec';

const spec: ColumnPanelsSpec = {
  type: 'column-panels', categoryLabels: {}, value: 'value', x: 'year', categories: [2021, 2022], panelBy: 'metric',
  panels: [
    { key: 'pills', label: 'Fake pills seized', unitLabel: 'fake pills', format: 'compact', targets: [], missing: [] },
    { key: 'powder', label: 'Powder (pounds)', unitLabel: 'pounds', format: 'integer', targets: [], missing: [{ category: 2021, label: 'No comparable figure' }] },
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

  test('labels with qualifiers are in the SVG text', () => {
    const texts = doc.querySelectorAll('svg text').map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['more than', '50.6M', '20M', '10,000', '2021', '2022']));
    expect(doc.querySelector('.missing')?.textContent).toContain('comparable');
  });

  test('marks: one tab stop (roving tabindex), each with a full accessible label', () => {
    const marks = doc.querySelectorAll('[data-mark]');
    expect(marks).toHaveLength(3);
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(marks[1]?.getAttribute('aria-label')).toBe('Fake pills seized, 2022: more than 50.6 million fake pills. Source: U.S. Drug Enforcement Administration.');
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
