/**
 * One built site served over loopback and one Chromium per test file: registers beforeAll /
 * afterAll and returns `open()`, which records page errors and console errors on `page.errors`.
 * dist/ by default; a test of another build (BASE_PATH) passes its folder, prefix and build step.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveStatic, type StaticServer } from './static-server';
import { DIST } from './dist';

export type TrackedPage = Page & { errors: string[] };

/** Another built site than dist/: its folder, the sub-path it is served under, and how to build it first. */
export interface SiteOptions {
  root?: string;
  prefix?: string;
  /** Runs before the server starts (e.g. a build into `root`); its time counts against `timeout`. */
  prepare?: () => void | Promise<void>;
  timeout?: number;
}

export function useSite(defaults: BrowserContextOptions = { viewport: { width: 1000, height: 900 } }, site: SiteOptions = {}) {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await site.prepare?.();
    server = await serveStatic(site.root ?? DIST, site.prefix ? { prefix: site.prefix } : {});
    browser = await launchBrowser();
  }, site.timeout);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = () => {
    if (!server || !browser) throw new Error('useSite(): the site is not started yet');
    return { server, browser };
  };
  return {
    get url() { return started().server.url; },
    get browser() { return started().browser; },
    /** A new context and page at `path` (relative to the site root), errors tracked. */
    async open(path: string, options: BrowserContextOptions = {}): Promise<TrackedPage> {
      const context = await started().browser.newContext({ ...defaults, ...options });
      const page = (await context.newPage()) as TrackedPage;
      page.errors = [];
      page.on('pageerror', (e) => page.errors.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
      await page.goto(started().server.url + path, { waitUntil: 'load' });
      return page;
    },
  };
}
