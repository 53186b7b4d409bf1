/**
 * Every registered chart type (src/charts/registry.ts) renders on every output: at least one
 * spec uses it, and that chart has a drawn SVG on its page and in its embed, plus the SVG and
 * PNG downloads. A type added to the registry without a spec, or one the frame cannot place
 * (ChartGraphic.astro needs a branch per type), fails here.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CHART_TYPES } from '../../src/charts/registry';
import { DIST, chartSpecs, distExists, page } from '../support/dist';

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

const typeOf = (id: string) => (parseYaml(readFileSync(path.resolve('content/charts', `${id}.yaml`), 'utf8')) as { graphic?: { type?: string } }).graphic?.type;
const specs = chartSpecs().map((s) => ({ id: s.id, type: typeOf(s.id) }));

describe.each(CHART_TYPES)('chart type %s', (type) => {
  const charts = specs.filter((s) => s.type === type);
  test('has a chart spec, drawn on its page, in its embed, as SVG and as PNG', () => {
    expect(charts.map((c) => c.id), `no content/charts/*.yaml uses graphic.type "${type}"`).not.toEqual([]);
    for (const { id } of charts) {
      for (const url of [`/charts/${id}/`, `/embed/${id}/`]) {
        const svg = page(url).querySelector(`[id^="${id}"] svg, figure svg, .chart svg`);
        expect(svg, `${url}: no chart SVG`).not.toBeNull();
        expect(svg!.querySelectorAll('rect, path, circle, line, text').length, `${url}: an empty SVG`).toBeGreaterThan(0);
      }
      for (const file of [`charts/${id}.svg`, `charts/${id}.png`]) expect(statSync(path.join(DIST, file)).size, file).toBeGreaterThan(1000);
    }
  });
});
