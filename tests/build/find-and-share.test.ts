/**
 * Find and share (issue 12 §8) in dist/: every chart — on its page and in the story — has the
 * share control (a PNG link that works without JS, JS-only buttons hidden until the script runs);
 * /search/ exists with Pagefind's bundle beside it, only reader pages are indexed, and only
 * /search/'s own policy (header and <meta>) allows WebAssembly.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, distExists, distFiles, htmlPages, page, readDist } from '../support/dist';
import { headersFor, parseHeadersFile } from '../../src/lib/security/csp.mjs';

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

const BASE = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
const chartPages = htmlPages().filter((p) => /^\/charts\/[^/]+\/$/.test(p));
const storyPages = htmlPages().filter((p) => p === '/' || p.startsWith('/story/'));

describe('share control', () => {
  test('there are chart pages', () => expect(chartPages.length).toBeGreaterThan(5));

  test.each(chartPages)('%s: link to the page, PNG download, JS-only buttons hidden', (p) => {
    const id = p.split('/')[2]!;
    const share = page(p).querySelectorAll('figure[data-chart] [data-share]');
    expect(share).toHaveLength(1);
    const box = share[0]!;
    expect(box.getAttribute('data-share')).toBe(`${BASE}charts/${id}/`);
    const png = box.querySelector('a[download]');
    expect(png?.getAttribute('href')).toBe(`${BASE}charts/${id}.png`);
    expect(distFiles()).toContain(`/charts/${id}.png`);
    const buttons = box.querySelectorAll('button');
    expect(buttons.map((b) => [b.hasAttribute('hidden'), b.hasAttribute('data-js-only')])).toEqual([[true, true], [true, true]]);
    expect(box.querySelector('[role="status"]')).not.toBeNull();
  });

  test('every chart in the story has one too, beside its chart-page link', () => {
    const figures = storyPages.flatMap((p) => page(p).querySelectorAll('figure[data-chart]').map((f) => [p, f] as const));
    expect(figures.length).toBeGreaterThan(5);
    for (const [p, f] of figures) {
      const id = f.getAttribute('data-chart');
      const where = `${p} ${id}`;
      expect(f.querySelector('[data-share]')?.getAttribute('data-share'), where).toBe(`${BASE}charts/${id}/`);
      expect(f.querySelector('[data-share] a[download]')?.getAttribute('href'), where).toBe(`${BASE}charts/${id}.png`);
      expect(f.querySelector(`.chart-source a[href^="${BASE}charts/${id}/"]`), where).not.toBeNull();
    }
  });
});

describe('search', () => {
  const rules = () => parseHeadersFile(readDist('/_headers'));
  const own = (p: string) => rules().find((r) => r.path === BASE.slice(0, -1) + p)?.headers['Content-Security-Policy'] ?? '';
  const meta = (p: string) => page(p).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';

  test('/search/ is built, linked from every page header, and loads this site\'s Pagefind bundle', () => {
    const search = page('/search/');
    const form = search.querySelector('form[role="search"][data-search]');
    expect(form?.getAttribute('data-pagefind')).toBe(`${BASE}pagefind/pagefind.js`);
    expect(search.querySelector('label[for="search-q"]')).not.toBeNull();
    for (const f of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) expect(distFiles()).toContain(f);
    expect(distFiles().some((f) => /^\/pagefind\/wasm\.[\w-]+\.pagefind$/.test(f))).toBe(true);
    for (const p of ['/', '/about/', '/charts/dea-seizures/']) expect(page(p).querySelector(`header a[href="${BASE}search/"]`), p).not.toBeNull();
  });

  test("Pagefind's fixed payload (JS, worker, WebAssembly, metadata) stays within 100 KB gzip; no UI bundle shipped", () => {
    const files = distFiles().filter((f) => /^\/pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.en\.pagefind|pagefind\.en_\w+\.pf_meta)$/.test(f));
    expect(files.length).toBe(5);
    const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(DIST, f))).length, 0);
    expect(bytes / 1000).toBeLessThanOrEqual(100);
    expect(distFiles().filter((f) => /^\/pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\./.test(f))).toEqual([]);
  });

  test('only reader pages are indexed (data-pagefind-body), and each has an <h1> for its result title', () => {
    const indexed = htmlPages().filter((p) => page(p).querySelector('[data-pagefind-body]'));
    expect(indexed.filter((p) => !(p === '/' || /^\/(story|charts|classroom|about)\//.test(p)))).toEqual([]);
    for (const p of ['/', '/about/', '/classroom/', '/charts/dea-seizures/']) expect(indexed).toContain(p);
    for (const p of indexed) expect(page(p).querySelector('[data-pagefind-body] h1'), p).not.toBeNull();
  });

  test("only /search/'s own policy allows WebAssembly ('wasm-unsafe-eval'), never 'unsafe-eval'", () => {
    const withWasm = htmlPages().filter((p) => own(p).includes("'wasm-unsafe-eval'") || meta(p).includes("'wasm-unsafe-eval'"));
    expect(withWasm).toEqual(['/search/']);
    expect(own('/search/')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(meta('/search/')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    // Joined with the site-wide rule, another page still gets a policy without it, which blocks WebAssembly there.
    const joined = headersFor(rules(), `${BASE}about/`)['Content-Security-Policy'] ?? '';
    expect(joined.split(/,\s*(?=default-src)/).some((policy) => !policy.includes('wasm-unsafe-eval'))).toBe(true);
    for (const p of htmlPages()) expect(`${own(p)}; ${meta(p)}`, p).not.toMatch(/script-src[^;]*'unsafe-(eval|inline)'/);
  });
});
