/** The URLs the built sitemap lists, as paths relative to the site root ("charts/x/"). */
import { readDist } from './dist';

export function sitemapPaths(base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/')): string[] {
  return [...readDist('/sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1] ?? '').pathname)
    .map((p) => (p.startsWith(base) ? p.slice(base.length) : p.replace(/^\//, '')));
}
