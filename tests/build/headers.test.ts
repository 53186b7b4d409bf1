/**
 * dist/_headers, the host config the build writes: every page has a strict CSP whose
 * script-src hashes are exactly its inline scripts (hashed here independently, from the
 * parsed HTML), the site-wide policy covers every page's hashes, and the year-long immutable
 * cache only covers files whose names carry a content hash.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import { distExists, distFiles, htmlPages, page, readDist } from '../support/dist';
import { headersFor, parseHeadersFile, runsWasm } from '../../src/lib/security/csp.mjs';

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

const BASE = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
const rules = () => parseHeadersFile(readDist('/_headers'));
const directive = (policy: string, name: string) =>
  policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `))?.split(/\s+/).slice(1) ?? [];

function inlineHashes(p: string): string[] {
  return page(p).querySelectorAll('script')
    .filter((s) => !s.hasAttribute('src') && /^(|module|text\/javascript)$/.test(s.getAttribute('type') ?? ''))
    .filter((s) => s.rawText.length > 0)
    .map((s) => `'sha256-${createHash('sha256').update(s.rawText).digest('base64')}'`);
}

describe('_headers', () => {
  test.each(htmlPages())('%s has its own strict CSP with exactly its inline script hashes', (p) => {
    const own = rules().find((r) => r.path === BASE.slice(0, -1) + p);
    const csp = own?.headers['Content-Security-Policy'] ?? '';
    expect(directive(csp, 'default-src')).toEqual(["'none'"]);
    const scriptSrc = directive(csp, 'script-src');
    expect(scriptSrc[0]).toBe("'self'");
    expect(scriptSrc.slice(1).filter((s) => s.startsWith("'sha256-")).sort()).toEqual([...new Set(inlineHashes(p))].sort());
    // WebAssembly (Pagefind) on /search/ only: never 'unsafe-inline' or 'unsafe-eval'.
    expect(scriptSrc.filter((s) => /unsafe/.test(s))).toEqual(runsWasm(p) ? ["'wasm-unsafe-eval'"] : []);
    expect(directive(csp, 'frame-ancestors')).toEqual(p.startsWith('/embed/') ? ['*'] : ["'self'"]);
    expect(directive(csp, 'base-uri')).toEqual(["'none'"]);
  });

  test('the site-wide policy lists every page hash, so joining it to a page policy blocks nothing', () => {
    const all = rules().find((r) => r.path === `${BASE}*`)?.headers['Content-Security-Policy'] ?? '';
    const hashes = directive(all, 'script-src');
    for (const p of htmlPages()) for (const h of inlineHashes(p)) expect(hashes).toContain(h);
    // The union of the page policies: /search/'s 'wasm-unsafe-eval' too (each other page's own policy blocks it).
    expect(hashes.filter((s) => /unsafe/.test(s))).toEqual(htmlPages().some(runsWasm) ? ["'wasm-unsafe-eval'"] : []);
  });

  test('every response gets nosniff, a referrer policy and a permissions policy', () => {
    const headers = headersFor(rules(), `${BASE}data/anything.csv`);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBeTruthy();
    expect(headers['Permissions-Policy']).toBeTruthy();
  });

  test('only content-hashed files get the immutable year-long cache', () => {
    const cached = rules().filter((r) => /immutable/.test(r.headers['Cache-Control'] ?? ''));
    expect(cached.map((r) => r.path)).toEqual([`${BASE}_astro/*`, `${BASE}_islands/*`]);
    const assets = distFiles().filter((f) => f.startsWith('/_astro/') || f.startsWith('/_islands/'));
    expect(assets.length).toBeGreaterThan(0);
    for (const f of assets) expect(f, 'file name carries a content hash').toMatch(/(?:\.[\w-]{8,}\.\w+|^\/_islands\/[0-9a-f]{16}\.json)$/);
  });

  test('headers from several matching rules are joined as a host joins them', () => {
    const parsed = parseHeadersFile('/*\n  X-A: one\n/a/\n  X-A: two\n  X-B: b\n');
    expect(headersFor(parsed, '/a/')).toEqual({ 'X-A': 'one, two', 'X-B': 'b' });
    expect(headersFor(parsed, '/b/')).toEqual({ 'X-A': 'one' });
  });
});
