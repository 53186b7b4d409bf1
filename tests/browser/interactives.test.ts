/**
 * The story's interactives beyond the keyboard paths in story.test.ts: drawing the predicted
 * line with a mouse and with touch, the reveal animating (and not under reduced motion), the
 * stance grid staying compact with its comparison, the scanning waffle following the slider,
 * text sizes, axe in light and dark with results showing, and the no-JS versions.
 */
import { describe, expect, test } from 'vitest';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { useSite } from '../support/site-session';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const site = useSite();
/** Each interactive lives on its own chapter page (issue 12: the full case is one page per chapter). */
const CHAPTER_OF = {
  'predict-overdose': 'story/the-stakes/',
  'what-would-it-take': 'story/border-detection/',
  'stance-check': 'story/where-do-you-stand/',
} as const;
type Id = keyof typeof CHAPTER_OF;
const open = (id: Id, options: BrowserContextOptions = {}) => site.open(CHAPTER_OF[id], options);

async function live(page: Page, id: string): Promise<Locator> {
  const box = page.locator(`[data-interactive="${id}"]`);
  await box.scrollIntoViewIfNeeded();
  await expect.poll(() => box.getAttribute('data-ready'), { timeout: 15_000 }).toBe('');
  return box;
}
async function axeOn(page: Page, ...selectors: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  for (const s of selectors) builder.include(s);
  const { violations } = await builder.withTags(WCAG).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
const values = (box: Locator) => box.getByRole('slider').evaluateAll((els) => els.map((e) => Number(e.getAttribute('aria-valuenow'))));
const drawnCount = (box: Locator) => box.getByRole('slider').evaluateAll((els) => els.filter((e) => !e.getAttribute('aria-valuetext')?.includes('not drawn')).length);

describe('drawing the line', () => {
  test('a mouse drag sets every year it passes; high on the chart is a high guess; the real line then animates in', async () => {
    const page = await open('predict-overdose');
    const box = await live(page, 'predict-overdose');
    const zone = (await box.locator('.zone').boundingBox())!;
    // From the left edge of the drawing area, high, to the right edge, low.
    await page.mouse.move(zone.x + 2, zone.y + zone.height * 0.1);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(zone.x + 2 + (zone.width - 4) * (i / 10), zone.y + zone.height * (0.1 + 0.8 * (i / 10)));
    await page.mouse.up();
    expect(await drawnCount(box)).toBe(5);
    const v = await values(box);
    expect(v[0]).toBeGreaterThan(110_000);
    expect(v[4]).toBeLessThan(40_000);
    for (let i = 1; i < 5; i++) expect(v[i]).toBeLessThanOrEqual(v[i - 1]!);
    expect(v.every((n) => n % 1000 === 0)).toBe(true);
    expect(await box.locator('.draw-readout').textContent()).toMatch(/^2024: your guess [\d,]+ deaths\.$/);
    // Animated: right after the press the real line has not reached 2024 yet; then it does.
    const atStart = await box.evaluate(async (el) => {
      [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Show the real line')?.click();
      await new Promise((r) => setTimeout(r, 0));
      return el.querySelectorAll('.draw svg.plot .point').length;
    });
    expect(atStart).toBeLessThan(10);
    await expect.poll(() => box.locator('.draw svg.plot .point').count(), { timeout: 5_000 }).toBe(10);
    expect(await box.locator('.predict-verdict').textContent()).toMatch(/^Your line was off by \d+% on average across 2020–2024: closest in 20\d\d \((within 1%|\d+% too (high|low))\), furthest in 20\d\d \(\d+% too (high|low)\)\.$/);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test('a finger draws too (touch events on the drawing area do not scroll the page)', async () => {
    const page = await open('predict-overdose', { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const box = await live(page, 'predict-overdose');
    const zone = (await box.locator('.zone').boundingBox())!;
    expect(await box.locator('.zone').evaluate((el) => getComputedStyle(el).touchAction)).toBe('none');
    const cdp = await page.context().newCDPSession(page);
    const y = zone.y + zone.height / 2;
    const scrollBefore = await page.evaluate(() => scrollY);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: zone.x + 2, y }] });
    for (let i = 1; i <= 8; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: zone.x + 2 + (zone.width - 4) * (i / 8), y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => drawnCount(box)).toBe(5);
    expect(await page.evaluate(() => scrollY)).toBe(scrollBefore);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

describe('the stance grid', () => {
  test('is compact on a phone, one row per statement, and compares answers with the polls', async () => {
    const page = await open('stance-check', { viewport: { width: 390, height: 844 } });
    const box = await live(page, 'stance-check');
    const grid = await box.evaluate((el) => [...el.querySelectorAll('.stance-grid')].reduce((n, g) => n + g.getBoundingClientRect().height, 0));
    // Eleven statements in well under three phone screens (the old stack of fieldsets was about 6,500 px).
    expect(grid).toBeLessThan(2_000);
    for (const [option, answer] of [['naloxone-access', 'lean-support'], ['dealer-enforcement', 'oppose'], ['military-action-mexico', 'strongly-support']] as const) {
      await box.locator(`fieldset[data-option="${option}"] input[value="${answer}"]`).check();
    }
    const summary = box.locator('.result-summary');
    await expect.poll(() => summary.textContent()).toBe('You answered 3 of 11. Of the 3 that national polls asked about and you took a side on, your answers pointed the same way as the polls on 1 and the other way on 1; on 1 the polls split by wording.');
    expect(await box.locator('[data-result="naloxone-access"]').getAttribute('data-match')).toBe('same');
    expect(await box.locator('[data-result="naloxone-access"]').textContent()).toContain('Most respondents supported this in the one poll we have (82%). Your answer points the same way.');
    expect(await box.locator('[data-result="dealer-enforcement"]').getAttribute('data-match')).toBe('other');
    expect(await box.locator('[data-result="military-action-mexico"]').getAttribute('data-match')).toBe('split');
    // One dot per poll on the strip; unanswered statements are not in the result.
    expect(await box.locator('[data-result="military-action-mexico"] .poll-dot').count()).toBe(3);
    expect(await box.locator('[data-result]').count()).toBe(3);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

describe('what would it take, as a picture', () => {
  test('the waffle follows the slider by keyboard: one square per 1,000 vehicles a day', async () => {
    const page = await open('what-would-it-take');
    const box = await live(page, 'what-would-it-take');
    const cars = box.locator('fieldset').first();
    const waffle = cars.locator('svg.waffle');
    const squares = (i: number) => waffle.locator('path').nth(i).evaluate((p) => (p.getAttribute('d')?.match(/M/g) ?? []).length);
    expect(await squares(0)).toBe(17);
    expect(await squares(0) + await squares(1)).toBe(210);
    await cars.locator('input[type="range"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await squares(0)).toBe(21);
    expect(await waffle.getAttribute('aria-label')).toBe('At 10%, about 21,000 of roughly 210,000 cars a day would be scanned (2024 traffic, calculated and rounded to thousands).');
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

describe('with results showing', () => {
  test.each(['light', 'dark'] as const)('axe finds nothing and no text is under 12 px (%s)', async (colorScheme) => {
    const context = { colorScheme, reducedMotion: 'reduce', viewport: { width: 390, height: 844 } } as const;
    const small: (readonly [string | undefined, number])[] = [];
    for (const id of Object.keys(CHAPTER_OF) as Id[]) {
      const page = await open(id, context);
      const box = await live(page, id);
      if (id === 'predict-overdose') {
        await box.getByRole('slider').first().focus();
        await page.keyboard.press('PageUp');
        await box.getByRole('button', { name: 'Show the real line' }).click();
      }
      if (id === 'stance-check') {
        await box.locator('fieldset[data-option="boat-strikes"] input[value="strongly-oppose"]').check();
        await box.locator('[data-result="boat-strikes"] summary').click();
      }
      expect(await axeOn(page, `[data-interactive="${id}"]`), id).toEqual([]);
      small.push(...await page.locator('[data-interactive]').evaluateAll((boxes) => boxes.flatMap((b) => [...b.querySelectorAll('*')]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()) && el.getClientRects().length > 0 && !el.closest('.sr-only, [hidden]'))
        .map((el) => [el.textContent?.trim().slice(0, 30), parseFloat(getComputedStyle(el).fontSize)] as const)
        .filter(([, size]) => size < 12))));
      expect(page.errors, id).toEqual([]);
      await page.context().close();
    }
    expect(small).toEqual([]);
  }, 150_000);
});

describe('without JavaScript', () => {
  test('the prediction is the real chart with a sentence; the scan calculator shows its waffles', async () => {
    const page = await open('predict-overdose', { javaScriptEnabled: false });
    const predict = page.locator('[data-interactive="predict-overdose"] .fallback');
    expect(await predict.isVisible()).toBe(true);
    expect(await predict.locator('svg.plot .point').count()).toBe(10);
    expect(await predict.locator('svg.plot').isVisible()).toBe(true);
    expect(await predict.textContent()).toMatch(/peak of 107,941 in 2022, then fell to 79,385 in 2024/);
    await page.context().close();
    const scanPage = await open('what-would-it-take', { javaScriptEnabled: false });
    const scan = scanPage.locator('[data-interactive="what-would-it-take"] .fallback');
    expect(await scan.locator('svg.waffle').count()).toBe(2);
    expect(await scan.locator('svg.waffle').first().getAttribute('aria-label')).toMatch(/^At 8%, about 17,000 of roughly 210,000 cars a day/);
    await scanPage.context().close();
  });
});
