/**
 * Build-output checks for every chart beyond pages.test.ts: image downloads and the social
 * card, views, the gallery, and a snapshot of each chart's server-rendered SVG.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { chartSpecs, DIST, distExists, distFiles, page, readDist, text } from '../support/dist';

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

interface ViewSpec { name: string; label: string; panels: string[] }
const specs = chartSpecs().map((s) => ({
  ...s,
  views: ((parseYaml(readFileSync(path.resolve('content/charts', `${s.id}.yaml`), 'utf8')) as { views?: ViewSpec[] }).views ?? []),
}));

test('there are charts to check', () => {
  expect(specs.length).toBeGreaterThanOrEqual(11);
});

describe.each(specs)('chart $id', (spec) => {
  const chartPage = `/charts/${spec.id}/`;

  test('SVG and PNG downloads are built and linked from the page', () => {
    const files = distFiles();
    expect(files).toContain(`/charts/${spec.id}.svg`);
    expect(files).toContain(`/charts/${spec.id}.png`);
    const doc = page(chartPage);
    expect(doc.querySelector(`.chart-downloads a[href="/charts/${spec.id}.svg"]`)).not.toBeNull();
    expect(doc.querySelector(`.chart-downloads a[href="/charts/${spec.id}.png"]`)).not.toBeNull();
  });

  test('the SVG download is standalone: title, source, presentation attributes, no CSS', () => {
    const svg = readDist(`/charts/${spec.id}.svg`);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('font-family="DejaVu Sans"');
    expect(svg).not.toMatch(/\sclass=|\sstyle=|var\(--|<script/);
    expect(svg).toMatch(/Source: /);
    expect(svg.match(/<text /g)?.length ?? 0).toBeGreaterThan(3);
  });

  test('the PNG is a 1200 × 630 image and the page uses it as og:image', () => {
    const png = readFileSync(path.join(DIST, 'charts', `${spec.id}.png`));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const og = page(chartPage).querySelector('meta[property="og:image"]')?.getAttribute('content');
    expect(og).toMatch(new RegExp(`^https?://[^/]+/charts/${spec.id}\\.png$`));
  });

  test('every mark has a full accessible label; exactly one is in the tab order', () => {
    const marks = page(chartPage).querySelectorAll('[data-mark]');
    expect(marks.length).toBeGreaterThan(0);
    // A sentence without the source: the chart's description (the figure's source line) says it once.
    for (const m of marks) expect(m.getAttribute('aria-label')).toMatch(/^(?!.*Source:).+\.$/);
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  test('each chart SVG is named and described by the figure\'s own title, summary and source (no copies)', () => {
    const doc = page(chartPage);
    const svgs = doc.querySelectorAll('figure[data-chart] svg[aria-describedby]');
    expect(svgs.length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('figure[data-chart] svg desc')).toHaveLength(0);
    for (const svg of svgs) {
      const text = (attr: string) => (svg.getAttribute(attr) ?? '').split(' ').map((id) => doc.getElementById(id)?.textContent ?? `(missing #${id})`).join(' ');
      expect(text('aria-labelledby')).toContain(spec.title);
      expect(text('aria-describedby')).toContain(spec.summary);
      expect(text('aria-describedby')).toMatch(/Source: /);
    }
  });

  test('views: one radio per view, default checked; only the default view is shown without JS', () => {
    const doc = page(chartPage);
    const radios = doc.querySelectorAll('[data-chart-views] input[type="radio"]');
    if (spec.views.length < 2) {
      expect(radios).toHaveLength(0);
      return;
    }
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(spec.views.map((v) => v.name));
    expect(radios[0]?.hasAttribute('checked')).toBe(true);
    const figure = doc.querySelector(`figure[data-chart="${spec.id}"]`);
    expect(figure?.getAttribute('data-view')).toBe(spec.views[0]?.name);
    // A panel is shown when it lists the default view (a column panel in several views; a line
    // chart's plot of that view).
    for (const panel of doc.querySelectorAll('[data-panel]')) {
      expect(panel.hasAttribute('hidden')).toBe(!(panel.getAttribute('data-views') ?? '').split(' ').includes(spec.views[0]!.name));
    }
    // All views' rows stay in the one data table.
    expect(doc.querySelectorAll('table.data-table tbody tr').length).toBeGreaterThan(0);
  });

  test('the server-rendered SVG matches its snapshot', () => {
    const doc = page(chartPage);
    const svgs = doc.querySelectorAll(`figure[data-chart="${spec.id}"] .chart-graphic svg[role="group"]`);
    // Svelte's scoped-CSS class hashes change with any style edit; they are not the chart.
    const markup = svgs
      .map((s) => s.outerHTML.replace(/<!--[^]*?-->/g, '').replace(/\s?svelte-[a-z0-9]+/g, '').replace(/\s+/g, ' '))
      .join('\n');
    expect(markup).toMatchSnapshot();
  });
});

describe('gallery', () => {
  const doc = page('/charts/');
  test('lists every chart with thumbnail, link and summary', () => {
    const items = doc.querySelectorAll('[data-gallery-chart]');
    expect(items.map((i) => i.getAttribute('data-gallery-chart')).sort()).toEqual(specs.map((s) => s.id).sort());
    for (const item of items) {
      const id = item.getAttribute('data-gallery-chart');
      expect(item.querySelector('img')?.getAttribute('src')).toBe(`/charts/${id}.svg`);
      expect(item.querySelector(`a[href="/charts/${id}/"]`)).not.toBeNull();
      expect(text(item.querySelector('p')).length).toBeGreaterThan(30);
    }
  });
  test('the header links to it', () => {
    expect(page('/').querySelector('[data-site-header] a[href="/charts/"]')).not.toBeNull();
  });
});
