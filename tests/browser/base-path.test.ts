/**
 * The site under a sub-path: built with BASE_PATH=/fentanyl/ into a temporary folder, every
 * internal href/src (HTML, CSS, sitemap, data JSON, embed codes) carries the prefix and
 * resolves, and every page loads under the prefix in Chromium with no failed request, no
 * error and no CSP violation, including after its islands hydrate.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'node-html-parser';
import { trackRequests } from '../support/browser';
import { useSite } from '../support/site-session';
import { sitemapLocs } from '../support/sitemap';
import { firstOfEachSection } from '../support/dist';

const BASE = '/fentanyl/';
const SITE_URL = 'https://example.org';
const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');
const outDir = mkdtempSync(path.join(tmpdir(), 'base-path-dist-'));


function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
const files = () => walk(outDir).map((f) => '/' + path.relative(outDir, f).split(path.sep).join('/'));
const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
const pages = () => files().filter((f) => f.endsWith('.html'));
const urlOf = (file: string) => BASE.slice(0, -1) + file.replace(/index\.html$/, '');

/** A problem with an internal URL found in `from`, or undefined when it is fine. */
function problem(ref: string, from: string): string | undefined {
  if (/^(#|mailto:|tel:|data:|javascript:)/i.test(ref)) return undefined;
  if (/^(https?:)?\/\//.test(ref)) {
    const url = new URL(ref, SITE_URL);
    if (url.origin !== SITE_URL) return undefined; // external
    ref = url.pathname;
  }
  if (!ref.startsWith('/')) return undefined; // relative (JS chunk imports): resolved by the browser test
  if (!ref.startsWith(BASE)) return `${from}: ${ref} lacks ${BASE}`;
  const target = path.join(outDir, decodeURIComponent(ref.slice(BASE.length).split(/[?#]/)[0] ?? ''));
  const exists = existsSync(target) && (!statSync(target).isDirectory() || existsSync(path.join(target, 'index.html')));
  return exists ? undefined : `${from}: ${ref} → nothing built`;
}

/** Builds the site under BASE into outDir (useSite runs it before serving). */
function buildUnderBase(): void {
  // Vitest puts Vite's import.meta.env values (BASE_URL, SITE, MODE…) into process.env; Astro
  // in the child would take them over its own config, so they are left out.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|SITE|MODE|DEV|PROD|SSR|VITEST.*|NODE_ENV)$/.test(k)));
  const build = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
    env: { ...env, BASE_PATH: BASE, SITE_URL, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`build with BASE_PATH=${BASE} failed:\n${build.stdout}\n${build.stderr}`);
}

const site = useSite(undefined, { root: outDir, prefix: BASE, prepare: buildUnderBase, timeout: 240_000 });

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe(`built under ${BASE}`, () => {
  test('every href, src and island URL in every page carries the prefix and resolves', () => {
    expect(pages().length).toBeGreaterThan(2);
    const problems = pages().flatMap((file) =>
      parse(read(file)).querySelectorAll('[href], [src], [component-url], [renderer-url], [content]').flatMap((el) =>
        [el.getAttribute('href'), el.getAttribute('src'), el.getAttribute('component-url'), el.getAttribute('renderer-url'),
          el.tagName === 'META' && /^og:url$/.test(el.getAttribute('property') ?? '') ? el.getAttribute('content') : undefined]
          .filter((r): r is string => !!r)
          .map((r) => problem(r, file))));
    expect(problems.filter(Boolean)).toEqual([]);
  });

  test('canonical links, sitemap and robots.txt point under the prefix', () => {
    for (const file of pages().filter((f) => !f.endsWith('404.html'))) {
      const canonical = parse(read(file)).querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(canonical.startsWith(`${SITE_URL}${BASE}`), `${file}: ${canonical}`).toBe(true);
    }
    const locs = sitemapLocs(read, BASE);
    expect(locs.length).toBeGreaterThan(0);
    expect(locs.map((l) => problem(l, 'sitemap.xml')).filter(Boolean)).toEqual([]);
    expect(read('/robots.txt')).toContain(`${SITE_URL}${BASE}sitemap-index.xml`);
  });

  test('data downloads are linked under the prefix and their JSON names prefixed URLs', () => {
    const downloads = pages().flatMap((file) => parse(read(file)).querySelectorAll('a[href$=".csv"], a[href$=".json"]').map((a) => a.getAttribute('href') ?? ''));
    expect(downloads.length).toBeGreaterThan(0);
    expect(downloads.map((d) => problem(d, 'download')).filter(Boolean)).toEqual([]);
    for (const file of files().filter((f) => /^\/data\/.+\.json$/.test(f))) {
      const urls = Object.values((JSON.parse(read(file)) as { urls?: Record<string, string> }).urls ?? {});
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.map((u) => problem(u, file)).filter(Boolean)).toEqual([]);
    }
  });

  test('embed codes (snippets shown to readers to copy) point under the prefix', () => {
    // Snippets live in textarea/code/pre text or in data-code-* / data-embed-code attributes.
    const snippets = pages().flatMap((file) => parse(read(file)).querySelectorAll('textarea, code, pre, *').flatMap((el) => [
      ...(['TEXTAREA', 'CODE', 'PRE'].includes(el.tagName) ? [el.textContent] : []),
      ...Object.entries(el.attributes).filter(([name]) => /^data-(code|embed-code)/.test(name)).map(([, value]) => value),
    ]).filter((t) => /<(iframe|img|script|div)\b/i.test(t)).map((t) => [file, t] as const));
    const urls = snippets.flatMap(([file, t]) => [...t.matchAll(/(?:src|href|data-pym-src)=["']([^"']+)["']/g)].map((m) => [file, m[1] ?? ''] as const));
    expect(urls.map(([file, url]) => problem(url, file)).filter(Boolean)).toEqual([]);
    const frames = snippets.flatMap(([, t]) => [...t.matchAll(/<iframe[^>]*\ssrc=["']([^"']+)["']/g)].map((m) => m[1] ?? ''));
    // Pages without embed codes pass trivially; once a page shows one, its frame must be right.
    for (const src of frames) expect(src.startsWith(`${SITE_URL}${BASE}embed/`), src).toBe(true);
  });

  test('stylesheets reference assets under the prefix', () => {
    const problems = files().filter((f) => f.endsWith('.css')).flatMap((f) =>
      [...read(f).matchAll(/url\(\s*["']?(\/[^"')]+)["']?\s*\)/g)].map((m) => problem(m[1] ?? '', f)));
    expect(problems.filter(Boolean)).toEqual([]);
  });

  test('search works under the prefix: Pagefind loads from it and every result links into it', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('response', (r) => { if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`); });
    page.on('request', (r) => { if (!r.url().startsWith(site.url)) failures.push(`outside the prefix: ${r.url()}`); });
    page.on('pageerror', (e) => failures.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') failures.push(m.text()); });
    await page.goto(`${site.url.replace(/\/$/, '')}/search/?q=naloxone`, { waitUntil: 'load' });
    const links = page.locator('[data-search-results] a');
    await expect.poll(() => links.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.map((h) => problem(h, 'search result')).filter(Boolean)).toEqual([]);
    await links.first().click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toBe(hrefs[0]);
    expect(failures).toEqual([]);
    await context.close();
  }, 60_000);

  test('a page of each kind loads in Chromium under the prefix: no failed request, error or CSP violation', async () => {
    // The prefix is a template matter (every page's hrefs are checked above, statically): every
    // story chapter and chart page (each loads its own island chunks) and the first two pages of
    // every other section.
    const sampled = firstOfEachSection(pages(), 2, (file) => /^\/(story|charts)\//.test(file));
    expect(sampled.length).toBeGreaterThan(10);
    for (const file of sampled) {
      const context = await site.browser.newContext({ viewport: { width: 1000, height: 900 } });
      const page = await context.newPage();
      const failures: string[] = [];
      const requests = trackRequests(page);
      page.on('requestfailed', (r) => failures.push(`failed ${r.url()}`));
      page.on('response', (r) => { if (r.status() >= 400 && !(file.endsWith('404.html') && r.url().endsWith('404.html'))) failures.push(`${r.status()} ${r.url()}`); });
      page.on('pageerror', (e) => failures.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') failures.push(m.text()); });
      await page.goto(site.url.replace(/\/$/, '') + urlOf(file).slice(BASE.length - 1), { waitUntil: 'load' });
      // Touch a chart so its island hydrates (Astro drops `ssr` from a hydrated island).
      // Static embeds (src/lib/embed/hydration.ts) have marks but no island.
      // Only a mark inside an island: the story's first-screen chart and its five-minute charts are
      // static SVG (issue 12), while the same page may hold other islands.
      const mark = page.locator('astro-island[ssr] [data-mark]:visible').first();
      if (await mark.count()) {
        const hydrated = () => page.locator('astro-island:not([ssr])').count();
        const before = await hydrated();
        await mark.focus();
        await mark.hover({ timeout: 5000 }).catch(() => undefined);
        await expect.poll(hydrated, { timeout: 10_000 }).toBeGreaterThan(before);
      }
      await requests.settled();
      expect(failures, urlOf(file)).toEqual([]);
      await context.close();
    }
  }, 300_000);
});
