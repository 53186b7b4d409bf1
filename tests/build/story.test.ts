/**
 * The front page is the story: built from content/story/, every section in order, every
 * figure sourced, every claim labelled, every interactive with a no-JS version, charts whose
 * specs exist rendered as SVG and the rest as labelled placeholders, and a JS budget.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DIST, distExists, page, readDist, text } from '../support/dist';
import { checkNumbers, numberInRows } from '../../src/lib/story/number-check';
import { loadDataIndex } from '../../src/lib/story/data-index';
import { SITE } from '../../src/lib/site';

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

const STORY = path.resolve('content/story');
const svx = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.svx')).sort().map((f) => ({ file: f, source: readFileSync(path.join(dir, f), 'utf8') }));
const sections = svx(STORY);
const fallbacks = svx(path.join(STORY, 'fallback'));
const frontmatter = (source: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as { id: string; title: string };
const chartIds = new Set(readdirSync('content/charts').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')));
/** View names a chart spec defines (content/charts/<id>.yaml). */
const viewsOf = (id: string): string[] =>
  ((parseYaml(readFileSync(`content/charts/${id}.yaml`, 'utf8')) as { views?: { name: string }[] }).views ?? []).map((v) => v.name);
const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

describe('every number in the story is sourced', () => {
  const index = loadDataIndex(path.resolve('content/data'));
  // The same reviewed exceptions the build applies (content/story/number-words-allow.yaml).
  const allow = parseYaml(readFileSync(path.join(STORY, 'number-words-allow.yaml'), 'utf8')) as { file: string; text: string; status: 'reviewed' | 'to-source'; reason: string }[];
  test.each([...sections.map((s) => ['', s] as const), ...fallbacks.map((s) => ['fallback/', s] as const)])('%s%s', (_dir, { file, source }) => {
    expect(checkNumbers(source, index, { file, allow })).toEqual([]);
  });
});

describe('figures in the story data files match their source rows', () => {
  const index = loadDataIndex(path.resolve('content/data'));
  const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g;
  const readings = parseYaml(readFileSync(path.join(STORY, 'two-readings.yaml'), 'utf8')) as { readings: { annotations: { year: number; text: string; source_id: string }[] }[] };
  const stance = parseYaml(readFileSync(path.join(STORY, 'stance-check.yaml'), 'utf8')) as { options: { polls: { value: number; source_id: string }[] }[] };

  test('every number in a two-readings annotation is in a row with its source id', () => {
    const missing = readings.readings.flatMap((r) => r.annotations.flatMap((a) =>
      (a.text.match(NUMBER) ?? []).filter((n) => !numberInRows(n, [a.source_id], index)).map((n) => `${a.source_id}: ${n} in "${a.text}"`)));
    expect(missing).toEqual([]);
  });

  test('every poll value in the stance check is in a row with its source id', () => {
    const polls = stance.options.flatMap((o) => o.polls);
    expect(polls.length).toBeGreaterThan(5);
    expect(polls.filter((p) => !numberInRows(String(p.value), [p.source_id], index)).map((p) => `${p.source_id}: ${p.value}`)).toEqual([]);
  });
});

