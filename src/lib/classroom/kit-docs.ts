/**
 * Every document of the kit that has a page and a Word file: the teacher guide, the lessons,
 * the handouts, the answer keys and rubrics, the role cards and the evidence packets. One entry
 * names its page, its Word file, its kicker and how it prints; `kitDocModel()` gives the body
 * (hast) that the Word file is built from, made by the same functions as the page.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { getCollection } from 'astro:content';
import { loadCharts } from '../charts/load';
import type { ChartBundle } from '../charts/build';
import { href } from '../paths';
import { chartFigureHast } from './chart-block';
import { docFactsHast } from './doc-facts';
import { evidenceHast } from './evidence-doc';
import { answerKeyIds, evidencePackets, handoutIds, pageContext, renderedDoc, roleCards, vocabulary, type RenderedDoc } from './load';
import type { Citations } from './markup';
import { roleCardPages, roleCardsHast } from './role-cards-doc';
import type { ChartRef } from './schemas';
import { sectionContent, sectionWrapper } from './sections';

/** A chart shown at the end of the section whose heading id is `in`. */
export interface DocChart {
  in: string;
  ref: ChartRef;
}

export type DocKind = 'guide' | 'lesson' | 'handout' | 'answer-key' | 'role-cards' | 'evidence';

export interface KitDocEntry {
  kind: DocKind;
  /** The Word file's name (without .docx) and the offline pack's page name. */
  slug: string;
  /** Site path of the page. */
  page: string;
  /** Markdown document id (frontmatter), for Markdown documents. */
  doc?: string;
  kicker: string;
  /** Offer projector mode (sections as slides). */
  slides: boolean;
  charts: DocChart[];
  /** Printed pages the page promises (handouts, answer keys, role cards), tested in Letter and A4. */
  printPages?: number;
}

export const DOC_WORDS = {
  handoutKicker: (pages: number) => `Handout · prints on ${pages === 1 ? 'one page' : `${pages} pages`}`,
  keyKicker: (pages: number) => `Answer key · for the teacher · prints on ${pages === 1 ? 'one page' : `${pages} pages`}`,
  roleKicker: (pages: number) => `Classroom kit · for lesson 2 · prints on ${pages} pages (two cards a page, then the teacher notes)`,
} as const;

const PAGES = { 'one-page': 1, 'two-pages': 2 } as const;

const LESSONS: Omit<KitDocEntry, 'page' | 'slug'>[] = [
  { kind: 'guide', doc: 'teacher-guide', kicker: 'Teacher guide', slides: false, charts: [] },
  {
    kind: 'lesson', doc: 'lesson-1', kicker: 'Lesson 1 · 45 minutes', slides: true,
    charts: [{ in: 'step-2-notice-5-minutes', ref: { chart: 'dea-seizures', view: 'pills' } }],
  },
  { kind: 'lesson', doc: 'lesson-2', kicker: 'Lesson 2 · 90 minutes (45-minute version inside)', slides: true, charts: [] },
  { kind: 'lesson', doc: 'source-evaluation', kicker: 'Source evaluation · 45 minutes', slides: true, charts: [] },
];

let entriesCache: Promise<KitDocEntry[]> | undefined;

export function kitDocEntries(): Promise<KitDocEntry[]> {
  entriesCache ??= (async () => {
    const pages = await getCollection('classroomPages');
    const printOf = (id: string) => {
      const p = pages.find((e) => e.data.id === id)?.data.print;
      return p ? PAGES[p] : undefined;
    };
    const roles = await roleCards();
    const rolePages = roleCardPages(roles);
    return [
      ...LESSONS.map((l) => ({ ...l, slug: l.doc!, page: l.doc === 'teacher-guide' ? '/classroom/teacher-guide/' : `/classroom/${l.doc}/` })),
      ...(await handoutIds()).map((id): KitDocEntry => {
        const printPages = printOf(id) ?? 1;
        return { kind: 'handout', doc: id, slug: `handout-${id}`, page: `/classroom/handouts/${id}/`, kicker: DOC_WORDS.handoutKicker(printPages), slides: false, charts: [], printPages };
      }),
      ...(await answerKeyIds()).map((id): KitDocEntry => {
        const printPages = printOf(id) ?? 1;
        return { kind: 'answer-key', doc: id, slug: id, page: `/classroom/answer-keys/${id}/`, kicker: DOC_WORDS.keyKicker(printPages), slides: false, charts: [], printPages };
      }),
      { kind: 'role-cards', slug: 'role-cards', page: '/classroom/role-cards/', kicker: DOC_WORDS.roleKicker(rolePages), slides: false, charts: [], printPages: rolePages },
      { kind: 'evidence', slug: 'evidence-packets', page: '/classroom/evidence/', kicker: 'Classroom kit · for lesson 2 · each packet starts a new page', slides: false, charts: [] },
    ];
  })();
  return entriesCache;
}

