/**
 * Every chart in Chromium: walked by keyboard on its page and its embed (Tab, every arrow step
 * with tooltip and live readout, End, Escape), views from the URL and from the control, and
 * the layout at 320 and 1400 px (text size, labels inside the screen, mark-box snapshot).
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { useSite } from '../support/site-session';
import { chartSpecs } from '../support/dist';
import { embedHydrates } from '../../src/lib/embed/hydration';
import { chartType } from '../../src/charts/registry';
import type { ChartLayout } from '../../src/lib/charts/types';

interface ViewSpec { name: string; panels: string[] }
const specs = chartSpecs().map((s) => {
  const yaml = parseYaml(readFileSync(path.resolve('content/charts', `${s.id}.yaml`), 'utf8')) as { views?: ViewSpec[]; graphic: { type: ChartLayout['type'] } };
  return { ...s, views: yaml.views ?? [], graphic: yaml.graphic };
});
const withViews = specs.filter((s) => s.views.length > 1);

const site = useSite();
const open = site.open;

/** Visible marks in reading order, with the sentence the tooltip must show. */
const visibleMarks = (page: Page) => page.evaluate(() =>
  [...document.querySelectorAll('[data-mark]')]
    .filter((m) => !m.closest('[hidden]'))
    .map((m) => ({ id: m.getAttribute('data-mark') ?? '', sentence: (m.getAttribute('aria-label') ?? '').split(' Source: ')[0] ?? '' })));
const activeMark = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-mark') ?? null);

async function tabToFirstMark(page: Page): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await activeMark(page)) return;
  }
  throw new Error('no chart mark reached by Tab');
}

// Embeds of chart types that print every value as text ship no chart JS (src/lib/embed/hydration.ts).
const staticEmbed = (p: string) => {
  const spec = specs.find((s) => p === `embed/${s.id}/`);
  return spec !== undefined && !embedHydrates(spec.graphic.type);
};
const interactivePages = specs.flatMap((s) => [`charts/${s.id}/`, `embed/${s.id}/`]).filter((p) => !staticEmbed(p));
const staticEmbeds = specs.map((s) => `embed/${s.id}/`).filter(staticEmbed);

