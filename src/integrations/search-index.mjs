// @ts-check
/**
 * Site search (issue 12 §8): after the pages are written, Pagefind indexes the reader pages —
 * those whose <main> carries data-pagefind-body (Base.astro: the story, the charts, the
 * classroom kit, about) — and writes its bundle to dist/pagefind/. Only /search/ loads it
 * (src/scripts/search.ts), and only /search/'s policy allows the WebAssembly it runs
 * (src/lib/security/csp.mjs). An Astro integration, not a postbuild script, because
 * scripts/test.sh runs `astro build` directly.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Parts of a reader page that are not reading matter: chart marks, data tables, controls, source numbers. */
const EXCLUDE = ['svg', 'table', 'nav', 'fieldset', 'button', 'sup', '.chart-share', '.embed-code', '.chart-downloads'];

/** Pagefind's ready-made interfaces: /search/ has its own (words from content/ui), so they are not shipped. */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\./;

/** @returns {import('astro').AstroIntegration} */
export default function searchIndex() {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: EXCLUDE });
          if (!index) throw new Error(errors.join('; '));
          const added = await index.addDirectory({ path: dist });
          if (added.errors.length) throw new Error(added.errors.join('; '));
          if (added.page_count === 0) throw new Error('no page has data-pagefind-body: nothing to search');
          const out = path.join(dist, 'pagefind');
          const written = await index.writeFiles({ outputPath: out });
          if (written.errors.length) throw new Error(written.errors.join('; '));
          for (const f of (await readdir(out)).filter((n) => UNUSED.test(n))) await rm(path.join(out, f));
          const indexed = (await readdir(path.join(out, 'fragment'))).length;
          logger.info(`search index written to pagefind/: ${indexed} reader pages of ${added.page_count}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
