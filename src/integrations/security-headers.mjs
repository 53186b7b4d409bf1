// @ts-check
/**
 * Writes dist/_headers (Netlify / Cloudflare Pages format) after the build, from the HTML
 * that was actually built: every page gets a strict Content-Security-Policy whose script-src
 * lists the SHA-256 of each inline <script> on that page (theme script, island bootstrap), so
 * no 'unsafe-inline' is needed for scripts. Hashed assets under _astro/ get a one-year
 * immutable cache. Embed pages may be framed by any site; other pages only by this site.
 * The rules live in src/lib/security/csp.mjs so tests can rebuild the same policy.
 *
 * Why hand-written, not Astro's `security.csp`: in a static build Astro emits the policy as a
 * `<meta http-equiv>` tag, and a meta CSP cannot carry `frame-ancestors` (browsers ignore it
 * there) — the one directive that must differ between embeds (framed anywhere) and site pages
 * (framed only by this site). With no server adapter there is no other place Astro could send
 * headers, so keep this integration. JSON-LD blocks (`type="application/ld+json"`) are not
 * executed and get no hash.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/security/csp.mjs';

/** @param {string} dir @returns {Promise<string[]>} */
async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? htmlFiles(full) : Promise.resolve(e.name.endsWith('.html') ? [full] : []);
  }));
  return nested.flat();
}

/** @returns {import('astro').AstroIntegration} */
export default function securityHeaders() {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = await Promise.all((await htmlFiles(root)).map(async (file) => ({
          file: '/' + path.relative(root, file).split(path.sep).join('/'),
          html: await readFile(file, 'utf8'),
        })));
        await writeFile(path.join(root, '_headers'), headersFile(pages, base));
        logger.info(`_headers written: CSP for ${pages.length} pages`);
      },
    },
  };
}
