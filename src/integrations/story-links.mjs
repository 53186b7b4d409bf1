// @ts-check
/**
 * The story is split into pages (the front page and /story/<id>/ chapters), but its words link
 * by fragment: `[What nobody has measured](#unmeasured)`, the evidence popovers' `#evidence-key`,
 * and older links into the one-page story (`/#border-detection`). After the build, every such
 * link whose target id is not on its own page is pointed at the story page that holds the id.
 * A fragment found on no story page is left alone (the links test then names it).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files.mjs';


const idsOf = (/** @type {string} */ html) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));

/**
 * @param {{ file: string, html: string }[]} pages every page, story pages first (they win when
 *   two pages hold an id); file relative to dist ("story/x/index.html")
 * @param {string} base site base path ("/" or "/fentanyl/")
 * @returns {Map<string, string>} rewritten HTML by file (only pages that changed)
 */
export function relinkStory(pages, base) {
  const urlOf = (/** @type {string} */ file) => base + file.replace(/index\.html$/, '');
  const ids = new Map(pages.map((p) => [urlOf(p.file), idsOf(p.html)]));
  /** @type {Map<string, string>} id → URL of the first page holding it */
  const home = new Map();
  for (const p of pages) for (const id of ids.get(urlOf(p.file)) ?? []) if (!home.has(id)) home.set(id, urlOf(p.file));
  /** @type {Map<string, string>} */
  const out = new Map();
  for (const p of pages) {
    const self = urlOf(p.file);
    const html = p.html.replace(/href="([^"#]*)#([^"]+)"/g, (whole, before, id) => {
      // Only links within the page or to the front page: those are the story's own.
      const target = before === '' ? self : before === base ? base : undefined;
      if (!target || ids.get(target)?.has(id)) return whole;
      const holder = home.get(id);
      return holder ? `href="${holder}#${id}"` : whole;
    });
    if (html !== p.html) out.set(p.file, html);
  }
  return out;
}

/** @param {{ base?: string }} [options] @returns {import('astro').AstroIntegration} */
export default function storyLinks(options = {}) {
  return {
    name: 'story-links',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const base = (options.base ?? '/').replace(/\/?$/, '/');
        const files = (await htmlFiles(dist)).map((f) => path.relative(dist, f).split(path.sep).join('/'));
        // Story pages first: an id they hold is theirs. Pages outside the story (classroom,
        // about) may link to `/#section` too, so every page is read.
        const isStory = (/** @type {string} */ f) => f === 'index.html' || f.startsWith('story/');
        const ordered = [...files.filter(isStory), ...files.filter((f) => !isStory(f))];
        const pages = await Promise.all(ordered.map(async (file) => ({ file, html: await readFile(path.join(dist, file), 'utf8') })));
        const changed = relinkStory(pages, base);
        for (const [file, html] of changed) await writeFile(path.join(dist, file), html);
        logger.info(`pointed fragment links at the story page that holds their target (${changed.size} pages)`);
      },
    },
  };
}
