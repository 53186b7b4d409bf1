/**
 * The classroom kit as a teacher uses it, in Chromium: projector slides that fit a 1280×720
 * and a 1024×768 screen at every step with chart labels readable from the back (≥ 24 px),
 * printed pages that match what each page promises on Letter and on A4 with no role card cut
 * in two, and the offline pack opened from file:// with its CSS and no request anywhere else.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { useSite } from '../support/site-session';
import { DIST, htmlPages, page as distPage } from '../support/dist';

const site = useSite({ viewport: { width: 1280, height: 720 } });
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

const PROJECTOR = htmlPages().filter((p) => distPage(p).querySelector('[data-projector-root]')).map((p) => p.slice(1));
const SCREENS = [{ width: 1280, height: 720 }, { width: 1024, height: 768 }];
const PRINTED = htmlPages()
  .map((p) => ({ path: p.slice(1), pages: Number(distPage(p).querySelector('[data-print-pages]')?.getAttribute('data-print-pages') ?? 0) }))
  .filter((p) => p.pages > 0);
const PAPERS = ['Letter', 'A4'] as const;

/** What the current projector step looks like. */
function step(page: Page) {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('[data-slide].is-current')!;
    const bar = document.querySelector<HTMLElement>('[data-projector-controls]')!.getBoundingClientRect();
    // checkVisibility: false inside a closed <details> (content-visibility) and under display:none.
    const shown = (el: Element) => el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }) && el.getBoundingClientRect().height > 0;
    const blocks = [...slide.querySelectorAll('p, li, tr, h2, h3, figure, img, svg')].filter(shown);
    const lowest = Math.max(0, ...blocks.map((b) => b.getBoundingClientRect().bottom));
    const texts = [...slide.querySelectorAll<SVGTextElement>('.classroom-chart svg text')].filter(shown);
    // Rendered size = font size in the SVG's units × how much the SVG is drawn up (viewBox, CSS zoom).
    const labels = texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.getBoundingClientRect().height / t.getBBox().height));
    return {
      status: document.querySelector('[data-projector-status]')?.textContent ?? '',
      scrollY: document.documentElement.scrollHeight - window.innerHeight,
      scrollX: document.documentElement.scrollWidth - window.innerWidth,
      lowest, barTop: bar.top,
      teacher: [...slide.querySelectorAll('[data-teacher], .teacher-notes, .teacher-only-note')].filter(shown).length,
      labels: labels.length ? Math.min(...labels) : null,
      atEnd: (document.querySelector('[data-projector-next]') as HTMLButtonElement).disabled,
    };
  });
}

describe('projector mode fits the screen', () => {
  test.each(PROJECTOR.flatMap((p) => SCREENS.map((s) => [p, s] as const)))('%s at %o: every step fits, no teacher text, chart labels ≥ 24 px', async (p, viewport) => {
    const page = await site.open(`${p}?mode=projector`, { viewport });
    let charts = 0;
    for (let i = 0; i < 80; i++) {
      const s = await step(page);
      const where = `${p} ${viewport.width}×${viewport.height}, "${s.status}"`;
      expect(s.scrollY, `${where}: runs off the bottom`).toBeLessThanOrEqual(1);
      expect(s.scrollX, `${where}: runs off the side`).toBeLessThanOrEqual(1);
      expect(s.lowest, `${where}: hidden behind the control bar`).toBeLessThanOrEqual(s.barTop + 1);
      expect(s.teacher, `${where}: shows teacher-only text`).toBe(0);
      if (s.labels !== null) {
        charts++;
        expect(s.labels, `${where}: chart labels too small to read from the back`).toBeGreaterThanOrEqual(24);
      }
      if (s.atEnd) break;
      await page.keyboard.press('ArrowRight');
    }
    expect((await step(page)).atEnd, `${p}: never reached the last slide`).toBe(true);
    if (p === 'classroom/lesson-1/') expect(charts, 'lesson 1 projects its chart').toBeGreaterThan(0);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });
});

async function pdfPages(page: Page, format: (typeof PAPERS)[number]): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format, preferCSSPageSize: true });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  return text.map((t) => squash(t).replace(/\(https?:[^)]*\)/g, ''));
}

