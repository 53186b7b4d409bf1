/**
 * The kit's files in dist/: every Word file read back with mammoth (its page's title, the
 * page's headings, the chart as an image, no leftover markup), every kit page linking its own
 * Word file, and /classroom/pack.zip unzipped (pages, Word files, chart PNGs and CSVs, README;
 * no link inside it that points at a missing file or loads from another host).
 * The pack opened from file:// in Chromium is in tests/browser/classroom-files.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import mammoth from 'mammoth';
import { unzipSync, strFromU8 } from 'fflate';
import { parse, type HTMLElement } from 'node-html-parser';
import { DIST, chartSpecs, distExists, distFiles, htmlPages, page } from '../support/dist';

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();
const DOCX = distFiles().filter((f) => f.startsWith('/classroom/downloads/') && f.endsWith('.docx'));
const KIT_PAGES = htmlPages().filter((p) => p.startsWith('/classroom/'));
/** Every lesson, handout, role-card set, evidence packet and answer key offers its own Word file. */
const MUST_HAVE_WORD = /^\/classroom\/(?:lesson-\d+|source-evaluation|teacher-guide|role-cards|evidence|handouts\/[^/]+|answer-keys\/[^/]+)\/$/;
const WITH_WORD = KIT_PAGES.filter((p) => MUST_HAVE_WORD.test(p) || page(p).querySelector('[data-docx-link]'));

