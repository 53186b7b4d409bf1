/** The content guard: every way prose could carry code is rejected with its line; words pass. */
import { describe, expect, test } from 'vitest';
import { guardProse, urlProblem } from './guard.mjs';
import { STORY_TAGS, storyTags } from '../story/svx-tags.mjs';

const svx = (s: string) => guardProse(s, { syntax: 'svx', components: STORY_TAGS }).map((p) => `${p.line}: ${p.message}`);
const md = (s: string) => guardProse(s, { syntax: 'markdown' }).map((p) => `${p.line}: ${p.message}`);

describe('story .svx', () => {
  test('words, story tags and literal props pass', () => {
    expect(svx('---\ntitle: T\n---\n\nSome *words* and <Fig s="a" calc="1 + 1">two</Fig>.\n\n<ChartSlot id="x" view="y" />\n\n[a link](https://example.org) and [mail](mailto:a@b.org) and [here](/charts/x/).\n')).toEqual([]);
  });
  test.each([
    ['<script context="module">\n  import fs from "node:fs";\n</script>', /^1: a <script> block/],
    ['<script>alert(1)</script>', /^1: a <script> block/],
    ['<style>body{display:none}</style>', /^1: a <style> block/],
    ['`<script>`', /^1: a <script> block/],
    ['{@html "<b>x</b>"}', /^1: \{@html\}/],
    ['{#if true}x{/if}', /^1: a Svelte block \{#if\}/],
    ['Total: {1 + 1}', /^1: a \{expression\}/],
    ['<svelte:head><title>x</title></svelte:head>', /^1: a <svelte:…> element/],
    ['<img src="/x.png" onerror="alert(1)">', /^1: an event-handler attribute onerror=/],
    ['<a href="#" onClick={go}>x</a>', /^1: an event-handler attribute onClick=/],
    ['<button on:click={go}>x</button>', /^1: a Svelte directive on:click/],
    ['<Fig s={ids}>2</Fig>', /^1: an \{expression\} in s=/],
    ['<Evil />', /^1: unknown component <Evil>/],
    ['<iframe src="/x/"></iframe>', /^1: a <iframe> element is not allowed/],
    ['[x](javascript:alert(1))', /^1: link: a link to "javascript:alert\(1\)"/],
    ['<a href="jav&#x61;script:alert(1)">x</a>', /^1: href= on <a>: a link to/],
    ['<a href="java\tscript:alert(1)">x</a>', /^1: href= on <a>: a link to/],
    ['[x][r]\n\n[r]: javascript:alert(1)', /^3: link definition: a link to "javascript:alert\(1\)"/],
    ['![chart](https://other.example/x.png)', /^1: image: an image or other resource must be a relative path/],
    ['![chart][i]\n\n[i]: //other.example/x.png', /image \(reference-style\): an image or other resource/],
    ['<img src="https://other.example/t.gif">', /^1: src= on <img>: an image or other resource/],
    ['<span style="background:url(https://other.example/t.gif)">x</span>', /^1: a style attribute that loads or runs something/],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', /a link to "data:text\/html/],
  ])('%s', (source, expected) => {
    const problems = svx(`${source}\n`);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => expected.test(p)), problems.join('\n')).toBe(true);
  });
  test('the line is the line in the file (frontmatter counted)', () => {
    expect(svx('---\ntitle: T\nid: t\n---\n\nWords.\n\nMore {@html x}.\n')).toEqual(['8: {@html} (it would put raw HTML or code into the page) is not allowed in prose']);
  });
  test('the Svelte preprocessor rejects a module script before mdsvex sees the file', () => {
    const markup = storyTags().markup as (o: { content: string; filename: string }) => unknown;
    expect(() => markup({ content: 'Words.\n\n<script context="module">\n  globalThis.ran = true;\n</script>\n', filename: '/x/content/story/01-a.svx' }))
      .toThrow(/01-a\.svx, line 3: a <script> block/);
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
  });
});

describe('kit Markdown', () => {
  test('braces are text in Markdown, not code', () => {
    expect(md('A set {a, b} of things.\n')).toEqual([]);
  });
  test('reference-style links and images are checked like inline ones', () => {
    expect(md('See [the guide][g].\n\n[g]: javascript:alert(1)\n')).toEqual(['3: link definition: a link to "javascript:alert(1)": only https:, http:, mailto: and relative links are allowed']);
    expect(md('![x](http://other.example/p.png)\n')[0]).toMatch(/^1: image: an image or other resource must be a relative path on this site/);
  });
});

describe('urlProblem', () => {
  test.each(['https://cdc.gov/x', 'http://a.org', 'mailto:x@y.org', '/charts/x/', '../lesson-1.md', '#cite-1', '?view=a', 'page.html'])('%s is allowed', (u) => {
    expect(urlProblem(u)).toBeUndefined();
  });
  test.each(['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', 'jav&#97;script:x'])('%s is not', (u) => {
    expect(urlProblem(u)).toMatch(/only https:, http:, mailto:/);
  });
  test('a resource must be on this site', () => {
    expect(urlProblem('/images/a.png', { resource: true })).toBeUndefined();
    expect(urlProblem('https://cdn.example/a.png', { resource: true })).toMatch(/relative path on this site/);
    expect(urlProblem('//cdn.example/a.png', { resource: true })).toMatch(/relative path on this site/);
  });
});
