// @ts-check
/**
 * Writes dist/_headers (Netlify / Cloudflare Pages format) after the build, from the HTML
 * that was actually built: every page gets a strict Content-Security-Policy whose script-src
 * lists the SHA-256 of each inline <script> on that page (theme script, island bootstrap), so
 * no 'unsafe-inline' is needed for scripts. Hashed assets under _astro/ get a one-year
 * immutable cache. Embed pages may be framed by any site; other pages only by this site.
 * The rules live in src/lib/security/csp.mjs so tests can rebuild the same policy.
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
