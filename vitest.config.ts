/**
 * Test projects, run in this order by scripts/test.sh (npm test):
 *   unit    – pure functions and Svelte SSR, beside the code (src/**\/*.test.ts)
 *   data    – broken-data fixtures must fail the content sync/build with file, row and field
 *   build   – parse the built dist/ and check what every page type must contain
 *   browser – Debian Chromium via playwright-core: axe, keyboard, no-JS, resize
 * Astro's Vite config is used so .svelte files compile exactly as in the site.
 */
/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'data', include: ['tests/data/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
