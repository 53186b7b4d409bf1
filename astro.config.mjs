// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import intentDirective, { intent } from './src/directives/integration.mjs';
import securityHeaders from './src/integrations/security-headers.mjs';
import contentModules from './src/integrations/content-modules.mjs';
import classroomPack from './src/integrations/classroom-pack.mjs';
import leftovers from './src/integrations/leftovers.mjs';
import storyLinks from './src/integrations/story-links.mjs';
import searchIndex from './src/integrations/search-index.mjs';
import islandProps from './src/integrations/island-props.mjs';
import embedAssets from './src/integrations/embed-assets.mjs';

// SITE_URL / BASE_PATH let a deploy (or the base-path test) move the site; the defaults are
// a reserved example domain so a local build never claims somebody else's host.
const site = process.env.SITE_URL ?? 'https://fentanyl-explainer.example';
const base = process.env.BASE_PATH ?? '/';

/**
 * Languages of the site: locale key (first path segment; the default has none) → BCP-47 tag.
 * One today, so the sitemap has no alternates yet; with a second entry here (plus Astro's `i18n`
 * routing and the pages) @astrojs/sitemap writes `xhtml:link` alternates for each page.
 */
const LOCALES = { en: 'en-US' };

/**
 * Pages left out of the sitemap: embeds (noindex, shown inside other sites) and the 404 page.
 * @param {string} url
 */
const notInSitemap = (url) => /\/embed\/|\/404\/?$/.test(new URL(url).pathname);

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Hydration chunks must not preload CSS that is never emitted (stack-facts.md).
    inlineStylesheets: 'never',
  },
  integrations: [
    svelte({ extensions: ['.svelte', '.svx'] }),
    intentDirective(),
    contentModules(),
    sitemap({ filter: (url) => !notInSitemap(url), i18n: { defaultLocale: 'en', locales: LOCALES } }),
    storyLinks({ base }),
    // Chart islands' layouts out of the HTML, fetched on intent (before anything reads the final pages).
    islandProps({ base }),
    // Embeds: one stylesheet, one script, the island runtime on intent (issue 12 item 6).
    embedAssets({ base, clientDirectives: [intent] }),
    securityHeaders({ clientDirectives: [intent] }),
    leftovers(),
    // After the pages are final: Pagefind's index of the reader pages, for /search/.
    searchIndex(),
    // After the pages are written: zips the kit's pages, Word files and chart files.
    classroomPack(),
  ],
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
