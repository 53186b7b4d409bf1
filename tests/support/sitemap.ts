/**
 * The URLs the built sitemap lists. @astrojs/sitemap writes `sitemap-index.xml`, which names one
 * or more `sitemap-N.xml` files; these helpers follow it, so tests never care how many there are.
 */
import { readDist } from './dist';

const locsIn = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');

/**
 * Every page URL in the sitemap (absolute). `read` reads a built file by its path in the output
 * folder; `base` is the site's base path, which the sitemap's own URLs carry but the files do not.
 */
export function sitemapLocs(read: (file: string) => string = readDist, base = '/'): string[] {
  return locsIn(read('/sitemap-index.xml')).flatMap((sitemap) => {
    const pathname = new URL(sitemap).pathname;
    return locsIn(read(pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname));
  });
}

/** The sitemap's URLs as paths relative to the site root ("charts/x/"). */
export function sitemapPaths(base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/')): string[] {
  return sitemapLocs()
    .map((l) => new URL(l).pathname)
    .map((p) => (p.startsWith(base) ? p.slice(base.length) : p.replace(/^\//, '')));
}
