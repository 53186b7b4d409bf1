/**
 * Keyboard-only walk of the main page (the story, `/`): Tab from the top reaches every
 * focusable element in document order, each one visible with a visible focus indicator,
 * Shift+Tab walks back, nothing traps focus, and the skip link moves focus to the content.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site-session';

/** The built site and one Chromium for this file (tests/support/site-session.ts). */
const site = useSite();
let page: Page;

interface Stop { key: string; visible: boolean; indicator: boolean }

/** Where focus is now: a stable description, whether it is on screen, and whether it shows focus. */
function focused(p: Page): Promise<Stop | null> {
  return p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    // Keyed by the number `reachable` stamped on the element (islands may add nodes while we walk).
    const key = `${el.tagName.toLowerCase()}#${el.dataset['walk'] ?? 'unlisted'}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}`;
    const box = el.getBoundingClientRect();
    const visible = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
    const style = getComputedStyle(el);
    // SVG chart marks show focus as a stroke in the theme's focus colour, on the mark itself (a
    // line chart's point) or on a shape inside it (a column's rect).
    const probe = document.createElement('span');
    probe.style.color = 'var(--focus)';
    document.body.append(probe);
    const focusColour = getComputedStyle(probe).color;
    probe.remove();
    const SHAPES = 'rect, path, circle, line, polygon';
    const shapes = el instanceof SVGElement ? [el, ...el.querySelectorAll(SHAPES)].filter((s) => s.matches(SHAPES)) : [];
    const svgRing = shapes.some((s) => {
      const cs = getComputedStyle(s);
      return cs.stroke === focusColour && parseFloat(cs.strokeWidth) >= 1;
    });
    const indicator = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none' || svgRing;
    return { key, visible, indicator };
  });
}

/** Elements a keyboard user must be able to reach, in document order (each stamped with its number). */
function reachable(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const focusable = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(focusable)]
      .filter((el) => el.getClientRects().length > 0 && !el.closest('[inert]') && getComputedStyle(el).visibility !== 'hidden')
      // Content of a closed <details> (other than its summary) is not in the tab order.
      .filter((el) => !el.closest('details:not([open]) > :not(summary)'))
      // A radio group is one tab stop (arrow keys move inside it): its checked radio, or the
      // first one when none is checked.
      .filter((el) => {
        if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
        const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)];
        return el === (group.find((r) => r.checked) ?? group[0]);
      })
      .map((el, i) => {
        el.dataset['walk'] = String(i);
        return `${el.tagName.toLowerCase()}#${i}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}`;
      });
  });
}

describe('keyboard-only walk of /', () => {
  test('Tab visits every focusable element once, visibly, and Shift+Tab walks back', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1000, height: 900 } });
    page = await context.newPage();
    await page.goto(site.url, { waitUntil: 'load' });
    // The story's interactives start when they come near the viewport and replace their no-JS
    // text with controls: start them all first, so the list holds the controls a reader tabs to.
    for (const box of await page.locator('[data-interactive]').all()) {
      await box.scrollIntoViewIfNeeded();
      await expect.poll(() => box.getAttribute('data-ready'), { timeout: 15_000 }).toBe('');
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    const expected = await reachable(page);
    expect(expected.length).toBeGreaterThan(3);

    const forward: Stop[] = [];
    let leftPage = false;
    for (let i = 0; i < expected.length + 20; i++) {
      await page.keyboard.press('Tab');
      const stop = await focused(page);
      if (!stop) { leftPage = true; break; } // past the last element, focus leaves the document
      if (stop.key === forward[0]?.key) break; // wrapped round
      if (stop.key.startsWith('iframe#') && stop.key === forward.at(-1)?.key) continue; // Tab inside a framed page
      forward.push(stop);
    }
    const keys = forward.map((s) => s.key);
    expect(new Set(keys).size, 'no element is visited twice (no focus trap)').toBe(keys.length);
    // Roving-tabindex widgets (chart marks) have one tab stop, which is all `reachable` lists.
    expect(keys).toEqual(expected);
    expect(forward[0]?.key).toMatch(/^a#\d+:Skip to content/);
    for (const stop of forward) {
      expect(stop.visible, `${stop.key} is on screen when focused`).toBe(true);
      expect(stop.indicator, `${stop.key} shows a focus indicator`).toBe(true);
    }

    expect(leftPage, 'after the last element, Tab leaves the page (nothing holds focus)').toBe(true);
    const backward: string[] = [];
    for (let i = 0; i < keys.length; i++) {
      await page.keyboard.press('Shift+Tab');
      backward.push((await focused(page))?.key ?? '');
    }
    expect(backward).toEqual([...keys].reverse());
    await context.close();
  });

  test('the skip link moves focus into the main content', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1000, height: 900 } });
    page = await context.newPage();
    await page.goto(site.url, { waitUntil: 'load' });
    await page.keyboard.press('Tab');
    expect((await focused(page))?.key).toMatch(/Skip to content/);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
    await context.close();
  });
});
