import { expect, test } from 'vitest';
import { embedFetchesViews, embedHydrates } from './hydration';
import type { ChartLayout } from '../../charts/registry';

test('embeds hydrate unless their chart type prints every value as text', () => {
  expect(embedHydrates('column-panels')).toBe(true);
  expect(embedHydrates('lines')).toBe(true);
  expect(embedHydrates('timeline')).toBe(true);
  expect(embedHydrates('bar-rows')).toBe(false);
});

test('an embed fetches its other views only for a chart without an island whose first view hides panels', () => {
  const rows = (views: string[][]) => ({ type: 'bar-rows', panels: views.map((v, i) => ({ key: `p${i}`, views: v })) }) as unknown as ChartLayout;
  expect(embedFetchesViews(rows([['a'], ['b']]), 'a')).toBe(true);
  // Every panel in the first view (the evidence chart's "all"): nothing to leave out.
  expect(embedFetchesViews(rows([['all', 'a'], ['all', 'b']]), 'all')).toBe(false);
  expect(embedFetchesViews(rows([['a'], ['b']]), null)).toBe(false);
  // Hydrating types render every view themselves once the island loads.
  expect(embedFetchesViews({ type: 'column-panels', panels: [{ key: 'p0', views: ['a'] }, { key: 'p1', views: ['b'] }] } as unknown as ChartLayout, 'a')).toBe(false);
});
