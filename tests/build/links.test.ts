/**
 * Every internal link in dist/ resolves: href/src/srcset/poster in every page (and url() in
 * every stylesheet) names a file that was built, and every fragment names an id on its
 * target page. Absolute URLs on the site's own origin (canonical, og:url) count as internal.
 * The sitemap and robots.txt are checked the same way.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { DIST, distExists, distFiles, htmlPages, page, readDist } from '../support/dist';
import { sitemapLocs } from '../support/sitemap';

const SITE_URL = process.env['SITE_URL'] ?? 'https://fentanyl-explainer.example';
const BASE = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
const ORIGIN = new URL(SITE_URL).origin;

/** The dist file a site URL serves, or undefined if nothing would be served. */
function fileFor(urlPath: string): string | undefined {
  if (!urlPath.startsWith(BASE)) return undefined;
  const rel = decodeURIComponent(urlPath.slice(BASE.length));
  const full = path.join(DIST, rel);
  if (!existsSync(full)) return undefined;
  if (statSync(full).isDirectory()) return existsSync(path.join(full, 'index.html')) ? path.join(rel, 'index.html') : undefined;
  return rel;
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const doc = page('/' + file);
    ids = new Set(doc.querySelectorAll('[id], a[name]').map((el) => el.getAttribute('id') ?? el.getAttribute('name') ?? ''));
    idCache.set(file, ids);
  }
  return ids;
}

/** A problem with one reference, or undefined if it resolves. */
function check(ref: string, fromUrl: string): string | undefined {
  if (/^(mailto|tel|data|javascript):/i.test(ref)) return undefined;
  const url = new URL(ref, `${ORIGIN}${fromUrl}`);
  if (url.origin !== ORIGIN) return undefined; // external: not ours to resolve offline
  const file = fileFor(url.pathname);
  if (!file) return `${ref} → nothing built at ${url.pathname}`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) return `${ref} → no id "${fragment}" on ${url.pathname}`;
  return undefined;
}

const pages = htmlPages();
const urlOf = (p: string) => BASE.replace(/\/$/, '') + p;

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

describe('internal links resolve', () => {
  test.each(pages)('%s', (p) => {
    const doc = page(p);
    const refs = doc.querySelectorAll('[href], [src], [srcset], [poster], [component-url], [renderer-url]').flatMap((el) => [
      el.getAttribute('href'), el.getAttribute('src'), el.getAttribute('poster'),
      el.getAttribute('component-url'), el.getAttribute('renderer-url'),
      ...(el.getAttribute('srcset') ?? '').split(',').map((s) => s.trim().split(/\s+/)[0]),
    ]).filter((r): r is string => !!r);
    expect(refs.length).toBeGreaterThan(0);
    const problems = refs.map((r) => check(r, urlOf(p))).filter(Boolean);
    expect(problems).toEqual([]);
  });

  test('every stylesheet url() resolves', () => {
    const problems = distFiles().filter((f) => f.endsWith('.css')).flatMap((f) =>
      [...readDist(f).matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
        .map((m) => m[1] ?? '')
        .filter((u) => !u.startsWith('data:') && !u.startsWith('#'))
        .map((u) => check(u, urlOf(f))),
    ).filter(Boolean);
    expect(problems).toEqual([]);
  });

  test('the sitemap lists only pages that exist, and every site page except 404', () => {
    const locs = sitemapLocs();
    expect(locs.length).toBeGreaterThan(0);
    expect(locs.map((l) => check(l, '/'))).toEqual(locs.map(() => undefined));
    const listed = locs.map((l) => new URL(l).pathname);
    const expected = pages.filter((p) => p.endsWith('/') && !p.startsWith('/embed/')).map(urlOf);
    expect(listed.sort()).toEqual(expected.sort());
  });

  test('robots.txt points at the sitemap', () => {
    const sitemap = /Sitemap: (\S+)/.exec(readDist('/robots.txt'))?.[1] ?? '';
    expect(check(sitemap, '/')).toBeUndefined();
    expect(new URL(sitemap).pathname).toBe('/sitemap-index.xml');
  });

  test('a broken link is caught (self-check)', () => {
    expect(check('/no-such-page/', '/')).toMatch(/nothing built/);
    expect(check('#no-such-id', urlOf(pages[0] ?? '/'))).toMatch(/no id/);
  });
});
