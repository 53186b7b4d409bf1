/**
 * Real-browser checks in Debian Chromium: axe on every page (dark theme: see darkPages), the chart by
 * keyboard and pointer, hydration keeping the server SVG, no-JS rendering, narrow screens,
 * and the theme choice persisting.
 */
import { describe, expect, test } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { useSite } from '../support/site-session';
import { firstOfEachSection, htmlPages } from '../support/dist';
import { sitemapPaths } from '../support/sitemap';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const CHART = 'charts/dea-seizures/';
const EMBED = 'embed/dea-seizures/';

/** The built site and one Chromium for this file (tests/support/site-session.ts). */
const site = useSite();

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 1000, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(site.url + path, { waitUntil: 'load' });
  return page;
}
const errorsOf = (page: Page) => (page as Page & { errors: string[] }).errors;
// Every URL in the sitemap, plus pages it leaves out on purpose (embeds, 404).
const pages = [...new Set([...sitemapPaths(), ...htmlPages().map((p) => p.replace(/^\//, ''))])];
/**
 * Dark theme: every page except the classroom's and the embeds' beyond the first three of each
 * (those share one template with the pages before them, and every token pair's contrast in both
 * themes is unit-tested in src/styles/contrast.test.ts). Keeps `npm test` under 30 minutes.
 */
const darkPages = new Set([...pages.filter((p) => !/^(classroom|embed)\//.test(p)), ...firstOfEachSection(pages, 3)]);
/** Wide screens overflow only when a template does: one page per section at 1400 px; every page at 320 (with axe). */
const widePages = new Set(firstOfEachSection(pages, 1));

/**
 * axe on every page: light at a 320 px phone width (one visit also checks the page does not
 * scroll sideways there), dark at 1000 px (darkPages), so each page is audited at both widths'
 * layouts without a third visit.
 */
describe('axe finds no WCAG 2.2 A/AA violations', () => {
  test.each(pages.flatMap((p) => (darkPages.has(p) ? [[p, 'light'], [p, 'dark']] as const : [[p, 'light']] as const)))('%s (%s)', async (path, colorScheme) => {
    const phone = colorScheme === 'light';
    // Embeds are light whatever the system says; a host asks for dark with ?theme=dark.
    const url = colorScheme === 'dark' && path.startsWith('embed/') ? `${path}?theme=dark` : path;
    const page = await open(url, phone ? { colorScheme, viewport: { width: 320, height: 800 } } : { colorScheme });
    if (path.startsWith('embed/')) expect(await page.evaluate(() => document.documentElement.dataset['theme']), 'embed theme').toBe(colorScheme);
    if (phone) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'horizontal scroll at 320 px').toBeLessThanOrEqual(0);
    }
    // Off-screen parts with `content-visibility: auto` skip rendering (the story's sections keep
    // a 1500 px placeholder), so axe would measure their content laid over what follows; audit
    // the page as a reader scrolled to each part sees it. (CSSOM, not a <style> tag: the CSP
    // forbids inline styles.)
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
      }
    });
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });
});

async function tabToFirstMark(page: Page): Promise<void> {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.hasAttribute('data-mark'))) return;
  }
  throw new Error('no chart mark reached by Tab');
}
const activeMark = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-mark'));
const liveText = (page: Page) => page.locator('[aria-live="polite"]').first().textContent();

