/**
 * Privacy and Content-Security-Policy in Chromium, on every built page, served with the
 * headers the build wrote to dist/_headers. Each page is loaded and then used (Tab through,
 * hover and focus a chart mark, so islands hydrate) before checking:
 *   - no request to any host but ours; no cookie; embed pages write no storage;
 *   - the response carried the strict CSP (script-src without 'unsafe-inline');
 *   - 0 `securitypolicyviolation` events.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site-session';
import { htmlPages } from '../support/dist';
import { trackRequests } from '../support/browser';

/** The built site and one Chromium for this file (tests/support/site-session.ts). */
const site = useSite();

interface Visit {
  page: Page;
  requests: string[];
  csp: string;
  violations: () => Promise<string[]>;
}

async function visit(path: string): Promise<Visit> {
  const context = await site.browser.newContext({ viewport: { width: 1000, height: 900 } });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const page = await context.newPage();
  const inFlight = trackRequests(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const consoleCsp: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text()); });
  const response = await page.goto(site.url + path, { waitUntil: 'load' });
  const csp = (await response?.allHeaders())?.['content-security-policy'] ?? '';
  // Use the page: keyboard through it and touch a chart mark so islands hydrate.
  for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
  const mark = page.locator('[data-mark]:visible').first();
  if (await mark.count()) {
    // Interaction only (the checks come later): a mark that cannot be hovered is not a failure here.
    await mark.hover({ timeout: 5000 }).catch(() => undefined);
    await page.waitForTimeout(200);
    await mark.focus();
    await page.keyboard.press('ArrowRight');
  }
  await inFlight.settled();
  return {
    page, requests, csp,
    violations: async () => [...consoleCsp, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))],
  };
}

const pages = htmlPages().map((p) => p.replace(/^\//, ''));
const embeds = pages.filter((p) => p.startsWith('embed/'));

describe.each(pages)('/%s', (path) => {
  // One visit per page (load, then use it); the tests below read what it recorded.
  let visited: Visit;
  beforeAll(async () => { visited = await visit(path); });
  afterAll(async () => { await visited?.page.context().close(); });

  test('requests nothing from another host and sets no cookie', async () => {
    const { page, requests } = visited;
    const origin = new URL(site.url).origin;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(origin) && !/^(data|blob):/.test(u))).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });

  test('is served with a strict CSP and causes 0 violations', async () => {
    const { csp, violations } = visited;
    // A host joins the site-wide and the page's policy with ", ": the browser enforces both.
    const policies = csp.split(/,\s*(?=default-src)/);
    expect(policies.length).toBeGreaterThan(0);
    for (const policy of policies) {
      const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
      expect(scriptSrc).toMatch(/^script-src 'self'/);
      expect(scriptSrc).not.toContain('unsafe-inline');
      // WebAssembly (Pagefind): in /search/'s own policy and the site-wide union only.
      const own = policy.includes('frame-ancestors');
      expect(scriptSrc.includes("'wasm-unsafe-eval'")).toBe(own ? path === 'search/' : scriptSrc.includes("'wasm-unsafe-eval'"));
      expect(scriptSrc.replace("'wasm-unsafe-eval'", '')).not.toContain('unsafe-eval');
      expect(policy).toContain("default-src 'none'");
    }
    expect(await violations()).toEqual([]);
  });

  test.runIf(path.startsWith('embed/'))('an embed writes no storage', async () => {
    expect(await storageOf(visited.page)).toEqual(NOTHING_STORED);
  });
});

/** What a page has stored on the device: an embed (inside another site) must store nothing. */
const storageOf = (page: Page) => page.evaluate(async () => ({
  local: localStorage.length,
  session: sessionStorage.length,
  idb: (await indexedDB.databases()).length,
  caches: (await caches.keys()).length,
}));
const NOTHING_STORED = { local: 0, session: 0, idb: 0, caches: 0 };

// Without a query, each embed's storage is checked on its visit above.
describe.each(embeds)('/%s writes no storage', (path) => {
  test('with query "?theme=dark"', async () => {
    const { page } = await visit(`${path}?theme=dark`);
    expect(await storageOf(page)).toEqual(NOTHING_STORED);
    await page.context().close();
  });
});

describe('the CSP check can fail', () => {
  test('an inline script that is not hashed is blocked and reported', async () => {
    const { page, violations } = await visit(pages[0] ?? '');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
    });
    await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
    for (const v of await violations()) expect(v).toMatch(/script-src/);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    await page.context().close();
  });
});
