/**
 * Hostile content and hostile storage in Chromium (issue 16), against the built dist/:
 *   - a script that content smuggled into a page is blocked by the site's CSP — served with
 *     the build's _headers, and served with no headers at all (GitHub Pages: the page's own
 *     <meta> policy) — with a CSP violation and no alert;
 *   - the 404 answered for any unknown path cannot be framed by another site; embeds can;
 *   - the stance check ignores stored junk, says what it dropped, keeps the rest, and works
 *     with storage blocked;
 *   - a long unbroken word in the content never makes a page scroll sideways at 390 px.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DIST } from '../support/dist';
import { serveStatic, type StaticServer } from '../support/static-server';
import { hostPage, serveHost, type HostServer } from '../support/host-server';
import { useSite } from '../support/site-session';

// The built site (dist/ with its _headers) and one Chromium for the whole file.
const site = useSite();

/** Open a page, recording CSP violations, dialogs and errors from the first byte on. */
async function open(url: string, init?: () => void) {
  const context = await site.browser.newContext({ viewport: { width: 1000, height: 900 } });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI || 'inline'}`));
  });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'load' });
  const violations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return { page, dialogs, errors, violations };
}

describe('a script smuggled into a built page is blocked', () => {
  let dist: string;
  const servers: StaticServer[] = [];
  beforeAll(() => {
    // As if content had got past every check at build time: the script is in the HTML.
    dist = mkdtempSync(path.join(tmpdir(), 'injected-dist-'));
    cpSync(DIST, dist, { recursive: true });
    const file = path.join(dist, 'index.html');
    const html = readFileSync(file, 'utf8');
    const injected = html.replace(/<main id="main"[^>]*>/, (main) => `${main}<script>window.__ran = true; alert(document.domain)</script><img src="/favicon.svg" alt="" onload="window.__ran = true; alert(2)">`);
    // The planted script must really be in the page, or the test below proves nothing.
    if (injected === html) throw new Error('dist/index.html has no <main id="main">: the planted script was not inserted');
    writeFileSync(file, injected);
  });
  afterAll(async () => { for (const s of servers) await s.close(); });

  test.each([
    ['served with the _headers the build wrote (Netlify, Cloudflare Pages)', true],
    ['served with no headers at all (GitHub Pages): the page\'s <meta> policy', false],
  ])('%s', async (_host, headersFile) => {
    const server = await serveStatic(dist, { headersFile });
    servers.push(server);
    const { page, dialogs, violations } = await open(server.url);
    await expect.poll(async () => (await violations()).length).toBeGreaterThanOrEqual(2);
    for (const v of await violations()) expect(v).toMatch(/^script-src(-elem|-attr)? inline$/);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    // The page itself still works: its own scripts are allowed (the theme script ran).
    expect(await page.evaluate(() => typeof (window as unknown as { Astro?: object }).Astro)).toBe('object');
    await page.context().close();
  });
});

describe('framing', () => {
  let host: HostServer;
  beforeAll(async () => { host = await serveHost(); });
  afterAll(async () => { await host?.close(); });

  async function framed(pathname: string): Promise<{ loaded: boolean; page: Page }> {
    host.setPage('/frame.html', hostPage('Framing test', `<iframe src="${site.url}${pathname}" title="framed" style="height:400px"></iframe>`));
    const { page } = await open(`${host.url}frame.html`);
    await page.waitForTimeout(300);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const loaded = !!frame && frame.url().startsWith(site.url) && (await frame.evaluate(() => document.title).catch(() => '')) !== '';
    return { loaded, page };
  }

  test('the 404 for an unknown path cannot be framed by another site', async () => {
    const { loaded, page } = await framed('no-such-page/');
    expect(loaded).toBe(false);
    await page.context().close();
  });

  test('an embed can be framed by any site', async () => {
    const { loaded, page } = await framed('embed/dea-seizures/');
    expect(loaded).toBe(true);
    await page.context().close();
  });
});

describe('the stance check validates what it reads from storage', () => {
  const KEY = 'fentanyl-explainer:stance-check:v1';
  async function stance(init?: () => void) {
    // The stance check is on its own chapter (issue 12).
    const opened = await open(new URL('story/where-do-you-stand/', site.url).href, init);
    const island = opened.page.locator('[data-interactive="stance-check"]');
    await island.scrollIntoViewIfNeeded();
    await opened.page.locator('[data-interactive="stance-check"][data-ready]').waitFor({ timeout: 15_000 });
    return { ...opened, island };
  }
  const optionIds = (page: Page) => page.locator('[data-interactive="stance-check"] fieldset[data-option]').evaluateAll((els) => els.map((e) => e.getAttribute('data-option') ?? ''));

  test('unknown keys and damaged values are dropped and reported; valid answers are kept', async () => {
    const probe = await stance();
    const [first, second] = await optionIds(probe.page);
    await probe.page.context().close();
    const stored = JSON.stringify({ [first!]: 'support', [second!]: 'way-too-much', 'no-such-option': 'support', junk: 7 });
    const { page, island, errors } = await stance(new Function(`try { localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(stored)}); } catch {}`) as () => void);
    const total = await island.locator('fieldset[data-option]').count();
    await expect.poll(() => island.getByText(`1 of ${total} answered`).count()).toBe(1);
    await expect.poll(() => island.locator('.storage-notice').textContent()).toMatch(/^3 saved answers on this device could not be used .* Your other answers are kept\.$/);
    expect(await island.locator(`fieldset[data-option="${first}"] .your-answer strong`).textContent()).toBe('Support');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  test('with storage blocked the reader is told, answers work for the visit and Clear does not throw', async () => {
    const { page, island, errors } = await stance(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
    });
    await expect.poll(() => island.locator('.storage-notice').textContent()).toMatch(/does not let the page save your answers/);
    await island.locator('fieldset[data-option] .extra-answers input').first().click();
    await expect.poll(() => island.getByText(/^\s*1 of \d+ answered/).count()).toBe(1);
    await island.getByRole('button', { name: 'Clear my answers' }).click();
    await expect.poll(() => island.getByText(/^\s*0 of \d+ answered/).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('long unbroken words wrap instead of widening the page', () => {
  const LONG = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(3);
  test.each(['', 'charts/dea-seizures/', 'embed/dea-seizures/', 'charts/', 'classroom/lesson-1/', 'classroom/role-cards/', 'classroom/evidence/', 'about/'])('/%s at 390 px', async (p) => {
    const page = await site.open(p, { viewport: { width: 390, height: 844 } });
    const widths = await page.evaluate((long) => {
      // Every text-bearing element of the content (titles, prose, lists, captions, table cells).
      for (const el of document.querySelectorAll('main :is(h1, h2, h3, p, li, figcaption, dd, td, th, legend, label, summary, caption, a)')) {
        if (el.children.length === 0 && el.textContent?.trim()) el.textContent = `${long} ${el.textContent}`;
      }
      return { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth };
    }, LONG);
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.context().close();
  });
});
