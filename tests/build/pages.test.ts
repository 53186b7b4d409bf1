/**
 * Build-output tests (Reuters graphics-kit style): the site is built once, then every page
 * type is parsed and checked for what it must contain.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { csvParse } from 'd3-dsv';
import { chartSpecs, distExists, distFiles, htmlPages, page, readDist, text } from '../support/dist';

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

const specs = chartSpecs();
const pages = htmlPages();
// /embed/<id>/views/ holds an embed's other views' panels (src/pages/embed/[id]/views.astro), not an embed.
const embedPages = pages.filter((p) => p.startsWith('/embed/') && !p.endsWith('/views/'));
const sitePages = pages.filter((p) => !p.startsWith('/embed/'));

describe('every page', () => {
  test.each(pages)('%s has lang, title, description, favicon, one h1 and a main landmark', (p) => {
    const doc = page(p);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(text(doc.querySelector('title')).length).toBeGreaterThan(5);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0).toBeGreaterThan(30);
    expect(doc.querySelector('link[rel="icon"]')).not.toBeNull();
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelectorAll('main')).toHaveLength(1);
    expect(doc.querySelector('meta[name="viewport"]')).not.toBeNull();
  });

  test.each(pages)('%s loads nothing from another host', (p) => {
    const doc = page(p);
    const refs = doc.querySelectorAll('script[src], link[href], img[src], iframe[src], source[src]')
      .filter((el) => !['canonical', 'alternate'].includes(el.getAttribute('rel') ?? '')) // links, not loads
      .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '');
    for (const ref of refs) expect(ref, `${p} references ${ref}`).not.toMatch(/^(https?:)?\/\//);
  });
});

describe('site pages', () => {
  test.each(sitePages)('%s has header, footer, skip link and an absolute canonical', (p) => {
    const doc = page(p);
    expect(doc.querySelector('[data-site-header]')).not.toBeNull();
    expect(doc.querySelector('[data-site-footer]')).not.toBeNull();
    const skip = doc.querySelector('a.skip-link');
    expect(skip?.getAttribute('href')).toBe('#main');
    expect(doc.querySelector('main#main')).not.toBeNull();
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(doc.querySelector('meta[name="robots"]')).toBeNull();
  });

  test('the home page links its chart and states the licence', () => {
    const doc = page('/');
    // The DEA chart moved with the full story to its chapter (issue 12); the front page opens with the deaths chart.
    expect(doc.querySelector('a[href="/charts/overdose-deaths/"]')).not.toBeNull();
    expect(text(doc.querySelector('[data-site-footer]'))).toMatch(/MIT.*CC BY 4\.0/);
  });

  test('the about page has licence and citation sections', () => {
    const doc = page('/about/');
    expect(doc.querySelector('#licence')).not.toBeNull();
    expect(doc.querySelector('#cite')).not.toBeNull();
  });

  test('a 404 page and the favicon are built', () => {
    expect(distFiles()).toEqual(expect.arrayContaining(['/404.html', '/favicon.svg']));
  });
});

describe.each(specs)('chart $id', (spec) => {
  const chartPage = `/charts/${spec.id}/`;
  const csvRows = () => csvParse(readDist(`/data/${spec.id}.csv`));

  test('page, embed, CSV and JSON all exist', () => {
    const files = distFiles();
    expect(files).toContain(`${chartPage}index.html`);
    expect(files).toContain(`/data/${spec.id}.csv`);
    expect(files).toContain(`/data/${spec.id}.json`);
    if (spec.embeddable !== false) expect(files).toContain(`/embed/${spec.id}/index.html`);
  });

  test('the chart page has figure, title, summary, SVG, how to read, table, notes, sources, citation, figures current to', () => {
    const doc = page(chartPage);
    const figure = doc.querySelector(`figure[data-chart="${spec.id}"]`);
    expect(figure).not.toBeNull();
    expect(text(figure?.querySelector('h1'))).toBe(spec.title);
    expect(text(figure?.querySelector('.chart-summary'))).toBe(spec.summary.replace(/\s+/g, ' ').trim());
    // Top-level SVGs (a line chart nests a stretched SVG for its paths inside its plot).
    const svgs = (figure?.querySelectorAll('svg') ?? []).filter((svg) => !svg.parentNode?.closest('svg'));
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs) {
      expect(svg.getAttribute('role')).toBe('group');
      // One id or several (the figure's title, then a panel's own label).
      const labelled = (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => text(doc.getElementById(id))).join(' ');
      expect(labelled).toContain(spec.title);
      expect(svg.querySelectorAll('text').length).toBeGreaterThan(0);
    }
    expect(doc.querySelector('#how-to-read')).not.toBeNull();
    expect(doc.querySelector('table.data-table caption')).not.toBeNull();
    expect(doc.querySelectorAll('.chart-notes li').length).toBeGreaterThan(0);
    // Issue 10: "Data as of <latest publication>" became "Figures current to <newest period>".
    expect(text(doc.querySelector('.chart-currency'))).toMatch(/Figures current to \w+/);
    expect(text(doc.querySelector('.citation'))).toContain(spec.title);
    const listed = doc.querySelectorAll('.sources-list li').map((li) => li.getAttribute('id'));
    expect(listed).toEqual(spec.sources.map((s) => `source-${s}`));
  });

  test('the chart page is hydrated only on intent', () => {
    const islands = page(chartPage).querySelectorAll('astro-island');
    expect(islands.length).toBeGreaterThan(0);
    for (const island of islands) expect(island.getAttribute('client')).toBe('intent');
  });

  test('the CSV has the spec columns and exactly the rows of the HTML table', () => {
    const rows = csvRows();
    expect(rows.columns).toEqual(spec.columns.map((c) => c.field));
    const tableRows = page(chartPage).querySelectorAll('table.data-table tbody tr');
    expect(tableRows).toHaveLength(rows.length);
    rows.forEach((row, i) => {
      const cells = tableRows[i]?.querySelectorAll('td') ?? [];
      const fromTable = Object.fromEntries(cells.map((td) => [td.getAttribute('data-field'), td.getAttribute('data-value')]));
      expect(fromTable).toEqual({ ...row });
    });
  });

  test('every CSV row cites one of the chart sources', () => {
    for (const row of csvRows()) {
      if ('source_id' in row) expect(spec.sources).toContain(row['source_id']);
    }
  });

  test('the JSON carries metadata and full sources', () => {
    const json = JSON.parse(readDist(`/data/${spec.id}.json`)) as {
      id: string; title: string; sources: { source_id: string; publisher: string; url: string }[]; rowCount: number; urls: Record<string, string>;
    };
    expect(json.id).toBe(spec.id);
    expect(json.title).toBe(spec.title);
    expect(json.sources.map((s) => s.source_id)).toEqual(spec.sources);
    for (const s of json.sources) expect(s.publisher.length).toBeGreaterThan(0);
    expect(json.rowCount).toBe(csvRows().length);
    expect(json.urls['csv']).toMatch(new RegExp(`/data/${spec.id}\\.csv$`));
  });
});

describe('embed pages', () => {
  test('there is one per embeddable chart', () => {
    expect(embedPages.sort()).toEqual(specs.filter((s) => s.embeddable !== false).map((s) => `/embed/${s.id}/`).sort());
  });

  test.each(embedPages)('%s: noindex, canonical to the chart page, no site header or footer, title and source', (p) => {
    const doc = page(p);
    const id = p.split('/')[2] ?? '';
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`^https?://[^/]+/charts/${id}/$`));
    expect(doc.querySelector('[data-site-header]')).toBeNull();
    expect(doc.querySelector('[data-site-footer]')).toBeNull();
    expect(doc.querySelector('.skip-link')).toBeNull();
    expect(text(doc.querySelector('h1'))).toBe(chartSpecs().find((s) => s.id === id)?.title);
    expect(text(doc.querySelector('.chart-source'))).toMatch(/^Source: /);
    const viewOnSite = doc.querySelector(`.chart-source a[href="/charts/${id}/"]`);
    expect(viewOnSite?.getAttribute('target')).toBe('_top');
    expect(doc.querySelector(`a[href="/data/${id}.csv"]`)).not.toBeNull();
    expect(doc.querySelectorAll('svg').length).toBeGreaterThan(0);
  });
});
