// @ts-check
/**
 * After the build, for every page in dist/:
 *   1. check it: only the project's own inline scripts (derived from the source by
 *      src/lib/security/own-scripts.mjs), no event-handler attribute, no javascript: URL. Any
 *      other script — one that content smuggled in — fails the build with the page and the
 *      script, instead of being hashed and allowed with the rest;
 *   2. add its Content-Security-Policy as a <meta http-equiv> (hosts that ignore _headers, such
 *      as GitHub Pages, still block injected script);
 *   3. write dist/_headers (Netlify / Cloudflare Pages format): a strict CSP per page whose
 *      script-src lists the SHA-256 of that page's inline scripts (no 'unsafe-inline'),
 *      frame-ancestors (embeds: any site; every other page, the 404 included: this site), and
 *      a one-year immutable cache for the hashed files under _astro/.
 * The rules live in src/lib/security/csp.mjs so tests apply exactly the same ones.
 *
 * Why hand-written, not Astro's `security.csp`: in a static build Astro emits the policy only as
 * a `<meta http-equiv>` tag, and a meta CSP cannot carry `frame-ancestors` (browsers ignore it
 * there) — the one directive that must differ between embeds (framed anywhere) and site pages
 * (framed only by this site). JSON-LD blocks (`type="application/ld+json"`) are data, not
 * executed, and get no hash.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files.mjs';
import { headersFile, pageProblems, runsWasm, withMetaPolicy } from '../lib/security/csp.mjs';
import { ownInlineScripts } from '../lib/security/own-scripts.mjs';


export class UnsafePageError extends Error {
  /** @param {{ file: string, problems: string[] }[]} pages */
  constructor(pages) {
    super(`Built pages hold code the project did not write (content must not carry code):\n${pages.flatMap((p) => p.problems.map((m) => `  - dist${p.file}: ${m}`)).join('\n')}\n`
      + '  If a script is the project\'s own, it must come from the source: an is:inline script in src/**/*.astro, an Astro client directive, '
      + 'or a processed <script> (kept a file by vite.build.assetsInlineLimit: 0).');
    this.name = 'UnsafePageError';
  }
}

/**
 * Check, protect and write headers for a built site (the build hook; tests call it on a copy).
 * @param {{ dist: string, base: string, root: string, clientDirectives?: readonly import('../lib/security/own-scripts.mjs').ClientDirective[] }} opts
 * @returns {Promise<number>} pages written
 */
export async function secureBuild({ dist, base, root, clientDirectives = [] }) {
  const own = await ownInlineScripts({ root, clientDirectives });
  const allowed = new Set(own.map((s) => s.hash));
  const pages = await Promise.all((await htmlFiles(dist)).map(async (full) => ({
    full,
    file: '/' + path.relative(dist, full).split(path.sep).join('/'),
    html: await readFile(full, 'utf8'),
  })));
  const unsafe = pages.map((p) => ({ file: p.file, problems: pageProblems(p.html, allowed) })).filter((p) => p.problems.length);
  if (unsafe.length) throw new UnsafePageError(unsafe);
  for (const p of pages) {
    p.html = withMetaPolicy(p.html, runsWasm(p.file));
    await writeFile(p.full, p.html);
  }
  await writeFile(path.join(dist, '_headers'), headersFile(pages, base, [...allowed]));
  return pages.length;
}

/**
 * @param {{ clientDirectives?: readonly import('../lib/security/own-scripts.mjs').ClientDirective[] }} [options]
 * @returns {import('astro').AstroIntegration}
 */
export default function securityHeaders(options = {}) {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const n = await secureBuild({ dist: fileURLToPath(dir), base, root, clientDirectives: options.clientDirectives ?? [] });
        logger.info(`${n} pages checked for foreign scripts; CSP <meta> and _headers written`);
      },
    },
  };
}
