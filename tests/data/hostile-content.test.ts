/**
 * Content that tries to break or attack the site, through real `astro build` / `astro sync`
 * runs on a copy of content/ (CONTENT_DIR) — the cases that need the build (issue 16):
 *   - story prose carrying code (a module script that would write a file on the build machine,
 *     {@html} building a <script>, a javascript: link) fails the build, and the script never
 *     runs; this also proves CONTENT_DIR reaches the story's .svx files;
 *   - an unknown key in a kit page's frontmatter fails the sync with the file and the key;
 *   - HTML in data strings (CSV cells, sources, chart spec and story YAML) is escaped on every
 *     page type and in every download, and the build's own page check finds nothing live;
 *   - the same content written with a BOM, CRLF, blank lines and every cell quoted builds to
 *     byte-identical output.
 */
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { csvFormatRows } from 'd3-dsv';
import { parse as parseHtml } from 'node-html-parser';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { copyContent, edit, runAstro, type AstroRun } from '../support/broken-content';
import { readCsv } from '../../src/lib/data/csv-text';

describe('story prose cannot carry code', () => {
  const marker = path.join(tmpdir(), `svx-module-ran-${process.pid}`);
  let run: AstroRun;
  beforeAll(() => {
    const dir = copyContent();
    edit(dir, 'story/01-the-stakes.svx', (t) => `${t}\n<script context="module">\n  import { writeFileSync } from 'node:fs';\n  writeFileSync(${JSON.stringify(marker)}, 'ran');\n</script>\n\n{@html '<scr' + 'ipt>alert(document.domain)</scr' + 'ipt>'}\n\nRead [this](javascript:alert(1)).\n`);
    run = runAstro('build', dir);
  });

  test('the build fails, naming file, line and what each block is', () => {
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/content\/story\/01-the-stakes\.svx: content must not carry code \(3 problems\)/);
    expect(run.output).toMatch(/content\/story\/01-the-stakes\.svx, line \d+: a <script> block \(content holds words and data only; code belongs in src\/\): <script context="module">/);
    expect(run.output).toMatch(/content\/story\/01-the-stakes\.svx, line \d+: \{@html\} \(it would put raw HTML or code into the page\) is not allowed in prose/);
    expect(run.output).toMatch(/content\/story\/01-the-stakes\.svx, line \d+: link: a link to "javascript:alert\(1\)": only https:, http:, mailto: and relative links are allowed/);
  });

  test('the module script never ran on the build machine', () => {
    expect(existsSync(marker)).toBe(false);
  });
});

describe('kit frontmatter is strict', () => {
  test('a misspelled key in lesson-1.md fails the sync with the file and the key meant', () => {
    const dir = copyContent();
    edit(dir, 'classroom/lesson-1.md', (t) => t.replace(/^title: /m, 'titel: '));
    const { status, output } = runAstro('sync', dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/classroomPages → lesson-1 data does not match collection schema/);
    expect(output).toMatch(/unknown key "titel" \(did you mean "title"\?\)/);
    expect(output).toContain(path.join(dir, 'classroom', 'lesson-1.md'));
  });
});

const PAYLOAD = '<img src=x onerror=alert(1)>';
const PAYLOAD2 = '"><script>alert(2)</script>';

/** Rewrite a CSV cell by cell (cells quoted where needed, as the clean files are written). */
function editCells(dir: string, file: string, change: (header: string[], cells: string[]) => void) {
  edit(dir, `data/${file}`, (t) => {
    const { header, records } = readCsv(t, file);
    for (const r of records) change(header, r.cells);
    return `${csvFormatRows([header, ...records.map((r) => r.cells)])}\n`;
  });
}
function editYaml(dir: string, file: string, change: (doc: Record<string, unknown>) => void) {
  edit(dir, file, (t) => {
    const doc = parseYaml(t) as Record<string, unknown>;
    change(doc);
    return stringifyYaml(doc, { lineWidth: 0 });
  });
}

