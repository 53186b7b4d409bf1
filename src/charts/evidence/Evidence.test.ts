/** Server render of the evidence chart: a complete, accessible SVG per group before any JS, and the static card. */
import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import { parse } from 'node-html-parser';
import Evidence from './Evidence.svelte';
import { layoutEvidence } from './layout';
import { evidenceSchema } from './schema';

const sources = new Map([['s', { source_id: 's', publisher: 'BMJ', title: '', url: '', published: '2013', excerpt: '' }]]);
const spec = evidenceSchema.parse({
  type: 'evidence',
  groups: [
    { key: 'supply', label: 'Supply side', match: { side: ['supply'] }, colour: 'supply' },
    { key: 'demand', label: 'Demand side', match: { side: ['demand'] }, colour: 'demand' },
  ],
  scales: [{ key: 'ratio', label: 'ratio, log scale', log: true, domain: [0.2, 8], reference: 1, ticks: [{ value: 0.2, label: '0.2' }, { value: 1, label: '1 (no difference)' }, { value: 8, label: '8' }], measures: ['adjusted rate ratio'] }],
  statusLabels: { 'none found': 'No study found' },
  directionLabels: { left: '← favours the tool', right: 'favours the tool →' },
});
const base = { comparison: '', population: '', years: '', finding: '', note: '', qualifier: null, source_id: 's', interval: '95% CI' };
const layout = layoutEvidence(spec, [
  { ...base, intervention: 'Boat strikes', side: 'supply', outcome: 'deaths', measure: 'none', estimate: null, ci_low: null, ci_high: null, interval: '', direction_good: '', status: 'none found', design: 'none', study: '', note: 'No estimate exists' },
  { ...base, intervention: 'Naloxone distribution', side: 'demand', outcome: 'opioid overdose death rate', measure: 'adjusted rate ratio', estimate: 0.54, ci_low: 0.39, ci_high: 0.76, direction_good: 'lower', status: 'estimate', design: 'interrupted time series', study: 'Walley et al. 2013' },
], sources, new Map([['supply', ['supply']], ['demand', ['demand']]]));

describe('Evidence server render', () => {
  const doc = parse(render(Evidence, { props: { id: 'ie', title: 'Evidence', summary: 'Sum.', source: 'BMJ', layout, view: 'demand' } }).body);

  test('a named group SVG per side; groups outside the view are hidden', () => {
    expect(doc.querySelectorAll('[data-panel]').map((p) => [p.getAttribute('data-panel'), p.hasAttribute('hidden')])).toEqual([['supply', true], ['demand', false]]);
    expect(doc.getElementById('ie-e1-title')?.textContent).toBe('Evidence: Demand side');
  });

  test('an estimate: value with interval, dot in the side\'s colour, reference line, ticks and direction in words', () => {
    const mark = doc.querySelector('[data-mark="demand-1"]')!;
    expect(mark.querySelectorAll('.value').map((t) => t.textContent).join(' ')).toBe('Adjusted rate ratio 0.54 (95% CI 0.39–0.76)');
    expect(mark.querySelector('circle.dot')?.getAttribute('fill')).toBe('var(--demand)');
    expect(mark.querySelector('line.reference')?.getAttribute('x1')).toBe('43.63%');
    expect(mark.querySelectorAll('.tick').map((t) => t.textContent)).toEqual(['0.2', '1 (no difference)', '8']);
    expect(mark.querySelector('.direction')?.textContent).toBe('← favours the tool');
    expect(mark.getAttribute('aria-label')).toMatch(/^Demand side\. Naloxone distribution: .*\.$/);
  });

  test('a row without an estimate says why and draws no dot; one tab stop', () => {
    const mark = doc.querySelector('[data-mark="supply-1"]')!;
    expect(mark.querySelector('circle')).toBeNull();
    expect(mark.querySelector('.value')?.textContent).toBe('No study found');
    expect(mark.querySelector('.note')?.textContent).toBe('No estimate exists');
    expect(doc.querySelectorAll('[data-mark]').filter((m) => m.getAttribute('tabindex') === '0').map((m) => m.getAttribute('data-mark'))).toEqual(['demand-1']);
  });

  test('the static card: hex colours, px positions, no interaction', () => {
    const card = render(Evidence, { props: { id: 'x', title: 'E', summary: '', source: 'BMJ', layout, view: null, frame: { width: 1000, colours: { text: '#111111', 'text-muted': '#555555', border: '#cccccc', bg: '#ffffff', supply: '#d55e00', demand: '#0072b2' } } } }).body;
    expect(card).not.toMatch(/var\(--|tabindex|data-mark/);
    expect(card).toContain('fill="#0072b2"');
    expect(card).toContain('Without an estimate: 1 (no study found 1)');
  });
});
