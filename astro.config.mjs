// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import intentDirective from './src/directives/integration.mjs';
import securityHeaders from './src/integrations/security-headers.mjs';
import classroomPack from './src/integrations/classroom-pack.mjs';

// SITE_URL / BASE_PATH let a deploy (or the base-path test) move the site; the defaults are
// a reserved example domain so a local build never claims somebody else's host.
const site = process.env.SITE_URL ?? 'https://fentanyl-explainer.example';
const base = process.env.BASE_PATH ?? '/';

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
  integrations: [svelte({ extensions: ['.svelte', '.svx'] }), intentDirective(), securityHeaders(), classroomPack()],
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
