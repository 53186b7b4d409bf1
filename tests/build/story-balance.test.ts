/**
 * One standard for both sides (issue 11), checked in the built front page and its sources: the
 * method box near the top, "What nobody has measured" for both sides, a fact-check with at least
 * three talking points per side whose words really are the claimant's, quotations verbatim, and
 * evidence labels that each open their explanation.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { parse as parseYaml } from 'yaml';
import { distExists, page, storyChapters, storyDoc } from '../support/dist';
import { claimWordsFound } from '../../src/lib/story/fact-checks';
import { EVIDENCE_KINDS } from '../../src/components/story/evidence-kinds';
import type { FactChecks } from '../../src/lib/story/schema';

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

const data = (f: string) => csvParse(readFileSync(`content/data/${f}`, 'utf8'));
const quotes = data('quotes.csv');
const sources = new Map(data('sources.csv').map((s) => [s['source_id']!, s]));
const rowsBySource = new Map<string, string[]>();
for (const f of ['dea_seizures', 'cbp_fentanyl_fy', 'overdose_deaths', 'naloxone', 'timeline', 'trafficker_citizenship', 'intervention_evidence', 'public_opinion']) {
  for (const r of data(`${f}.csv`)) rowsBySource.set(r['source_id']!, [...(rowsBySource.get(r['source_id']!) ?? []), Object.values(r).join(' | ')]);
}
const checks = parseYaml(readFileSync('content/story/fact-checks.yaml', 'utf8')) as FactChecks;
const factCheckSvx = readFileSync('content/story/09-fact-check.svx', 'utf8');
// The whole story: every chapter page's article, in order (the front page holds the short version).
const doc = storyDoc();

describe('the method comes first and applies to both sides', () => {
  test('the method box, verdict scale and label key sit in the first section', () => {
    const first = doc.querySelector('section[data-section]');
    expect(first?.querySelector('#method')).not.toBeNull();
    expect(first?.querySelectorAll('.verdict-scale .verdict').map((v) => v.textContent)).toEqual(checks.scale.map((v) => v.label));
    expect(first?.querySelector('#method')?.textContent).toMatch(/research gap, not evidence that a policy fails/);
  });

  test('"What nobody has measured" lists gaps on both sides', () => {
    const box = doc.querySelector('#unmeasured');
    for (const side of ['supply', 'demand']) expect(box?.querySelectorAll(`[data-side="${side}"] li`).length, side).toBeGreaterThanOrEqual(4);
  });
});

describe('evidence labels', () => {
  const chips = doc.querySelectorAll('.claim > button.evidence');

  test('each label is a button that opens its kind\'s explanation on its own page, and the key lists every kind once', () => {
    expect(chips.length).toBeGreaterThan(30);
    // Each story page carries one popover per kind (the chapters are separate pages).
    for (const p of ['/', ...storyChapters()]) {
      const one = page(p);
      for (const chip of one.querySelectorAll('.claim > button.evidence')) {
        const pop = one.getElementById(chip.getAttribute('popovertarget') ?? '');
        expect(pop?.getAttribute('popover'), `${p}: ${chip.textContent}`).toBe('auto');
        expect(pop?.textContent).toContain(EVIDENCE_KINDS[chip.closest('.claim')!.getAttribute('data-kind') as keyof typeof EVIDENCE_KINDS].meaning);
      }
      expect(one.querySelectorAll('.evidence-popover'), p).toHaveLength(Object.keys(EVIDENCE_KINDS).length);
    }
    expect(doc.querySelectorAll('#evidence-key dt')).toHaveLength(Object.keys(EVIDENCE_KINDS).length);
  });

  test('only the claims that matter are labeled (the review counted 123 labels, too many to read)', () => {
    expect(chips.length).toBeLessThanOrEqual(90);
  });
});

describe('the fact-check', () => {
  test('checks at least three talking points from each side, each rendered with its verdict chip', () => {
    for (const side of ['supply', 'demand'] as const) expect(checks.checks.filter((c) => c.side === side).length, side).toBeGreaterThanOrEqual(3);
    for (const c of checks.checks) {
      expect(factCheckSvx.match(new RegExp(`<FactCheck id="${c.id}">`, 'g')), c.id).toHaveLength(1);
      const item = doc.querySelector(`#fact-check-${c.id}`);
      expect(text(item?.querySelector('.verdict')), c.id).toBe(checks.scale.find((v) => v.id === c.verdict)?.label);
      expect(item?.querySelector('.fact-check-evidence')?.textContent.trim().length, c.id).toBeGreaterThan(100);
      expect(item?.querySelector('.fact-check-limit')?.textContent, c.id).toContain(c.cannot_show.trim().slice(0, 40));
    }
  });

  test("every claim is the claimant's own words, from quotes.csv or its source's excerpt", () => {
    for (const c of checks.checks) {
      const src = sources.get(c.claim_source);
      expect(src, c.claim_source).toBeDefined();
      const texts = [...quotes.filter((q) => q['source_id'] === c.claim_source).map((q) => q['quote']!), `${src!['title']} ${src!['excerpt']}`];
      expect(claimWordsFound(c.claim, texts), c.id).toBe(true);
    }
  });

  test('every date is backed by its source, or says how it is known', () => {
    for (const c of checks.checks) {
      const src = sources.get(c.claim_source)!;
      const backed = [src['published'] ?? '', ...(rowsBySource.get(c.claim_source) ?? []), src['excerpt'] ?? ''].some((t) => t.includes(String(c.date)));
      expect(backed || !!c.date_note, `${c.id}: ${c.date}`).toBe(true);
      expect(String(c.date).slice(0, 4) <= '2026', c.id).toBe(true);
    }
  });
});

describe('quotations', () => {
  test('every seed-article quotation in the story is verbatim in quotes.csv', () => {
    const seed = quotes.filter((q) => q['source_id'] === 'npr_mann_2023').map((q) => q['quote']!);
    const inPage = doc.querySelectorAll('q.quote[data-s="npr_mann_2023"]').map((q) => q.textContent.trim());
    expect(inPage.length).toBeGreaterThan(10);
    // "70,000 fatal overdoses" is NPR's own phrase, quoted with attribution (content/story/README.md).
    const missing = inPage.filter((q) => q !== '70,000 fatal overdoses' && !claimWordsFound(q, seed));
    expect(missing).toEqual([]);
  });
});

function text(el: { textContent: string } | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
