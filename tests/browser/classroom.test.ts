/**
 * The classroom kit in Chromium: print to PDF (one page per handout, no chart or table split
 * across pages, no site furniture, hidden sections printed, link URLs shown), projector mode by
 * keyboard, the stance tally kept on the device, and the pages without JavaScript.
 * (axe runs on every classroom page, in both themes, in site.test.ts; here it also runs on the
 * interactive states.)
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { extractText, getDocumentProxy } from 'unpdf';
import { useSite } from '../support/site-session';
import { htmlPages } from '../support/dist';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const HANDOUTS = htmlPages().filter((p) => p.startsWith('/classroom/handouts/')).map((p) => p.slice(1));
const CLASSROOM = htmlPages().filter((p) => p.startsWith('/classroom/')).map((p) => p.slice(1));

const site = useSite({ viewport: { width: 1000, height: 800 } });
const open = site.open;

/** Whitespace-free, NFKC text so PDF extraction and DOM text compare. */
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

async function printPdf(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'Letter', preferCSSPageSize: true });
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  expect(text).toHaveLength(doc.numPages);
  // Printed link targets (" (https://…)") are not in the DOM text: drop them before comparing.
  return text.map((t) => squash(t).replace(/\(https?:[^)]*\)/g, ''));
}

describe('print to PDF', () => {
  test.each(HANDOUTS)('%s prints on exactly one page', async (path) => {
    const page = await open(path);
    const pages = await printPdf(page);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain(squash((await page.locator('h1').textContent()) ?? 'missing'));
    await page.context().close();
  });

  test.each(CLASSROOM)('%s: no chart or table is split across a page break', async (path) => {
    const page = await open(path);
    const blocks = await page.locator('.classroom-doc').evaluate((root) =>
      [...root.querySelectorAll('figure, table')].map((el) => el.textContent ?? ''));
    const pages = await printPdf(page);
    for (const raw of blocks) {
      const t = squash(raw).replace(/\(https?:[^)]*\)/g, '');
      const head = t.slice(0, 24);
      const tail = t.slice(-24);
      const withHead = pages.filter((p) => p.includes(head));
      expect(withHead.length, `not found in the PDF: ${head}`).toBeGreaterThan(0);
      expect(withHead.some((p) => p.includes(tail)), `${path}: split between "${head}" and "${tail}"`).toBe(true);
    }
    await page.context().close();
  });

  test('lesson 1 prints without site furniture or controls, with the reveal expanded and link URLs shown', async () => {
    const page = await open('classroom/lesson-1/');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'Letter', preferCSSPageSize: true });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const all = squash(text);
    expect(all).not.toContain(squash('Skip to content'));
    expect(all).not.toContain(squash('No cookies, no analytics'));
    expect(all).not.toContain(squash('Projector mode'));
    expect(all).toContain(squash('Deaths: the largest one-year drop recorded'));
    expect(all).toContain(squash('(https://fentanyl-explainer.example/charts/dea-seizures/'));
    await page.context().close();
  });

  test('printing in projector mode still prints every section', async () => {
    const page = await open('classroom/lesson-1/?mode=projector');
    expect(await page.locator('[data-projector-toggle]').getAttribute('aria-pressed')).toBe('true');
    const all = (await printPdf(page)).join('');
    for (const heading of ['Learning objectives', 'Step 1. Launch', 'Step 8. Close', 'Adapting the lesson']) expect(all).toContain(squash(heading));
    await page.context().close();
  });

  test('the source evaluation prints its answer key', async () => {
    const page = await open('classroom/source-evaluation/');
    const pages = await printPdf(page);
    expect(pages.join('')).toContain(squash('Claim 1: "Fentanyl seizures doubled"'));
    await page.context().close();
  });
});

