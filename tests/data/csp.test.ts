/**
 * The build's last step (src/integrations/security-headers.mjs, `secureBuild`, the function the
 * astro:build:done hook runs) on a small built site: pages with only the project's own inline
 * scripts get their CSP <meta> and _headers; a page holding any other inline script, an
 * event-handler attribute or a javascript: URL fails the build with the page and what is wrong.
 * The browser half (such a script is blocked when served) is in tests/browser/hostile-content.
 */
import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { secureBuild } from '../../src/integrations/security-headers.mjs';
import { intent } from '../../src/directives/integration.mjs';
import { inlineScriptBodies, scriptHash } from '../../src/lib/security/own-scripts.mjs';
import { parseHeadersFile } from '../../src/lib/security/csp.mjs';

const THEME = inlineScriptBodies(readFileSync('src/components/ThemeScript.astro', 'utf8'))[0]!;
const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><script>${THEME}</script></head><body><main>${body}</main></body></html>`;

function site(pages: Record<string, string>): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'csp-dist-'));
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    writeFileSync(path.join(dist, file), html);
  }
  return dist;
}
const secure = (dist: string) => secureBuild({ dist, base: '/', root: process.cwd(), clientDirectives: [intent] });

describe('the build allows only the inline scripts the project wrote', () => {
  test('a clean site: every page gets its CSP <meta> (no frame-ancestors) and its _headers rule', async () => {
    const dist = site({ 'index.html': page('<p>Words.</p>'), '404.html': page('<p>Not found.</p>'), 'embed/x/index.html': page('<p>Chart.</p>') });
    await expect(secure(dist)).resolves.toBe(3);
    const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
    const meta = /<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(meta).toContain(`script-src 'self' ${scriptHash(THEME)};`);
    expect(meta).toContain("default-src 'none'");
    expect(meta).not.toContain('frame-ancestors');
    const rules = parseHeadersFile(readFileSync(path.join(dist, '_headers'), 'utf8'));
    expect(rules.find((r) => r.path === '/404.html')?.headers['Content-Security-Policy']).toContain("frame-ancestors 'self'");
    expect(rules.find((r) => r.path === '/embed/x/')?.headers['Content-Security-Policy']).toContain('frame-ancestors *');
    // Any unknown path is answered with the 404 page under /* only: it must not be framable either.
    const all = rules.find((r) => r.path === '/*')!.headers;
    expect(all['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(all['Content-Security-Policy']).not.toContain('frame-ancestors');
  });

  test.each([
    ['an inline script content smuggled in', '<p>x</p><script>alert(document.domain)</script>', /dist\/index\.html: an inline script the project did not write \('sha256-[^']+'\): <script>alert\(document\.domain\)/],
    ['an event-handler attribute', '<img src="/x.png" onerror="alert(1)">', /dist\/index\.html: an event-handler attribute onerror="alert\(1\)" on <img>/],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', /dist\/index\.html: a script URL in href="javascript:alert\(1\)" on <a>/],
    ['an encoded javascript: link', '<a href="jav&#x61;script&colon;alert(1)">x</a>', /dist\/index\.html: a script URL in href=/],
    ['a script from another host', '<script src="https://cdn.example/x.js"></script>', /dist\/index\.html: a script from another host or scheme/],
  ])('%s fails the build', async (_what, body, message) => {
    const dist = site({ 'index.html': page(body), 'about/index.html': page('<p>fine</p>') });
    await expect(secure(dist)).rejects.toThrow(message);
  });
});
