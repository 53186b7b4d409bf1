/**
 * Debian's Chromium driven by playwright-core: no test tool downloads a browser here.
 * `chromium.launch()` always starts with a fresh temporary profile (Playwright passes its
 * own new --user-data-dir and refuses one in `args`).
 */
import { chromium, type Browser, type Page, type Request } from 'playwright-core';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/**
 * Requests a page has started and not yet finished, by URL. `settled()` waits until none is
 * left and fails naming the ones still pending: unlike Playwright's 'networkidle' (500 ms of
 * quiet on every page, and only "Timeout" when one hangs) it returns as soon as the page is done.
 */
export function trackRequests(page: Page, timeout = 15_000) {
  const inFlight = new Map<Request, string>();
  page.on('request', (r) => inFlight.set(r, r.url()));
  page.on('requestfinished', (r) => inFlight.delete(r));
  page.on('requestfailed', (r) => inFlight.delete(r));
  return {
    async settled(): Promise<void> {
      const started = Date.now();
      // Two quiet checks in a row, so a request started by one that just finished is waited for too.
      let quiet = 0;
      while (quiet < 2) {
        if (Date.now() - started > timeout) throw new Error(`${page.url()}: requests still pending after ${timeout} ms: ${[...inFlight.values()].join(', ')}`);
        await page.waitForTimeout(50);
        quiet = inFlight.size === 0 ? quiet + 1 : 0;
      }
    },
  };
}