describe.each([CHART, EMBED])('%s: the chart by keyboard and pointer', (path) => {
  test('Tab reaches the chart once; arrows step through marks with tooltip and live readout; Escape hides', async () => {
    const page = await open(path);
    const serverSvg = await page.locator('svg[role="group"]').first().elementHandle();
    await tabToFirstMark(page);
    expect(await activeMark(page)).toBe('fake_pills_seized-2021');
    const tooltip = page.locator('[role="tooltip"]');
    await expect.poll(() => tooltip.textContent()).toContain('more than 20 million');
    await expect.poll(() => liveText(page)).toContain('more than 20 million fentanyl-laced fake pills');

    await page.keyboard.press('ArrowRight');
    expect(await activeMark(page)).toBe('fake_pills_seized-2022');
    await expect.poll(() => tooltip.textContent()).toContain('more than 50.6 million');
    await expect.poll(() => liveText(page)).toContain('more than 50.6 million');

    await page.keyboard.press('End');
    expect(await activeMark(page)).toBe('fentanyl_powder_seized-2024');
    await expect.poll(() => tooltip.textContent()).toContain('nearly 8,000 pounds');

    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.count()).toBe(0);
    expect(await activeMark(page)).toBe('fentanyl_powder_seized-2024');

    // Only one mark is in the tab order: Tab leaves the chart.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-mark'))).toBe(false);

    // Hydration kept the server-rendered SVG node instead of re-mounting it.
    expect(await serverSvg?.evaluate((el) => el.isConnected)).toBe(true);
    expect(errorsOf(page)).toEqual([]);
    await page.context().close();
  });

  test('hovering a column shows its tooltip; the tooltip can itself be hovered', async () => {
    const page = await open(path);
    const mark = page.locator('[data-mark="fentanyl_powder_seized-2023"] rect');
    await mark.hover();
    const tooltip = page.locator('[role="tooltip"]');
    // The first hover starts hydration; hover again once the island is live.
    await expect.poll(async () => {
      await page.mouse.move(0, 0);
      await mark.hover();
      return tooltip.textContent();
    }).toContain('nearly 12,000 pounds of fentanyl powder');
    await tooltip.hover();
    await page.waitForTimeout(400);
    expect(await tooltip.count()).toBe(1);
    await page.mouse.move(0, 0);
    await expect.poll(() => tooltip.count()).toBe(0);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  test.each([CHART, EMBED])('%s shows the whole chart, labels and source', async (path) => {
    const page = await open(path, { javaScriptEnabled: false });
    expect(await page.locator('svg[role="group"]').count()).toBe(2);
    expect(await page.locator('svg [data-mark] rect').count()).toBe(7);
    const labels = await page.locator('svg text').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['more than', '50.6M', 'nearly', '12,000']));
    expect(await page.locator('svg rect').first().isVisible()).toBe(true);
    await expect.poll(() => page.locator('.chart-source').textContent()).toMatch(/Source: DEA\./) // issue 10: credits name the agency by its short name;
    await page.context().close();
  });

  test('the chart page table is present', async () => {
    const page = await open(CHART, { javaScriptEnabled: false });
    expect(await page.locator('table.data-table tbody tr').count()).toBe(7);
    await page.context().close();
  });
});

describe('narrow screens', () => {
  // 320 px is checked on every page with its axe run above.
  test.each([...widePages].map((p) => [p, 1400] as const))('%s at %d px: no horizontal scroll', async (path, width) => {
    const page = await open(path, { viewport: { width, height: 800 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  test('at 320 px the chart fills its container and every SVG text is at least 12 px', async () => {
    const page = await open(CHART, { viewport: { width: 320, height: 800 } });
    const sizes = await page.locator('svg text').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    const { svg, container } = await page.evaluate(() => ({
      svg: document.querySelector('svg[role="group"]')!.getBoundingClientRect().width,
      container: document.querySelector('.chart-graphic')!.getBoundingClientRect().width,
    }));
    expect(svg).toBeCloseTo(container, 0);
    // Labels stay inside the viewport.
    const right = await page.locator('svg text').evaluateAll((els) => Math.max(...els.map((el) => el.getBoundingClientRect().right)));
    expect(right).toBeLessThanOrEqual(320);
    await page.context().close();
  });
});

describe('theme', () => {
  test('the toggle switches theme and the choice persists on the device', async () => {
    const page = await open('', { colorScheme: 'light' });
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    await page.selectOption('#theme-select', 'dark');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await bg()).not.toBe(light);
    await page.goto(site.url + CHART);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await page.inputValue('#theme-select')).toBe('dark');
    await page.selectOption('#theme-select', 'auto');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBeUndefined();
    await page.context().close();
  });

  test('the system dark preference applies without a choice', async () => {
    const page = await open('', { colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 20, 23)');
    await page.context().close();
  });
});