/** Kit markup that must never reach a Word file as text. */
const LEFTOVER = [
  /<\/?(?:Fig|Q)\b/, /<\/?(?:p|div|span|a|strong|em|sup|sub|br|ul|ol|li|table|tr|td|th|h[1-6]|section|details|summary|figure|img|svg|code)\b[^>]*>/i,
  /^:::/m, /\*\*/, /\]\(/, /&(?:lt|gt|amp|quot|#\d+);/, /\bundefined\b/, /\[object /, /\bNaN\b/,
];

function wordLink(p: string): string | undefined {
  return page(p).querySelector('[data-docx-link]')?.getAttribute('href');
}

/** The page's own text blocks the Word file must carry: its headings outside skipped parts. */
function pageHeadings(doc: HTMLElement): string[] {
  return doc.querySelectorAll('.classroom-doc h2, .classroom-doc h3')
    .filter((h) => !h.closest('[data-docx-skip]') && !h.closest('.classroom-chart') && !h.closest('.projector-controls'))
    .map((h) => squash(h.textContent));
}

describe('Word files', () => {
  test('there is one per lesson, handout, role-card set, evidence packet and answer key, and no other', () => {
    expect(WITH_WORD.filter((p) => MUST_HAVE_WORD.test(p)).length).toBeGreaterThanOrEqual(15);
    expect(DOCX.length).toBe(WITH_WORD.length);
  });

  test.each(WITH_WORD)('%s links its own Word file, which has its title, its headings and no leftover markup', async (p) => {
    const href = wordLink(p);
    expect(href, `${p}: no "Download as Word" link`).toMatch(/^\/classroom\/downloads\/[a-z0-9-]+\.docx$/);
    expect(DOCX).toContain(href);
    const doc = page(p);
    const { value: html, messages } = await mammoth.convertToHtml({ path: path.join(DIST, href!) });
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    const word = parse(html);
    const text = squash(word.textContent);
    expect(squash(word.querySelector('h1')?.textContent ?? ''), `${href}: title`).toBe(squash(doc.querySelector('h1')!.textContent));
    for (const h of pageHeadings(doc)) expect(text, `${href} lacks the page's heading "${h}"`).toContain(h);
    const raw = (await mammoth.extractRawText({ path: path.join(DIST, href!) })).value;
    for (const re of LEFTOVER) expect(raw, `${href}: ${re}`).not.toMatch(re);
    // Figures keep their numbers and sources: every figure on the page is in the file.
    for (const fig of doc.querySelectorAll('.classroom-doc .fig').filter((f) => !f.closest('[data-docx-skip]'))) {
      expect(text, `${href}: figure "${fig.textContent}"`).toContain(squash(fig.textContent));
    }
    const charts = doc.querySelectorAll('.classroom-doc figure.classroom-chart').length;
    if (charts) expect(word.querySelectorAll('img[src^="data:image/png"]').length, `${href}: chart images`).toBeGreaterThanOrEqual(charts);
    // A header row stays a header; body rows (write-in rows above all) stay body rows.
    for (const table of word.querySelectorAll('table')) expect(table.querySelectorAll('thead tr').length).toBeLessThanOrEqual(1);
  }, 30_000);

  test('no two pages share a Word file', () => {
    const links = WITH_WORD.map(wordLink);
    expect(new Set(links).size).toBe(links.length);
  });
});

describe('offline pack', () => {
  const zip = unzipSync(new Uint8Array(readFileSync(path.join(DIST, 'classroom', 'pack.zip'))));
  const ROOT = 'fentanyl-classroom-kit/';
  const names = Object.keys(zip);
  const htmlFiles = names.filter((n) => n.endsWith('.html'));

  test('holds a README, a start page, every kit page, every Word file and each chart as PNG and CSV', () => {
    expect(names.every((n) => n.startsWith(ROOT))).toBe(true);
    expect(strFromU8(zip[`${ROOT}README.txt`]!)).toMatch(/START-HERE\.html/);
    expect(names).toContain(`${ROOT}START-HERE.html`);
    for (const p of WITH_WORD) expect(names, p).toContain(`${ROOT}${p.slice(1, -1)}.html`);
    for (const d of DOCX) expect(names, d).toContain(`${ROOT}word/${path.basename(d)}`);
    for (const d of DOCX) expect(zip[`${ROOT}word/${path.basename(d)}`]!.length).toBe(readFileSync(path.join(DIST, d)).length);
    for (const spec of chartSpecs()) {
      if (!distFiles().includes(`/charts/${spec.id}/index.html`)) continue;
      expect(names, spec.id).toContain(`${ROOT}charts/${spec.id}.png`);
      expect(names, spec.id).toContain(`${ROOT}data/${spec.id}.csv`);
      expect(zip[`${ROOT}charts/${spec.id}.png`]!.subarray(0, 8)).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    }
  });

  test.each(htmlFiles)('%s: every link inside the pack finds its file; nothing loads from another host', (name) => {
    const doc = parse(strFromU8(zip[name]!));
    const dir = path.posix.dirname(name);
    // Loads (stylesheets, scripts, images) must be inline or in the pack; links may leave it.
    // (rel=alternate and canonical name the live site; a browser fetches neither.)
    for (const el of doc.querySelectorAll('link[href]:not([rel~="alternate"]):not([rel="canonical"]), script[src], img[src], source[src], iframe[src], object[data]')) {
      const ref = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('data') ?? '';
      expect(ref, `${name}: <${el.tagName.toLowerCase()}> loads ${ref}`).not.toMatch(/^(?:[a-z]+:)?\/\//i);
      if (!ref.startsWith('data:')) expect(names, `${name}: ${ref}`).toContain(path.posix.normalize(path.posix.join(dir, ref.split(/[?#]/)[0]!)));
    }
    for (const a of doc.querySelectorAll('a[href]')) {
      const ref = a.getAttribute('href')!;
      if (/^(?:https?:|mailto:|#)/i.test(ref)) continue;
      expect(ref, `${name}: site-absolute link ${ref} breaks on a USB stick`).not.toMatch(/^\//);
      const target = path.posix.normalize(path.posix.join(dir, decodeURIComponent(ref.split(/[?#]/)[0]!)));
      expect(names, `${name}: broken link ${ref}`).toContain(target);
    }
    expect(doc.querySelectorAll('style').length + doc.querySelectorAll('link[rel="stylesheet"]').length, `${name}: no CSS`).toBeGreaterThan(0);
  });
});
