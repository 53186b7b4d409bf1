/**
 * No reader-facing English in templates: every text node and every aria-label / title / alt /
 * placeholder in src/**\/*.astro and *.svelte comes from the dictionary (content/ui/<locale>.yaml
 * through t(), lib/i18n/). Files whose words are not moved yet are listed in PENDING with their
 * owner; the test prints how many strings each still holds, fails when a file outside the list
 * has English, and fails when a pending file is clean (take it off the list).
 */
import { readFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findCodeWords, findUiText } from '../support/ui-text';

/** Files whose words are not moved yet, with their owner (none left; keep the list for the next language wave). */
const PENDING: Record<string, string> = {};

const files = globSync('src/**/*.{astro,svelte}').sort();
const found = new Map(files.map((f) => [f, findUiText(readFileSync(f, 'utf8'))]));

describe('reader-facing words come from the dictionary', () => {
  test('pending files (count of English strings still in each)', () => {
    const counts = Object.keys(PENDING).map((f) => [f, found.get(f)?.length ?? 0] as const);
    console.log(`Words still in code, by file (owner):\n${counts.map(([f, n]) => `  ${String(n).padStart(3)}  ${f} (${PENDING[f]})`).join('\n')}\n  ${counts.reduce((s, [, n]) => s + n, 0)} in ${counts.length} files`);
    expect(counts.filter(([f]) => !found.has(f)).map(([f]) => f), 'pending files that no longer exist').toEqual([]);
    expect(counts.filter(([, n]) => n === 0).map(([f]) => f), 'pending files with no English left: remove them from PENDING').toEqual([]);
  });
  test.each(files.filter((f) => !(f in PENDING)))('%s', (file) => {
    const hits = (found.get(file) ?? []).map((h) => `${file}:${h.line} (${h.where}) ${JSON.stringify(h.text)}`);
    expect(hits, 'move these into content/ui/en.yaml and use t()').toEqual([]);
  });
});

describe('no sentences kept in code (frontmatter, <script>)', () => {
  test.each(files)('%s', (file) => {
    const hits = findCodeWords(readFileSync(file, 'utf8')).map((h) => `${file}:${h.line} ${JSON.stringify(h.text)}`);
    expect(hits, 'move these into content/ui/en.yaml and use t()').toEqual([]);
  });
  test('the scanner finds word objects and skips comments, imports, errors and class lists', () => {
    const src = [
      '---',
      "import X from './X.astro';",
      "const WORDS = { lead: 'Read the full case', of: 'of' };",
      "// 'A comment in words'",
      "if (!x) throw new Error(`no chart named ${id} here`);",
      "const cls = 'chart chart--wide';",
      "const label = `About ${n} minutes to read`;",
      '---',
      '<p>{WORDS.lead}</p>',
      '<script lang="ts">',
      "  /** 'Doc comment words' */",
      "  const msg = \"Link copied to clipboard\";",
      '</script>',
    ].join('\n');
    expect(findCodeWords(src).map((h) => `${h.line}:${h.text}`)).toEqual([
      '3:Read the full case',
      '7:About   minutes to read',
      '12:Link copied to clipboard',
    ]);
  });
});

test('no page hard-codes its language: lang comes from the locale (lib/i18n/locales.ts)', () => {
  // <script lang="ts"> and <style lang="…"> name a code language, not the reader's.
  const hits = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/<(?!script\b|style\b)([a-z][\w-]*)\b[^>]*\slang=["'][^"']*["']/g)]
    .map((m) => `${f}: <${m[1]} … lang="…">`));
  expect(hits, 'use lang={langOf(locale)}').toEqual([]);
});

describe('the scanner', () => {
  test('finds text nodes, text in expressions and reader attributes; skips code and keys', () => {
    const src = [
      '---', "const x = 'Not template';", '---',
      '<h2>Embed this chart</h2>',
      "<p>{t('a.b')}</p>",
      '{xs.map((x) => <li title="Open it">{x} items</li>)}',
      "<img alt={`Chart of ${x}`} src='/a.png' /><button aria-label={t('k')}>{t('k')}</button>",
      '<script>const y = "Hidden";</script><style>.a::after { content: "x y"; }</style>',
      '<span>&nbsp;—&nbsp;</span> <a href="https://example.org/">{url}</a>',
      "{/* the chapter's own note */}<p>After a comment</p>",
    ].join('\n');
    expect(findUiText(src).map((h) => `${h.line}:${h.where}:${h.text}`)).toEqual([
      '4:text:Embed this chart',
      '6:attribute:Open it',
      '6:text:items',
      '7:attribute:Chart of',
      '10:text:After a comment',
    ]);
  });
});