/** A copy whose data strings all try to inject HTML. */
function hostileContent(): string {
  const dir = copyContent('hostile-');
  editCells(dir, 'sources.csv', (h, c) => {
    c[h.indexOf('publisher')] = `${PAYLOAD} ${c[h.indexOf('publisher')]}`;
    c[h.indexOf('title')] = `${c[h.indexOf('title')]} ${PAYLOAD2}`;
  });
  editCells(dir, 'dea_seizures.csv', (h, c) => { c[h.indexOf('note')] = `${PAYLOAD} ${c[h.indexOf('note')]}`; });
  editCells(dir, 'timeline.csv', (h, c) => { c[h.indexOf('event')] = `=HYPERLINK("https://evil.example") ${PAYLOAD} ${c[h.indexOf('event')]}`; });
  editYaml(dir, 'charts/dea-seizures.yaml', (d) => {
    d['title'] = `${PAYLOAD} ${String(d['title'])} ${PAYLOAD2}`;
    d['summary'] = `${PAYLOAD} ${String(d['summary'])}`;
    d['notes'] = (d['notes'] as string[]).map((n) => `${PAYLOAD} ${n}`);
  });
  editYaml(dir, 'story/stance-check.yaml', (d) => { d['storage_note'] = `${PAYLOAD} ${String(d['storage_note'])}`; });
  editYaml(dir, 'story/two-readings.yaml', (d) => { d['caveat'] = `${PAYLOAD} ${String(d['caveat'])}`; });
  edit(dir, 'story/glossary.yaml', (t) => {
    const list = parseYaml(t) as { definition: string }[];
    for (const g of list) g.definition = `${PAYLOAD} ${g.definition}`;
    return stringifyYaml(list, { lineWidth: 0 });
  });
  return dir;
}

function files(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((n) => {
    const full = path.join(dir, n);
    return statSync(full).isDirectory() ? files(full, base) : [path.relative(base, full)];
  });
}

/**
 * Two built files say the same thing. Word files and zips are compared entry by entry, because
 * their containers stamp the build time (zip entry times, docProps/core.xml) and the docx
 * library draws random hyperlink ids; every entry must still match, nested archives included.
 */
function sameOutput(file: string, a: Uint8Array, b: Uint8Array): boolean {
  if (!/\.(docx|zip)$/.test(file)) return Buffer.from(a).equals(Buffer.from(b));
  const [x, y] = [unzipSync(a), unzipSync(b)];
  const names = Object.keys(x).sort();
  if (names.join('\n') !== Object.keys(y).sort().join('\n')) return false;
  return names.every((n) => (/\.(xml|rels)$/.test(n) ? normalised(x[n]!) === normalised(y[n]!) : sameOutput(n, x[n]!, y[n]!)));
}
/** An OOXML part without what the docx library randomises or stamps: build time, random hyperlink ids (numbered in order). */
function normalised(part: Uint8Array): string {
  const ids = new Map<string, string>();
  return new TextDecoder().decode(part)
    .replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<dcterms:$1><')
    .replace(/rId[A-Za-z0-9_-]{12,}/g, (id) => ids.get(id) ?? (ids.set(id, `rId#${ids.size}`), ids.get(id)!));
}

