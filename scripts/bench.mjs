// @ts-check
/**
 * `npm run bench`: where the site stands, measured in one run on this machine.
 *   1. Builds the site (timed) into .bench/site and the baseline into .bench/baseline: the
 *      same DEA seizures chart drawn client-side from a bundle of the full `d3` package,
 *      fetching its CSV, the way embeds are usually hand-made.
 *   2. Per page type (home, story, chart page, embed, classroom — whatever the build has):
 *      bytes of HTML, CSS, JS, fonts and images, raw and gzip (first load and after
 *      interaction), read from the build.
 *   3. Lighthouse (mobile, default simulated throttling) driving Debian Chromium over a local
 *      gzip-serving static server with the built _headers: performance, accessibility,
 *      best practices and SEO scores, LCP, CLS, TBT and request count.
 *   4. "Chart drawn": in Chromium with Lighthouse's mobile network and CPU throttling applied
 *      for real (150 ms RTT, 1.6 Mbps, 4× CPU), the time from navigation until the first chart
 *      mark has a size (median of 3). LCP ignores SVG, so this is what a reader waits for.
 *   5. Our embed against the baseline, as ratios.
 * Timings live here, not in `npm test`. Prints Markdown tables.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { build as esbuild } from 'esbuild';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { pageAssets, summarise } from './lib/page-weight.mjs';
import { serveStatic } from '../tests/support/static-server.ts';
import { launchBrowser } from '../tests/support/browser.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, '.bench');
const SITE_DIR = path.join(OUT, 'site');
const BASELINE_DIR = path.join(OUT, 'baseline');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const CHART_ID = 'dea-seizures';

/** Page types, each the first built page that matches (later pages arrive from other issues). */
const PAGE_TYPES = [
  { type: 'home', match: (/** @type {string} */ p) => p === '/' },
  { type: 'story', match: (/** @type {string} */ p) => /^\/story\//.test(p) || p === '/' },
  { type: 'chart page', match: (/** @type {string} */ p) => p === `/charts/${CHART_ID}/` || /^\/charts\/[^/]+\/$/.test(p) },
  { type: 'embed', match: (/** @type {string} */ p) => p === `/embed/${CHART_ID}/` || /^\/embed\/[^/]+\/$/.test(p) },
  { type: 'classroom', match: (/** @type {string} */ p) => /^\/(classroom|teach|lesson)/.test(p) },
];

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

function buildSite() {
  rmSync(SITE_DIR, { recursive: true, force: true });
  const start = performance.now();
  const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', SITE_DIR], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  if (run.status !== 0) throw new Error(`site build failed:\n${run.stdout}\n${run.stderr}`);
  return (performance.now() - start) / 1000;
}

async function buildBaseline() {
  rmSync(BASELINE_DIR, { recursive: true, force: true });
  mkdirSync(BASELINE_DIR, { recursive: true });
  const src = path.join(ROOT, 'scripts/bench/baseline');
  const start = performance.now();
  await esbuild({
    entryPoints: [path.join(src, 'chart.js')], bundle: true, minify: true, format: 'iife', target: 'es2020',
    outfile: path.join(BASELINE_DIR, 'chart.js'), logLevel: 'error',
  });
  const seconds = (performance.now() - start) / 1000;
  copyFileSync(path.join(src, 'index.html'), path.join(BASELINE_DIR, 'index.html'));
  copyFileSync(path.join(SITE_DIR, `data/${CHART_ID}.csv`), path.join(BASELINE_DIR, `${CHART_ID}.csv`));
  copyFileSync(path.join(SITE_DIR, 'favicon.svg'), path.join(BASELINE_DIR, 'favicon.svg'));
  return seconds;
}

/** @param {string} dir @param {string} url e.g. "/embed/x/" */
function weigh(dir, url) {
  const file = url.endsWith('/') ? `${url}index.html` : url;
  const weight = pageAssets(dir, file);
  return { ...summarise(weight), weight };
}

/** @param {number} port @param {string} url */
async function audit(port, url) {
  const result = await lighthouse(url, {
    port, output: 'json', logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  const score = (/** @type {string} */ id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const num = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
  const requests = /** @type {{ items?: unknown[] } | undefined} */ (lhr.audits['network-requests']?.details);
  return {
    performance: score('performance'), accessibility: score('accessibility'),
    bestPractices: score('best-practices'), seo: score('seo'),
    fcp: num('first-contentful-paint'), speedIndex: num('speed-index'), lcp: num('largest-contentful-paint'), cls: num('cumulative-layout-shift'), tbt: num('total-blocking-time'),
    requests: requests?.items?.length ?? NaN,
    runtimeError: lhr.runtimeError?.message,
  };
}

/**
 * Median ms from navigation start until a chart mark (SVG rect/path/circle in a chart) is laid
 * out, under emulated slow 4G and 4× CPU slowdown.
 * @param {import('playwright-core').Browser} browser @param {string} url
 */
async function chartDrawn(browser, url) {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => [...document.querySelectorAll('svg rect, svg path, svg circle')]
      .some((el) => { const b = el.getBoundingClientRect(); return b.width > 0 && b.height > 0 && !!el.closest('main, figure, #chart'); }), null, { polling: 'raf', timeout: 60_000 });
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  return times.sort((a, b) => a - b)[1] ?? NaN;
}

const kb = (/** @type {number} */ n) => (n / 1000).toFixed(1);
const pair = (/** @type {{ raw: number, gzip: number }} */ b) => `${kb(b.raw)} / ${kb(b.gzip)}`;
const ratio = (/** @type {number} */ ours, /** @type {number} */ theirs) => (theirs > 0 ? `${(ours / theirs).toFixed(2)}×` : 'n/a');
const table = (/** @type {string[]} */ head, /** @type {string[][]} */ rows) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/ensure-system-deps.sh or set CHROMIUM_PATH`);
  console.log('Building the site…');
  const siteSeconds = buildSite();
  console.log('Building the d3 baseline…');
  const baselineSeconds = await buildBaseline();

  const pages = walk(SITE_DIR).filter((f) => f.endsWith('.html'))
    .map((f) => '/' + path.relative(SITE_DIR, f).split(path.sep).join('/').replace(/index\.html$/, ''));
  // Prefer the DEA chart (the baseline draws it); otherwise the shortest matching URL.
  const pick = (/** @type {string[]} */ found) => found.find((p) => p.includes(`/${CHART_ID}/`)) ?? found.sort((a, b) => a.length - b.length)[0];
  const rows = PAGE_TYPES.map(({ type, match }) => ({ type, url: pick(pages.filter(match)) }));

  const site = await serveStatic(SITE_DIR, { gzip: true });
  const base = await serveStatic(BASELINE_DIR, { gzip: true });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
  /** @type {Map<string, Awaited<ReturnType<typeof audit>>>} */
  const audits = new Map();
  try {
    for (const { url } of rows) {
      if (url && !audits.has(url)) {
        console.log(`Lighthouse ${url}…`);
        audits.set(url, await audit(chrome.port, site.url.replace(/\/$/, '') + url));
      }
    }
    console.log('Lighthouse baseline…');
    audits.set('baseline', await audit(chrome.port, base.url));
  } finally {
    chrome.kill();
  }
  /** @type {Map<string, number>} */
  const drawn = new Map();
  const browser = await launchBrowser();
  try {
    for (const { url } of rows) {
      if (url && !drawn.has(url)) drawn.set(url, await chartDrawn(browser, site.url.replace(/\/$/, '') + url).catch(() => NaN));
    }
    drawn.set('baseline', await chartDrawn(browser, base.url));
  } finally {
    await browser.close();
    await site.close();
    await base.close();
  }

  const measured = [
    ...rows.map((r) => ({ ...r, label: r.type, weight: r.url ? weigh(SITE_DIR, r.url) : undefined, lh: r.url ? audits.get(r.url) : undefined })),
    { type: 'baseline', label: 'baseline: full d3, drawn client-side', url: '/', weight: weigh(BASELINE_DIR, '/'), lh: audits.get('baseline') },
  ];

  const bytesRows = measured.map((m) => {
    if (!m.weight) return [m.label, '(not built yet)', '', '', '', '', '', '', ''];
    const k = m.weight.byKind;
    return [m.label, `\`${m.url}\``, pair(k.html), pair(k.css), pair(k.js), pair(k.font), pair(k.image),
      kb(m.weight.initialGzip), kb(m.weight.afterInteractionGzip)];
  });
  const lhRows = measured.map((m) => {
    if (!m.lh) return [m.label, '(not built yet)', '', '', '', '', '', '', '', '', '', ''];
    const l = m.lh;
    const chart = drawn.get(m.type === 'baseline' ? 'baseline' : m.url ?? '') ?? NaN;
    return [m.label, String(l.requests), String(l.performance), String(l.accessibility), String(l.bestPractices), String(l.seo),
      `${Math.round(l.fcp)}`, `${Math.round(l.lcp)}`, `${Math.round(l.speedIndex)}`, l.cls.toFixed(3), `${Math.round(l.tbt)}`,
      Number.isNaN(chart) ? 'no chart' : `${Math.round(chart)}`];
  });

  const ours = measured.find((m) => m.type === 'embed');
  const theirs = measured.find((m) => m.type === 'baseline');
  const ratioRows = ours?.weight && ours.lh && theirs?.weight && theirs.lh ? [
    ['first load, gzip (HTML+CSS+JS+fonts)', kb(ours.weight.initialGzip), kb(theirs.weight.initialGzip), ratio(ours.weight.initialGzip, theirs.weight.initialGzip)],
    ['after interaction, gzip', kb(ours.weight.afterInteractionGzip), kb(theirs.weight.afterInteractionGzip), ratio(ours.weight.afterInteractionGzip, theirs.weight.afterInteractionGzip)],
    ['JS at first load, gzip', kb(ours.weight.weight.assets.filter((a) => a.kind === 'js' && a.phase === 'initial').reduce((n, a) => n + a.gzip, 0) + ours.weight.weight.inlineScriptBytes.gzip),
      kb(theirs.weight.jsGzip), ratio(ours.weight.weight.assets.filter((a) => a.kind === 'js' && a.phase === 'initial').reduce((n, a) => n + a.gzip, 0) + ours.weight.weight.inlineScriptBytes.gzip, theirs.weight.jsGzip)],
    ['all JS, gzip', kb(ours.weight.jsGzip), kb(theirs.weight.jsGzip), ratio(ours.weight.jsGzip, theirs.weight.jsGzip)],
    ['requests (Lighthouse)', String(ours.lh.requests), String(theirs.lh.requests), ratio(ours.lh.requests, theirs.lh.requests)],
    ['LCP, ms (mobile, simulated)', `${Math.round(ours.lh.lcp)}`, `${Math.round(theirs.lh.lcp)}`, ratio(ours.lh.lcp, theirs.lh.lcp)],
    ['Speed Index, ms', `${Math.round(ours.lh.speedIndex)}`, `${Math.round(theirs.lh.speedIndex)}`, ratio(ours.lh.speedIndex, theirs.lh.speedIndex)],
    ['chart drawn, ms (throttled, median of 3)', `${Math.round(drawn.get(ours.url ?? '') ?? NaN)}`, `${Math.round(drawn.get('baseline') ?? NaN)}`, ratio(drawn.get(ours.url ?? '') ?? NaN, drawn.get('baseline') ?? NaN)],
    ['TBT, ms', `${Math.round(ours.lh.tbt)}`, `${Math.round(theirs.lh.tbt)}`, ratio(ours.lh.tbt, theirs.lh.tbt)],
    ['performance score', String(ours.lh.performance), String(theirs.lh.performance), ratio(ours.lh.performance, theirs.lh.performance)],
  ] : [];

  console.log(`\n## Benchmark (${new Date().toISOString().slice(0, 16)}Z, ${process.platform}, node ${process.version})\n`);
  console.log(`Site build: ${siteSeconds.toFixed(1)} s (astro build, ${pages.length} HTML pages). Baseline bundle: ${baselineSeconds.toFixed(2)} s (esbuild).\n`);
  console.log('### Bytes per page type (KB = 1000 bytes; raw / gzip; JS counts every script the page can load)\n');
  console.log(table(['page type', 'URL', 'HTML', 'CSS', 'JS', 'fonts', 'images', 'first load gz', 'after interaction gz'], bytesRows));
  console.log('\n### Lighthouse 13, mobile (scores 0–100; FCP, LCP, Speed Index and TBT in ms)\n');
  console.log(table(['page type', 'requests', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'Speed Index', 'CLS', 'TBT', 'chart drawn*'], lhRows));
  console.log('\n*chart drawn: ms until the first chart mark is laid out, real Chromium with slow-4G latency/bandwidth and 4× CPU throttling, median of 3 (LCP ignores SVG).');
  console.log('\nEmbed pages are noindex on purpose (they are framed on other sites), which Lighthouse counts against SEO.');
  if (ratioRows.length) {
    console.log(`\n### Our embed (\`${ours?.url}\`) against the d3 baseline (same run)\n`);
    console.log(table(['measure', 'ours', 'baseline', 'ours ÷ baseline'], ratioRows));
  }
  const errors = [...audits.entries()].filter(([, a]) => a.runtimeError);
  for (const [url, a] of errors) console.log(`\nLighthouse runtime error on ${url}: ${a.runtimeError}`);
}

await main();
