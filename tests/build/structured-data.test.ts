/**
 * JSON-LD in the built pages: every chart page carries a schema.org Dataset (with its CSV and
 * JSON as distributions, temporal coverage, creator, licence), the story an Article and one
 * ClaimReview per fact-check item; every block parses, and none is an executable script (so the
 * CSP needs no hash for it).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { parse as parseYaml } from 'yaml';
import type { FactChecks } from '../../src/lib/story/schema';
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

describe('the story\'s fact-checks', () => {
  const checks = parseYaml(readFileSync('content/story/fact-checks.yaml', 'utf8')) as FactChecks;
  const sources = new Map(csvParse(readFileSync('content/data/sources.csv', 'utf8')).map((r) => [r['source_id']!, r]));
  // The story page is large: parse it once for every test below.
  let parsed: Ld[] | undefined;
  const reviews = () => (parsed ??= blocks('/story/fact-check/').filter((b) => b['@type'] === 'ClaimReview'));
  type Review = { claimReviewed: string; url: string; datePublished: string; author: Ld; reviewRating: Ld; itemReviewed: Ld & { author: Ld; appearance?: Ld } };

  test('one ClaimReview per fact-check item, each pointing at its item on the page', () => {
    const urls = reviews().map((r) => new URL(String(r['url'])));
    expect(urls.map((u) => u.hash).sort()).toEqual(checks.checks.map((c) => `#fact-check-${c.id}`).sort());
    const story = page('/story/fact-check/');
    for (const u of urls) {
      expect(u.pathname).toBe('/story/fact-check/');
      expect(story.querySelector(u.hash), u.hash).not.toBeNull();
    }
  });

  test.each(checks.checks.map((c) => [c.id, c] as const))('%s has the required fields and the verdict on the published scale', (id, c) => {
    const r = reviews().find((b) => String(b['url']).endsWith(`#fact-check-${id}`)) as unknown as Review;
    expect(r).toBeDefined();
    expect(r.claimReviewed).toBe(c.claim);
    expect(r.author).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
    expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The verdict in words is the label readers see on the chip.
    const label = checks.scale.find((v) => v.id === c.verdict)!.label;
    expect(r.reviewRating['alternateName']).toBe(label);
    expect(page('/story/fact-check/').querySelector(`#fact-check-${id} .verdict`)?.textContent.trim()).toBe(label);
    if (c.verdict === 'cannot-be-verified') {
      expect(r.reviewRating).not.toHaveProperty('ratingValue');
    } else {
      expect(r.reviewRating).toMatchObject({ bestRating: 4, worstRating: 1 });
      const value = Number(r.reviewRating['ratingValue']);
      expect(value).toBeGreaterThanOrEqual(1);
      expect(value).toBeLessThanOrEqual(4);
      // Best first: accurate 4, needs context 3, misleading 2, not supported 1.
      expect(value).toBe(4 - ['accurate', 'needs-context', 'misleading', 'not-supported'].indexOf(c.verdict));
    }
    // The claim: who made it (a person or an organisation, by name) and when.
    expect(r.itemReviewed['@type']).toBe('Claim');
    expect(r.itemReviewed.author).toMatchObject({ '@type': c.claimant_type === 'person' ? 'Person' : 'Organization', name: c.claimant });
    expect(r.itemReviewed['datePublished']).toBe(c.date);
    const src = sources.get(c.claim_source);
    if (src?.['url']) expect(r.itemReviewed.appearance).toMatchObject({ url: src['url'] });
    else expect(r.itemReviewed).not.toHaveProperty('appearance');
  });
});

test('pages that are not charts or the story carry no Dataset or Article (the fact-check chapter carries only its ClaimReviews)', () => {
  for (const p of sitemapPaths().map((x) => `/${x}`).filter((x) => x !== '/' && !/^\/charts\/[^/]+\/$/.test(x))) {
    const types = blocks(p).map((b) => b['@type']);
    if (p === '/story/fact-check/') expect(types.filter((t) => t !== 'ClaimReview'), p).toEqual([]);
    else expect(types, p).toEqual([]);
  }
});
