// @ts-check
/**
 * Chart islands do not carry their layout in the page (issue 12 item 6). A chart is complete
 * SVG before any script runs; its island (`client:intent`) needs the build-time layout only when
 * a reader points at, focuses or touches it. So after the build, each intent island's props are
 * moved out of the HTML into a content-hashed file, `_islands/<hash>.json` (the same chart's
 * props on many pages share one file), and the island gets `props="{}"` plus
 * `data-props-src`. The intent directive (src/directives/intent.ts) fetches that file while the
 * component loads and then hydrates with it. A page nobody touches pays for neither.
 *
 * Runs before the integrations that read the final pages (security headers, search, the kit's
 * pack). Props are Astro's own serialisation, moved verbatim: nothing is re-encoded.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files.mjs';
import { decodeEntities } from '../lib/content/guard.mjs';

export const ISLAND_PROPS_DIR = '_islands';

/** Props smaller than this stay inline: a request costs more than a few hundred bytes. */
const MIN_BYTES = 512;

/**
 * Rewrites one page: returns the new HTML and the props files it needs (name → JSON text).
 * @param {string} html @param {string} base site base path ("/" or "/fentanyl/")
 */
export function moveIslandProps(html, base) {
  /** @type {Map<string, string>} */
  const files = new Map();
  const out = html.replace(/<astro-island\b[^>]*>/g, (tag) => {
    if (!/\sclient="intent"/.test(tag)) return tag;
    const m = /\sprops="([^"]*)"/.exec(tag);
    if (!m || (m[1] ?? '').length < MIN_BYTES) return tag;
    // The attribute as the browser would read it (Astro escapes &, <, >, quotes).
    const json = decodeEntities(m[1] ?? '');
    JSON.parse(json); // fails the build on anything that is not the JSON Astro wrote
    const name = `${createHash('sha256').update(json).digest('hex').slice(0, 16)}.json`;
    files.set(name, json);
    return tag.replace(m[0], ` props="{}" data-props-src="${base}${ISLAND_PROPS_DIR}/${name}"`);
  });
  return { html: out, files };
}

/** @param {{ base?: string }} [options] @returns {import('astro').AstroIntegration} */
export default function islandProps({ base = '/' } = {}) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return {
    name: 'island-props',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        /** @type {Map<string, string>} */
        const all = new Map();
        let pages = 0;
        for (const file of await htmlFiles(dist)) {
          const { html, files } = moveIslandProps(await readFile(file, 'utf8'), prefix);
          if (!files.size) continue;
          pages += 1;
          for (const [name, json] of files) all.set(name, json);
          await writeFile(file, html);
        }
        await mkdir(path.join(dist, ISLAND_PROPS_DIR), { recursive: true });
        await Promise.all([...all].map(([name, json]) => writeFile(path.join(dist, ISLAND_PROPS_DIR, name), json)));
        logger.info(`chart islands' props moved out of ${pages} pages into ${all.size} files under /${ISLAND_PROPS_DIR}/`);
      },
    },
  };
}