export async function kitDocEntry(page: string): Promise<KitDocEntry> {
  const e = (await kitDocEntries()).find((x) => x.page === page);
  if (!e) throw new Error(`lib/classroom/kit-docs.ts: no kit document for ${page}`);
  return e;
}

/** Word file URL of a kit page. */
export const docxPath = (e: Pick<KitDocEntry, 'slug'>) => `/classroom/downloads/${e.slug}.docx`;

/** The page's words for the YAML-built pages. */
export const PAGE_WORDS = {
  roleCards: {
    title: 'Role cards',
    description: 'Composite perspectives on U.S. fentanyl policy for discussion and the structured academic controversy, with real quotes shown separately.',
    lede: (link: (path: string, text: string) => ElementContent): ElementContent[] => [
      'Give each student or pair one card. Every perspective is a composite written for this kit. Real people\'s words appear only in the "Real quote" boxes. Use them with the ',
      link('/classroom/lesson-2/', 'structured academic controversy'), ' and the ', link('/classroom/evidence/', 'evidence packets'), '.',
    ].map((x) => (typeof x === 'string' ? { type: 'text', value: x } : x)),
    print: 'Printing: two cards a page, with a cut line between them. The notes for the teacher print on the last page; print the pages before it for students.',
  },
  evidence: {
    title: 'Evidence packets',
    description: 'Sourced evidence for the supply-side and demand-side cases in the fentanyl policy debate, each item with its chart, kind of evidence and strongest caveat.',
    lede: (link: (path: string, text: string) => ElementContent): ElementContent[] => [
      'One packet per side of the ', link('/classroom/lesson-2/', 'structured academic controversy'),
      '. Claims are one-sided on purpose; caveats are not. Students read each caveat aloud with its claim. Every item links to the chart that shows its data.',
    ].map((x) => (typeof x === 'string' ? { type: 'text', value: x } : x)),
  },
} as const;

const link = (path: string, text: string): ElementContent => h('a', { href: href(path) }, text);

/** What a Markdown document shows before its sections: summary, facts, answer keys. */
export async function docHeadHast(entry: KitDocEntry, doc: RenderedDoc): Promise<ElementContent[]> {
  const facts = entry.kind === 'lesson' || entry.kind === 'guide' ? docFactsHast(doc.data, await handoutTitles(), await vocabulary(), href) : undefined;
  const keys = entry.kind === 'lesson' ? await answerKeyLinks(doc.data.handouts)
    : entry.kind === 'guide' ? await answerKeyLinks(await allHandouts(), true) : undefined;
  return [
    ...(doc.data.summary && entry.kind !== 'handout' && entry.kind !== 'answer-key' ? [h('p.lede', doc.data.summary)] : []),
    ...(facts ? [facts] : []),
    ...(keys ? [keys] : []),
  ];
}

export interface KitDocModel {
  entry: KitDocEntry;
  title: string;
  description: string;
  /** Everything between the page's title and its source list, as the Word file has it. */
  body: ElementContent[];
  citations: Citations;
  compactSources: boolean;
  /** Charts drawn as images in the body (`<img src="chart:<key>">`). */
  charts: { ref: ChartRef; bundle: ChartBundle }[];
}