describe('projector mode', () => {
  const current = (page: Page) => page.evaluate(() => {
    const visible = [...document.querySelectorAll<HTMLElement>('[data-slide]')].filter((s) => s.offsetParent !== null);
    return visible.map((s) => s.querySelector('h2')?.textContent?.trim() ?? s.getAttribute('aria-label') ?? 'intro');
  });

  test('keyboard only: toggle, step through, reveal only on request, back, Escape', async () => {
    const page = await open('classroom/lesson-1/');
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.hasAttribute('data-projector-toggle') ?? false);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-projector-toggle]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('[data-site-header]').isVisible()).toBe(false);
    expect(await current(page)).toEqual(['intro']);

    await page.keyboard.press('ArrowRight');
    expect(await current(page)).toEqual(['Learning objectives']);
    await page.keyboard.press('PageDown');
    // "Before class" and "Lesson at a glance" are for the teacher: projector mode skips them.
    expect(await current(page)).toEqual(['Vocabulary (pre-teach in 2 minutes, or leave on the board)']);
    await page.keyboard.press('PageUp');
    expect(await current(page)).toEqual(['Learning objectives']);

    for (let i = 0; i < 20 && (await current(page))[0] !== 'Reveal'; i++) await page.keyboard.press('ArrowRight');
    expect(await current(page)).toEqual(['Reveal']);
    const reveal = page.locator('details.hidden-section');
    expect(await reveal.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.getByText('The doubling claim: true for pills').isVisible()).toBe(false);
    await page.keyboard.press('ArrowRight');
    expect(await current(page)).toEqual(['Reveal']);
    expect(await page.getByText('The doubling claim: true for pills').isVisible()).toBe(true);
    // The opened reveal is taller than the screen, so it is split: each part is one more step,
    // still the Reveal slide, named "part k of n" in the status, never showing a teacher block.
    const status = page.locator('[data-projector-status]');
    const parts = Number(/\(part 1 of (\d+)\)/.exec((await status.textContent()) ?? '')?.[1] ?? 1);
    const seen = new Set<string>();
    for (let k = 1; k <= parts; k++) {
      if (k > 1) await page.keyboard.press('ArrowRight');
      expect(await current(page)).toEqual(['Reveal']);
      if (parts > 1) expect(await status.textContent()).toContain(`(part ${k} of ${parts})`);
      expect(await page.locator('[data-slide].is-current [data-teacher]').evaluateAll((els) =>
        els.filter((el) => (el as HTMLElement).offsetParent !== null).length)).toBe(0);
      seen.add(await page.locator('[data-slide].is-current').evaluate((s) => (s as HTMLElement).innerText));
    }
    expect(seen.size, 'each part shows different text').toBe(parts);
    await page.keyboard.press('ArrowRight');
    expect(await current(page)).toEqual(['Step 6. Discuss (8 minutes)']);
    await expect.poll(() => page.locator('[data-projector-status]').textContent()).toMatch(/^\d+ of \d+: Step 6/);

    await page.keyboard.press('End');
    expect(await current(page)).toEqual(['Step 8. Close (2 minutes)']);
    await page.keyboard.press('Home');
    expect(await current(page)).toEqual(['intro']);

    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);

    await page.keyboard.press('Escape');
    expect(await page.locator('[data-projector-toggle]').getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-projector-toggle'))).toBe(true);
    expect((await current(page)).length).toBeGreaterThan(8);
    // Off again: arrow keys belong to the page (scrolling), not to the slides.
    await page.keyboard.press('ArrowRight');
    expect((await current(page)).length).toBeGreaterThan(8);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test('keys typed into a form field are never taken over', async () => {
    const page = await open('classroom/discussion-questions/?mode=projector');
    const before = await current(page);
    expect(before).toHaveLength(1);
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.setAttribute('aria-label', 'notes');
      document.querySelector('.projector-controls')!.append(input);
      input.focus();
    });
    await page.keyboard.type('ab');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    expect(await current(page)).toEqual(before);
    expect(await page.locator('input[aria-label="notes"]').inputValue()).toBe('ab');
    // Teacher notes ("What to look for") are never projected, and stepping never opens them.
    await page.locator('[data-slide].is-current').focus();
    await page.keyboard.press('ArrowRight');
    expect(await current(page)).not.toEqual(before);
    expect(await page.locator('[data-slide].is-current details.teacher-notes').first().isVisible()).toBe(false);
    expect(await page.locator('details.teacher-notes[open]').count()).toBe(0);
    await page.context().close();
  });

  test('the Next and Previous buttons work by pointer, and reduced motion is honoured (no smooth scroll or animation)', async () => {
    const page = await open('classroom/source-evaluation/?mode=projector', { reducedMotion: 'reduce' });
    const first = await current(page);
    await page.click('[data-projector-next]');
    expect(await current(page)).not.toEqual(first);
    await page.click('[data-projector-prev]');
    expect(await current(page)).toEqual(first);
    const animated = await page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => {
      const s = getComputedStyle(el);
      return s.animationName !== 'none' || (s.transitionDuration !== '0s' && s.transitionProperty !== 'all') || s.scrollBehavior === 'smooth';
    }).length);
    expect(animated).toBe(0);
    await page.context().close();
  });
});

