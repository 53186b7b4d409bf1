import { describe, expect, test } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dropUnusedRules, slimEmbed } from './embed-assets.mjs';
import { scriptHash } from '../lib/security/own-scripts.mjs';

describe('dropUnusedRules', () => {
  test('drops a rule only when every selector names a class or data attribute found nowhere', () => {
    const css = '.chart{a:1}.gone{b:2}.gone,.chart-title{c:3}.embed-code[data-astro-cid-x] p{d:4}h2{e:5}@media (x){.gone{f:6}}@media (y){.chart{g:7}}[data-mark]{h:8}';
    const out = dropUnusedRules(css, '<figure class="chart"><h1 class="chart-title"></h1><g data-mark>');
    expect(out).toBe('.chart{a:1}.gone,.chart-title{c:3}h2{e:5}@media (y){.chart{g:7}}[data-mark]{h:8}');
  });
});

describe('slimEmbed', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'embed-assets-'));
  mkdirSync(path.join(dist, '_astro'));
  writeFileSync(path.join(dist, '_astro/a.css'), '.a{color:red}\n');
  writeFileSync(path.join(dist, '_astro/b.css'), '.b{color:blue}');
  writeFileSync(path.join(dist, '_astro/shared.js'), 'export const said = [];');
  writeFileSync(path.join(dist, '_astro/one.js'), 'import { said } from "./shared.js"; said.push(1); window.order = said;');
  writeFileSync(path.join(dist, '_astro/two.js'), 'import { said } from "./shared.js"; said.push(2); import("./later.js");');
  const RUNTIME = '(()=>{/* island runtime */})();';
  const DIRECTIVE = '(()=>{/* intent */})();';
  const islandHashes = new Set([scriptHash(RUNTIME), scriptHash(DIRECTIVE)]);
  const page = (client: string) => '<!DOCTYPE html><html lang="en"><head><link rel="stylesheet" href="/f/_astro/a.css"><link rel="stylesheet" href="/f/_astro/b.css">'
    + `<script>theme()</script></head><body><script>${DIRECTIVE}</script><script>${RUNTIME}</script><astro-island client="${client}" class="a b"></astro-island>`
    + '<script type="module" src="/f/_astro/one.js"></script><script type="module" src="/f/_astro/two.js"></script></body></html>';
  const slim = (html: string) => slimEmbed(html, { base: '/f/', dist, islandHashes, runtime: RUNTIME, corpus: html });

  test('one stylesheet (in order), one script (shared modules once, dynamic imports kept), the runtime as a file', async () => {
    const { html, files } = await slim(page('intent'));
    const css = [...files].find(([n]) => n.endsWith('.css'))!;
    const js = [...files].find(([n]) => /embed\.[0-9a-f]{10}\.js$/.test(n))!;
    const runtime = [...files].find(([n]) => n.includes('island-runtime'))!;
    expect(css[1]).toBe('.a{color:red}\n.b{color:blue}');
    expect(html.match(/<link rel="stylesheet"/g)).toHaveLength(1);
    expect(html).toContain(`<link rel="stylesheet" href="/f/${css[0]}">`);
    expect(html.match(/<script type="module"/g)).toHaveLength(1);
    expect(html).toContain(`<script type="module" src="/f/${js[0]}"></script></body>`);
    expect(js[1]).toContain('import("./later.js")');
    expect(js[1].match(/push/g)).toHaveLength(2);
    expect(runtime[0]).toMatch(/^_astro\/island-runtime\.[0-9a-f]{10}\.js$/);
    expect(runtime[1]).toBe(RUNTIME);
    expect(html).toContain(`<html data-island-runtime="/f/${runtime[0]}" lang="en">`);
    expect(html).not.toContain(RUNTIME);
    expect(html).not.toContain(DIRECTIVE);
    expect(html).toContain('<script>theme()</script>');
  });

  test('a page with an island that does not wait for intent keeps the runtime inline', async () => {
    const { html, files } = await slim(page('load'));
    expect(html).toContain(RUNTIME);
    expect(html).not.toContain('data-island-runtime');
    expect([...files.keys()].some((n) => n.includes('island-runtime'))).toBe(false);
  });
});
