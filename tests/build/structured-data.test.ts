/**
 * JSON-LD in the built pages: every chart page carries a schema.org Dataset (with its CSV and
 * JSON as distributions, temporal coverage, creator, licence), the story an Article; every
 * block parses, and none is an executable script (so the CSP needs no hash for it).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { chartSpecs, distExists, htmlPages, page } from '../support/dist';
import { sitemapPaths } from '../support/sitemap';

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

type Ld = Record<string, unknown>;
const blocks = (p: string): Ld[] =>
  page(p).querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent) as Ld);

test('every JSON-LD block on every page parses and names schema.org', () => {
  const all = htmlPages().flatMap((p) => blocks(p).map((b) => [p, b] as const));
  expect(all.length).toBeGreaterThanOrEqual(chartSpecs().length + 1);
  for (const [p, b] of all) expect(b['@context'], p).toBe('https://schema.org');
});

describe.each(chartSpecs().map((s) => [s.id, s] as const))('chart page %s', (id, spec) => {
  test('has one Dataset with the required fields', () => {
    const datasets = blocks(`/charts/${id}/`).filter((b) => b['@type'] === 'Dataset');
    expect(datasets).toHaveLength(1);
    const d = datasets[0]!;
    expect(d['name']).toBe(spec.title);
    expect(String(d['description']).length).toBeGreaterThanOrEqual(50);
    expect(d['url']).toMatch(new RegExp(`^https?://[^/]+/charts/${id}/$`));
    expect(d['creator']).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
    expect(d['license']).toMatch(/^https:\/\//);
    expect(String(d['temporalCoverage'])).toMatch(/^\d{4}(\/\d{4})?$/);
    const dist = d['distribution'] as { encodingFormat: string; contentUrl: string }[];
    expect(dist.map((x) => x.encodingFormat).sort()).toEqual(['application/json', 'text/csv']);
    expect(dist.map((x) => new URL(x.contentUrl).pathname).sort()).toEqual([`/data/${id}.csv`, `/data/${id}.json`]);
    expect((d['isBasedOn'] as unknown[]).length).toBe(spec.sources.length);
  });
});

test('the story is an Article whose headline is the page h1', () => {
  const [article] = blocks('/').filter((b) => b['@type'] === 'Article');
  expect(article).toBeDefined();
  expect(article?.['headline']).toBe(page('/').querySelector('h1')?.textContent.trim());
  expect(String(article?.['headline']).length).toBeLessThanOrEqual(110);
  expect(article?.['author']).toMatchObject({ '@type': 'Organization' });
  expect((article?.['citation'] as unknown[]).length).toBeGreaterThan(10);
});

test('pages that are not charts or the story carry no Dataset or Article', () => {
  for (const p of sitemapPaths().map((x) => `/${x}`).filter((x) => x !== '/' && !/^\/charts\/[^/]+\/$/.test(x))) {
    expect(blocks(p).map((b) => b['@type']), p).toEqual([]);
  }
});