describe('the front page', () => {
  const doc = page('/');
  const html = readDist('/');

  test('keeps the site description and has a table of contents linking every section, and a reading time', () => {
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(SITE.description);
    const toc = doc.querySelectorAll('nav.toc a').map((a) => a.getAttribute('href'));
    for (const { source } of sections) expect(toc).toContain(`#${frontmatter(source).id}`);
    expect(text(doc.querySelector('.reading-time'))).toMatch(/^About \d+ minutes to read/);
  });

  test('renders every section in file order, each with its title as h2', () => {
    const rendered = doc.querySelectorAll('section[data-section]');
    expect(rendered.map((s) => s.id)).toEqual(sections.map((s) => frontmatter(s.source).id));
    rendered.forEach((s, i) => expect(text(s.querySelector('h2'))).toBe(frontmatter(sections[i]!.source).title));
    expect(doc.querySelector('#fact-check')?.classList.contains('story-box')).toBe(true);
  });

  test('every <Fig>, <Q> and <Claim> in content/ appears in the page', () => {
    const all = [...sections, ...fallbacks].map((s) => s.source).join('\n');
    expect(doc.querySelectorAll('.fig')).toHaveLength(count(all, /<Fig\b/g));
    expect(doc.querySelectorAll('q.quote')).toHaveLength(count(all, /<Q\b/g));
    expect(doc.querySelectorAll('.claim')).toHaveLength(count(all, /<Claim\b/g));
  });

  test('each claim carries a text evidence label', () => {
    // The kinds and their words live in src/components/story/evidence-kinds.ts (issue 11 added
    // record/statement and news report, and renamed "cohort study" to "observational study").
    const labels = new Set(['official count', 'record/statement', 'news report', 'randomized trial', 'observational study', 'model', 'estimate', 'opinion']);
    for (const claim of doc.querySelectorAll('.claim')) {
      const label = text(claim.querySelector('.evidence')).replace(/^\(evidence: |\)$/g, '');
      expect(labels.has(label), `claim labelled "${label}"`).toBe(true);
    }
  });

  test('every glossary term opens a popover and its definition is also in the glossary list', () => {
    const terms = doc.querySelectorAll('button.term');
    expect(terms.length).toBeGreaterThan(10);
    for (const term of terms) {
      const pop = doc.getElementById(term.getAttribute('popovertarget') ?? '');
      expect(pop?.getAttribute('popover')).toBe('auto');
      expect(doc.getElementById(`glossary-${term.getAttribute('data-term')}`)).not.toBeNull();
    }
  });

  test('a chart whose spec exists renders its SVG; one whose spec has not landed renders nothing (no placeholder)', () => {
    const slots = [...sections.map((s) => s.source).join('\n').matchAll(/<ChartSlot id="([^"]+)"(?: view="([^"]+)")?/g)];
    expect(slots.length).toBeGreaterThan(0);
    for (const [, id, view] of slots) {
      const domId = view ? `${id}--${view}` : id!;
      if (chartIds.has(id!) && (!view || viewsOf(id!).includes(view))) {
        // Charts that print every value as text ship no JS (no island); every chart has its SVG.
        const figure = doc.querySelector(`#chart-${domId}`);
        expect(figure?.querySelector('.chart-graphic svg'), domId).not.toBeNull();
        // A view slot opens on that view: its panels are shown, the others hidden.
        if (view) expect(figure?.getAttribute('data-view')).toBe(view);
      } else {
        expect(doc.querySelector(`#chart-${domId}`), domId).toBeNull();
      }
    }
    expect(doc.querySelector('[data-chart-coming]')).toBeNull();
    expect(text(doc)).not.toMatch(/Chart coming/);
  });

  test('the home page still links the dea-seizures chart page', () => {
    expect(doc.querySelector('a[href="/charts/dea-seizures/"]')).not.toBeNull();
  });

  test('each interactive is an island holding its full no-JS fallback', () => {
    for (const { source } of fallbacks) {
      const { for: id } = parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as { for: string };
      const box = doc.querySelector(`[data-interactive="${id}"]`);
      expect(box?.closest('astro-island'), id).not.toBeNull();
      const fallback = box?.querySelector('.fallback');
      expect(fallback?.hasAttribute('hidden')).toBe(false);
      expect(fallback?.querySelectorAll('.fig').length).toBe(count(source, /<Fig\b/g));
    }
  });

  test('every cited source id is listed under "Sources cited"', () => {
    const listed = new Set(doc.querySelectorAll('#sources-cited li').map((li) => li.id.replace(/^source-/, '')));
    const cited = new Set([...html.matchAll(/data-s="([^"]+)"/g)].flatMap((m) => m[1]!.split(/\s+/)));
    for (const id of cited) expect(listed.has(id), id).toBe(true);
  });

  test('no raw HTML in the prose: the story components and content use no {@html}', () => {
    const files = [...readdirSync('src/components/story'), ...readdirSync('src/islands')].filter((f) => f.endsWith('.svelte'));
    expect(files.length).toBeGreaterThan(5);
    for (const dir of ['src/components/story', 'src/islands', 'src/charts/lines', 'src/charts/lines/layers']) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.svelte'))) expect(readFileSync(path.join(dir, f), 'utf8')).not.toContain('{@html');
    }
    for (const { source } of [...sections, ...fallbacks]) expect(source).not.toContain('{@html');
  });
});

describe('JavaScript budget for the story page', () => {
  /** Every JS file the page can load: module scripts, island components and renderers, and their imports. */
  function pageScripts(html: string): Set<string> {
    const seen = new Set<string>();
    const queue = [...html.matchAll(/(?:src|component-url|renderer-url)="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);
    queue.push(...[...html.matchAll(/import\("(\/_astro\/[^"]+\.js)"\)|from\s*"(\/_astro\/[^"]+\.js)"/g)].map((m) => (m[1] ?? m[2])!));
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const code = readFileSync(path.join(DIST, file), 'utf8');
      for (const m of code.matchAll(/(?:from\s*|import\s*\(?\s*)["']\.\/([^"']+\.js)["']/g)) queue.push(`/_astro/${m[1]}`);
    }
    return seen;
  }

  test('≤ 60 KB gzip in total, including inline scripts', () => {
    const html = readDist('/');
    const files = pageScripts(html);
    expect(files.size).toBeGreaterThan(3);
    for (const f of files) expect(existsSync(path.join(DIST, f)), f).toBe(true);
    const external = [...files].reduce((n, f) => n + gzipSync(readFileSync(path.join(DIST, f))).length, 0);
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + gzipSync(m[1]!).length, 0);
    expect(external + inline).toBeLessThanOrEqual(60 * 1024);
  });
});
