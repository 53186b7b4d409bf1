/**
 * /corrections/, each chart's "Corrections and updates" and the Atom feed /updates.xml carry
 * the same dated entries as content/corrections.yaml. The feed is parsed with a real XML parser
 * and checked for well-formedness, Atom structure, dates and links.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseCorrections } from '../../src/lib/data/corrections';
import { chartSpecs, DIST, distExists, page, text } from '../support/dist';

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

const entries = parseCorrections(readFileSync('content/corrections.yaml', 'utf8'), 'content/corrections.yaml');
const xml = () => readFileSync(path.join(DIST, 'updates.xml'), 'utf8');

interface AtomLink { '@_href': string; '@_rel'?: string }
interface AtomEntry { id: string; title: string | { '#text': string }; updated: string; link: AtomLink | AtomLink[]; summary?: unknown; content?: unknown }
const asArray = <T,>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const titleText = (t: AtomEntry['title']) => (typeof t === 'string' ? t : t['#text']);

describe('the Atom feed /updates.xml', () => {
  test('is well-formed XML in the Atom namespace', () => {
    expect(XMLValidator.validate(xml())).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml()) as { feed: Record<string, unknown> };
    expect(doc.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
  });

  test('has one entry per logged change, with the same ids, titles and dates', () => {
    const feed = (new XMLParser({ ignoreAttributes: false }).parse(xml()) as { feed: { entry: AtomEntry | AtomEntry[]; updated: string } }).feed;
    const items = asArray(feed.entry);
    expect(items).toHaveLength(entries.length);
    expect(feed.updated.slice(0, 10)).toBe(entries[0]?.date);
    items.forEach((item, i) => {
      const e = entries[i]!;
      expect(item.id).toMatch(new RegExp(`/corrections/#${e.id}$`));
      expect(titleText(item.title)).toContain(e.title);
      expect(item.updated.slice(0, 10)).toBe(e.date);
      expect(new Date(item.updated).toISOString().slice(0, 10)).toBe(e.date);
    });
  });

  test('every entry links to its anchor on /corrections/', () => {
    const feed = (new XMLParser({ ignoreAttributes: false }).parse(xml()) as { feed: { entry: AtomEntry[] } }).feed;
    const corrections = page('/corrections/');
    for (const item of asArray(feed.entry)) {
      const href = asArray(item.link)[0]?.['@_href'] ?? '';
      const url = new URL(href);
      expect(url.pathname).toMatch(/\/corrections\/$/);
      expect(corrections.querySelector(`#${url.hash.slice(1)}`)).not.toBeNull();
    }
  });
});

test('/corrections/ lists every entry with its date, newest first', () => {
  const items = page('/corrections/').querySelectorAll('.correction-entry');
  expect(items.map((li) => li.getAttribute('id'))).toEqual(entries.map((e) => e.id));
  items.forEach((li, i) => expect(li.querySelector('time')?.getAttribute('datetime')).toBe(entries[i]?.date));
  expect(page('/corrections/').querySelector('link[rel="alternate"][type="application/atom+xml"]')).not.toBeNull();
});

describe.each(chartSpecs())('chart $id', (spec) => {
  test('its page lists exactly the entries that name it', () => {
    const own = entries.filter((e) => e.charts.includes(spec.id));
    const listed = page(`/charts/${spec.id}/`).querySelectorAll('.chart-corrections li');
    expect(listed).toHaveLength(own.length);
    listed.forEach((li, i) => expect(text(li)).toContain(own[i]!.title));
  });
});

test('the first correction is the NPR date, on the log and in the feed', () => {
  expect(text(page('/corrections/').querySelector('#npr-article-date'))).toMatch(/21 February 2023/);
  expect(xml()).toContain('21 February 2023');
});
