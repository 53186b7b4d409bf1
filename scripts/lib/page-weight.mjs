// @ts-check
/**
 * What a built page costs to load, read statically from dist/: the files the browser fetches
 * at first load (HTML, stylesheets, module scripts and their static imports, fonts named by
 * the CSS, images) and what it fetches after interaction (island components, renderers and
 * everything they import, static or dynamic, and the chart islands' props files). Each file is gzipped on its own, as a host
 * serves it. Shared by the size-budget test and `npm run bench`.
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

/** @typedef {'html' | 'css' | 'js' | 'font' | 'image' | 'data'} Kind */
/** @typedef {{ file: string, kind: Kind, raw: number, gzip: number, phase: 'initial' | 'interaction' }} Asset */

const FONT = /\.(woff2?|ttf|otf)$/i;

/** @param {string} file @returns {Kind} */
function kindOf(file) {
  if (file.endsWith('.html')) return 'html';
  if (file.endsWith('.css')) return 'css';
  if (/\.m?js$/.test(file)) return 'js';
  if (FONT.test(file)) return 'font';
  if (file.endsWith('.json')) return 'data';
  return 'image';
}

/** @param {Buffer | string} body */
export const gzipSize = (body) => gzipSync(body, { level: 9 }).length;

/**
 * @param {string} dist absolute dist directory
 * @param {string} pageFile page file relative to dist, e.g. "/charts/x/index.html"
 * @param {string} [base] the site base path ("/" or "/fentanyl/")
 * @returns {{ assets: Asset[], inlineScriptBytes: { raw: number, gzip: number } }}
 */
export function pageAssets(dist, pageFile, base = '/') {
  /** @type {Map<string, Asset>} */
  const assets = new Map();
  const html = readFileSync(path.join(dist, pageFile), 'utf8');

  /** Site path of a URL written in `fromFile` (relative or absolute; undefined if external). */
  const resolve = (/** @type {string} */ url, /** @type {string} */ fromFile) => {
    if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:') || url.startsWith('#')) return undefined;
    const clean = url.split(/[?#]/)[0] ?? '';
    if (!clean) return undefined;
    if (clean.startsWith('/')) {
      if (!clean.startsWith(base)) return undefined;
      return '/' + clean.slice(base.length);
    }
    return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), clean));
  };

  /** @param {string} file @param {'initial' | 'interaction'} phase @param {boolean} [followDynamic] */
  const add = (file, phase, followDynamic = false) => {
    const existing = assets.get(file);
    if (existing && (existing.phase === 'initial' || phase === 'interaction')) return;
    const full = path.join(dist, file);
    if (!existsSync(full)) return;
    const body = readFileSync(full);
    const kind = kindOf(file);
    assets.set(file, { file, kind, raw: body.length, gzip: gzipSize(body), phase });
    const text = kind === 'js' || kind === 'css' ? body.toString('utf8') : '';
    if (kind === 'js') {
      for (const m of text.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+)["']/g)) {
        const dep = resolve(m[1] ?? '', file);
        if (dep) add(dep, phase, followDynamic);
      }
      for (const m of text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) {
        const dep = resolve(m[1] ?? '', file);
        if (dep) add(dep, 'interaction', true);
      }
    }
    if (kind === 'css') {
      for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        const dep = resolve(m[1] ?? '', file);
        if (dep) add(dep, phase);
      }
    }
  };

  add(pageFile, 'initial');
  const attr = (/** @type {string} */ tag, /** @type {string} */ name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
  for (const [tag] of html.matchAll(/<(?:link|script|img|source)\b[^>]*>/gi)) {
    const name = tag.slice(1, tag.search(/[\s>]/)).toLowerCase();
    const rel = (attr(tag, 'rel') ?? '').toLowerCase();
    const href = name === 'link' ? attr(tag, 'href') : attr(tag, 'src');
    if (!href) continue;
    if (name === 'link' && !/stylesheet|modulepreload|preload|icon/.test(rel)) continue;
    if (name === 'link' && rel.includes('icon') && !rel.includes('preload')) continue; // favicon: fetched lazily, not page weight
    const dep = resolve(href, pageFile);
    if (dep) add(dep, 'initial');
  }
  // An embed's island runtime, loaded on intent (src/integrations/embed-assets.mjs).
  const runtime = /<html\b[^>]*\sdata-island-runtime="([^"]+)"/i.exec(html)?.[1];
  const runtimeFile = runtime ? resolve(runtime, pageFile) : undefined;
  if (runtimeFile) add(runtimeFile, 'interaction', true);
  // An embed's other views, fetched when the reader picks one (src/scripts/chart-views.ts).
  for (const m of html.matchAll(/\sdata-views-src="([^"]+)"/gi)) {
    const dep = resolve(m[1] ?? '', pageFile);
    if (dep) add(dep.endsWith('/') ? `${dep}index.html` : dep, 'interaction');
  }
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url', 'data-props-src']) {
      const url = attr(tag, name);
      const dep = url ? resolve(url, pageFile) : undefined;
      if (dep) add(dep, 'interaction', true);
    }
  }
  // Inline scripts: counted as JS, and what they import is loaded (static imports at first
  // load, `import()` after interaction).
  let raw = 0;
  let gzip = 0;
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    const body = m[2] ?? '';
    if (/\bsrc\s*=/.test(m[1] ?? '') || !body.trim()) continue;
    // Data blocks (JSON-LD, JSON) are not scripts: their bytes count as HTML, not JS.
    if (/\btype\s*=\s*["']?application\/(?:ld\+)?json/i.test(m[1] ?? '')) continue;
    raw += Buffer.byteLength(body);
    gzip += gzipSize(body);
    for (const i of body.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+)["']/g)) {
      const dep = resolve(i[1] ?? '', pageFile);
      if (dep) add(dep, 'initial');
    }
    for (const i of body.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) {
      const dep = resolve(i[1] ?? '', pageFile);
      if (dep) add(dep, 'interaction', true);
    }
  }
  return { assets: [...assets.values()], inlineScriptBytes: { raw, gzip } };
}

/**
 * Totals per kind for one page.
 * @param {ReturnType<typeof pageAssets>} weight
 */
export function summarise(weight) {
  const sum = (/** @type {(a: Asset) => boolean} */ pick, /** @type {'raw' | 'gzip'} */ key) =>
    weight.assets.filter(pick).reduce((n, a) => n + a[key], 0);
  const initial = (/** @type {Asset} */ a) => a.phase === 'initial';
  const kinds = /** @type {Kind[]} */ (['html', 'css', 'js', 'font', 'image', 'data']);
  /** @type {Record<Kind, { raw: number, gzip: number }>} */
  const byKind = /** @type {any} */ ({});
  for (const k of kinds) byKind[k] = { raw: sum((a) => a.kind === k, 'raw'), gzip: sum((a) => a.kind === k, 'gzip') };
  const coreKinds = (/** @type {Asset} */ a) => a.kind !== 'image';
  return {
    byKind,
    /** All JS the page can run (files + inline scripts), gzip. */
    jsGzip: byKind.js.gzip + weight.inlineScriptBytes.gzip,
    /** HTML + CSS + JS + fonts at first load, gzip (inline scripts are inside the HTML). */
    initialGzip: sum((a) => coreKinds(a) && initial(a), 'gzip'),
    /** The same after interaction (islands hydrated, dynamic imports loaded). */
    afterInteractionGzip: sum(coreKinds, 'gzip'),
    fontFiles: weight.assets.filter((a) => a.kind === 'font').length,
    requests: weight.assets.filter(initial).length,
  };
}
