// @ts-check
/**
 * The inline scripts this project wrote (or Astro writes for it), derived from the source, never
 * from what happens to be in dist/. Only these are hashed into the CSP; any other inline script
 * in a built page fails the build (src/integrations/security-headers.mjs), so content that
 * smuggled a <script> in cannot be allow-listed by accident.
 *   - every `<script is:inline>` body in src/**\/*.astro (the theme scripts);
 *   - Astro's island runtime and its built-in client directives (idle, load, media, only,
 *     visible), as Astro's own prebuilt strings;
 *   - the project's custom client directives (client:intent), compiled with Astro's own
 *     directive builder, so the text is byte for byte what Astro inlines.
 * Astro-processed `<script>` tags are files under 'self', never inline: astro.config.mjs keeps
 * `vite.build.assetsInlineLimit: 0`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** @param {string} body */
export const scriptHash = (body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;

/** @typedef {{ name: string, entrypoint: string }} ClientDirective */
/** @typedef {{ hash: string, origin: string, island?: true }} OwnScript `island`: Astro's island runtime or a client directive (what hydrates islands) */

/** @param {string} dir @returns {string[]} */
function astroFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? astroFiles(full) : e.name.endsWith('.astro') ? [full] : [];
  });
}

/** Bodies of `<script is:inline>` elements (without src) in one .astro source. @param {string} source */
export function inlineScriptBodies(source) {
  return [...source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs = '']) => /\bis:inline\b/.test(attrs) && !/\bsrc\s*=/.test(attrs) && !/\bdefine:vars\b/.test(attrs))
    .map(([, , body = '']) => body)
    .filter((b) => b.length > 0);
}

const ASTRO_DIRECTIVES = ['idle', 'load', 'media', 'only', 'visible'];

/**
 * Every inline script the project may put in a page, with where it comes from.
 * @param {{ root: string, clientDirectives?: readonly ClientDirective[] }} opts
 * @returns {Promise<OwnScript[]>}
 */
export async function ownInlineScripts({ root, clientDirectives = [] }) {
  /** @type {OwnScript[]} */
  const out = [];
  for (const file of astroFiles(path.join(root, 'src'))) {
    for (const body of inlineScriptBodies(readFileSync(file, 'utf8'))) out.push({ hash: scriptHash(body), origin: path.relative(root, file) });
  }
  const require = createRequire(path.join(root, 'package.json'));
  const astroDir = path.dirname(require.resolve('astro/package.json'));
  const load = async (/** @type {string} */ rel) => (await import(pathToFileURL(path.join(astroDir, 'dist', rel)).href)).default;
  out.push({ hash: scriptHash(await load('runtime/server/astro-island.prebuilt.js')), origin: 'astro: island runtime', island: true });
  for (const d of ASTRO_DIRECTIVES) out.push({ hash: scriptHash(await load(`runtime/client/${d}.prebuilt.js`)), origin: `astro: client:${d}`, island: true });
  if (clientDirectives.length) {
    const { buildClientDirectiveEntrypoint } = await import(pathToFileURL(path.join(astroDir, 'dist/core/client-directive/build.js')).href);
    for (const d of clientDirectives) {
      out.push({ hash: scriptHash(await buildClientDirectiveEntrypoint(d.name, d.entrypoint, pathToFileURL(`${root}/`))), origin: `client:${d.name} (${path.relative(root, d.entrypoint)})`, island: true });
    }
  }
  return out;
}