describe('stance tally', () => {
  test('counts are kept in this browser only, survive a reload, and give before/after averages', async () => {
    const page = await open('classroom/stance-tally/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.getByLabel('Scanners, before: answers of 1 (strongly oppose)').fill('2');
    await page.getByLabel('Scanners, before: answers of 5 (strongly support)').fill('2');
    await page.getByLabel('Scanners, before: answers of D (it depends)').fill('1');
    await page.getByLabel('Scanners, after: answers of 4 (support)').fill('3');
    await expect.poll(() => page.locator('output[data-mean="before.scanners"]').textContent()).toBe('3.0 (n = 4, 1 "it depends")');
    await expect.poll(() => page.locator('output[data-mean="after.scanners"]').textContent()).toBe('4.0 (n = 3)');
    await page.reload();
    expect(await page.getByLabel('Scanners, before: answers of 5 (strongly support)').inputValue()).toBe('2');
    await expect.poll(() => page.locator('output[data-mean="after.scanners"]').textContent()).toBe('4.0 (n = 3)');
    const stored = await page.evaluate(() => Object.keys(localStorage));
    expect(stored).toEqual(['fentanyl-explainer:classroom-stance-tally:v1']);
    expect(await page.context().cookies()).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(site.url.replace(/\/$/, '')))).toEqual([]);

    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);

    page.once('dialog', (d) => void d.accept());
    await page.click('[data-tally-clear]');
    await expect.poll(() => page.locator('output[data-mean="before.scanners"]').textContent()).toBe('–');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test('corrupted stored counts: the teacher is told, good counts are kept, the original is kept aside, other data untouched', async () => {
    const page = await open('classroom/stance-tally/');
    const KEY = 'fentanyl-explainer:classroom-stance-tally:v1';
    await page.evaluate((k) => {
      localStorage.setItem('another-site-thing', '<b>keep me</b>');
      localStorage.setItem(k, JSON.stringify({ 'before.scanners.1': 4, 'before.scanners.2': '<img src=x onerror=alert(1)>', 'after.scanners.4': 1e300, 'nope': -1 }));
    }, KEY);
    await page.reload();
    const notice = page.locator('[data-tally-notice]');
    await notice.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await notice.textContent()).toContain('3 saved entries were not valid counts');
    expect(await notice.locator('img, b').count()).toBe(0);
    expect(await page.getByLabel('Scanners, before: answers of 1 (strongly oppose)').inputValue()).toBe('4');
    expect(await page.getByLabel('Scanners, before: answers of 2 (oppose)').inputValue()).toBe('');
    await page.getByLabel('Scanners, after: answers of 3 (unsure)').fill('2');
    const after = await page.evaluate((k) => ({ main: localStorage.getItem(k), copy: localStorage.getItem(`${k}:unreadable-copy`), other: localStorage.getItem('another-site-thing') }), KEY);
    expect(JSON.parse(after.main!)).toEqual({ 'before.scanners.1': 4, 'after.scanners.3': 2 });
    expect(after.copy).toContain('onerror');
    expect(after.other).toBe('<b>keep me</b>');

    await page.evaluate((k) => localStorage.setItem(k, '{not json'), KEY);
    await page.reload();
    await expect.poll(() => notice.textContent()).toContain('could not be read');
    expect(await page.getByLabel('Scanners, before: answers of 1 (strongly oppose)').inputValue()).toBe('');
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test('the counts download as CSV and load back from it; a bad file loads nothing', async () => {
    const page = await open('classroom/stance-tally/', { acceptDownloads: true });
    await page.getByLabel('Scanners, before: answers of 1 (strongly oppose)').fill('2');
    await page.getByLabel('Prevention, after: answers of D (it depends)').fill('5');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-tally-download]')]);
    expect(download.suggestedFilename()).toMatch(/^stance-tally-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('phase,option,1,2,3,4,5,D');
    expect(csv).toContain('before,Scanners,2,,,,,\r\n');
    expect(csv).toContain('after,Prevention,,,,,,5\r\n');

    page.once('dialog', (d) => void d.accept());
    await page.click('[data-tally-clear]');
    await expect.poll(() => page.getByLabel('Scanners, before: answers of 1 (strongly oppose)').inputValue()).toBe('');
    await page.locator('[data-tally-file]').setInputFiles({ name: 'tally.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.getByLabel('Scanners, before: answers of 1 (strongly oppose)').inputValue()).toBe('2');
    expect(await page.getByLabel('Prevention, after: answers of D (it depends)').inputValue()).toBe('5');
    expect(await page.locator('[data-tally-status]').textContent()).toBe('Loaded 2 counts from the file.');

    await page.locator('[data-tally-file]').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('phase,option,1,2,3,4,5,D\nbefore,<b>x</b>,1,,,,,\n') });
    await expect.poll(() => page.locator('[data-tally-notice]').textContent()).toContain('Nothing was loaded');
    expect(await page.locator('[data-tally-notice] b').count()).toBe(0);
    expect(await page.getByLabel('Scanners, before: answers of 1 (strongly oppose)').inputValue()).toBe('2');
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  test('a fresh device starts empty (nothing shared between browsers)', async () => {
    const page = await open('classroom/stance-tally/');
    expect(await page.getByLabel('Scanners, before: answers of 1 (strongly oppose)').inputValue()).toBe('');
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  test('lessons read in full: no projector button, the reveal is a working <details>', async () => {
    const page = await open('classroom/lesson-1/', { javaScriptEnabled: false });
    expect(await page.locator('[data-projector-toggle]').isVisible()).toBe(false);
    expect(await page.locator('[data-slide]').count()).toBeGreaterThan(8);
    expect(await page.getByText('The doubling claim: true for pills').isVisible()).toBe(false);
    await page.locator('details.hidden-section > summary').click();
    expect(await page.getByText('The doubling claim: true for pills').isVisible()).toBe(true);
    await page.context().close();
  });
});
