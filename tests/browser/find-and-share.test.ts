/**
 * Find and share (issue 12 §8) in Chromium: /search/ by keyboard only (type a query, Tab to a
 * result link that carries the page's title, follow it), axe on /search/ with results in both
 * themes, and a chart's "Copy link" putting this view's URL on the clipboard and announcing
 * "Link copied" in its polite status region.
 */
import { describe, expect, test } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site-session';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const site = useSite();

/** Tab (at most 40 times) until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('/search/', () => {
  test('keyboard only: type a query, Tab to a titled result link, Enter opens it', async () => {
    const page = await site.open('search/');
    // Pagefind compiles WebAssembly: /search/'s policy must allow exactly that (no violation).
    await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
    await tabTo(page, 'input[type="search"]');
    await page.keyboard.type('naloxone');
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/^\d+ results?$/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('naloxone');
    await tabTo(page, '[data-search-results] a');
    const title = (await page.evaluate(() => document.activeElement?.textContent ?? '')).trim();
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(title.length).toBeGreaterThan(3);
    expect(title).not.toMatch(/^\//); // a title, not a bare URL
    expect(new URL(target).origin).toBe(new URL(site.url).origin);
    await Promise.all([page.waitForURL(target), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').first().textContent()).toContain(title);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test.each(['light', 'dark'] as const)('axe: no WCAG 2.2 A/AA violations with results (%s)', async (colorScheme) => {
    const page = await site.open('search/?q=treatment', { colorScheme });
    await expect.poll(() => page.locator('[data-search-results] a').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

describe('share control', () => {
  test('"Copy link" copies this view\'s URL and announces "Link copied"', async () => {
    const page = await site.open('charts/dea-seizures/?view=pills', { permissions: ['clipboard-read', 'clipboard-write'] });
    const box = page.locator('[data-share]');
    const copy = box.locator('[data-share-copy]');
    await expect.poll(() => copy.isVisible()).toBe(true);
    await copy.focus();
    await page.keyboard.press('Enter');
    const status = box.locator('[role="status"]');
    await expect.poll(() => status.textContent()).toBe('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(new URL('charts/dea-seizures/?view=pills', site.url).href);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});
