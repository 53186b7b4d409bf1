/**
 * A chart type is one folder plus one registry line (issue 14): every folder in src/charts/
 * (but shared/) is registered, and every registered type's folder holds what the rest of the
 * site finds by name: index.ts (the entry), Graphic.astro (how ChartGraphic.astro places it,
 * client directive included) and a short README.md.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { expect, test } from 'vitest';
import { CHART_TYPES } from '../../src/charts/registry';

const folders = readdirSync('src/charts').filter((f) => f !== 'shared' && statSync(`src/charts/${f}`).isDirectory()).sort();

test('every chart folder is a registered type, and every type has its folder', () => {
  expect(folders).toEqual([...CHART_TYPES].sort());
});

test.each(CHART_TYPES)('%s has index.ts, Graphic.astro and README.md', (type) => {
  const missing = ['index.ts', 'Graphic.astro', 'README.md'].filter((f) => !existsSync(`src/charts/${type}/${f}`));
  expect(missing).toEqual([]);
});
