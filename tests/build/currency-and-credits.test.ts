/**
 * Issue 10 over the built site: every chart page and embed says how current its figures are
 * and credits only the organisations that produced them, in at most two lines; the story and
 * the classroom kit say how current they are; /data/<id>.json carries the same date; and no
 * reader-facing page (site pages and embeds, not .csv/.json) shows an internal source id or
 * research jargon.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { CREDIT_MAX_CHARS } from '../../src/lib/charts/credit';
import { chartSpecs, DIST, distExists, htmlPages, page, text } from '../support/dist';
import { INTERNAL_PHRASES } from '../support/wording';

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

const specs = chartSpecs();
// Dates in U.S. order, as Intl writes en-US ("December 2, 2026"; "August 2025").
const CURRENT = /Figures current to (FY\d{4}|\d{4}|[A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})[^;.]*; sources checked [A-Z][a-z]+ \d{1,2}, \d{4}\./;

describe.each(specs)('chart $id', (spec) => {
  const json = () => JSON.parse(readFileSync(path.join(DIST, 'data', `${spec.id}.json`), 'utf8')) as {
    currentTo: { period: string; periodEnd: string; sourcesChecked: string };
    credit: string;
    sources: { source_id: string; origin?: string }[];
  };

  test('the JSON says how current the figures are, and the page says the same', () => {
    const { currentTo } = json();
    expect(currentTo.period).not.toBe('');
    expect(currentTo.periodEnd).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(currentTo.sourcesChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const line = page(`/charts/${spec.id}/`).querySelector('.chart-currency');
    expect(text(line)).toMatch(CURRENT);
    expect(text(line)).toContain(`Figures current to ${currentTo.period};`);
    expect(line?.getAttribute('data-current-to')).toBe(currentTo.periodEnd);
  });

  test('the credit names origins only, in at most two lines', () => {
    const { credit, sources } = json();
    const origins = new Set(sources.map((s) => s.origin));
    const shown = text(page(`/charts/${spec.id}/`).querySelector('.chart-source')).replace(/^Source: /, '').replace(/\.$/, '');
    expect(shown).toBe(credit);
    expect(credit.length).toBeLessThanOrEqual(CREDIT_MAX_CHARS);
    for (const name of credit.replace(/ and \d+ others?$/, '').split('; ')) expect(origins.has(name)).toBe(true);
  });

  test('the data table names sources, never their ids', () => {
    const doc = page(`/charts/${spec.id}/`);
    const headers = doc.querySelectorAll('.data-table th').map((th) => text(th));
    expect(headers).not.toContain('Source id');
    const ids = new Set(csvParse(readFileSync(path.join(DIST, 'data', `${spec.id}.csv`), 'utf8')).map((r) => r['source_id']));
    for (const td of doc.querySelectorAll('.data-table td[data-field="source_id"]')) {
      expect(ids.has(td.getAttribute('data-value') ?? '')).toBe(true);
      expect(ids.has(text(td))).toBe(false);
    }
  });

  if (spec.embeddable !== false) {
    test('the embed shows the credit and how current the figures are', () => {
      const doc = page(`/embed/${spec.id}/`);
      expect(text(doc.querySelector('.chart-currency'))).toMatch(CURRENT);
      expect(text(doc.querySelector('.chart-source'))).toContain(`Source: ${json().credit}.`);
    });
  }
});

test('the story head and every classroom page say how current the figures are', () => {
  // The front page says it at the end of the five-minute version (the hero chart's own credit says it on the first screen).
  const story = text(page('/').querySelector('.story .site-currency'));
  expect(story).toMatch(/^Figures current to \S.* Sources checked [A-Z][a-z]+ \d{1,2}, \d{4}\. Corrections and updates$/);
  const kit = htmlPages().filter((p) => p.startsWith('/classroom/'));
  expect(kit.length).toBeGreaterThan(5);
  for (const p of kit) expect(text(page(p).querySelector('.classroom-head .site-currency')), p).toMatch(/^Figures current to /);
});

/**
 * Visible text and the attributes a reader or a screen reader meets. Each text node is kept
 * apart (joined by newlines): `textContent` runs adjacent cells together ("…narcan2023-07-28"),
 * which hid an id from the word-boundary check below.
 */
function readerText(doc: HTMLElement): string {
  for (const el of doc.querySelectorAll('script, style, template')) el.remove();
  const texts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === NodeType.TEXT_NODE) texts.push(node.text);
    else for (const child of node.childNodes) walk(child);
  };
  walk(doc);
  const attrs = doc.querySelectorAll('[aria-label], [title], [alt], [aria-description], [placeholder]')
    .flatMap((el) => ['aria-label', 'title', 'alt', 'aria-description', 'placeholder'].map((a) => el.getAttribute(a) ?? ''));
  return `${texts.join('\n')}\n${attrs.join('\n')}`;
}

const sourceIds = csvParse(readFileSync(path.resolve('content/data/sources.csv'), 'utf8')).map((r) => r['source_id'] ?? '').filter(Boolean);
const idPattern = new RegExp(`(?<![A-Za-z0-9_./-])(${sourceIds.join('|')})(?![A-Za-z0-9_])`);

test('the id check finds an id in a table cell followed by another cell (the case it once missed)', () => {
  const planted = parse('<table><tr><td>Also recoveryscc_narcan</td><td>2023-07-28</td></tr></table><p title="fda_narcan_otc">x</p>');
  const words = readerText(planted);
  expect(idPattern.exec(words)?.[1]).toBe('recoveryscc_narcan');
  expect(words.match(new RegExp(idPattern, 'g'))).toHaveLength(2);
});

test('no reader-facing page shows a source id or internal research language', () => {
  const phrases = INTERNAL_PHRASES.map((p) => p.trim().toLowerCase());
  const found: string[] = [];
  const pages = htmlPages();
  expect(pages.some((p) => p.startsWith('/embed/'))).toBe(true);
  for (const p of pages) {
    const words = readerText(page(p));
    const id = idPattern.exec(words)?.[1];
    if (id) found.push(`${p}: source id "${id}"`);
    const lower = words.toLowerCase();
    for (const phrase of phrases) if (lower.includes(phrase)) found.push(`${p}: "${phrase}"`);
  }
  expect(found).toEqual([]);
});
