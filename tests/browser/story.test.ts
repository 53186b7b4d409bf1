/**
 * The story's pages in Chromium: each interactive by keyboard (and axe once it is live) on its
 * chapter page, glossary popovers, the chart island keeping its server SVG through hydration,
 * and the whole story readable with JavaScript off (the front page and every chapter).
 */
import { describe, expect, test } from 'vitest';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { useSite } from '../support/site-session';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const site = useSite();
/** Where each interactive lives: its chapter page (content/story/NN-*.svx). */
const CHAPTER_OF = {
  'predict-overdose': 'story/the-stakes/',
  'what-would-it-take': 'story/border-detection/',
  'two-readings': 'story/what-happened-next/',
  'stance-check': 'story/where-do-you-stand/',
} as const;
const open = (path: string, options: BrowserContextOptions = {}) => site.open(path, options);

/** Scroll an interactive into view and wait until its island is live. */
async function live(page: Page, id: string): Promise<Locator> {
  const box = page.locator(`[data-interactive="${id}"]`);
  await box.scrollIntoViewIfNeeded();
  await expect.poll(() => box.getAttribute('data-ready'), { timeout: 15_000 }).toBe('');
  return box;
}

async function axeOn(page: Page, selector: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include(selector).withTags(WCAG).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe('predict, then reveal', () => {
  test('the reader draws by keyboard (one Tab stop, arrow keys, a live readout); the real line and one sentence appear; focus moves to it', async () => {
    const page = await open(CHAPTER_OF['predict-overdose'], { reducedMotion: 'reduce' });
    const box = await live(page, 'predict-overdose');
    expect(await box.locator('.fallback').isHidden()).toBe(true);
    const handles = box.getByRole('slider');
    expect(await handles.count()).toBe(5);
    // Before the reveal only the known years (2015–2019) are drawn.
    expect(await box.locator('.draw svg.plot .point').count()).toBe(5);
    await handles.first().focus();
    expect(await handles.first().getAttribute('aria-label')).toBe('Your guess for 2020');
    // The handle waits at the last real count (70,630, to the nearest 1,000).
    for (const k of ['PageUp', 'PageUp', 'ArrowUp']) await page.keyboard.press(k);
    expect(await handles.first().getAttribute('aria-valuetext')).toBe('92,000 deaths');
    await expect.poll(() => box.locator('.draw-readout').textContent()).toBe('2020: your guess 92,000 deaths.');
    const keys: [string, string[]][] = [['2021', ['PageUp']], ['2022', ['PageUp']], ['2023', ['ArrowDown']], ['2024', ['PageDown', 'PageDown']]];
    for (const [year, presses] of keys) {
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Your guess for ${year}`);
      for (const k of presses) await page.keyboard.press(k);
    }
    await expect.poll(() => box.locator('.draw-readout').textContent()).toBe('2024: your guess 91,000 deaths.');
    expect(await box.getByText('5 of 5 years drawn.').count()).toBe(1);
    // The five handles are one Tab stop: Tab goes on to the reveal button.
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Show the real line');
    await page.keyboard.press('Enter');
    const sentence = 'Your line was off by 6% on average across 2020–2024: closest in 2020 (within 1%), furthest in 2024 (15% too high).';
    await expect.poll(() => focusedText(page)).toBe(sentence);
    // Reduced motion: the whole real line at once.
    expect(await box.locator('.draw svg.plot .point').count()).toBe(10);
    expect(await box.locator('.draw svg.plot title').textContent()).toContain('2015 to 2024');
    await box.locator('details summary').click();
    expect(await box.locator('tr', { hasText: '2024' }).textContent()).toMatch(/^2024\s*91,000\s*79,385\s*11,615 too high$/);
    expect(await axeOn(page, '[data-interactive="predict-overdose"]')).toEqual([]);
    // Draw again: empty, focus back on the first year.
    await box.getByRole('button', { name: 'Draw again' }).press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Your guess for 2020');
    expect(await box.getByText('0 of 5 years drawn.').count()).toBe(1);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

describe('what would it take?', () => {
  test('arrow keys change the car scan rate; sourced reference buttons set it; results are ranges', async () => {
    const page = await open(CHAPTER_OF['what-would-it-take']);
    const box = await live(page, 'what-would-it-take');
    const cars = box.locator('fieldset').first();
    const slider = cars.locator('input[type="range"]');
    expect(await slider.inputValue()).toBe('8');
    expect(await cars.locator('output').textContent()).toMatch(/between 16,054 to 16,805 cars a day/);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await slider.inputValue()).toBe('10');
    expect(await slider.getAttribute('aria-valuetext')).toBe('10 percent');
    expect(await cars.locator('label').textContent()).toContain('10%');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('2%');
    await page.keyboard.press('Space');
    expect(await slider.inputValue()).toBe('2');
    expect(await cars.locator('output').textContent()).toMatch(/At 2%, between [\d,]+ to 4,201 cars/);
    // Every reference point names its source.
    for (const item of await box.locator('.ref-list li').allTextContents()) expect(item).toMatch(/Source: \S/);
    expect(await box.textContent()).toMatch(/not a forecast/);
    expect(await axeOn(page, '[data-interactive="what-would-it-take"]')).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

describe('one chart, two readings', () => {
  test('the toggle switches readings by keyboard; the caveat stays; annotations name sources', async () => {
    const page = await open(CHAPTER_OF['two-readings']);
    const box = await live(page, 'two-readings');
    const supply = box.getByRole('button', { name: 'Supply-side reading' });
    const demand = box.getByRole('button', { name: 'Demand-side reading' });
    expect(await supply.getAttribute('aria-pressed')).toBe('true');
    const caveat = await box.locator('.caveat').textContent();
    await supply.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await demand.getAttribute('aria-pressed')).toBe('true');
    expect(await supply.getAttribute('aria-pressed')).toBe('false');
    expect(await box.locator('h3').textContent()).toBe('Demand-side reading');
    // The notes are the chart's own marker layer (src/charts/lines/layers/MarkerNotes.html.svelte).
    expect(await box.locator('.marker-notes').textContent()).toContain('Narcan approved for sale without a prescription');
    expect(await box.locator('.caveat').textContent()).toBe(caveat);
    const items = await box.locator('.marker-notes li').allTextContents();
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) expect(item).toMatch(/Source: \S/);
    expect(await box.locator('svg .marker').count()).toBe(items.length);
    // Each reading is also a view of the overdose-deaths chart, and says so.
    expect(await box.locator('a[href$="/charts/overdose-deaths/?view=demand-reading"]').count()).toBe(1);
    expect(await axeOn(page, '[data-interactive="two-readings"]')).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

describe('where do you stand?', () => {
  test('the grid by keyboard: one Tab stop per statement, arrow keys along the scale; answers stay on the device across a reload; clear works', async () => {
    const page = await open(CHAPTER_OF['stance-check']);
    let box = await live(page, 'stance-check');
    const rows = box.locator('fieldset[data-option]');
    expect(await rows.count()).toBe(11);
    const first = rows.first();
    expect(await first.getByRole('radio').count()).toBe(9);
    expect(await first.locator('.your-answer').textContent()).toContain('none yet');
    await first.getByRole('radio').first().focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    expect(await first.locator('.your-answer strong').textContent()).toBe('Support');
    expect(await first.getByRole('radio', { name: 'Support', exact: true }).isChecked()).toBe(true);
    // Tab leaves the row's radio group for its "What this means", then the next row's group.
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('What this means');
    await page.keyboard.press('Tab');
    const second = rows.nth(1);
    expect(await page.evaluate(() => document.activeElement?.closest('fieldset')?.getAttribute('data-option'))).toBe(await second.getAttribute('data-option'));
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
    expect(await second.getByRole('radio', { name: 'It depends' }).isChecked()).toBe(true);

    // The result: answered statements beside their polls, each poll with wording and source.
    const result = box.locator('.stance-result');
    expect(await result.locator('.result-summary').textContent()).toBe('You answered 2 of 11. On the ones national polls asked about, you have not taken a side yet.');
    expect(await result.textContent()).toContain('No representative national poll found for: Scan far more vehicles at border crossings.');
    const fto = result.locator('[data-result="fto-designation"]');
    expect(await fto.textContent()).toContain('The polls disagree (46% to 69% support)');
    await fto.locator('summary').click();
    for (const item of await fto.locator('.poll-list li').allTextContents()) expect(item).toMatch(/Question \((exact wording|paraphrased by the source)\): “.+”.*Source: \S/);

    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('fentanyl-explainer:stance-check:v1') ?? '{}'));
    expect(stored).toEqual({ [(await first.getAttribute('data-option'))!]: 'support', [(await second.getAttribute('data-option'))!]: 'it-depends' });
    await page.reload();
    box = await live(page, 'stance-check');
    expect(await box.locator('fieldset[data-option]').first().locator('.your-answer strong').textContent()).toBe('Support');
    expect(await axeOn(page, '[data-interactive="stance-check"]')).toEqual([]);
    await box.getByRole('button', { name: 'Clear my answers' }).click();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(page.errors).toEqual([]);
    await page.context().close();
  }, 150_000);
});

describe('glossary popovers', () => {
  test('a term opens by keyboard and closes with Escape; a tap outside closes it too', async () => {
    const page = await open('story/border-detection/', { hasTouch: true });
    const term = page.locator('button.term').first();
    const pop = page.locator(`#${await term.getAttribute('popovertarget')}`);
    await term.focus();
    await page.keyboard.press('Enter');
    expect(await pop.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    expect(await pop.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await pop.evaluate((el) => el.matches(':popover-open'))).toBe(false);
    await term.tap();
    expect(await pop.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    await page.locator('h1').tap();
    expect(await pop.evaluate((el) => el.matches(':popover-open'))).toBe(false);
    await page.context().close();
  });
});

describe('evidence label popovers', () => {
  test('a label opens its explanation by keyboard, next to it, and Escape closes it; two labels of one kind share it', async () => {
    const page = await open('story/terrorist-designation/', { viewport: { width: 390, height: 844 } });
    const label = page.locator('.claim > button.evidence[popovertarget="evidence-key-record"]').first();
    const pop = page.locator('#evidence-key-record');
    await label.scrollIntoViewIfNeeded();
    await label.focus();
    await page.keyboard.press('Enter');
    expect(await pop.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    expect(await pop.textContent()).toContain('record/statement');
    const box = (await pop.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.keyboard.press('Escape');
    expect(await pop.evaluate((el) => el.matches(':popover-open'))).toBe(false);
    expect(await page.locator('.claim > button.evidence[popovertarget="evidence-key-record"]').count()).toBeGreaterThan(3);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

describe('a chart inside the prose', () => {
  test('hydration keeps the server-rendered SVG node', async () => {
    const page = await open('story/supply-side-case/');
    const figure = page.locator('#chart-dea-seizures');
    await figure.scrollIntoViewIfNeeded();
    const island = figure.locator('astro-island');
    const serverSvg = await figure.locator('svg[role="group"]').first().elementHandle();
    expect(await island.getAttribute('ssr')).toBe('');
    await figure.locator('[data-mark] rect').first().hover();
    await expect.poll(() => island.evaluate((el) => el.hasAttribute('ssr'))).toBe(false);
    await page.keyboard.press('Tab');
    expect(await serverSvg?.evaluate((el) => el.isConnected)).toBe(true);
    expect(await serverSvg?.evaluate((el) => el === document.querySelector('#chart-dea-seizures svg[role="group"]'))).toBe(true);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  test('the front page reads whole: the question, the deaths chart as SVG, the five-minute version, its sources', async () => {
    const page = await open('', { javaScriptEnabled: false });
    expect(await page.locator('h1').textContent()).toMatch(/\?$/);
    expect(await page.locator('.hero-chart #chart-overdose-deaths svg [data-mark]').count()).toBeGreaterThan(10);
    expect(await page.locator('.story-short .read-more a').count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator('#sources-cited li').count()).toBeGreaterThan(5);
    await page.context().close();
  });

  test('every chapter reads whole: its section, chart SVG, fallbacks instead of interactives, its sources', async () => {
    const home = await open('', { javaScriptEnabled: false });
    const chapters = await home.locator('nav.story-rail a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    await home.context().close();
    expect(chapters).toHaveLength(12);
    let sources = 0;
    for (const href of chapters) {
      const page = await open(href.replace(/^\//, ''), { javaScriptEnabled: false });
      expect(await page.locator('section[data-section]').count(), href).toBe(1);
      for (const box of await page.locator('[data-interactive]').all()) {
        expect(await box.locator('.fallback').isVisible()).toBe(true);
        expect((await box.locator('.fallback').textContent())?.length ?? 0).toBeGreaterThan(300);
      }
      expect(await page.locator('[data-interactive] form, [data-interactive] input').count()).toBe(0);
      sources += await page.locator('#sources-cited li').count();
      if (href.endsWith('/supply-side-case/')) expect(await page.locator('#chart-dea-seizures svg [data-mark] rect').count()).toBe(7);
      if (href.endsWith('/the-stakes/')) expect(await page.locator('[data-interactive="predict-overdose"] .fallback').textContent()).toContain('107,941');
      if (href.endsWith('/border-detection/')) {
        // Glossary popovers are HTML, so they work without JavaScript as well.
        const term = page.locator('button.term').first();
        await term.click();
        expect(await page.locator(`#${await term.getAttribute('popovertarget')}`).isVisible()).toBe(true);
      }
      await page.context().close();
    }
    expect(sources).toBeGreaterThan(50);
    const glossary = await open('story/glossary/', { javaScriptEnabled: false });
    expect(await glossary.locator('#glossary dt').count()).toBeGreaterThan(10);
    await glossary.context().close();
  });
});

describe('every interactive live', () => {
  test.each(['light', 'dark'] as const)('axe finds nothing on the chapter pages with their interactives started (%s)', async (colorScheme) => {
    for (const [id, path] of Object.entries(CHAPTER_OF)) {
      const page = await open(path, { colorScheme });
      await live(page, id);
      expect(await axeOn(page, '.story'), path).toEqual([]);
      expect(page.errors).toEqual([]);
      await page.context().close();
    }
  }, 240_000); // four pages with axe each, on a shared 2-core machine

  test('at 320 px, with every interactive started and the guess revealed, nothing scrolls sideways', async () => {
    const sizes: number[] = [];
    for (const [id, path] of Object.entries(CHAPTER_OF)) {
      const page = await open(path, { viewport: { width: 320, height: 800 } });
      const box = await live(page, id);
      if (id === 'predict-overdose') {
        await box.getByRole('slider').first().focus();
        await page.keyboard.press('PageUp');
        await box.getByRole('button', { name: 'Show the real line' }).click();
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      sizes.push(...await page.locator('[data-interactive] svg text').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize))));
      await page.context().close();
    }
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });
});
