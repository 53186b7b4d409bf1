/**
 * Chart islands carry no layout in the page (issue 12 item 6): each `client:intent` island names
 * its props file (src/integrations/island-props.mjs), which exists, is Astro's props for that
 * component, and is fetched only on intent. Pages stay complete without it (SVG in the HTML).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DIST, distExists, htmlPages, page } from '../support/dist';

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

const islands = htmlPages().flatMap((p) => page(p).querySelectorAll('astro-island[client="intent"]').map((el) => ({ page: p, el })));

describe('chart islands', () => {
  test('there are intent islands to check', () => {
    expect(islands.length).toBeGreaterThan(20);
  });

  test('none carries its props in the page; each names a props file that exists and parses', () => {
    const problems: string[] = [];
    for (const { page: p, el } of islands) {
      const src = el.getAttribute('data-props-src');
      if (!src) { problems.push(`${p}: ${el.getAttribute('component-url')} has inline props (${el.getAttribute('props')?.length} chars)`); continue; }
      if (el.getAttribute('props') !== '{}') problems.push(`${p}: props not emptied`);
      const file = path.join(DIST, src.replace(/^\//, ''));
      if (!existsSync(file)) { problems.push(`${p}: ${src} missing`); continue; }
      const props = JSON.parse(readFileSync(file, 'utf8')) as Record<string, [number, unknown]>;
      // Astro's serialisation: each prop is [type, value]; every chart island has its id and layout.
      if (!Array.isArray(props['id']) || !Array.isArray(props['layout'])) problems.push(`${p}: ${src} is not a chart's props`);
    }
    expect(problems).toEqual([]);
  });

  test('the chart is in the page before any props are fetched: each island holds its SVG marks', () => {
    const empty = islands.filter(({ el }) => el.querySelectorAll('svg').length === 0).map(({ page: p }) => p);
    expect(empty).toEqual([]);
  });
});