/** Script types a browser executes (the same rule as src/lib/security/csp.mjs). */
const isJsType = (type: string | undefined) => /^(|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i.test((type ?? '').trim());

describe('data strings are escaped on every page type', () => {
  let run: AstroRun;
  const read = (f: string) => readFileSync(path.join(run.outDir, f), 'utf8');
  beforeAll(() => { run = runAstro('build', hostileContent()); });

  test('the build passes: its own page check found no live script, handler or script URL', () => {
    expect(run.output).toMatch(/pages checked for foreign scripts/);
    expect(run.status).toBe(0);
  });

  /** What a browser would build from the page: no element or handler from the strings. */
  const live = (html: string) => {
    const doc = parseHtml(html);
    return [
      ...doc.querySelectorAll('img[onerror], [onerror]').map((e) => `<${e.tagName.toLowerCase()} onerror>`),
      // JSON-LD (type="application/ld+json") is data a browser never runs; its `<` is escaped.
      ...doc.querySelectorAll('script').filter((e) => isJsType(e.getAttribute('type')) && /alert\(/.test(e.rawText)).map(() => '<script>alert(…)'),
      ...doc.querySelectorAll('script[type="application/ld+json"]').filter((e) => /<\/?script|<img/i.test(e.rawText)).map(() => '<script type=ld+json> with markup'),
    ];
  };

  test.each([
    ['front page', 'index.html'],
    // The stance check, two readings and glossary live on the story's chapter pages (issue 12).
    ['story chapter', 'story/where-do-you-stand/index.html'],
    ['story chapter with two readings', 'story/what-happened-next/index.html'],
    ['chart page', 'charts/dea-seizures/index.html'],
    ['embed', 'embed/dea-seizures/index.html'],
    ['gallery', 'charts/index.html'],
    ['kit page', 'classroom/lesson-1/index.html'],
    ['kit evidence', 'classroom/evidence/index.html'],
    ['embed preview', 'embed-preview/index.html'],
    ['timeline chart', 'charts/timeline/index.html'],
  ])('%s: the strings are shown as text, never run as markup', (_type, file) => {
    const html = read(file);
    expect(parseHtml(html).textContent).toContain(PAYLOAD);
    expect(live(html)).toEqual([]);
  });

  test('every HTML page: nothing from the strings is live', () => {
    for (const f of files(run.outDir).filter((x) => x.endsWith('.html'))) expect(live(read(f)), f).toEqual([]);
  });

  test('downloads: SVG escapes it, JSON keeps it as a string, CSV neutralises the formula, oEmbed code has no markup from it', () => {
    const svg = read('charts/dea-seizures.svg');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)');
    expect(svg).not.toContain(PAYLOAD);
    const json = JSON.parse(read('data/dea-seizures.json')) as unknown;
    expect(JSON.stringify(json)).toContain(PAYLOAD);
    const csv = read('data/timeline.csv');
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const oembed = JSON.parse(read('oembed/dea-seizures.json')) as { html: string; title: string };
    expect(oembed.title).toContain(PAYLOAD);
    const snippet = parseHtml(oembed.html);
    expect(snippet.querySelectorAll('iframe')).toHaveLength(1);
    expect(snippet.querySelectorAll('img')).toHaveLength(0);
    expect(snippet.querySelectorAll('script').filter((e) => !e.getAttribute('src') || /alert/.test(e.rawText))).toHaveLength(0);
  });

  describe('the same content in other valid CSV formats builds to the same output', () => {
    let variant: AstroRun;
    beforeAll(() => {
      const dir = hostileContent();
      for (const f of readdirSync(path.join(dir, 'data')).filter((x) => x.endsWith('.csv'))) {
        edit(dir, `data/${f}`, (t) => {
          const { header, records } = readCsv(t, f);
          const quoted = [header, ...records.map((r) => r.cells)].map((cells) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(','));
          return `\uFEFF${quoted.join('\r\n')}\r\n\r\n\n`;
        });
      }
      variant = runAstro('build', dir);
    });

    test('BOM, CRLF, trailing blank lines and every cell quoted: same files, same bytes', () => {
      expect(variant.status, variant.output.slice(-2000)).toBe(0);
      const a = files(run.outDir).sort();
      expect(files(variant.outDir).sort()).toEqual(a);
      const differ = a.filter((f) => !sameOutput(f, readFileSync(path.join(run.outDir, f)), readFileSync(path.join(variant.outDir, f))));
      expect(differ).toEqual([]);
    });
  });
});
