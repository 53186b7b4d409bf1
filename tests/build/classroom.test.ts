/**
 * The classroom kit in dist/: every page is built from content/classroom, no kit tag leaks as
 * raw markup, every figure cites a real source, hidden sections are closed, and every chart
 * link (argument map above all) resolves to a built chart page and a declared view.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { csvParse } from 'd3-dsv';
import { chartSpecs, distExists, distFiles, htmlPages, page, readDist, text } from '../support/dist';

beforeAll(() => {
  if (!distExists()) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
});

const yaml = <T>(file: string): T => parseYaml(readFileSync(`content/classroom/${file}`, 'utf8')) as T;
type Ref = { chart: string; view?: string };
type Node = { id: string; position: string; text: string; supports?: Ref[]; complicates?: Ref[] };
const map = yaml<{ positions: { id: string }[]; nodes: Node[] }>('argument-map.yaml');
const questions = yaml<{ sections: { id: string; questions: { id: string }[] }[] }>('discussion-questions.yaml');
const vocab = yaml<{ terms: { id: string }[] }>('vocabulary.yaml');
const roles = yaml<{ roles: { id: string }[] }>('role-cards.yaml');
const sourceIds = new Set(csvParse(readFileSync('content/data/sources.csv', 'utf8')).map((r) => r['source_id']));
const specs = chartSpecs();
const specViews = (id: string): Set<string> => {
  const raw = (specs.find((s) => s.id === id) as unknown as { views?: unknown })?.views;
  if (Array.isArray(raw)) return new Set(raw.map((v) => (typeof v === 'string' ? v : (v as { id?: string; key?: string; name?: string }).id ?? (v as { key?: string }).key ?? (v as { name?: string }).name ?? '')));
  return new Set(raw && typeof raw === 'object' ? Object.keys(raw) : []);
};

const HANDOUTS = ['lesson-1-worksheet', 'sac-consensus', 'sac-demand-side', 'sac-supply-side', 'source-evaluation-worksheet', 'stance-tally'];
const EXPECTED = [
  '/classroom/', '/classroom/teacher-guide/', '/classroom/lesson-1/', '/classroom/lesson-2/', '/classroom/role-cards/',
  '/classroom/evidence/', '/classroom/argument-map/', '/classroom/discussion-questions/', '/classroom/source-evaluation/',
  '/classroom/vocabulary/', '/classroom/stance-tally/', ...HANDOUTS.map((h) => `/classroom/handouts/${h}/`),
  ...['lesson-1-worksheet-answers', 'sac-consensus-rubric', 'source-evaluation-worksheet-answers'].map((k) => `/classroom/answer-keys/${k}/`),
];
const classroomPages = htmlPages().filter((p) => p.startsWith('/classroom/'));

test('every classroom page is built, and nothing else under /classroom/', () => {
  expect([...classroomPages].sort()).toEqual([...EXPECTED].sort());
});

test('the site header links the classroom kit on every site page', () => {
  for (const p of htmlPages().filter((x) => !x.startsWith('/embed/'))) {
    expect(page(p).querySelector('[data-site-header] a[href="/classroom/"]'), p).not.toBeNull();
  }
});

describe.each(EXPECTED)('%s', (p) => {
  test('no kit tag or raw markup leaks into the page', () => {
    const html = readDist(p);
    expect(html).not.toMatch(/<\/?(Fig|Q)\b/);
    expect(html).not.toMatch(/&lt;\/?(Fig|Q)\b/);
  });

  test('every figure and quotation cites known sources, and its reference targets exist', () => {
    const doc = page(p);
    for (const el of doc.querySelectorAll('.fig, q.quote')) {
      const ids = (el.getAttribute('data-s') ?? '').split(' ');
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        expect(sourceIds.has(id), `${p}: ${id}`).toBe(true);
        expect(doc.querySelector(`[id="cite-${id}"]`), `${p}: #cite-${id}`).not.toBeNull();
      }
    }
    for (const a of doc.querySelectorAll('a[href^="#cite-"], a[href^="#calc-"]')) {
      expect(doc.querySelector(`[id="${a.getAttribute('href')!.slice(1)}"]`), `${p}: ${a.getAttribute('href')}`).not.toBeNull();
    }
  });

  test('every chart link resolves to a built chart page and a declared view', () => {
    const files = new Set(distFiles());
    for (const a of page(p).querySelectorAll('a[href*="/charts/"]')) {
      const url = new URL(a.getAttribute('href')!, 'https://x.example');
      if (url.pathname === '/charts/') {
        expect(files.has('/charts/index.html'), `${p}: the chart gallery`).toBe(true);
        continue;
      }
      const m = /^\/charts\/([a-z0-9-]+)\/$/.exec(url.pathname);
      expect(m, `${p}: ${url.pathname}`).not.toBeNull();
      expect(files.has(`/charts/${m![1]}/index.html`), `${p}: ${url.pathname}`).toBe(true);
      const view = url.searchParams.get('view');
      if (view) expect(specViews(m![1]!).has(view), `${p}: ${m![1]} view ${view}`).toBe(true);
    }
  });
});

describe('argument map', () => {
  const doc = () => page('/classroom/argument-map/');
  test('every position and node is on the page, nested under the node it answers', () => {
    const d = doc();
    for (const p of map.positions) expect(d.querySelector(`#position-${p.id}`)).not.toBeNull();
    for (const n of map.nodes) {
      const li = d.querySelector(`#node-${n.id}`);
      expect(li, n.id).not.toBeNull();
      const respondsTo = (n as Node & { responds_to?: string | null }).responds_to;
      if (respondsTo) expect(li!.parentNode?.parentNode?.getAttribute('id')).toBe(`node-${respondsTo}`);
    }
  });

  test('each node links every chart it cites (a chart that does not exist fails the build)', () => {
    const d = doc();
    for (const n of map.nodes) {
      const li = d.querySelector(`#node-${n.id}`)!;
      const own = li.querySelectorAll(':scope > .chart-refs');
      const links = own.flatMap((p) => p.querySelectorAll('a[data-chart-link]').map((a) => a.getAttribute('data-chart-link')));
      const refs = [...(n.supports ?? []), ...(n.complicates ?? [])];
      expect(links.sort(), n.id).toEqual(refs.map((r) => r.chart).sort());
    }
  });
});

describe('chart pages list the argument-map claims that cite them', () => {
  test.each(specs.map((s) => s.id))('%s', (id) => {
    const expected = map.nodes.flatMap((n) => [
      ...(n.supports ?? []).filter((r) => r.chart === id).map(() => `${n.id}:supports`),
      ...(n.complicates ?? []).filter((r) => r.chart === id).map(() => `${n.id}:complicates`),
    ]);
    const items = page(`/charts/${id}/`).querySelectorAll('[data-claims-citing] li').map((li) => `${li.getAttribute('data-claim')}:${li.getAttribute('data-relation')}`);
    expect(items.sort()).toEqual(expected.sort());
    for (const li of page(`/charts/${id}/`).querySelectorAll('[data-claims-citing] li a')) {
      expect(li.getAttribute('href')).toMatch(/^\/classroom\/argument-map\/#node-/);
    }
  });
});

describe('lessons', () => {
  test('lesson 1 hides the reveal in a closed <details>, embeds the seizures chart and is in slides', () => {
    const d = page('/classroom/lesson-1/');
    const details = d.querySelector('details.hidden-section[data-hidden="Reveal"]');
    expect(details).not.toBeNull();
    expect(details!.hasAttribute('open')).toBe(false);
    expect(text(details)).toContain('The doubling claim');
    expect(d.querySelector('.classroom-chart svg')).not.toBeNull();
    expect(d.querySelectorAll('[data-slide]').length).toBeGreaterThan(8);
    expect(d.querySelector('[data-projector-toggle]')?.hasAttribute('hidden')).toBe(true);
  });

  test('the source evaluation collapses its answer key', () => {
    const details = page('/classroom/source-evaluation/').querySelector('details.hidden-section[data-hidden="Answer key"]');
    expect(details).not.toBeNull();
    expect(details!.hasAttribute('open')).toBe(false);
  });

  test('lesson pages link their handouts and vocabulary', () => {
    const d = page('/classroom/lesson-2/');
    for (const h of ['sac-supply-side', 'sac-demand-side', 'sac-consensus', 'stance-tally']) {
      expect(d.querySelector(`a[href="/classroom/handouts/${h}/"]`), h).not.toBeNull();
    }
    expect(d.querySelector('a[href="/classroom/vocabulary/#moud"]')).not.toBeNull();
  });

  test('kit file links are rewritten to pages (and downloads) that exist', () => {
    const files = new Set(distFiles());
    for (const p of EXPECTED) {
      for (const a of page(p).querySelectorAll('a[href^="/classroom/"]')) {
        const path = a.getAttribute('href')!.split('#')[0]!;
        // Pages end in "/"; the Word files and the offline pack are files.
        expect(files.has(path.endsWith('/') ? `${path}index.html` : path), `${p} → ${path}`).toBe(true);
      }
      expect(readDist(p), p).not.toMatch(/href="[^"]*\.(md|yaml)"/);
    }
  });
});

test('discussion questions, vocabulary and role cards are complete', () => {
  const q = page('/classroom/discussion-questions/');
  for (const s of questions.sections) {
    expect(q.querySelector(`section#${s.id}[data-slide]`), s.id).not.toBeNull();
    for (const item of s.questions) expect(q.querySelector(`#${item.id}`), item.id).not.toBeNull();
  }
  const v = page('/classroom/vocabulary/');
  for (const t of vocab.terms) expect(v.querySelector(`#${t.id}`), t.id).not.toBeNull();
  const r = page('/classroom/role-cards/');
  for (const role of roles.roles) expect(text(r.querySelector(`#${role.id}`)), role.id).toContain('Composite role written for this lesson');
});

test('handouts use the compact one-page layout', () => {
  for (const h of HANDOUTS) expect(page(`/classroom/handouts/${h}/`).querySelector('.classroom--handout [data-handout]'), h).not.toBeNull();
});

test('the stance tally asks for every option on the handout and stores nothing server-side', () => {
  const d = page('/classroom/stance-tally/');
  const inputs = d.querySelectorAll('form[data-tally] input[type="number"]');
  expect(inputs).toHaveLength(7 * 6 * 2);
  for (const i of inputs) expect(i.getAttribute('aria-label')).toMatch(/(before|after): answers of/);
  expect(d.querySelector('form[data-tally]')?.getAttribute('action')).toBeUndefined();
});
