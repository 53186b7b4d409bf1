import type { APIRoute } from 'astro';
import { absolute } from '../lib/paths';

/**
 * Everything may be crawled; embeds carry their own noindex. Points crawlers at the sitemap index
 * that @astrojs/sitemap writes (astro.config.mjs).
 */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