describe('print', () => {
  test.each(PRINTED.flatMap((p) => PAPERS.map((f) => [p.path, f, p.pages] as const)))('%s on %s prints on the %i page(s) it promises', async (p, format, pages) => {
    const page = await site.open(p);
    const printed = await pdfPages(page, format);
    expect(printed.length, `${p} on ${format}`).toBe(pages);
    // Printed role cards start with the first card (the page's title stays on screen).
    const first = (await page.locator('.role-card h2').count()) ? page.locator('.role-card h2').first() : page.locator('h1');
    expect(printed[0]).toContain(squash((await first.textContent()) ?? 'missing'));
    await page.context().close();
  });

  test.each(PAPERS)('role cards on %s: two cards a page at most, no card split across pages, teacher notes on their own page', async (format) => {
    const page = await site.open('classroom/role-cards/');
    const cards = await page.locator('.role-card').evaluateAll((els) => els.map((el) => {
      const qs = [...el.querySelectorAll('.role-card-side li')];
      return { name: el.querySelector('h2')!.textContent ?? '', first: el.querySelector('.role-card-main > p:not(.small):not(.composite-label)')?.textContent ?? '', last: qs.at(-1)?.textContent ?? '' };
    }));
    expect(cards.length).toBeGreaterThan(4);
    const printed = await pdfPages(page, format);
    const find = (t: string) => printed.flatMap((text, i) => (text.includes(squash(t).slice(0, 40)) ? [i] : []));
    const notes = find('Notes for the teacher');
    expect(notes, 'the teacher notes are on one page').toHaveLength(1);
    // The notes' table lists every role by name: look for the cards on the other pages.
    const onPage = (t: string) => find(t).filter((i) => i !== notes[0]);
    const perPage = new Map<number, number>();
    for (const c of cards) {
      const start = onPage(c.name);
      expect(start, `${c.name}: its title is on one page`).toHaveLength(1);
      expect(onPage(c.first), `${c.name}: its text starts on its title's page`).toContain(start[0]);
      expect(onPage(c.last), `${c.name}: split across pages (${format})`).toContain(start[0]);
      perPage.set(start[0]!, (perPage.get(start[0]!) ?? 0) + 1);
    }
    expect(Math.max(...perPage.values())).toBeLessThanOrEqual(2);
    expect(notes[0], 'the notes print after the cards').toBeGreaterThan(Math.max(...perPage.keys()));
    await page.context().close();
  });
});

describe('offline pack from file://', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kit-pack-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const unpack = () => {
    const zip = unzipSync(new Uint8Array(readFileSync(path.join(DIST, 'classroom', 'pack.zip'))));
    for (const [name, bytes] of Object.entries(zip)) {
      if (name.endsWith('/')) continue;
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), bytes);
    }
    return path.join(dir, 'fentanyl-classroom-kit');
  };

  test.each(['START-HERE.html', 'classroom/lesson-1.html', 'classroom/handouts/sac-supply-side.html'])('%s opens with its styles, its images and no request off the stick', async (file) => {
    const root = unpack();
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    context.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
    await page.goto(pathToFileURL(path.join(root, file)).href, { waitUntil: 'load' });
    // The site's CSS applied: the header's brand is not a default blue underlined link, and the
    // classroom column is narrower than the window.
    const styled = await page.evaluate(() => ({
      sheets: document.styleSheets.length,
      bodyMargin: getComputedStyle(document.body).marginTop,
      docWidth: (document.querySelector('.classroom-doc') ?? document.querySelector('.container'))?.getBoundingClientRect().width ?? 0,
    }));
    expect(styled.sheets).toBeGreaterThan(0);
    expect(styled.bodyMargin).not.toBe('8px');
    expect(styled.docWidth).toBeLessThan(1280);
    const images = await page.locator('img').evaluateAll((imgs) => imgs.map((i) => ({ src: i.getAttribute('src'), ok: (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0 })));
    for (const img of images) expect(img.ok, `${file}: image ${img.src}`).toBe(true);
    // Every link inside the pack reaches a file.
    const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href).filter((h) => h.startsWith('file:')));
    for (const href of links) expect(() => readFileSync(new URL(href.split('#')[0]!)), `${file}: broken link ${href}`).not.toThrow();
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
