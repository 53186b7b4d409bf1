/**
 * The story: the front page (the question, the stakes, the deaths chart, the five-minute
 * version) and one chapter page per content/story/ section, every section in order, every
 * figure sourced, every claim labelled, every interactive with a no-JS version, charts whose
 * specs exist rendered as SVG (and no placeholder for the rest), and a JS budget per page.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DIST, distExists, page, readDist, storyChapters, storyDoc, text } from '../support/dist';
import { checkNumbers, numberInRows } from '../../src/lib/prose/number-check';
import { loadDataIndex } from '../../src/lib/prose/data-index';
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

describe('the front page: the question, the stakes, the deaths chart and the five-minute version', () => {
  const doc = page('/');
  const front = readFileSync(path.join(STORY, 'front', 'five-minutes.svx'), 'utf8');
  const fm = parseYaml(/^---\n([\s\S]*?)\n---/.exec(front)?.[1] ?? '') as { title: string; dek: string; published: string };

  test('keeps the site description; the headline, the one-line stakes, a byline and a publication date come first', () => {
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(SITE.description);
    const header = doc.querySelector('.story-header');
    expect(text(header?.querySelector('h1'))).toBe(fm.title);
    expect(text(header?.querySelector('.dek'))).toBe(fm.dek);
    expect(text(header?.querySelector('.byline'))).toContain(`By ${SITE.name}`);
    expect(header?.querySelector('.byline time')?.getAttribute('datetime')).toBe(fm.published);
  });

  test('the deaths chart follows the header, as SVG, before any other section', () => {
    const hero = doc.querySelector('.hero-chart #chart-overdose-deaths');
    expect(hero?.querySelector('.chart-graphic svg')).not.toBeNull();
    expect(doc.querySelector('.story-header')?.nextElementSibling?.classList.contains('hero-chart')).toBe(true);
  });

  test('the five-minute version links into every option\'s chapter, and every figure in it is tagged', () => {
    const links = doc.querySelectorAll('.story-short .read-more a').map((a) => a.getAttribute('href'));
    for (const id of ['border-detection', 'terrorist-designation', 'military-strikes', 'mexico-and-china', 'demand-side-case']) expect(links).toContain(`/story/${id}/`);
    expect(doc.querySelectorAll('.story-short .fig')).toHaveLength(count(front, /<Fig\b/g));
    expect(count(front, /<Fig\b/g)).toBeGreaterThan(5);
  });

  test('the contents list every chapter in file order; the whole story is not on this page', () => {
    expect(storyChapters()).toEqual(sections.map((s) => `/story/${frontmatter(s.source).id}/`));
    expect(doc.querySelectorAll('section[data-section]')).toHaveLength(0);
  });

  test('the home page links its chart\'s page (the DEA chart moved to its chapter with the story)', () => {
    expect(doc.querySelector('a[href="/charts/overdose-deaths/"]')).not.toBeNull();
  });
});

describe('the chapters: the full story, one linkable page per section', () => {
  const chapters = storyChapters();
  const all = storyDoc();

  test('each chapter has its section with its title as h1, a reading time and links to its neighbours', () => {
    expect(chapters).toHaveLength(sections.length);
    chapters.forEach((p, i) => {
      const doc = page(p);
      const { id, title } = frontmatter(sections[i]!.source);
      const rendered = doc.querySelectorAll('section[data-section]');
      expect(rendered.map((s) => s.id), p).toEqual([id]);
      expect(text(doc.querySelector('h1'))).toBe(title);
      expect(text(doc.querySelector('.reading-time'))).toMatch(/^About \d+ minutes? to read/);
      expect(doc.querySelector('nav.story-rail a[aria-current="page"]')?.getAttribute('href')).toBe(p);
      if (i > 0) expect(doc.querySelector('.chapter-nav a[rel="prev"]')?.getAttribute('href')).toBe(chapters[i - 1]);
      if (i < chapters.length - 1) expect(doc.querySelector('.chapter-nav a[rel="next"]')?.getAttribute('href')).toBe(chapters[i + 1]);
    });
    expect(page('/story/fact-check/').querySelector('#fact-check')?.classList.contains('story-box')).toBe(true);
  });

  test('every <Fig>, <Q> and <Claim> in content/story/ appears once across the chapters', () => {
    const source = [...sections, ...fallbacks].map((s) => s.source).join('\n');
    expect(all.querySelectorAll('.fig')).toHaveLength(count(source, /<Fig\b/g));
    expect(all.querySelectorAll('q.quote')).toHaveLength(count(source, /<Q\b/g));
    expect(all.querySelectorAll('.claim')).toHaveLength(count(source, /<Claim\b/g));
  });

  test('each claim carries a text evidence label', () => {
    // The kinds are listed in src/lib/i18n/schema.ts, their words in content/ui/en.yaml (issue 11 added
    // record/statement and news report, and renamed "cohort study" to "observational study").
    const labels = new Set(['official count', 'record/statement', 'news report', 'randomized trial', 'observational study', 'model', 'estimate', 'opinion']);
    for (const claim of [...all.querySelectorAll('.claim'), ...page('/').querySelectorAll('.claim')]) {
      const label = text(claim.querySelector('.evidence')).replace(/^\(evidence: |\)$/g, '');
      expect(labels.has(label), `claim labelled "${label}"`).toBe(true);
    }
  });

  test('every glossary term opens a popover on its own page, and its definition is in the glossary page', () => {
    const glossary = page('/story/glossary/');
    let terms = 0;
    for (const p of ['/', ...chapters]) {
      const doc = page(p);
      for (const term of doc.querySelectorAll('button.term')) {
        terms++;
        const pop = doc.getElementById(term.getAttribute('popovertarget') ?? '');
        expect(pop?.getAttribute('popover'), p).toBe('auto');
        expect(pop?.querySelector('a')?.getAttribute('href')).toBe(`/story/glossary/#glossary-${term.getAttribute('data-term')}`);
        expect(glossary.getElementById(`glossary-${term.getAttribute('data-term')}`)).not.toBeNull();
      }
    }
    expect(terms).toBeGreaterThan(10);
  });

  test('a chart whose spec exists renders its SVG; one whose spec has not landed renders nothing (no placeholder)', () => {
    const slots = sections.flatMap((s, i) => [...s.source.matchAll(/<ChartSlot id="([^"]+)"(?: view="([^"]+)")?/g)].map((m) => [chapters[i]!, m[1]!, m[2]] as const));
    expect(slots.length).toBeGreaterThan(0);
    for (const [p, id, view] of slots) {
      const doc = page(p);
      const domId = view ? `${id}--${view}` : id;
      if (chartIds.has(id) && (!view || viewsOf(id).includes(view))) {
        // Charts that print every value as text ship no JS (no island); every chart has its SVG.
        const figure = doc.querySelector(`#chart-${domId}`);
        expect(figure?.querySelector('.chart-graphic svg'), `${p} ${domId}`).not.toBeNull();
        // A view slot opens on that view: its panels are shown, the others hidden.
        if (view) expect(figure?.getAttribute('data-view')).toBe(view);
      } else {
        expect(doc.querySelector(`#chart-${domId}`), domId).toBeNull();
      }
    }
    expect(all.querySelector('[data-chart-coming]')).toBeNull();
    expect(text(all)).not.toMatch(/Chart coming/);
  });

  test('the supply-side chapter links the dea-seizures chart page', () => {
    expect(page('/story/supply-side-case/').querySelector('a[href="/charts/dea-seizures/"]')).not.toBeNull();
  });

  test('each interactive is an island holding its full no-JS fallback', () => {
    for (const { source } of fallbacks) {
      const { for: id } = parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') as { for: string };
      const box = all.querySelector(`[data-interactive="${id}"]`);
      expect(box?.closest('astro-island'), id).not.toBeNull();
      const fallback = box?.querySelector('.fallback');
      expect(fallback?.hasAttribute('hidden')).toBe(false);
      expect(fallback?.querySelectorAll('.fig').length).toBe(count(source, /<Fig\b/g));
    }
  });

  test('every source id a page cites is listed under its "Sources cited"', () => {
    for (const p of ['/', ...chapters]) {
      const html = readDist(p);
      const listed = new Set(page(p).querySelectorAll('#sources-cited li').map((li) => li.id.replace(/^source-/, '')));
      const cited = new Set([...html.matchAll(/data-s="([^"]+)"/g)].flatMap((m) => m[1]!.split(/\s+/)));
      for (const id of cited) expect(listed.has(id), `${p}: ${id}`).toBe(true);
    }
  });

  test('a fragment link in the words reaches the chapter that holds its target', () => {
    const unmeasured = page('/story/military-strikes/').querySelectorAll('a').find((a) => a.getAttribute('href')?.endsWith('#unmeasured'));
    expect(unmeasured?.getAttribute('href')).toBe('/story/the-stakes/#unmeasured');
    expect(page('/story/the-stakes/').getElementById('unmeasured')).not.toBeNull();
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

  test.each(['/', ...storyChapters()])('%s: ≤ 60 KB gzip in total, including inline scripts', (p) => {
    const html = readDist(p);
    const files = pageScripts(html);
    expect(files.size).toBeGreaterThan(0);
    for (const f of files) expect(existsSync(path.join(DIST, f)), f).toBe(true);
    const external = [...files].reduce((n, f) => n + gzipSync(readFileSync(path.join(DIST, f))).length, 0);
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + gzipSync(m[1]!).length, 0);
    expect(external + inline).toBeLessThanOrEqual(60 * 1024);
  });

  test('the chapters with interactives load more than three scripts (the weigher follows islands)', () => {
    expect(pageScripts(readDist('/story/the-stakes/')).size).toBeGreaterThan(3);
  });
});
