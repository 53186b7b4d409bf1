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
  test('guesses typed and submitted by keyboard; the real line and table appear; focus moves to the result', async () => {
    const page = await open(CHAPTER_OF['predict-overdose']);
    const box = await live(page, 'predict-overdose');
    expect(await box.locator('.fallback').isHidden()).toBe(true);
    await box.locator('input').first().focus();
    for (const guess of ['60000', '90000', '100000']) {
      await page.keyboard.type(guess);
      await page.keyboard.press('Tab');
    }
    expect(await focusedText(page)).toBe('Reveal the real numbers');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe('Your guess and the real line');
    const rows = box.locator('table tbody tr');
    expect(await rows.count()).toBe(10);
    expect(await box.locator('tr', { hasText: '2022' }).textContent()).toMatch(/^2022\s*90,000\s*107,941\s*17,941 too low$/);
    expect(await box.locator('svg[role="img"] title').textContent()).toContain('with your guesses');
    expect(await axeOn(page, '[data-interactive="predict-overdose"]')).toEqual([]);
    // Guess again returns to an empty form.
    await box.getByRole('button', { name: 'Guess again' }).press('Enter');
    expect(await box.locator('input').first().inputValue()).toBe('');
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
    expect(await box.locator('.annotation-list').textContent()).toContain('Narcan approved for sale without a prescription');
    expect(await box.locator('.caveat').textContent()).toBe(caveat);
    const items = await box.locator('.annotation-list li').allTextContents();
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) expect(item).toMatch(/Source: \S/);
    expect(await box.locator('svg .marker').count()).toBe(items.length);
    expect(await axeOn(page, '[data-interactive="two-readings"]')).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

describe('where do you stand?', () => {
  test('slider and "It depends" by keyboard; answers stay on the device across a reload; clear works', async () => {
    const page = await open(CHAPTER_OF['stance-check']);
    let box = await live(page, 'stance-check');
    const first = box.locator('fieldset').first();
    const slider = first.locator('input[type="range"]');
    expect(await first.locator('.your-answer').textContent()).toContain('not answered yet');
    await slider.focus();
    await page.keyboard.press('End');
    expect(await slider.getAttribute('aria-valuetext')).toBe('Strongly support');
    expect(await first.locator('.your-answer').textContent()).toContain('Strongly support');
    const second = box.locator('fieldset').nth(1);
    await second.getByRole('button', { name: 'It depends' }).focus();
    await page.keyboard.press('Enter');
    expect(await second.getByRole('button', { name: 'It depends' }).getAttribute('aria-pressed')).toBe('true');
    // Polls come with wording, dates and population; options without polls say so.
    expect(await second.locator('.poll-list li').first().textContent()).toMatch(/Question \((exact wording|paraphrased by the source)\): “.+”/);
    expect(await first.textContent()).toContain('no representative national poll');

    const stored = await page.evaluate(() => JSON.stringify(localStorage));
    expect(stored).toContain('strongly-support');
    expect(stored).toContain('it-depends');
    await page.reload();
    box = await live(page, 'stance-check');
    expect(await box.locator('fieldset').first().locator('.your-answer').textContent()).toContain('Strongly support');
    expect(await axeOn(page, '[data-interactive="stance-check"]')).toEqual([]);
    await box.getByRole('button', { name: 'Clear my answers' }).click();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
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
        for (const input of await box.locator('input').all()) await input.fill('80000');
        await box.getByRole('button', { name: 'Reveal the real numbers' }).click();
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
