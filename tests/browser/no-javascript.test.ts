/**
 * With JavaScript disabled, every page shows the same text and the same charts as with it:
 * nothing a reader needs is written by a script. Also checks each chart SVG is laid out
 * (visible, with a real size) and keeps its marks and labels.
 * Buttons (controls such as "Copy code" that only work with JS), elements marked
 * `data-js-only` and <noscript> content are left out of the text comparison, and so are the
 * story's interactives (`[data-interactive]`, text and charts): with JavaScript they replace their no-JS version
 * by design (the prediction sits on the first screen and starts at once); their no-JS versions
 * are checked in story.test.ts and interactives.test.ts.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site-session';
import { htmlPages } from '../support/dist';

/** The built site and one Chromium for this file (tests/support/site-session.ts). */
const site = useSite();

interface Snapshot {
  text: string;
  charts: { marks: number; labels: string[]; width: number; height: number; visible: boolean }[];
}

async function snapshot(path: string, javaScriptEnabled: boolean): Promise<Snapshot> {
  const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width: 1000, height: 900 }, colorScheme: 'light' });
  const page: Page = await context.newPage();
  await page.goto(site.url + path, { waitUntil: 'load' });
  // With JS, an island that hydrates on sight (client:visible) and starts in view may be
  // mid-hydration at 'load'; compare once those have finished (Astro drops `ssr` when done).
  if (javaScriptEnabled) {
    await page.waitForFunction(() => [...document.querySelectorAll('astro-island[client="visible"][ssr]')].every((island) => {
      const parts = island.children.length ? [...island.children] : [island];
      return !parts.some((el) => {
        const r = el.getBoundingClientRect();
        return r.width + r.height > 0 && r.bottom > 0 && r.top < window.innerHeight;
      });
    }), undefined, { timeout: 10_000 });
  }
  const shot = await page.evaluate(() => {
    const root = document.querySelector('main') ?? document.body;
    for (const el of root.querySelectorAll<HTMLElement>('button, [data-js-only], noscript, [data-interactive]')) el.style.display = 'none';
    const text = root.innerText.replace(/\s+/g, ' ').trim();
    const charts = [...root.querySelectorAll('svg')].filter((svg) => svg.querySelector('[data-mark], text') && !svg.closest('[data-interactive]')).map((svg) => {
      const box = svg.getBoundingClientRect();
      return {
        marks: svg.querySelectorAll('[data-mark]').length,
        labels: [...svg.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        width: Math.round(box.width),
        height: Math.round(box.height),
        visible: box.width > 0 && box.height > 0 && getComputedStyle(svg).visibility !== 'hidden',
      };
    });
    return { text, charts };
  });
  await context.close();
  return shot;
}

const pages = htmlPages().map((p) => p.replace(/^\//, ''));

describe('without JavaScript', () => {
  test.each(pages)('/%s has the same text and charts as with it', async (path) => {
    const [withJs, withoutJs] = await Promise.all([snapshot(path, true), snapshot(path, false)]);
    expect(withoutJs.text.length).toBeGreaterThan(20);
    expect(withoutJs.text).toBe(withJs.text);
    expect(withoutJs.charts).toEqual(withJs.charts);
    // Charts with alternative views hide all but one; the same ones must show either way.
    if (withoutJs.charts.length) expect(withoutJs.charts.some((c) => c.visible)).toBe(true);
  });

  test('chart pages have charts to compare', async () => {
    const chart = pages.find((p) => p.startsWith('charts/'));
    expect(chart).toBeDefined();
    const { charts } = await snapshot(chart ?? '', false);
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.reduce((n, c) => n + c.marks, 0)).toBeGreaterThan(0);
  });
});
