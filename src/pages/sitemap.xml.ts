import type { APIRoute } from 'astro';
import { absolute } from '../lib/paths';

/**
 * Every indexable page, found from the page modules themselves so new pages are listed
 * without editing this file. Embeds (noindex), 404 and non-HTML endpoints are left out.
 */
const modules = import.meta.glob<{ getStaticPaths?: () => Promise<{ params: Record<string, string | undefined> }[]> }>(
  './**/*.astro',
);

function routeOf(file: string, params: Record<string, string | undefined> = {}): string {
  let route = file.replace(/^\.\//, '/').replace(/\.astro$/, '').replace(/\/index$/, '/');
  route = route.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, name: string) => params[name] ?? '');
  return route.replace(/\/+/g, '/').replace(/([^/])$/, '$1/');
}

export async function sitemapPaths(): Promise<string[]> {
  const paths: string[] = [];
  for (const [file, load] of Object.entries(modules)) {
    if (file.startsWith('./embed/') || /\/404\.astro$|\/500\.astro$/.test(file) || /\/_/.test(file)) continue;
    if (!file.includes('[')) {
      paths.push(routeOf(file));
      continue;
    }
    const mod = await load();
    for (const entry of (await mod.getStaticPaths?.()) ?? []) paths.push(routeOf(file, entry.params));
  }
  return [...new Set(paths)].sort();
}

export const GET: APIRoute = async ({ site }) => {
  const urls = (await sitemapPaths()).map((p) => `  <url><loc>${absolute(p, site)}</loc></url>`);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
