/**
 * Wording that must not reach readers, checked over the words in content/ (chart specs, the
 * story, the classroom kit):
 *   1. relative-time phrases that go stale as time passes ("last year", "so far"): name the year;
 *   2. the NPR seed report (and McCarthy's remark) dated "March 2023": it is 21 February 2023;
 *   3. internal research language ("stored copy", "seed article", "source_id").
 * Quotations (<Q>…</Q> and text in double quotes) are left out: speakers may say "this year".
 */
import { csvParse } from 'd3-dsv';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { INTERNAL_PHRASES, STALE_PHRASES } from '../support/wording';

const ROOT = path.resolve('content');
/** Editors' notes, never published: they quote the reviews' findings ("March 2023") by design. */
const EDITOR_NOTES = new Set(['README.md', 'evidence-review-status.md']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.(svx|md|ya?ml)$/.test(name) && !EDITOR_NOTES.has(name) ? [full] : [];
  });
}

/** The text readers see: comments and quotations removed. */
function prose(text: string): string {
  // Blank out (keeping line breaks, so line numbers stay right).
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return text
    .replace(/^\s*#.*$/gm, blank) // YAML comments
    .replace(/<Q\b[^>]*>[\s\S]*?<\/Q>/g, blank)
    .replace(/"[^"\n]*"|“[^”]*”/g, blank);
}

const WORDING_FILES = ['charts', 'story', 'classroom'].flatMap((d) => files(path.join(ROOT, d)));

function hits(phrases: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of WORDING_FILES) {
    const lines = prose(readFileSync(file, 'utf8')).split('\n');
    lines.forEach((line, i) => {
      for (const p of phrases) {
        const re = new RegExp(`(?<![\\w-])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'i');
        // YAML keys such as `source_id:` are structure, not words.
        if (re.test(line) && !/^\s*-?\s*source_ids?:/.test(line)) found.push(`${path.relative(process.cwd(), file)}:${i + 1}: "${p}"`);
      }
    });
  }
  return found;
}

test('there are content files to check', () => {
  expect(WORDING_FILES.length).toBeGreaterThan(20);
});

describe('wording stays true as time passes', () => {
  test('no relative-time phrase in charts, story or classroom kit', () => {
    expect(hits(STALE_PHRASES)).toEqual([]);
  });

  test('the check finds a stale phrase (the list is live)', () => {
    expect(prose('Deaths fell last year.')).toMatch(/last year/);
    expect(prose('<Q s="x">We seized it this year</Q> and "so far" too')).not.toMatch(/this year|so far/);
  });
});

test('no internal research language in charts, story or classroom kit', () => {
  expect(hits(INTERNAL_PHRASES)).toEqual([]);
});

describe('the NPR report is dated 21 February 2023', () => {
  const NPR_CONTEXT = /NPR|Brian Mann|McCarthy|npr_mann_2023|Trone|Sarukhan/;
  // The corrections log itself names the wrong date; everything else must not.
  const everywhere = [...files(ROOT), path.resolve('src/pages/about.astro')].filter((f) => !f.endsWith('corrections.yaml'));

  test('"March 2023" never sits beside NPR or McCarthy', () => {
    const found: string[] = [];
    for (const file of everywhere) {
      const text = readFileSync(file, 'utf8');
      // Sentence-sized windows around each "March 2023".
      for (const m of text.matchAll(/March\s+(?:<[^>]*>)?2023/g)) {
        const at = m.index ?? 0;
        const window = text.slice(Math.max(0, at - 200), at + 200);
        if (NPR_CONTEXT.test(window)) found.push(`${path.relative(process.cwd(), file)}: …${text.slice(Math.max(0, at - 60), at + 20).replace(/\s+/g, ' ')}…`);
      }
    }
    expect(found).toEqual([]);
  });

  test('sources.csv dates the NPR report 2023-02-21', () => {
    const row = csvParse(readFileSync('content/data/sources.csv', 'utf8')).find((r) => r['source_id'] === 'npr_mann_2023');
    expect(row?.['published']).toBe('2023-02-21');
  });
});