describe.each(staticEmbeds)('%s (static embed)', (p) => {
  test('ships no chart JavaScript and prints every mark\'s figures as visible text', async () => {
    const page = await open(p);
    expect(await page.locator('astro-island').count()).toBe(0);
    const visibleText = (await page.locator('.chart-graphic svg text').evaluateAll((els) =>
      els.filter((el) => !el.closest('[hidden]')).map((el) => el.textContent ?? ''))).join(' ');
    const marks = await visibleMarks(page);
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      // Every number in the mark's full sentence (values, dates, sample sizes) is on screen.
      for (const n of mark.sentence.match(/\d[\d,.]*/g) ?? []) expect(visibleText, `${mark.id}: ${n}`).toContain(n);
    }
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

describe.each(interactivePages.map((p) => [p]))('%s by keyboard', (p) => {
  test('Tab reaches the first mark; arrows visit every mark with tooltip and readout; End; Escape', async () => {
    const page = await open(p);
    const marks = await visibleMarks(page);
    expect(marks.length).toBeGreaterThan(0);
    await tabToFirstMark(page);
    const tooltip = page.locator('[role="tooltip"]');
    const live = page.locator('[aria-live="polite"]').first();
    for (const [i, mark] of marks.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      expect(await activeMark(page)).toBe(mark.id);
      // The island hydrates on the first key press (client:intent): allow for its chunk to load.
      await expect.poll(() => tooltip.textContent(), { timeout: 10_000 }).toContain(mark.sentence);
      await expect.poll(() => live.textContent(), { timeout: 10_000 }).toContain(mark.sentence);
    }
    await page.keyboard.press('Home');
    expect(await activeMark(page)).toBe(marks[0]?.id);
    await page.keyboard.press('End');
    expect(await activeMark(page)).toBe(marks.at(-1)?.id);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.count()).toBe(0);
    await page.keyboard.press('Tab');
    expect(await activeMark(page)).toBeNull();
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

describe.each(withViews)('views of $id', (spec) => {
  const second = spec.views[1]!;
  const shownPanels = (page: Page) => page.evaluate(() =>
    [...document.querySelectorAll('[data-panel]')].filter((el) => !el.closest('[hidden]')).map((el) => el.getAttribute('data-panel')));
  // The panels a view shows are those that list it: a column chart's panels, a line chart's one
  // plot of that view (each view of a line chart is a whole plot, src/charts/lines/README.md).
  const panelsOf = (view: string) => spec.graphic.type === 'lines' ? [view] : spec.views.find((v) => v.name === view)!.panels;
  // A line chart's embed shows its first view alone, with no control (`viewsInEmbeds: false`).
  const embedHasNoViews = (p: string) => p.startsWith('embed/') && chartType(spec.graphic.type).viewsInEmbeds === false;

  test.each([`charts/${spec.id}/`, `embed/${spec.id}/`])('%s honours ?view= and walks only that view', async (p) => {
    const page = await open(`${p}?view=${second.name}`);
    if (embedHasNoViews(p)) {
      expect(await shownPanels(page)).toEqual(panelsOf(spec.views[0]!.name));
      expect(await page.locator('[data-chart-views]').count()).toBe(0);
      await page.context().close();
      return;
    }
    // A bar-row embed fetches its other views first (src/scripts/chart-views.ts).
    await expect.poll(() => shownPanels(page)).toEqual(panelsOf(second.name));
    if (staticEmbed(p)) {
      // Views are applied by the page script, so a static embed honours them too.
      expect(await page.locator('astro-island').count()).toBe(0);
      await page.context().close();
      return;
    }
    await tabToFirstMark(page);
    const first = (await visibleMarks(page))[0];
    expect(await activeMark(page)).toBe(first?.id);
    // Focus starts hydration; keys work once the tooltip shows the island is live.
    await expect.poll(() => page.locator('[role="tooltip"]').textContent()).toContain(first?.sentence);
    await page.keyboard.press('End');
    expect(await activeMark(page)).toBe((await visibleMarks(page)).at(-1)?.id);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test('an unknown or hostile ?view= is ignored: default view, nothing inserted', async () => {
    const page = await open(`charts/${spec.id}/?view=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(await shownPanels(page)).toEqual(panelsOf(spec.views[0]!.name));
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.context().close();
  });

  test.each([`charts/${spec.id}/`, `embed/${spec.id}/`])('%s: choosing a view with the native control updates the chart and the URL', async (p) => {
    if (embedHasNoViews(p)) return;
    const page = await open(p);
    await page.locator(`[data-chart-views] input[value="${second.name}"]`).check();
    await expect.poll(() => shownPanels(page)).toEqual(panelsOf(second.name));
    expect(new URL(page.url()).searchParams.get('view')).toBe(second.name);
    await page.reload();
    await expect.poll(() => shownPanels(page)).toEqual(panelsOf(second.name));
    expect(await page.locator(`[data-chart-views] input[value="${second.name}"]`).isChecked()).toBe(true);
    await page.context().close();
  });
});

describe.each(specs.flatMap((s) => [[s.id, 320], [s.id, 1400]] as const))('%s at %d px', (id, width) => {
  test('text ≥ 12 px, labels inside the screen, no horizontal scroll; mark boxes match the snapshot', async () => {
    const page = await open(`charts/${id}/`, { viewport: { width, height: 900 } });
    const texts = await page.locator('.chart-graphic svg text').evaluateAll((els) => els.map((el) => {
      const r = el.getBoundingClientRect();
      return { size: parseFloat(getComputedStyle(el).fontSize), left: r.left, right: r.right, visible: r.width > 0 };
    }));
    const shown = texts.filter((t) => t.visible);
    expect(shown.length).toBeGreaterThan(0);
    expect(Math.min(...shown.map((t) => t.size))).toBeGreaterThanOrEqual(12);
    expect(Math.min(...shown.map((t) => t.left))).toBeGreaterThanOrEqual(0);
    expect(Math.max(...shown.map((t) => t.right))).toBeLessThanOrEqual(width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const boxes = await page.locator('[data-mark]').evaluateAll((els) => els.map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.getAttribute('data-mark')}: ${Math.round(r.width)}×${Math.round(r.height)}`;
    }));
    expect(boxes).toMatchSnapshot();
    await page.context().close();
  });
});