/** A Markdown document's sections with its charts, in page order, not as slides. */
export function docSectionsHast(doc: RenderedDoc, charts: DocChart[], figure: (ref: ChartRef) => ElementContent): ElementContent[] {
  return doc.sections.flatMap((s) => {
    const content = [...sectionContent(s), ...charts.filter((c) => c.in === s.id).map((c) => figure(c.ref))];
    const wrap = sectionWrapper(s, false);
    return wrap ? [h(wrap.tagName, wrap.properties, content)] : content;
  });
}

export async function handoutTitles(): Promise<Record<string, string>> {
  return Object.fromEntries((await getCollection('classroomPages'))
    .filter((e) => e.filePath?.includes('/handouts/'))
    .map((e) => [`handouts/${e.data.id}.md`, e.data.title]));
}

export async function kitDocModel(entry: KitDocEntry): Promise<KitDocModel> {
  const bundles = await loadCharts();
  const charts: KitDocModel['charts'] = [];
  const figure = (ref: ChartRef): ElementContent => {
    const bundle = bundles.find((b) => b.id === ref.chart);
    if (!bundle) return h('p', `${ref.chart} (chart coming)`);
    charts.push({ ref, bundle });
    return chartFigureHast(bundle, ref, href);
  };
  if (entry.doc) {
    const doc = await renderedDoc(entry.doc);
    return {
      entry, title: doc.data.title, description: doc.data.summary ?? doc.data.title, charts,
      body: [...(await docHeadHast(entry, doc)), ...docSectionsHast(doc, entry.charts, figure)],
      citations: doc.ctx.citations,
      compactSources: entry.kind === 'handout' || entry.kind === 'answer-key',
    };
  }
  if (entry.kind === 'role-cards') {
    const ctx = await pageContext('content/classroom/role-cards.yaml');
    const W = PAGE_WORDS.roleCards;
    return {
      entry, title: W.title, description: W.description, charts, citations: ctx.citations, compactSources: false,
      body: [h('p.lede', W.lede(link)), h('p.print-note', W.print), ...roleCardsHast(await roleCards(), ctx, href)],
    };
  }
  const ctx = await pageContext('content/classroom/evidence-packets.yaml');
  const W = PAGE_WORDS.evidence;
  return {
    entry, title: W.title, description: W.description, charts, citations: ctx.citations, compactSources: false,
    body: [h('p.lede', W.lede(link)), ...evidenceHast(await evidencePackets(), ctx, href)],
  };
}

export const KEY_WORDS = {
  heading: 'Answer keys and rubrics (for the teacher)',
  note: 'Each prints on its own page, separately from the student handouts.',
  offline: 'Offline pack (.zip)',
  offlineNote: ': every kit page, Word file, chart image and data file, for a school network that blocks the site or a class with no internet. Unzip it to a USB stick and open START-HERE.html.',
} as const;

async function allHandouts(): Promise<string[]> {
  return (await handoutIds()).map((id) => `handouts/${id}.md`);
}

/** The answer keys for these handouts (`handouts/x.md`), as a short list; undefined if none. */
export async function answerKeyLinks(handouts: string[], withPack = false): Promise<ElementContent | undefined> {
  const ids = new Set(handouts.map((f) => /^handouts\/([a-z0-9-]+)\.md$/.exec(f)?.[1]).filter(Boolean));
  const keys = (await getCollection('classroomPages'))
    .filter((e) => e.filePath?.includes('/answer-keys/') && e.data.answers_for.some((a) => ids.has(a)))
    .sort((a, b) => a.data.title.localeCompare(b.data.title));
  if (!keys.length) return undefined;
  return h('div.answer-keys', [
    h('p', [h('strong', KEY_WORDS.heading), ` ${KEY_WORDS.note}`]),
    h('ul', keys.map((k) => h('li', [h('a', { href: href(`/classroom/answer-keys/${k.data.id}/`) }, k.data.title)]))),
    ...(withPack ? [h('p', [h('a', { href: href('/classroom/pack.zip'), download: true }, KEY_WORDS.offline), KEY_WORDS.offlineNote])] : []),
  ]);
}
