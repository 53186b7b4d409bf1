/**
 * Every chart page, in every `?view=`, at 320, 390, 768 and 1280 px: every SVG text is at least
 * 12 px as rendered, no two texts overlap (by more than 0.5 px each way), and every text stays
 * inside its outer SVG (within 1.5 px), or in the margin its container keeps beside it (a line
 * chart's end labels). One page per chart, resized through the widths.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { useSite } from '../support/site-session';
import { chartSpecs } from '../support/dist';

const WIDTHS = [320, 390, 768, 1280] as const;
const MIN_SIZE = 12;
const OVERLAP = 0.5;
const INSIDE = 1.5;

const charts = chartSpecs().map((s) => {
  const yaml = parseYaml(readFileSync(path.resolve('content/charts', `${s.id}.yaml`), 'utf8')) as { views?: { name: string }[] };
  return { id: s.id, views: (yaml.views ?? []).map((v) => v.name) };
});

const site = useSite();

interface Box { text: string; left: number; top: number; right: number; bottom: number }
interface Measured { size: number; text: string; box: Box; lines: Box[]; svg: Box }

/** Every visible SVG text of the chart graphic: rendered size, its line boxes, its outer SVG's box. */
const measure = (page: Page) => page.evaluate(() => {
  const box = (r: DOMRect, text: string) => ({ text, left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  return [...document.querySelectorAll<SVGTextElement>('.chart-graphic svg text')]
    .filter((el) => !el.closest('[hidden]') && el.getBoundingClientRect().width > 0)
    .map((el) => {
      let outer = el.ownerSVGElement!;
      while (outer.ownerSVGElement) outer = outer.ownerSVGElement;
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      const scale = el.getScreenCTM()?.a ?? 1;
      const tspans = [...el.querySelectorAll('tspan')].filter((t) => t.getBoundingClientRect().width > 0);
      // A multi-line label is compared line by line, so its lines' union box does not count.
      const lines = tspans.length > 0 ? tspans.map((t) => box(t.getBoundingClientRect(), t.textContent ?? '')) : [box(el.getBoundingClientRect(), text)];
      // A line chart keeps a margin right of its SVG for the labels at the lines' ends
      // (src/charts/lines/README.md): that margin is the chart's too.
      const svg = outer.getBoundingClientRect();
      const margin = parseFloat(getComputedStyle(outer.parentElement!).marginInlineEnd) || 0;
      return { size: parseFloat(getComputedStyle(el).fontSize) * scale, text, box: box(el.getBoundingClientRect(), text), lines, svg: { ...box(svg, ''), right: svg.right + margin } };
    });
});

function problems(texts: Measured[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    if (t.size < MIN_SIZE - 0.01) out.push(`"${t.text}" is ${t.size.toFixed(1)} px`);
    const b = t.box;
    if (b.left < t.svg.left - INSIDE || b.right > t.svg.right + INSIDE || b.top < t.svg.top - INSIDE || b.bottom > t.svg.bottom + INSIDE) {
      out.push(`"${t.text}" leaves its SVG (text ${b.left.toFixed(1)}–${b.right.toFixed(1)} × ${b.top.toFixed(1)}–${b.bottom.toFixed(1)}, svg ${t.svg.left.toFixed(1)}–${t.svg.right.toFixed(1)} × ${t.svg.top.toFixed(1)}–${t.svg.bottom.toFixed(1)})`);
    }
  }
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      for (const a of texts[i]!.lines) {
        for (const b of texts[j]!.lines) {
          const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (dx > OVERLAP && dy > OVERLAP) out.push(`"${a.text}" overlaps "${b.text}" by ${dx.toFixed(1)} × ${dy.toFixed(1)} px`);
        }
      }
    }
  }
  return out;
}

describe.each(charts)('$id', ({ id, views }) => {
  test('texts ≥ 12 px, none overlapping, all inside their SVG, in every view at every width', async () => {
    const page = await site.open(`charts/${id}/`, { viewport: { width: WIDTHS[0], height: 900 } });
    const found: string[] = [];
    for (const view of views.length > 0 ? views : [null]) {
      if (view !== null) await page.goto(`${site.url}charts/${id}/?view=${view}`, { waitUntil: 'load' });
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const texts = await measure(page);
        if (texts.length === 0) found.push(`${view ?? 'default'} @ ${width}: no visible text`);
        for (const p of problems(texts)) found.push(`${view ?? 'default'} @ ${width}: ${p}`);
      }
    }
    expect(found).toEqual([]);
    await page.context().close();
  });
});
