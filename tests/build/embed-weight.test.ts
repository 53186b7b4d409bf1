/**
 * Size budget of an embed (gzip, deterministic: files from dist/, zlib level 6). A host page
 * pays the initial transfer for every chart it embeds, so it must stay tiny; the chart's
 * JavaScript arrives only after the reader shows intent (client:intent).
 *   initial  = embed HTML + its stylesheets, module scripts and everything they import, fonts
 *   intent   = the island's component and renderer chunks and their imports, and its props file
 *              (/_islands/*.json, src/integrations/island-props.mjs), not yet loaded
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, distExists, page, readDist } from '../support/dist';

const INITIAL_BUDGET = 15 * 1024;
const AFTER_INTENT_BUDGET = 35 * 1024;
const EMBED_JS_BUDGET = 1024;

const gz = (body: Buffer | string) => gzipSync(body, { level: 6 }).length;
const file = (sitePath: string) => readFileSync(path.join(DIST, sitePath.split('?')[0]!));

/** `sitePath` plus every module it imports statically (relative specifiers), depth first. */
function withImports(sitePath: string, seen: Set<string>): void {
  if (seen.has(sitePath)) return;
  seen.add(sitePath);
  const code = file(sitePath).toString('utf8');
  const specifiers = [...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]!);
  for (const spec of specifiers) withImports(path.posix.join(path.posix.dirname(sitePath), spec), seen);
}

/** Font files referenced by stylesheets. */
function fontsOf(cssPaths: string[]): string[] {
  return cssPaths.flatMap((css) => [...file(css).toString('utf8').matchAll(/url\(["']?([^"')]+\.woff2?)["']?\)/g)]
    .map((m) => path.posix.join(path.posix.dirname(css), m[1]!)));
}

function embedWeight(id: string) {
  const doc = page(`/embed/${id}/`);
  const html = readDist(`/embed/${id}/`);
  const css = doc.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href')!);
  const initialJs = new Set<string>();
  for (const el of [...doc.querySelectorAll('script[src]'), ...doc.querySelectorAll('link[rel="modulepreload"]')]) {
    withImports(el.getAttribute('src') ?? el.getAttribute('href')!, initialJs);
  }
  const initialFiles = [...css, ...initialJs, ...fontsOf(css)];
  const initial = gz(html) + initialFiles.reduce((sum, f) => sum + gz(file(f)), 0);

  const afterIntent = new Set<string>(initialJs);
  for (const island of doc.querySelectorAll('astro-island')) {
    for (const attr of ['component-url', 'renderer-url', 'data-props-src']) {
      const url = island.getAttribute(attr);
      if (url) withImports(url, afterIntent);
    }
  }
  const intentFiles = [...afterIntent].filter((f) => !initialJs.has(f));
  const intent = intentFiles.reduce((sum, f) => sum + gz(file(f)), 0);
  return { initial, intent, total: initial + intent, initialFiles, intentFiles, islands: doc.querySelectorAll('astro-island').length };
}

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

describe('embed weight (gzip)', () => {
  test('dea-seizures: initial ≤ 15 KB, after intent ≤ 35 KB in total', () => {
    const w = embedWeight('dea-seizures');
    console.log(`embed dea-seizures gzip: initial ${w.initial} B, chart JS on intent ${w.intent} B, total ${w.total} B`);
    // The chart itself ships as an island whose code is only fetched on intent.
    expect(w.islands).toBeGreaterThan(0);
    expect(w.intentFiles.length).toBeGreaterThan(0);
    expect(w.initial).toBeLessThanOrEqual(INITIAL_BUDGET);
    expect(w.total).toBeLessThanOrEqual(AFTER_INTENT_BUDGET);
  });

  test('no chart JavaScript is loaded up front: the island chunks are not among the initial files', () => {
    const w = embedWeight('dea-seizures');
    for (const f of w.intentFiles) expect(w.initialFiles).not.toContain(f);
    expect(page('/embed/dea-seizures/').querySelectorAll('link[rel="modulepreload"]')).toHaveLength(0);
  });

  test('embed.js is tiny and self-contained', () => {
    const js = readFileSync(path.join(DIST, 'embed.js'));
    console.log(`embed.js: ${js.length} B raw, ${gz(js)} B gzip`);
    expect(gz(js)).toBeLessThanOrEqual(EMBED_JS_BUDGET);
    expect(js.toString('utf8')).not.toMatch(/\bimport\b|\brequire\(/);
  });
});
